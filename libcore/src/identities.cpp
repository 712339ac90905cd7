// Instantiates and evaluates the declared sum identities.
#include "nianbao/identities.hpp"

#include <algorithm>

#include "nianbao/text.hpp"

namespace nianbao {

std::vector<IdentityInstance> identity_instances(const Table& table, std::string_view rule) {
    std::vector<IdentityInstance> out;
    if (!table.format) return out;
    const TableFormat& f = *table.format;
    std::vector<std::pair<std::string_view, std::span<const Cell>>> rows;  // filled on first need
    for (const auto& decl : f.identities) {
        if (!rule.empty() && decl.rule != rule) continue;
        auto build = [&](std::string_view along, auto cell_at) {
            IdentityInstance inst{&decl, along, {}, {}, nullptr};
            for (auto k : decl.lhs) inst.lhs.push_back(cell_at(k));
            for (auto k : decl.rhs) inst.rhs.push_back(cell_at(k));
            inst.target = cell_at(decl.target);
            for (const Cell* c : inst.lhs) if (!c || !c->present) return;
            for (const Cell* c : inst.rhs) if (!c || !c->present) return;
            out.push_back(std::move(inst));
        };
        // A row's cells are found once, not once per cell (this runs for every identity rule).
        auto in_row = [](std::span<const Cell> cells, std::string_view col) -> const Cell* {
            for (const Cell& c : cells)
                if (c.column == col) return &c;
            return nullptr;
        };
        if (decl.over == IdentityDecl::Over::each_row) {
            for (const auto& r : f.rows) {
                const auto cells = table.row_cells(r.key);
                build(r.key, [&](std::string_view col) { return in_row(cells, col); });
            }
        } else {
            if (rows.empty())
                for (const auto& r : f.rows) rows.emplace_back(r.key, table.row_cells(r.key));
            auto row_of = [&](std::string_view key) -> std::span<const Cell> {
                for (const auto& [k, cells] : rows)
                    if (k == key) return cells;
                return {};
            };
            for (const auto& c : f.columns)
                build(c.key, [&](std::string_view row) { return in_row(row_of(row), c.key); });
        }
    }
    return out;
}

std::optional<Amount> sum_of(const std::vector<const Cell*>& cells) {
    Amount total{};
    for (const Cell* c : cells) {
        if (!c || !c->value.has_number()) return std::nullopt;
        auto next = checked_add(total, c->value.amount);
        if (!next) return std::nullopt;
        total = *next;
    }
    return total;
}

IdentityResult evaluate(const IdentityInstance& inst) {
    IdentityResult r;
    for (const auto* side : {&inst.lhs, &inst.rhs})
        for (const Cell* c : *side)
            if (!c->value.has_number()) r.missing.push_back(c);
    if (!r.missing.empty()) return r;
    r.lhs = sum_of(inst.lhs);
    r.rhs = sum_of(inst.rhs);
    r.overflow = !r.lhs || !r.rhs;
    return r;
}

std::optional<Amount> solve_for_target(const IdentityInstance& inst) {
    // target = (other side) - (own side without the target)
    const bool target_left = std::find(inst.lhs.begin(), inst.lhs.end(), inst.target) != inst.lhs.end();
    const auto& own = target_left ? inst.lhs : inst.rhs;
    const auto& other = target_left ? inst.rhs : inst.lhs;
    std::vector<const Cell*> own_rest;
    for (const Cell* c : own)
        if (c != inst.target) own_rest.push_back(c);
    auto a = sum_of(other);
    auto b = sum_of(own_rest);
    if (!a || !b) return std::nullopt;
    return checked_sub(*a, *b);
}

std::string row_label(const Table& table, std::string_view row) {
    if (!table.format) return std::string(row);
    if (const RowDecl* r = table.format->row(row)) {
        // Sub-rows read better with their group: "（三）不予公开·1.属于国家秘密".
        if (const GroupDecl* g = table.format->group(r->group); g && g->key != "3")
            return std::string(g->label) + "·" + std::string(r->label);
        return std::string(r->label);
    }
    return std::string(row);
}

std::string column_label(const Table& table, std::string_view column) {
    if (!table.format) return std::string(column);
    if (const ColumnDecl* c = table.format->column(column)) return std::string(c->label);
    return std::string(column);
}

std::string cell_label(const Table& table, const Cell& cell) {
    if (table.id == TableId::disputes) return "「" + column_label(table, cell.column) + "」";
    return "「" + row_label(table, cell.row) + "」行「" + column_label(table, cell.column) + "」列";
}

} // namespace nianbao
