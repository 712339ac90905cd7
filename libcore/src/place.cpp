// Places in words, from the same declarations the checker binds against.
#include "nianbao/place.hpp"

#include "nianbao/format.hpp"

#include <algorithm>

namespace nianbao {
namespace {

constexpr const char* numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

const TableId* table_of(std::string_view key) {
    static constexpr TableId ids[] = {TableId::disclosure, TableId::requests, TableId::disputes};
    for (const auto& id : ids)
        if (table_key(id) == key) return &id;
    return nullptr;
}

// The declaration that knows this row (2021 first: the 2019 trial format shares most keys).
const TableFormat* format_with_row(TableId id, std::string_view row) {
    for (FormatVersion v : {FormatVersion::v2021, FormatVersion::v2019}) {
        const TableFormat& f = table_format(id, v);
        if (f.row(row)) return &f;
    }
    return nullptr;
}

std::string cell_in_words(TableId id, std::string_view row_key, std::string_view column_key) {
    const std::string table(table_short_name(id));
    const TableFormat* f = format_with_row(id, row_key);
    if (!f) return table;
    const RowDecl* row = f->row(row_key);
    const ColumnDecl* column = f->column(column_key);
    std::string row_words(row->label);
    // "1.属于国家秘密" exists under （三） and （四）: a numbered item is named with its group.
    const bool numbered =
        !row->label.empty() && row->label.front() >= '0' && row->label.front() <= '9';
    if (const GroupDecl* g = numbered && !row->group.empty() ? f->group(row->group) : nullptr)
        row_words = std::string(g->label) + " " + row_words;
    // A table of one row (表四) is named by its column alone.
    if (f->rows.size() == 1)
        return column ? table + "「" + std::string(column->label) + "」" : table;
    std::string out = table + "「" + row_words + "」行";
    if (column) out += " · " + std::string(column->label) + "列";
    return out;
}

std::string section_in_words(const std::string& key) {
    const SectionDecl* s = section_decl(key);
    if (!s) return key;
    return (s->number >= 1 && s->number <= 10 ? std::string(numerals[s->number - 1]) + "、"
                                              : std::string()) +
           std::string(s->heading);
}

// The last line a table was read from (its rows are consecutive lines).
int last_line_of(const Table& table) {
    int last = table.source.line;
    for (const auto& c : table.cells)
        if (c.present) last = std::max(last, c.source.line);
    return last;
}

} // namespace

std::string column_in_words(std::string_view table, std::string_view column) {
    const TableId* id = table_of(table);
    if (!id) return {};
    const std::string name(table_short_name(*id));
    for (FormatVersion v : {FormatVersion::v2021, FormatVersion::v2019})
        if (const ColumnDecl* c = table_format(*id, v).column(column))
            return name + "「" + std::string(c->label) + "」列";
    return name;
}

std::string row_in_words(std::string_view table, std::string_view row) {
    const TableId* id = table_of(table);
    if (!id) return {};
    const TableFormat* f = format_with_row(*id, row);
    if (!f || f->rows.size() == 1) return std::string(table_short_name(*id));
    const std::string cell = cell_in_words(*id, row, "");
    return cell;
}

std::string place_in_words(const Location& l) {
    switch (l.kind) {
    case Location::Kind::document:
        return {};
    case Location::Kind::table: {
        const TableId* id = table_of(l.table);
        return id ? std::string(table_short_name(*id)) : std::string();
    }
    case Location::Kind::cell: {
        const TableId* id = table_of(l.table);
        return id ? cell_in_words(*id, l.row, l.column) : std::string();
    }
    case Location::Kind::text: {
        const SectionDecl* s = section_decl(l.section);
        if (!s)
            return l.paragraph >= 0 ? "第 " + std::to_string(l.paragraph + 1) + " 段"
                                    : std::string("标题");
        std::string heading =
            (s->number >= 1 && s->number <= 10 ? std::string(numerals[s->number - 1]) + "、"
                                               : std::string()) +
            std::string(s->heading);
        return l.paragraph >= 0 ? heading + " 第 " + std::to_string(l.paragraph + 1) + " 段"
                                : heading + " 标题";
    }
    }
    return {};
}

std::string line_in_words(const Report& report, const SourcePos& source) {
    if (source.page > 0) return "第 " + std::to_string(source.page) + " 页";
    if (report.places == Report::Places::lines) return "第 " + std::to_string(source.line) + " 行";
    // The closest part of the report above the line, named as the reader sees it.
    int best = 0;
    std::string words = "文首";
    auto consider = [&](int line, auto name) {
        if (line > best && line < source.line) {
            best = line;
            words = name();
        }
    };
    if (!report.meta.title.empty())
        consider(report.meta.title_source.line, [] { return std::string("报告标题之后"); });
    for (std::size_t j = 0; j < report.preamble.size(); ++j)
        consider(report.preamble[j].source.line,
                 [&] { return "报告开头第 " + std::to_string(j + 1) + " 段之后"; });
    for (const Section& s : report.sections) {
        const std::string heading = "「" + section_in_words(s.key) + "」";
        consider(s.source.line, [&] { return heading + "标题之后"; });
        for (std::size_t j = 0; j < s.paragraphs.size(); ++j)
            consider(s.paragraphs[j].source.line,
                     [&] { return heading + "第 " + std::to_string(j + 1) + " 段之后"; });
    }
    for (const Table& t : report.tables)
        consider(last_line_of(t), [&] { return std::string(table_short_name(t.id)) + "之后"; });
    for (const Paragraph& p : report.signature)
        consider(p.source.line, [] { return std::string("落款之后"); });
    return words;
}

} // namespace nianbao
