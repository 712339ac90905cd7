// Internal to the binder: label matching and the helpers the per-table binders share.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "nianbao/binder.hpp"
#include "nianbao/format.hpp"

namespace nianbao::binding {

enum class LabelKind { row, group, column };

struct Label {
    LabelKind kind;
    std::string_view key;
    std::string_view group;   // for rows: their group key
    std::u32string norm;      // normalize_label(label)
    std::u32string bare;      // without its ordinal
    int ordinal = 0;          // "3." -> 3
    std::uint64_t chars = 0;  // one bit per character of `bare` (code point mod 64)
};

struct Match {
    const Label* label = nullptr;
    double score = 0;
    explicit operator bool() const { return label != nullptr; }
};

// All labels of a format (and of the other version, for recognising outdated tables).
class LabelIndex {
public:
    explicit LabelIndex(const TableFormat& format);
    // Best label of the kind for the text; `group` is the current group context (may be empty).
    Match match(std::u32string_view norm, LabelKind kind, std::string_view group = {}) const;
    // A row label written over several lines: the best row for the last fragments joined with
    // `own` (the label text of the line that holds the values). Pieces of a merged group label
    // that pdftotext interleaves with the rows ("（三", "）不", "予公") are tried without.
    Match match_fragments(const std::vector<std::u32string>& fragments, std::u32string_view own,
                          std::string_view group) const;
    // A short piece of a group label ("予公", "理").
    bool is_group_piece(std::u32string_view norm) const;
    // Two or more column headings run together, the last possibly cut ("总计商业企", pdftotext
    // of a spaced-out header): a header line, not a row.
    bool is_column_words(std::u32string_view norm) const;

private:
    Match match_whole(std::u32string_view norm, LabelKind kind, std::string_view group) const;

    std::vector<Label> labels_;
    std::multimap<std::u32string, const Label*, std::less<>> exact_;  // norm and bare forms
};

enum class CellKind { empty, value, label };

// A cell as the binder sees it, worked out once per cell: every step of every table binder asks
// what a cell is and compares its label form, so neither is recomputed.
struct PreparedCell {
    const GridCell* grid = nullptr;
    CellKind kind = CellKind::empty;
    std::u32string norm;  // normalize_label(text)

    std::string_view text() const { return grid->text; }
    const SourcePos& source() const { return grid->source; }
};

struct PreparedCell;
using CellRefs = std::vector<const PreparedCell*>;

struct PreparedRow {
    const GridRow* grid = nullptr;
    std::vector<PreparedCell> cells;

    const SourcePos& source() const { return grid->source; }
    bool boundary() const { return grid->boundary; }
    bool has(CellKind kind) const;
    // No text in any cell: a blank line or a line of bare pipes. (A cell holding only a
    // no-break space, as a blank table cell comes out of a browser, is a blank cell, not this.)
    bool separator() const;
    // The cells that are blank cells of the table: white space only (a no-break space, as a
    // browser copies an empty cell) or marked blank by the reader (a lone "|"), as opposed to
    // the empty strings around the tabs between cells.
    CellRefs blank_cells() const;
};

using PreparedRows = std::vector<PreparedRow>;
PreparedRows prepare_rows(const std::vector<GridRow>& rows);

// CellRefs (above): a sequence of cells taken from one or more rows, in order.

// The cells after the last label of a row (all cells when it has no label): the values of a
// continuation line whose label fragment belongs to the previous line.
CellRefs value_cells(const PreparedRow& row);

// Cells of a row after index `from` (exclusive), as written.
CellRefs cells_after(const PreparedRow& row, int from);

// Reduces the value cells of one row to `want`: drops empty cells at the end, then at the
// start, while there are too many. Returns nullopt when the count still does not fit.
std::optional<CellRefs> fit_values(CellRefs cells, std::size_t want);

int nonempty_count(const CellRefs& cells);

// A single long text cell and nothing else: prose, which ends a table.
bool is_prose(const PreparedRow& row);

// Which table a row starts, if any.
std::optional<TableId> table_signature(const PreparedRow& row);

// A row as the binder assembled it: its key, the cells after its label (possibly gathered from
// several lines), where it started.
struct LogicalRow {
    std::string key;
    CellRefs cells;
    SourcePos source;
    std::string label;  // for values under no known label (key ""): that label, if any
};

// Places each logical row's values into the table's cells, in the row's declared columns.
// What does not fit becomes a TableProblem, never a guessed cell: a row seen twice, a row whose
// values do not fit its columns, and each declared row that was not found at all.
// `explained`: rows already named by another problem (values under an unreadable label where
// they are missing), which get no "not found" of their own.
void place_rows(Table& table, const std::vector<LogicalRow>& rows, const std::vector<std::string>& explained = {});

// Writes a value cell into the table.
void put_cell(Table& table, std::string_view row, std::string_view column, const PreparedCell& cell);

// Per-table binders: bind from rows[start], return the index after the last row they used
// (at least start + 1) and the table.
struct Bound {
    Table table;
    std::size_t end;
};
Bound bind_disclosure(const PreparedRows& rows, std::size_t start);
// `hint`: the format of the report's table 2, if read — a table 3 that lost its （六） rows (the
// only rows that tell the two formats apart) is taken to follow it.
Bound bind_requests(const PreparedRows& rows, std::size_t start, std::optional<FormatVersion> hint = std::nullopt);
Bound bind_disputes(const PreparedRows& rows, std::size_t start);

} // namespace nianbao::binding
