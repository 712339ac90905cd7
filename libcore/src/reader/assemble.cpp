// Assembles a report from document lines: title, section headings, tables (through the binder),
// paragraphs, signature and year. Shared by the text reader and the Writer reader.
#include "nianbao/document.hpp"
#include "nianbao/text.hpp"
#include "reader/internal.hpp"

namespace nianbao {

using namespace reading;

GridRow paragraph_cells(const std::string& text, const SourcePos& source) {
    GridRow row = line_cells(Line{text, 0, source.line});
    for (auto& c : row.cells) {
        c.source = source;
    }
    row.source = source;
    return row;
}

void assemble_into(ReadResult& result, const std::vector<DocumentLine>& lines) {
    Assembled a = assemble_report(lines);
    a.report.source_name = std::move(result.report.source_name);
    result.report = std::move(a.report);
    result.error = std::move(a.error);
    result.ok = result.error.empty();
}

namespace {

// What the title is found among: the cells of each line that hold text, the headings, the first one.
struct Outline {
    std::vector<std::optional<Heading>> headings;
    std::vector<int> nonempty;
    std::size_t first_heading = 0;
};

Outline outline_of(const std::vector<DocumentLine>& lines, bool all_headings) {
    Outline o;
    o.headings.resize(lines.size());
    o.nonempty.assign(lines.size(), 0);
    o.first_heading = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const DocumentLine& l = lines[i];
        for (const auto& c : l.row.cells) o.nonempty[i] += c.text.empty() ? 0 : 1;
        if (!l.table_row && o.nonempty[i] == 1) o.headings[i] = parse_heading(l.text);
        if (o.headings[i] && o.first_heading == lines.size()) {
            o.first_heading = i;
            if (!all_headings) break;
        }
    }
    return o;
}

} // namespace

bool add_title_line(std::vector<DocumentLine>& lines, const std::string& title) {
    // Generators' titles ("Microsoft Word - 2023年报.docx") and other documents' names are no
    // report titles; nor is a template's, which names no agency ("政府信息公开工作年度报告（2021年
    // 格式）", the Title of our own template: its year is the format's); nor a title already in the text.
    if (title.find("年度报告") == std::string::npos || title.find(".doc") != std::string::npos ||
        !looks_like_title(title) || parse_title(title).agency.empty())
        return false;
    const Outline o = outline_of(lines, false);
    if (find_title(lines, o.nonempty, o.first_heading).first >= 0) return false;
    DocumentLine t;
    t.text = title;
    t.source.line = 1;
    t.source.column = 1;
    if (!lines.empty()) t.source.page = lines.front().source.page;
    t.row = paragraph_cells(t.text, t.source);
    lines.insert(lines.begin(), std::move(t));
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const int line = int(i) + 1;
        lines[i].source.line = line;
        lines[i].row.source.line = line;
        for (auto& c : lines[i].row.cells)
            c.source.line = line;
    }
    return true;
}

Assembled assemble_report(const std::vector<DocumentLine>& lines) {
    Assembled out;
    Report& report = out.report;
    std::vector<GridRow> rows;
    rows.reserve(lines.size());
    Outline o = outline_of(lines, true);
    std::vector<std::optional<Heading>>& headings = o.headings;
    const TitleLines title = find_title(lines, o.nonempty, o.first_heading);
    auto in_title = [&](std::size_t i) { return int(i) >= title.first && int(i) <= title.last; };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        GridRow row = lines[i].row;
        // A lone "|" closing the cell on the line above is no cell (text, or a PDF printed from it).
        if (i > 0 && ends_cell_above(lines[i].text, lines[i - 1].text)) row.cells.clear();
        row.boundary = headings[i].has_value() || in_title(i);
        rows.push_back(std::move(row));
    }
    drop_sub_headings(headings);  // after the rows' boundaries: a sub-heading still ends a table

    BindResult bound = bind_tables(rows);
    report.tables = std::move(bound.tables);

    if (title.first >= 0) {
        report.meta.title = title.text;
        report.meta.title_source = lines[std::size_t(title.first)].source;
        Title t = parse_title(title.text);
        report.meta.agency = t.agency;
        report.meta.year = t.year;
        report.meta.title_year = t.year;
    }

    Section* current = nullptr;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const DocumentLine& l = lines[i];
        if (in_title(i) || bound.consumed[i]) continue;
        if (headings[i]) {
            Section s;
            s.key = headings[i]->key;
            s.number = headings[i]->number;
            s.heading = headings[i]->text;
            s.standard_wording = headings[i]->standard;
            s.source = l.source;
            report.sections.push_back(std::move(s));
            current = &report.sections.back();
            continue;
        }
        if (l.table_row) continue;  // office table rows that are no standard table: not prose
        std::string text = strip_markup(l.text);
        if (text.empty()) continue;
        Paragraph p{text, l.source};
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

    // The year: title, else the statistical period, else the first year named in 一、 — within
    // its first eight paragraphs: sub-headings and numbered points without a year can come first
    // ("（一）主动公开政府信息情况", "1、对领导干部职责…公开公示。", … "2020年度我街办未接到…").
    if (!report.meta.year) {
        for (const auto& p : report.preamble)
            if (auto y = period_year(p.text)) { report.meta.year = y; break; }
    }
    if (!report.meta.year) {
        if (const Section* s = report.section("overview"))
            for (std::size_t k = 0; k < s->paragraphs.size() && k < 8 && !report.meta.year; ++k)
                report.meta.year = first_year(s->paragraphs[k].text);
    }
    report.meta.kind = agency_kind(report.meta.agency);

    if (report.sections.empty() && report.tables.empty())
        out.error = "未找到年度报告的结构：没有“一、总体情况”等六个部分的标题，也没有可识别的统计表";
    return out;
}

} // namespace nianbao
