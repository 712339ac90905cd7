// Binds table 2 (主动公开政府信息情况): blocks headed 第二十条第（X）项, each with a header row of
// column labels and rows of values. Tells the 2021 format from the 2019 trial format by the
// labels that only one of them has.
#include <algorithm>
#include <unordered_map>

#include "binder/internal.hpp"
#include "nianbao/text.hpp"

namespace nianbao::binding {
namespace {

double best_score(const LabelIndex& index, std::u32string_view n) {
    double s = 0;
    for (auto kind : {LabelKind::row, LabelKind::group, LabelKind::column})
        if (Match m = index.match(n, kind)) s = std::max(s, m.score);
    return s;
}

} // namespace

Bound bind_disclosure(const PreparedRows& rows, std::size_t start) {
    const TableFormat& f21 = table_format(TableId::disclosure, FormatVersion::v2021);
    const TableFormat& f19 = table_format(TableId::disclosure, FormatVersion::v2019);
    static const LabelIndex idx21(f21), idx19(f19);
    // How well a label cell matches either version, asked for by both passes below.
    struct Scores { double v2021, v2019; };
    std::unordered_map<const PreparedCell*, Scores> scored;
    auto scores = [&](const PreparedCell& c) {
        auto [it, fresh] = scored.try_emplace(&c);
        if (fresh) it->second = {best_score(idx21, c.norm), best_score(idx19, c.norm)};
        return it->second;
    };

    // The region: until a boundary, prose, another table, or six rows that are not ours.
    std::size_t end = start;
    int idle = 0;
    for (std::size_t r = start; r < rows.size(); ++r) {
        const PreparedRow& row = rows[r];
        if (row.boundary() || is_prose(row)) break;
        if (row.separator()) continue;  // blank lines between the cells of a browser copy
        if (r > start) {
            auto sig = table_signature(row);
            if (sig && *sig != TableId::disclosure) break;
        }
        bool ours = row.has(CellKind::value);
        for (const auto& c : row.cells)
            if (c.kind == CellKind::label && !ours) {
                const Scores sc = scores(c);
                ours = sc.v2021 > 0 || sc.v2019 > 0 || c.norm == U"信息内容";
            }
        if (ours) { end = r + 1; idle = 0; }
        else if (++idle > 6) break;
    }
    if (end == start) end = start + 1;

    // Which version: labels that the 2019 trial format knows better than the 2021 format.
    std::vector<std::pair<std::string, std::vector<std::string>>> old_labels;  // block -> 2019 labels
    std::string block_label = "第二十条";
    for (std::size_t r = start; r < end; ++r)
        for (const auto& c : rows[r].cells) {
            if (c.kind != CellKind::label) continue;
            const Match g = idx19.match(c.norm, LabelKind::group);
            if (g) block_label = std::string(f19.group(g.label->key)->label);
            if (const Scores sc = scores(c); sc.v2019 <= sc.v2021 + 0.05) continue;
            if (old_labels.empty() || old_labels.back().first != block_label) old_labels.push_back({block_label, {}});
            if (g) continue;  // the block heading itself is named once
            old_labels.back().second.push_back(trim(c.text()));
        }
    const bool v2019 = !old_labels.empty();
    const TableFormat& format = v2019 ? f19 : f21;
    const LabelIndex& index = v2019 ? idx19 : idx21;

    Table table = make_table(format);
    table.source = rows[start].source();
    for (const auto& [block, labels] : old_labels) {
        if (block == "第二十条第（九）项") {
            table.outdated.push_back(block + "（政府集中采购）在 2021 年格式中已删除");
            continue;
        }
        std::string text = block + "有旧栏目";
        for (const auto& l : labels) text += "「" + l + "」";
        table.outdated.push_back(text);
    }

    std::vector<LogicalRow> logical;
    std::string group;
    for (std::size_t r = start; r < end; ++r) {
        const PreparedRow& row = rows[r];
        int row_cell = -1;
        const Label* label = nullptr;
        for (int i = 0; i < int(row.cells.size()) && !label; ++i) {
            const PreparedCell& c = row.cells[std::size_t(i)];
            if (c.kind != CellKind::label) continue;
            const auto& n = c.norm;
            if (Match g = index.match(n, LabelKind::group)) { group = std::string(g.label->key); continue; }
            if (Match m = index.match(n, LabelKind::row, group); m && m.score >= 0.75) {
                row_cell = i;
                label = m.label;
            }
        }
        if (label) {
            logical.push_back({std::string(label->key), cells_after(row, row_cell), row.source(), {}});
            continue;
        }
        if (!row.has(CellKind::value) && !row.has(CellKind::label) && !logical.empty()) {
            // Blank cells on a line of their own (one cell per line): slots of the open row.
            const RowDecl* decl = format.row(logical.back().key);
            for (const auto* c : row.blank_cells())
                if (logical.back().cells.size() < decl->columns.size()) logical.back().cells.push_back(c);
            continue;
        }
        if (row.has(CellKind::value) && !logical.empty()) {
            const RowDecl* decl = format.row(logical.back().key);
            if (logical.back().cells.size() < decl->columns.size()) {
                for (const auto* c : value_cells(row)) logical.back().cells.push_back(c);
                continue;
            }
        }
        if (row.has(CellKind::value))
            table.problems.push_back({"第 " + std::to_string(row.source().line) + " 行的数值无法对应到表二的任何一行", "", row.source()});
    }

    place_rows(table, logical);
    return {std::move(table), end};
}

} // namespace nianbao::binding
