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
    if (row.has(CellKind::value)) return false;
    // Column headings, or a converter's generic header ("| 类别 | 数据1 | … | 总计 |").
    int labels = 0;
    for (const auto& c : row.cells) labels += c.kind == CellKind::label ? 1 : 0;
    return column_matches(index, row) >= 2 || labels >= 3;
}

bool full(const LogicalRow& row) { return row.cells.size() >= value_columns; }

// Value runs whose label could not be read or was not certain (key ""), placed by the declared
// order: the runs between two rows that have their values are given, in order, to the rows
// still without values between those two — only when there are exactly as many of each.
// Otherwise each run is reported once, naming the rows missing there (which then get no
// finding of their own).
void place_by_order(const TableFormat& format, std::vector<LogicalRow>& logical, std::vector<TableProblem>& problems,
                    std::vector<std::string>& explained) {
    auto order = [&](std::string_view key) {
        for (std::size_t i = 0; i < format.rows.size(); ++i)
            if (format.rows[i].key == key) return int(i);
        return -1;
    };
    auto anchored = [](const LogicalRow& l) { return !l.key.empty() && !l.cells.empty(); };
    auto has_values = [&](std::string_view key) {
        return std::any_of(logical.begin(), logical.end(), [&](const LogicalRow& l) { return l.key == key && !l.cells.empty(); });
    };
    const Table names = make_table(format);
    for (std::size_t i = 0; i < logical.size();) {
        if (!logical[i].key.empty()) { ++i; continue; }
        std::vector<std::size_t> runs;
        std::size_t j = i;
        for (; j < logical.size() && !anchored(logical[j]); ++j)
            if (logical[j].key.empty()) runs.push_back(j);
        int before = -1;
        for (std::size_t k = i; k-- > 0;)
            if (anchored(logical[k])) { before = order(logical[k].key); break; }
        const int after = j < logical.size() ? order(logical[j].key) : int(format.rows.size());
        std::vector<std::string_view> free;
        for (int o = before + 1; o < after; ++o)
            if (!has_values(format.rows[std::size_t(o)].key)) free.push_back(format.rows[std::size_t(o)].key);
        const bool inside = before >= 0 && after < int(format.rows.size());
        // Only runs with no label of their own: a run under a label we cannot read ("小计", a
        // typo past recognition) may be anything, and is reported instead.
        const bool placeable = std::all_of(runs.begin(), runs.end(), [&](std::size_t r) {
            return nonempty_count(logical[r].cells) > 0 && logical[r].label.empty();
        });
        if (inside && placeable && free.size() == runs.size()) {
            for (std::size_t m = 0; m < runs.size(); ++m) logical[runs[m]].key = std::string(free[m]);
        } else {
            std::string missing;
            for (auto key : free) {
                missing += "「" + row_label(names, key) + "」";
                explained.emplace_back(key);
            }
            for (std::size_t r : runs) {
                const LogicalRow& l = logical[r];
                const std::string what = l.label.empty() ? "第 " + std::to_string(l.source.line) + " 行的数值" : "「" + l.label + "」";
                if (!free.empty()) problems.push_back({what + "无法对应到表三的行；这里缺少" + missing, "", l.source});
                else if (l.label.empty()) problems.push_back({what + "无法对应到表三的任何一行", "", l.source});
                else problems.push_back({what + "不是表三的标准行，其数值未采用", "", l.source});
            }
        }
        i = j;
    }
    std::erase_if(logical, [](const LogicalRow& l) { return l.key.empty(); });
    // A row named on a line of its own whose values were placed by order: the named entry is empty.
    std::erase_if(logical, [&](const LogicalRow& l) { return l.cells.empty() && has_values(l.key); });
}

} // namespace

