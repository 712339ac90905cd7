// The plain-text reader: decodes, finds title, headings and signature, lets the binder find
// the tables, and keeps the remaining lines as paragraphs of their sections.
#include "nianbao/reader.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "nianbao/binder.hpp"
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

    const std::vector<Line> lines = split_lines(result.text);
    std::vector<GridRow> rows;
    rows.reserve(lines.size());
    std::vector<std::optional<Heading>> headings(lines.size());
    std::vector<bool> footer(lines.size(), false);
    int title_index = -1;
    bool seen_heading = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        footer[i] = is_page_footer(lines[i].text);
        GridRow row = footer[i] ? GridRow{{}, {}, false} : line_cells(lines[i]);
        row.source.line = lines[i].number;
        int nonempty = 0;
        for (const auto& c : row.cells) nonempty += c.text.empty() ? 0 : 1;
        if (!footer[i] && nonempty == 1) headings[i] = parse_heading(lines[i].text);
        if (title_index < 0 && !seen_heading && !headings[i] && nonempty >= 1 && looks_like_title(lines[i].text))
            title_index = int(i);
        row.boundary = headings[i].has_value() || int(i) == title_index;
        seen_heading = seen_heading || headings[i].has_value();
        rows.push_back(std::move(row));
    }

    BindResult bound = bind_tables(rows);
    Report& report = result.report;
    report.tables = std::move(bound.tables);

    // Title and metadata.
    if (title_index >= 0) {
        const Line& l = lines[std::size_t(title_index)];
        report.meta.title = strip_markup(l.text);
        report.meta.title_source = {l.number, 1, l.offset, l.text.size(), {}, {}};
        Title t = parse_title(l.text);
        report.meta.agency = t.agency;
        report.meta.year = t.year;
        report.meta.title_year = t.year;
    }

    // Sections and paragraphs.
    Section* current = nullptr;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (int(i) == title_index || footer[i] || bound.consumed[i]) continue;
        const Line& l = lines[i];
        SourcePos pos{l.number, 1, l.offset, l.text.size(), {}, {}};
        if (headings[i]) {
            Section s;
            s.key = headings[i]->key;
            s.number = headings[i]->number;
            s.heading = headings[i]->text;
            s.standard_wording = headings[i]->standard;
            s.source = pos;
            report.sections.push_back(std::move(s));
            current = &report.sections.back();
            continue;
        }
        std::string text = strip_markup(l.text);
        if (text.empty()) continue;
        Paragraph p{text, pos};
        if (current) current->paragraphs.push_back(std::move(p));
        else report.preamble.push_back(std::move(p));
    }

    // The signature: a date line (and the agency line before it) at the end of the last section.
    if (!report.sections.empty()) {
        auto& paras = report.sections.back().paragraphs;
        for (std::size_t k = paras.size(); k-- > 0 && k + 3 >= paras.size();) {
            if (auto date = parse_date_line(paras[k].text)) {
                report.meta.date = date;
                report.meta.date_source = paras[k].source;
                std::size_t first = k;
                if (k > 0 && count_chars(paras[k - 1].text) <= 30 &&
                    paras[k - 1].text.find("。") == std::string::npos)
                    first = k - 1;
                report.signature.assign(paras.begin() + std::ptrdiff_t(first), paras.end());
                paras.erase(paras.begin() + std::ptrdiff_t(first), paras.end());
                break;
            }
        }
    }

    // The year: title, else the statistical period, else the first year named in 一、.
    if (!report.meta.year) {
        for (const auto& p : report.preamble)
            if (auto y = period_year(p.text)) { report.meta.year = y; break; }
    }
    if (!report.meta.year) {
        if (const Section* s = report.section("overview"))
            for (std::size_t k = 0; k < s->paragraphs.size() && k < 3 && !report.meta.year; ++k)
                report.meta.year = first_year(s->paragraphs[k].text);
    }
    report.meta.kind = kind_of_agency(report.meta.agency);

    if (report.sections.empty() && report.tables.empty()) {
        result.error = "未找到年度报告的结构：没有“一、总体情况”等六个部分的标题，也没有可识别的统计表";
        return result;
    }
    result.ok = true;
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
