// The plain-text reader: decodes, finds title, headings and signature, lets the binder find
// the tables, and keeps the remaining lines as paragraphs of their sections.
#include "nianbao/reader.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "nianbao/binder.hpp"
#include "nianbao/document.hpp"
#include "nianbao/encoding.hpp"
#include "nianbao/text.hpp"
#include "reader/internal.hpp"

namespace nianbao {

using namespace reading;

ReadResult read_text_report(std::string_view bytes, std::string_view name) {
    ReadResult result;
    result.report.source_name = std::string(name);
    if (bytes.size() > max_input_bytes) {
        result.error = "文件过大（" + std::to_string(bytes.size() / (1024 * 1024)) +
                       " MB），年度报告的文本不会超过 64 MB";
        return result;
    }
    Decoded d = decode_text(bytes);
    if (!d.error.empty()) { result.error = d.error; return result; }
    result.encoding = d.encoding;
    result.text = std::move(d.text);
    if (trim(result.text).empty()) { result.error = "文件没有文字内容"; return result; }

    std::vector<DocumentLine> doc;
    if (looks_like_html(result.text)) doc = html_lines(result.text);
    else for (const Line& l : split_lines(result.text)) {
        DocumentLine d;
        d.source = {l.number, 1, l.offset, l.text.size(), {}, {}};
        if (!is_page_footer(l.text)) {
            d.text = std::string(l.text);
            d.row = line_cells(l);
        }
        d.row.source = d.source;
        doc.push_back(std::move(d));
    }
    assemble_into(result, doc);
    return result;
}

ReadResult read_text_file(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        ReadResult r;
        r.report.source_name = path;
        r.error = "这是一个目录，不是文件";
        return r;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ReadResult r;
        r.report.source_name = path;
        r.error = "无法打开文件（文件不存在或没有读取权限）";
        return r;
    }
    in.seekg(0, std::ios::end);
    auto size = in.tellg();
    if (size < 0) {
        ReadResult r;
        r.error = "无法读取文件（可能是目录）";
        return r;
    }
    if (std::size_t(size) > max_input_bytes) {
        ReadResult r;
        r.report.source_name = path;
        r.error = "文件过大（" + std::to_string(std::size_t(size) / (1024 * 1024)) + " MB），年度报告的文本不会超过 64 MB";
        return r;
    }
    in.seekg(0);
    std::string bytes(std::size_t(size), '\0');
    in.read(bytes.data(), size);
    if (!in) {
        ReadResult r;
        r.error = "读取文件时出错";
        return r;
    }
    return read_text_report(bytes, path);
}

} // namespace nianbao
