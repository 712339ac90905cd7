// Binds table 3 (收到和处理政府信息公开申请情况). The table is read as a sequence of labels and
// values, whatever separates them: label and values on one line, values on the next lines (one
// cell per line, with or without blank lines between), labels wrapped over lines with the values
// on a middle line, pieces of merged group labels interleaved (pdftotext), group labels in a cell
// of their own or merged away. Rows are recognised by their labels; a value run whose label
// cannot be read is placed by the declared order when exactly one row fits between its
// neighbours, and is otherwise reported on its own — it never costs the other rows.
#include <algorithm>

#include "binder/internal.hpp"
#include "nianbao/identities.hpp"
#include "nianbao/text.hpp"

namespace nianbao::binding {
namespace {

constexpr std::size_t value_columns = 7;

int column_matches(const LabelIndex& index, const PreparedRow& row) {
    int n = 0;
    for (const auto& c : row.cells)
        if (c.kind == CellKind::label && index.match(c.norm, LabelKind::column)) ++n;
    return n;
}

bool is_header(const LabelIndex& index, const PreparedRow& row) {
    using namespace std::string_view_literals;
    for (const auto& c : row.cells)
        if (std::u32string_view(c.norm).find(U"勾稽"sv) != std::u32string_view::npos || c.norm == U"申请人情况"sv)
            return true;
    return !row.has(CellKind::value) && column_matches(index, row) >= 2;
}

bool full(const LogicalRow& row) { return row.cells.size() >= value_columns; }

// Value runs whose label could not be read (key ""): placed by the declared order when exactly
// one missing row lies between the recognised rows before and after them; otherwise reported
// once each, naming the rows missing there (which then get no finding of their own).
void place_by_order(const TableFormat& format, std::vector<LogicalRow>& logical, std::vector<TableProblem>& problems,
                    std::vector<std::string>& explained) {
    auto order = [&](std::string_view key) {
        for (std::size_t i = 0; i < format.rows.size(); ++i)
            if (format.rows[i].key == key) return int(i);
        return -1;
    };
    auto taken = [&](std::string_view key) {
        return std::any_of(logical.begin(), logical.end(), [&](const LogicalRow& l) { return l.key == key; });
    };
    for (std::size_t i = 0; i < logical.size(); ++i) {
        if (!logical[i].key.empty()) continue;
        int before = -1, after = int(format.rows.size());
        for (std::size_t k = i; k-- > 0;)
            if (int o = order(logical[k].key); o >= 0) { before = o; break; }
        for (std::size_t k = i + 1; k < logical.size(); ++k)
            if (int o = order(logical[k].key); o >= 0) { after = o; break; }
        std::vector<std::string_view> free;
        for (int o = before + 1; o < after; ++o)
            if (!taken(format.rows[std::size_t(o)].key)) free.push_back(format.rows[std::size_t(o)].key);
        // Only between two recognised rows: at the edges of the table the run may be anything.
        const bool inside = before >= 0 && after < int(format.rows.size());
        if (free.size() == 1 && inside && nonempty_count(logical[i].cells) > 0) {
            logical[i].key = std::string(free.front());
            continue;
        }
        const std::string what = logical[i].label.empty()
                                     ? "第 " + std::to_string(logical[i].source.line) + " 行的数值"
                                     : "「" + logical[i].label + "」";
        if (free.empty()) {
            problems.push_back({logical[i].label.empty() ? what + "无法对应到表三的任何一行"
                                                         : what + "不是表三的标准行，其数值未采用",
                                "", logical[i].source});
            continue;
        }
        Table names = make_table(format);
        std::string missing;
        for (auto key : free) {
            missing += "「" + row_label(names, key) + "」";
            explained.emplace_back(key);
        }
        problems.push_back({what + "无法对应到表三的行；这里缺少" + missing, "", logical[i].source});
    }
    std::erase_if(logical, [](const LogicalRow& l) { return l.key.empty(); });
}

} // namespace

Bound bind_requests(const PreparedRows& rows, std::size_t start) {
    const TableFormat& f21 = table_format(TableId::requests, FormatVersion::v2021);
    const TableFormat& f19 = table_format(TableId::requests, FormatVersion::v2019);
    static const LabelIndex index(f21);

    std::vector<LogicalRow> logical;
    std::vector<TableProblem> problems;
    std::string group;
    bool group_just_seen = false;         // a group label with no row label since
    std::vector<std::u32string> pending;  // label fragments of the last label-only lines
    std::size_t last_used = start;
    int idle = 0;
    auto open = [&] { return !logical.empty() && !full(logical.back()); };

    for (std::size_t r = start; r < rows.size(); ++r) {
        const PreparedRow& row = rows[r];
        if (row.boundary() || is_prose(row)) break;
        if (row.separator()) continue;  // blank lines, "|||": no cell at all
        if (!logical.empty() && logical.back().key == "4" && full(logical.back())) break;  // the last row is complete
        if (r > start) {
            auto sig = table_signature(row);
            if (sig && *sig != TableId::requests) break;
        }
        if (is_header(index, row)) {
            pending.clear();
            last_used = r;
            continue;
        }
        const bool has_values = row.has(CellKind::value);
        if (!has_values && !row.has(CellKind::label)) {
            // A blank cell on a line of its own (one cell per line): a slot of the open row.
            if (open() && row.cells.size() == 1) {
                logical.back().cells.push_back(&row.cells.front());
                last_used = r;
            } else if (++idle > 8) {
                break;  // a run of blank cells that belong to no row: the table is over
            }
            continue;
        }
        idle = 0;
        // Find the last cell that names a row; group labels before it set the context.
        int row_cell = -1, group_cell = -1;
        std::vector<bool> is_group(row.cells.size(), false);
        const Label* named = nullptr;
        for (int i = 0; i < int(row.cells.size()); ++i) {
            const PreparedCell& c = row.cells[std::size_t(i)];
            if (c.kind != CellKind::label) continue;
            const std::u32string& n = c.norm;
            // A column heading on a line of its own ("总计", one cell per line) is not a row.
            // ("3.其他" and "（七）总计" carry an ordinal: they are rows.)
            if (Match col = index.match(n, LabelKind::column);
                !has_values && col && col.score >= 1.0 && ordinal_length(n) == 0)
                continue;
            Match g = index.match(n, LabelKind::group);
            Match m = index.match(n, LabelKind::row, group);
            if (g && (!m || g.score >= m.score)) {
                group = std::string(g.label->key);
                group_cell = i;
                is_group[std::size_t(i)] = true;
                group_just_seen = true;
                continue;
            }
            if (m) {
                row_cell = i;
                named = m.label;
            }
        }
        if (!named && has_values && !pending.empty()) {
            // A label wrapped over the previous lines, possibly with pieces of a merged group
            // label between its parts. (The tail of the open row's own label is no new row.)
            std::u32string own;
            for (std::size_t i = 0; i < row.cells.size(); ++i)
                if (row.cells[i].kind == CellKind::label && !is_group[i]) own += row.cells[i].norm;
            if (Match best = index.match_fragments(pending, own, group);
                best && !(open() && best.label->key == logical.back().key))
                named = best.label;
        }
        if (named) {
            group = named->group.empty() || named->group == "3" ? group : std::string(named->group);
            logical.push_back({std::string(named->key), row_cell >= 0 ? cells_after(row, row_cell) : value_cells(row),
                               row.source(), {}});
            pending.clear();
            group_just_seen = false;
            last_used = r;
            continue;
        }
        if (has_values && open()) {
            // Values of the open row: on the following lines, or on the middle line of a wrapped
            // label (pdftotext, with a piece of a group label before them).
            for (const auto* c : value_cells(row)) logical.back().cells.push_back(c);
            if (group_cell >= 0) group_just_seen = false;
            pending.clear();
            last_used = r;
            continue;
        }
        if (has_values && group_just_seen) {
            // A group label with values of its own: the single （六）其他处理 row of the 2019
            // trial format (also seen inside otherwise 2021-format tables).
            const int from = group_cell >= 0 ? group_cell : -1;
            const CellRefs cells = group_cell >= 0 ? cells_after(row, from) : value_cells(row);
            if (group == "3.6") logical.push_back({"3.6", cells, row.source(), {}});
            else problems.push_back({"「" + std::string(f21.group(group)->label) + "」是分组标题，不应填写数值", "", row.source()});
            group_just_seen = false;
            pending.clear();
            last_used = r;
            continue;
        }
        if (has_values) {
            // Values under no readable label: kept in order, placed or reported after the walk.
            if (logical.empty() || !logical.back().key.empty() || full(logical.back())) {
                std::string label;
                for (const auto& c : row.cells)
                    if (c.kind == CellKind::label) label += trim(c.text());
                logical.push_back({"", {}, row.source(), label});
            }
            for (const auto* c : value_cells(row)) logical.back().cells.push_back(c);
            pending.clear();
            last_used = r;
            continue;
        }
        // Label-only line: a fragment of a split label, or a group header.
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            const PreparedCell& c = row.cells[i];
            if (c.kind != CellKind::label || is_group[i]) continue;
            pending.push_back(c.norm);
            if (pending.size() > 6) pending.erase(pending.begin());
        }
        last_used = r;
    }

    // 2019 trial layout: a single （六） row and no sub-rows.
    bool has_single_six = false, has_six_subrows = false;
    for (const auto& l : logical) {
        has_single_six = has_single_six || l.key == "3.6";
        has_six_subrows = has_six_subrows || l.key.starts_with("3.6.");
    }
    const bool v2019 = has_single_six && !has_six_subrows;
    Table table = make_table(v2019 ? f19 : f21);
    table.source = rows[start].source();
    if (v2019)
        table.outdated.push_back("「（六）其他处理」只有一行，是 2019 年试行格式；2021 年格式分为 3 个子项（逾期不补正、逾期未缴费、其他）");

    std::vector<std::string> explained;
    place_by_order(*table.format, logical, problems, explained);
    table.problems = std::move(problems);
    place_rows(table, logical, explained);
    return {std::move(table), last_used + 1};
}

} // namespace nianbao::binding
