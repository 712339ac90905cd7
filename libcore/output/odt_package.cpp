// The template packed as .odt: the ODF parts from libnianbao-core, zipped with minizip (zlib's
// zip library). ODF asks for "mimetype" first and stored, with no extra field (so that `file`
// and the office recognise the package from its first bytes); the XML parts are deflated. Times
// are fixed (1980-01-01) so that the same options give the same bytes. minizip writes through the
// file functions below into memory.
#include <cstring>
#include <stdexcept>

#include <minizip/zip.h>

#include "nianbao/template.hpp"

namespace nianbao {
namespace {

// A seekable in-memory "file" for minizip: it writes headers, data, and seeks back to patch the
// sizes into each local header.
struct Memory {
    std::string bytes;
    std::size_t pos = 0;
};

zlib_filefunc64_def memory_file(Memory& m) {
    zlib_filefunc64_def f{};
    f.opaque = &m;
    f.zopen64_file = [](voidpf opaque, const void*, int) -> voidpf { return opaque; };
    f.zread_file = [](voidpf, voidpf, void*, uLong) -> uLong { return 0; };  // never read: no append
    f.zwrite_file = [](voidpf, voidpf stream, const void* data, uLong size) -> uLong {
        auto& m = *static_cast<Memory*>(stream);
        if (m.pos + size > m.bytes.size()) m.bytes.resize(m.pos + size);
        std::memcpy(m.bytes.data() + m.pos, data, size);
        m.pos += size;
        return size;
    };
    f.ztell64_file = [](voidpf, voidpf stream) -> ZPOS64_T { return static_cast<Memory*>(stream)->pos; };
    f.zseek64_file = [](voidpf, voidpf stream, ZPOS64_T offset, int origin) -> long {
        auto& m = *static_cast<Memory*>(stream);
        const ZPOS64_T base = origin == ZLIB_FILEFUNC_SEEK_SET ? 0 : origin == ZLIB_FILEFUNC_SEEK_CUR ? m.pos : m.bytes.size();
        m.pos = std::size_t(base + offset);
        return 0;
    };
    f.zclose_file = [](voidpf, voidpf) -> int { return 0; };
    f.zerror_file = [](voidpf, voidpf) -> int { return 0; };
    return f;
}

} // namespace

std::string render_template_odt(const TemplateOptions& options, TemplateFonts fonts) {
    Memory out;
    zlib_filefunc64_def io = memory_file(out);
    zipFile zip = zipOpen2_64("template.odt", APPEND_STATUS_CREATE, nullptr, &io);
    if (!zip) throw std::runtime_error("无法生成 .odt 压缩包（zipOpen）");
    zip_fileinfo info{};
    info.tmz_date.tm_mday = 1;
    info.tmz_date.tm_year = 1980;
    for (const auto& [name, data] : render_template_odf_parts(options, fonts)) {
        const bool stored = name == "mimetype";
        if (zipOpenNewFileInZip64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, stored ? 0 : Z_DEFLATED,
                                  stored ? 0 : Z_DEFAULT_COMPRESSION, 0) != ZIP_OK ||
            zipWriteInFileInZip(zip, data.data(), unsigned(data.size())) != ZIP_OK || zipCloseFileInZip(zip) != ZIP_OK) {
            zipClose(zip, nullptr);
            throw std::runtime_error("无法生成 .odt 压缩包（写入 " + name + " 时出错）");
        }
    }
    if (zipClose(zip, nullptr) != ZIP_OK) throw std::runtime_error("无法生成 .odt 压缩包（zipClose）");
    return std::move(out.bytes);
}

} // namespace nianbao
