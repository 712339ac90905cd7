// Rows and cells as the binder sees them, and the helpers that take values out of them.
#include "binder/internal.hpp"

#include "nianbao/text.hpp"
#include "nianbao/units.hpp"
#include "nianbao/value.hpp"

namespace nianbao::binding {
namespace {

CellKind kind_of(std::string_view text) {
    std::string_view t = trim_view(text);
    if (t.empty()) return CellKind::empty;
    return looks_like_value(t) ? CellKind::value : CellKind::label;
}

} // namespace

bool PreparedRow::has(CellKind kind) const {
    for (const auto& c : cells)
        if (c.kind == kind) return true;
    return false;
}

bool PreparedRow::separator() const {
    for (const auto& c : cells)
        if (!c.text().empty() || c.grid->blank) return false;
    return true;
}

CellRefs PreparedRow::blank_cells() const {
    CellRefs out;
    for (const auto& c : cells)
        if (c.kind == CellKind::empty && (!c.text().empty() || c.grid->blank)) out.push_back(&c);
    return out;
}

PreparedRows prepare_rows(const std::vector<GridRow>& rows) {
    PreparedRows out(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out[r].grid = &rows[r];
        out[r].cells.reserve(rows[r].cells.size());
        for (const auto& c : rows[r].cells) {
            const CellKind kind = kind_of(c.text);
            out[r].cells.push_back({&c, kind, kind == CellKind::empty ? std::u32string() : normalize_label(c.text)});
        }
    }
    return out;
}

CellRefs cells_after(const PreparedRow& row, int from) {
    CellRefs out;
    for (std::size_t i = std::size_t(from + 1); i < row.cells.size(); ++i) out.push_back(&row.cells[i]);
    return out;
}

CellRefs value_cells(const PreparedRow& row) {
    int last_label = -1;
    for (int i = 0; i < int(row.cells.size()); ++i)
        if (row.cells[std::size_t(i)].kind == CellKind::label) last_label = i;
    return cells_after(row, last_label);
}

int nonempty_count(const CellRefs& cells) {
    int n = 0;
    for (const auto* c : cells)
        if (c->kind != CellKind::empty) ++n;
    return n;
}

std::optional<CellRefs> fit_values(CellRefs cells, std::size_t want) {
    // Empty cells at the end are the separators a row ends with ("…\t7\t", "| 7 | |").
    while (cells.size() > want && cells.back()->kind == CellKind::empty) cells.pop_back();
    // Other extra empty cells are certain to be extra only when every column has its value;
    // with fewer values it is unknown which columns the blanks belong to.
    if (cells.size() > want && nonempty_count(cells) == int(want))
        std::erase_if(cells, [](const PreparedCell* c) { return c->kind == CellKind::empty; });
    if (cells.size() != want) return std::nullopt;
    return cells;
}

bool is_prose(const PreparedRow& row) {
    int nonempty = 0;
    std::size_t longest = 0;
    for (const auto& c : row.cells) {
        if (c.kind == CellKind::empty) continue;
        ++nonempty;
        longest = std::max(longest, count_chars(trim_view(c.text())));
    }
    return nonempty == 1 && longest > 40;
}

std::optional<TableId> table_signature(const PreparedRow& row) {
    // Views, so the literals' lengths are known at compile time (this runs on every row).
    using namespace std::string_view_literals;
    for (const auto& c : row.cells) {
        const std::u32string_view n = c.norm;
        if (n.empty() || n.size() > 60) continue;
        if (n.size() <= 16 && n.starts_with(U"第二十条第("sv) && n.ends_with(U")项"sv)) return TableId::disclosure;
        // Its column header, when a PDF converter dropped the 第二十条 block headings.
        if (n == U"信息内容"sv && row.cells.size() >= 2) return TableId::disclosure;
        if (n.find(U"勾稽"sv) != std::u32string_view::npos || n == U"申请人情况"sv) return TableId::requests;
        if (n == U"一.本年新收政府信息公开申请数量"sv || n == U"本年新收政府信息公开申请数量"sv) return TableId::requests;
        if (n == U"行政复议"sv || n == U"行政诉讼"sv || n == U"结果维持"sv || n == U"未经复议直接起诉"sv ||
            n == U"复议后起诉"sv)
            return TableId::disputes;
        // The header flattened into one cell by a PDF converter: "行政复议行政诉讼".
        if (n.size() <= 12 && n.starts_with(U"行政复议"sv) && n.find(U"行政诉讼"sv) != std::u32string_view::npos)
            return TableId::disputes;
    }
    return std::nullopt;
}

void put_cell(Table& table, std::string_view row, std::string_view column, const PreparedCell& cell) {
    Cell* c = table.cell(row, column);
    if (!c) return;
    c->raw = trim(cell.text());
    // Read in its column: "5000元" in the 万元 fee column is 0.5, "3万元" in a count is no count.
    c->value = value_in_column(parse_value(c->raw), *table.format->column(column));
    c->source = cell.source();
    c->present = true;
}

} // namespace nianbao::binding
