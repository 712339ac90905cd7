// Office documents by their first bytes: a zip (.docx, .odt), an OLE compound file (.doc, WPS
// .wps, and also a password-protected .docx), RTF, and flat ODF XML (.fodt).
#include "office_files.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string_view>

namespace nianbao::cli::office {
namespace {

std::string lower_extension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

// An OLE directory entry name is UTF-16LE: "EncryptedPackage" marks an encrypted OOXML file.
std::string utf16le(std::string_view ascii) {
    std::string out;
    for (char c : ascii) out += c, out += '\0';
    return out;
}

} // namespace

const char* office_extensions() { return ".docx .doc .odt .rtf .wps .fodt"; }

std::optional<OfficeFile> office_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;  // the text reader says why it cannot be opened
    std::string head(64 * 1024, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(std::size_t(in.gcount()));
    OfficeFile f;
    f.extension = lower_extension(path);
    if (head.starts_with("PK\x03\x04")) {
        // ODF stores its "mimetype" entry first and uncompressed; anything else zipped is taken as OOXML.
        if (contains(head, "application/vnd.oasis.opendocument.text")) f.filter = "writer8";
        else if (contains(head, "application/vnd.oasis.opendocument") ||
                 contains(head, "xl/") || contains(head, "ppt/"))
            f.error = "这是电子表格或演示文稿，不是文字处理文档（年度报告应为 Word/WPS/Writer 文档）";
        else f.filter = "MS Word 2007 XML";
        return f;
    }
    if (head.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (contains(head, utf16le("EncryptedPackage")) || contains(head, utf16le("EncryptionInfo")))
            f.error = "文档有密码保护，无法读取：请提供未加密的副本";
        f.filter = "MS Word 97";
        return f;
    }
    if (head.starts_with("{\\rtf")) {
        f.filter = "Rich Text Format";
        return f;
    }
    if (head.starts_with("<?xml") && contains(head, "<office:document") &&
        contains(head, "application/vnd.oasis.opendocument.text")) {
        f.filter = "OpenDocument Text Flat XML";
        return f;
    }
    return std::nullopt;
}

} // namespace nianbao::cli::office
