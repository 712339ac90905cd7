// Label matching: exact, known variants, split labels (prefix), typos (similarity).
#include "binder/internal.hpp"

#include "nianbao/text.hpp"
#include "nianbao/value.hpp"

namespace nianbao::binding {
namespace {

Label make_label(LabelKind kind, std::string_view key, std::string_view group, std::string_view text) {
    Label l{kind, key, group, normalize_label(text), {}, 0};
    l.bare = strip_ordinal(l.norm);
    l.ordinal = leading_arabic_ordinal(l.norm);
    return l;
}

// Score of `text` (normalized, without ordinal) against a label's bare form.
double score_bare(std::u32string_view text, const Label& l) {
    if (text.empty() || l.bare.empty()) return 0;
    if (text == l.bare) return 1.0;
    // A label split over two lines or cells: its first part.
    if (text.size() >= 3 && l.bare.starts_with(text) && text.size() * 10 >= l.bare.size() * 6)
        return 0.9;
    if (text.size() >= 4 && l.bare.starts_with(text)) return 0.8;
    // A label followed by a note ("（七）总计（件）").
    if (l.bare.size() >= 2 && text.starts_with(l.bare) && text.size() <= l.bare.size() + 8) return 0.75;
    // LCS similarity can reach 0.8 only when the lengths are within a ratio of 2:3.
    const std::size_t lo = std::min(text.size(), l.bare.size()), hi = std::max(text.size(), l.bare.size());
    if (lo >= 5 && 3 * lo >= 2 * hi) {
        double s = similarity(text, l.bare);
        if (s >= 0.8) return 0.7 * s;
    }
    return 0;
}

} // namespace

LabelIndex::LabelIndex(const TableFormat& f) {
    for (const auto& r : f.rows) {
        labels_.push_back(make_label(LabelKind::row, r.key, r.group, r.label));
        for (auto v : r.variants) labels_.push_back(make_label(LabelKind::row, r.key, r.group, v));
    }
    for (const auto& g : f.groups) {
        labels_.push_back(make_label(LabelKind::group, g.key, {}, g.label));
        for (auto v : g.variants) labels_.push_back(make_label(LabelKind::group, g.key, {}, v));
    }
    for (const auto& c : f.columns) {
        labels_.push_back(make_label(LabelKind::column, c.key, {}, c.label));
        for (auto v : c.variants) labels_.push_back(make_label(LabelKind::column, c.key, {}, v));
    }
    for (const auto& l : labels_) {
        exact_.emplace(l.norm, &l);
        if (l.bare != l.norm) exact_.emplace(l.bare, &l);
    }
}

Match LabelIndex::match(std::u32string_view norm, LabelKind kind, std::string_view group) const {
    if (norm.empty() || norm.size() > 80) return {};
    const std::u32string bare = strip_ordinal(norm);
    const int ordinal = leading_arabic_ordinal(norm);
    // Fast path: an exact label with no competitor of the same kind.
    {
        const Label* only = nullptr;
        int hits = 0;
        for (auto key : {std::u32string(norm), bare}) {
            auto [b, e] = exact_.equal_range(key);
            for (auto it = b; it != e; ++it)
                if (it->second->kind == kind && (!only || only->key != it->second->key)) {
                    only = it->second;
                    ++hits;
                }
        }
        if (hits == 1 && (kind != LabelKind::row || only->ordinal == 0 || ordinal == only->ordinal))
            return {only, 1.0};
    }
    Match best;
    bool tie = false;
    for (const auto& l : labels_) {
        if (l.kind != kind) continue;
        double s = norm == l.norm ? 1.0 : score_bare(bare, l);
        if (s <= 0) continue;
        if (kind == LabelKind::row && l.ordinal > 0) {
            // Sub-rows: a written ordinal must agree; a short label needs its group.
            if (ordinal > 0 && ordinal != l.ordinal) s -= 0.3;
            const bool in_context = !group.empty() && group == l.group;
            if (ordinal == 0 && l.bare.size() <= 3 && !in_context) continue;
            if (in_context) s += 0.05;
        }
        if (s > best.score + 1e-9) {
            best = {&l, s};
            tie = false;
        } else if (s > best.score - 1e-9 && best.label && best.label->key != l.key) {
            tie = true;
        }
    }
    if (tie || best.score < 0.5) return {};
    return best;
}

CellKind kind_of(const GridCell& cell) {
    std::string t = trim(cell.text);
    if (t.empty()) return CellKind::empty;
    return looks_like_value(t) ? CellKind::value : CellKind::label;
}

std::vector<GridCell> cells_after(const GridRow& row, int from) {
    std::vector<GridCell> out;
    for (std::size_t i = std::size_t(from + 1); i < row.cells.size(); ++i) out.push_back(row.cells[i]);
    return out;
}

std::vector<GridCell> value_cells(const GridRow& row) {
    int last_label = -1;
    for (int i = 0; i < int(row.cells.size()); ++i)
        if (kind_of(row.cells[std::size_t(i)]) == CellKind::label) last_label = i;
    return cells_after(row, last_label);
}

int nonempty_count(const std::vector<GridCell>& cells) {
    int n = 0;
    for (const auto& c : cells)
        if (kind_of(c) != CellKind::empty) ++n;
    return n;
}

std::optional<std::vector<GridCell>> fit_values(std::vector<GridCell> cells, std::size_t want) {
    while (cells.size() > want && kind_of(cells.back()) == CellKind::empty) cells.pop_back();
    while (cells.size() > want && kind_of(cells.front()) == CellKind::empty) cells.erase(cells.begin());
    if (cells.size() != want) return std::nullopt;
    return cells;
}

bool is_prose(const GridRow& row) {
    int nonempty = 0;
    std::size_t longest = 0;
    for (const auto& c : row.cells) {
        if (kind_of(c) == CellKind::empty) continue;
        ++nonempty;
        longest = std::max(longest, count_chars(trim(c.text)));
    }
    return nonempty == 1 && longest > 40;
}

std::optional<TableId> table_signature(const GridRow& row) {
    for (const auto& c : row.cells) {
        std::u32string n = normalize_label(c.text);
        if (n.empty() || n.size() > 60) continue;
        if (n.size() <= 16 && n.starts_with(U"第二十条第(") && n.ends_with(U")项")) return TableId::disclosure;
        if (n.find(U"勾稽") != std::u32string::npos || n == U"申请人情况") return TableId::requests;
        if (n == U"一.本年新收政府信息公开申请数量" || n == U"本年新收政府信息公开申请数量") return TableId::requests;
        if (n == U"行政复议" || n == U"行政诉讼" || n == U"结果维持" || n == U"未经复议直接起诉" ||
            n == U"复议后起诉")
            return TableId::disputes;
    }
    return std::nullopt;
}

void put_cell(Table& table, std::string_view row, std::string_view column, const GridCell& cell) {
    Cell* c = table.cell(row, column);
    if (!c) return;
    c->raw = trim(cell.text);
    c->value = parse_value(c->raw);
    c->source = cell.source;
    c->present = true;
}

} // namespace nianbao::binding