Bound bind_requests(const PreparedRows& rows, std::size_t start, std::optional<FormatVersion> hint) {
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
    // The row that the next value belongs to: the row whose label came last, while it has room.
    // When several row labels came with no values between them (a PDF converter detaches
    // values from their labels, and puts them before or after), which values are whose is not
    // known here: they are kept as unlabelled runs and placed by the declared order afterwards.
    std::vector<std::size_t> awaiting;  // rows named on lines of their own, not yet given a value
    auto target = [&]() -> LogicalRow* {
        if (awaiting.size() == 1) {
            LogicalRow& row = logical[awaiting.front()];
            if (!full(row)) return &row;
            awaiting.clear();
        }
        if (awaiting.empty() && !logical.empty() && !logical.back().cells.empty() && !full(logical.back()))
            return &logical.back();
        return nullptr;
    };
    auto open = [&] { return target() != nullptr; };
    auto append = [&](const CellRefs& cells) {
        for (const auto* c : cells)
            if (LogicalRow* t = target()) t->cells.push_back(c);
    };

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
            // Blank cells on a line of their own (one cell per line): slots of the open row, or
            // the first blanks of a single （六）其他处理 row.
            const CellRefs blanks = row.blank_cells();
            if (!blanks.empty() && !open() && group_just_seen && group == "3.6") {
                logical.push_back({"3.6", blanks, row.source(), {}});
                group_just_seen = false;
                last_used = r;
            } else if (!blanks.empty() && open()) {
                append(blanks);
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
            // Nor are headings run together ("总计商 业 企"): "总计" must not open row （七）.
            if (!has_values && ordinal_length(n) == 0 && index.is_column_words(n)) continue;
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
            // label between its parts.
            std::u32string own;
            for (std::size_t i = 0; i < row.cells.size(); ++i)
                if (row.cells[i].kind == CellKind::label && !is_group[i]) own += row.cells[i].norm;
            // (The tail of a label already named — the open row's, or one waiting for its values —
            // is no new row.)
            const auto named_before = [&](std::string_view key) {
                return (open() && target()->key == key) ||
                       std::any_of(awaiting.begin(), awaiting.end(), [&](std::size_t k) { return logical[k].key == key; });
            };
            if (Match best = index.match_fragments(pending, own, group); best && !named_before(best.label->key))
                named = best.label;
        }
        if (named) {
            group = named->group.empty() || named->group == "3" ? group : std::string(named->group);
            CellRefs cells = row_cell >= 0 ? cells_after(row, row_cell) : value_cells(row);
            if (!logical.empty() && logical.back().key == named->key && nonempty_count(logical.back().cells) == 0) {
                logical.back().cells = std::move(cells);  // a heading naming the row, then the row itself
            } else {
                logical.push_back({std::string(named->key), std::move(cells), row.source(), {}});
            }
            // Only rows still without any value are waiting for values.
            std::erase_if(awaiting, [&](std::size_t k) { return !logical[k].cells.empty(); });
            if (logical.back().cells.empty()) awaiting.push_back(logical.size() - 1);
            else awaiting.clear();
            pending.clear();
            group_just_seen = false;
            last_used = r;
            continue;
        }
        if (has_values && !open()) {
            // The end of a wrapped label printed with the values ("| 行政机关不再处理其政府信息公
            // | 40 | …"): the values of the row, named earlier without values, whose label it ends.
            std::u32string own;
            for (std::size_t i = 0; i < row.cells.size(); ++i)
                if (row.cells[i].kind == CellKind::label && !is_group[i]) own += row.cells[i].norm;
            std::vector<std::size_t> continues;
            if (own.size() >= 4)
                for (std::size_t k = 0; k < logical.size(); ++k) {
                    const RowDecl* decl = logical[k].key.empty() ? nullptr : f21.row(logical[k].key);
                    if (!decl) decl = f19.row(logical[k].key);
                    if (decl && logical[k].cells.empty() && normalize_label(decl->label).find(own) != std::u32string::npos)
                        continues.push_back(k);
                }
            if (continues.size() == 1) {
                logical[continues.front()].cells = value_cells(row);
                std::erase(awaiting, continues.front());
                pending.clear();
                last_used = r;
                continue;
            }
        }
        // A line of several values after a row that already has a line of several values: the
        // next row's, whose label could not be read (pdftotext leaves blank cells out, so the
        // first row looks open). One value per line is a stream, which goes on.
        const bool another_values_line = [&] {
            const LogicalRow* t = target();
            return t && t->cells.size() >= 2 && nonempty_count(value_cells(row)) >= 2 &&
                   t->cells.back()->source().line != row.source().line;
        }();
        if (has_values && open() && !another_values_line) {
            // Values of the open row: on the following lines, or on the middle line of a wrapped
            // label (pdftotext, with a piece of a group label before them).
            append(value_cells(row));
            if (group_cell >= 0) group_just_seen = false;
            pending.clear();
            last_used = r;
            continue;
        }
        if (!has_values && group == "3.6" && group_cell >= 0 && row_cell < 0 &&
            cells_after(row, group_cell).size() >= value_columns) {
            // The single （六）其他处理 row with every cell blank.
            logical.push_back({"3.6", cells_after(row, group_cell), row.source(), {}});
            group_just_seen = false;
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
            // Values under no readable label, or whose label is not certain: kept in order,
            // placed or reported after the walk.
            if (logical.empty() || !logical.back().key.empty() || full(logical.back())) {
                std::string label;  // a label of its own; pieces of a merged group label are none
                for (std::size_t i = 0; i < row.cells.size(); ++i)
                    if (row.cells[i].kind == CellKind::label && !is_group[i] && !index.is_group_piece(row.cells[i].norm))
                        label += trim(row.cells[i].text());
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
    // With neither (the （六） rows lost, as pdftotext of a table wider than the page loses them),
    // the table follows table 2's format.
    const bool v2019 = has_single_six ? !has_six_subrows : !has_six_subrows && hint == FormatVersion::v2019;
    Table table = make_table(v2019 ? f19 : f21);
    table.source = rows[start].source();
    if (v2019 && has_single_six)
        table.outdated.push_back("「（六）其他处理」只有一行，是 2019 年试行格式；2021 年格式分为 3 个子项（逾期不补正、逾期未缴费、其他）");
    else if (v2019)
        table.outdated.push_back("未读到「（六）其他处理」，按表二的格式读作 2019 年试行格式");

    std::vector<std::string> explained;
    place_by_order(*table.format, logical, problems, explained);
    table.problems = std::move(problems);
    place_rows(table, logical, explained);
    return {std::move(table), last_used + 1};
}

} // namespace nianbao::binding
