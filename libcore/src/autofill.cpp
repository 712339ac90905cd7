// Autofill: derives the totals from the identity declarations until every computable identity
// holds. Never invents a total from blank parts (unless asked to read blanks as 0).
#include "nianbao/autofill.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "nianbao/identities.hpp"
#include "nianbao/units.hpp"
#include "nianbao/value.hpp"

namespace nianbao {
namespace {

using CellId = std::tuple<TableId, std::string, std::string>;

std::set<const Cell*> targets_of(const Table& table) {
    std::set<const Cell*> out;
    for (const auto& inst : identity_instances(table)) out.insert(inst.target);
    return out;
}

void set_number(Cell& cell, Amount a) {
    cell.raw = format_amount(a);
    cell.value = parse_value(cell.raw);
}

std::string list_cells(const Table& table, const std::vector<const Cell*>& cells) {
    std::string out;
    std::size_t n = 0;
    for (const Cell* c : cells) {
        if (n == 3) { out += " 等 " + std::to_string(cells.size()) + " 格"; break; }
        out += (n ? "、" : "") + cell_label(table, *c);
        ++n;
    }
    return out;
}

} // namespace

FillResult autofill(const Report& report, const FillOptions& options) {
    FillResult result;
    Report work = report;
    apply_column_units(work);  // "3万元" in a count cell is no part of a sum
    std::map<CellId, CellEdit> edits;
    std::vector<CellId> order;
    auto record = [&](const Table& t, const Cell& before, const Cell& after, std::string_view reason) {
        CellId id{t.id, before.row, before.column};
        auto it = edits.find(id);
        if (it == edits.end()) {
            edits.emplace(id, CellEdit{t.id, before.row, before.column, before.raw, after.raw, before.source, std::string(reason)});
            order.push_back(id);
        } else {
            it->second.new_text = after.raw;
        }
    };

    for (auto& table : work.tables) {
        if (!options.blank_as_zero) continue;
        const auto targets = targets_of(table);
        for (auto& cell : table.cells) {
            if (!cell.present || cell.value.state != ValueState::blank || targets.count(&cell)) continue;
            Cell before = cell;
            set_number(cell, Amount{});
            record(table, before, cell, "blank-as-zero");
            ++result.zeros_written;
        }
    }

    for (auto& table : work.tables) {
        const auto instances = identity_instances(table);
        for (int pass = 0; pass < 10; ++pass) {
            bool changed = false;
            for (const auto& inst : instances) {
                Cell& target = const_cast<Cell&>(*inst.target);  // `work` is ours to change
                if (inst.decl->fill_only_blank && target.value.state != ValueState::blank) continue;
                auto v = solve_for_target(inst);
                if (!v || v->negative()) continue;
                if (target.value.has_number() && target.value.amount == *v) continue;
                Cell before = target;
                set_number(target, *v);
                record(table, before, target, inst.decl->rule);
                changed = true;
            }
            if (!changed) break;
        }
        // What could not be derived, and why.
        std::set<const Cell*> reported;
        for (const auto& inst : instances) {
            const Cell& target = *inst.target;
            if (reported.count(&target)) continue;
            if (inst.decl->fill_only_blank && target.value.state != ValueState::blank) continue;
            IdentityResult r = evaluate(inst);
            if (r.holds()) continue;
            std::vector<const Cell*> missing;
            for (const Cell* c : r.missing)
                if (c != &target) missing.push_back(c);
            std::string message;
            if (!missing.empty()) {
                message = cell_label(table, target) + "无法计算：" + list_cells(table, missing) +
                          "为空白或不是数值（需要时可选择把空白按 0 处理）";
            } else if (auto v = solve_for_target(inst); v && v->negative()) {
                message = cell_label(table, target) + "按平衡关系计算为 " + format_amount(*v) +
                          "（负数），说明办理结果多于收到的申请，请先核对表三的数值";
            } else if (r.overflow) {
                message = cell_label(table, target) + "相关的数值过大，无法求和";
            } else {
                continue;  // holds after filling
            }
            if (target.value.has_number() && missing.empty()) continue;
            reported.insert(&target);
            result.unfilled.push_back({table.id, target.row, target.column, message});
        }
    }

    for (const auto& id : order) {
        const CellEdit& e = edits.at(id);
        Value before = parse_value(e.old_text), after = parse_value(e.new_text);
        if (before.has_number() && after.has_number() && before.amount == after.amount) continue;
        result.edits.push_back(e);
    }
    return result;
}

void apply_edits(Report& report, const std::vector<CellEdit>& edits) {
    for (const auto& e : edits) {
        Table* t = report.table(e.table);
        if (!t) continue;
        if (Cell* c = t->cell(e.row, e.column)) {
            c->raw = e.new_text;
            c->value = parse_value(e.new_text);
        }
    }
}

std::string apply_edits_to_text(std::string_view text, const std::vector<CellEdit>& edits, int& skipped) {
    std::vector<const CellEdit*> sorted;
    skipped = 0;
    for (const auto& e : edits) {
        if (e.source.line > 0 && e.source.offset + e.source.length <= text.size()) sorted.push_back(&e);
        else ++skipped;
    }
    std::sort(sorted.begin(), sorted.end(), [](const CellEdit* a, const CellEdit* b) { return a->source.offset > b->source.offset; });
    std::string out(text);
    for (const CellEdit* e : sorted) out.replace(e->source.offset, e->source.length, e->new_text);
    return out;
}

} // namespace nianbao
