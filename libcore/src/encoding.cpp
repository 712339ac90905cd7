// Byte-level decoding of text reports: BOMs, UTF-16 without BOM, GB18030, and refusal of
// binary data.
#include "nianbao/encoding.hpp"

#include <iconv.h>

#include <cerrno>
#include <memory>

namespace nianbao {
namespace {

bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        auto b = static_cast<unsigned char>(s[i]);
        std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

// glibc's iconv, not ICU: the library ships inside the .oxt, and a versioned libicuuc.so.NN
// would tie it to one distribution's ICU (docs/extension.md). iconv stops at the first invalid
// or truncated sequence (EILSEQ/EINVAL): the strict check the callers rely on.
std::string convert(std::string_view bytes, const char* from, bool& ok) {
    ok = false;
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) return {};
    std::unique_ptr<void, int (*)(iconv_t)> guard(cd, iconv_close);
    std::string result(bytes.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());  // iconv's signature; the input is not written
    std::size_t in_left = bytes.size();
    std::size_t done = 0;
    while (in_left > 0) {
        char* out = result.data() + done;
        std::size_t out_left = result.size() - done;
        std::size_t r = iconv(cd, &in, &in_left, &out, &out_left);
        done = result.size() - out_left;
        if (r != static_cast<std::size_t>(-1)) break;
        if (errno != E2BIG) return {};
        result.resize(result.size() * 2);
    }
    result.resize(done);
    ok = true;
    return result;
}

// Share of control characters other than tab/newline/CR/FF: high for binary data.
bool looks_binary(std::string_view utf8) {
    std::size_t control = 0;
    for (char c : utf8) {
        auto b = static_cast<unsigned char>(c);
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') ++control;
    }
    return control > 0 && control * 100 > utf8.size();
}

bool utf16_pattern(std::string_view b, bool& little) {
    // ASCII and CJK text in UTF-16 has many zero bytes at one parity.
    std::size_t zero_even = 0, zero_odd = 0, n = std::min<std::size_t>(b.size(), 4096);
    for (std::size_t i = 0; i < n; ++i)
        if (b[i] == 0) (i % 2 ? zero_odd : zero_even)++;
    if (zero_odd > n / 8 && zero_even * 8 < zero_odd) { little = true; return true; }
    if (zero_even > n / 8 && zero_odd * 8 < zero_even) { little = false; return true; }
    return false;
}

} // namespace

Decoded decode_text(std::string_view bytes) {
    Decoded d;
    if (bytes.empty()) { d.error = "文件为空"; return d; }
    // Office documents and PDFs are not text: say what they are and where to check them.
    if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("\xD0\xCF\x11\xE0")) {
        d.error = "这是 Word/WPS/Writer 文档（.docx/.doc/.odt），不是文本文件：请在 LibreOffice Writer 中打开，"
                  "用“年报 ▸ 检查报告”检查，或另存为文本后再用 nianbao check";
        return d;
    }
    if (bytes.starts_with("%PDF")) {
        d.error = "这是 PDF 文件，不是文本文件：请先用 pdftotext -layout 转为文本，再用 nianbao check";
        return d;
    }
    bool ok = false;
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3), d.encoding = "UTF-8";
    else if (bytes.starts_with("\xFF\xFE")) {
        d.text = convert(bytes.substr(2), "UTF-16LE", ok);
        d.encoding = "UTF-16LE";
        if (!ok) d.error = "文件标明为 UTF-16 编码，但内容无法按 UTF-16 解码";
        return d;
    } else if (bytes.starts_with("\xFE\xFF")) {
        d.text = convert(bytes.substr(2), "UTF-16BE", ok);
        d.encoding = "UTF-16BE";
        if (!ok) d.error = "文件标明为 UTF-16 编码，但内容无法按 UTF-16 解码";
        return d;
    }
    bool little = true;
    if (d.encoding.empty() && utf16_pattern(bytes, little)) {
        const char* enc = little ? "UTF-16LE" : "UTF-16BE";
        d.text = convert(bytes, enc, ok);
        if (ok && !looks_binary(d.text)) { d.encoding = enc; return d; }
        d.text.clear();
    }
    if (valid_utf8(bytes)) {
        d.text = std::string(bytes);
        d.encoding = "UTF-8";
    } else {
        d.text = convert(bytes, "GB18030", ok);
        d.encoding = "GB18030";
        if (!ok) {
            d.text.clear();
            d.error = "无法识别文件编码：既不是 UTF-8，也不是 GB18030 或 UTF-16 文本（可能是二进制文件或 Word/PDF 文件）";
            return d;
        }
    }
    if (looks_binary(d.text) || d.text.find('\0') != std::string::npos) {
        d.text.clear();
        d.error = "文件含有大量控制字符，不是文本文件（可能是二进制文件或 Word/PDF 文件）";
    }
    return d;
}

} // namespace nianbao
