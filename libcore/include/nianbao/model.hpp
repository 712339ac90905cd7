// The report model: metadata, sections with paragraphs, and the three standard tables as
// cells addressed by the stable keys of format.md, each remembering where it came from.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "nianbao/dismissal.hpp"
#include "nianbao/export.hpp"
#include "nianbao/format.hpp"
#include "nianbao/value.hpp"

namespace nianbao {

// Where something came from: line/column (1-based, in characters) and the byte span in the
// decoded UTF-8 text for a text report; a Writer cell name ("B3") for an office document.
struct SourcePos {
    int line = 0;
    int column = 0;
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string cell_name;
    std::string table_name;
    int page = 0;  // a PDF's page (1-based); `line` then counts the lines read from the whole PDF

    bool known() const { return line > 0 || !cell_name.empty(); }
};

struct Paragraph {
    std::string text;
    SourcePos source;
};

struct Section {
    std::string key;         // SectionDecl key
    int number = 0;          // the numeral written before the heading (0: none)
    std::string heading;     // as written, without numbering and markup
    bool standard_wording = true;
    SourcePos source;
    std::vector<Paragraph> paragraphs;
};

enum class AgencyKind { unknown, department, government };

struct Date {
    int year = 0, month = 0, day = 0;
    friend auto operator<=>(const Date&, const Date&) = default;
};

// A people's government (…县/区/市人民政府, …市政府, a bare place name such as 上海市, also with its
// office in brackets: 贵阳市人民政府（市人民政府办公厅）) or a department (…局, …办公室, …办公厅), by
// the agency's name (format.md §1); unknown for an empty name.
NIANBAO_API AgencyKind agency_kind(std::string_view agency);

struct Metadata {
    std::string title;
    SourcePos title_source;
    std::string agency;
    std::optional<int> year;        // from the title, else the statistical period, else 一、
    std::optional<int> title_year;  // the year as written in the title
    AgencyKind kind = AgencyKind::unknown;
    std::optional<Date> date;
    SourcePos date_source;
};

struct Cell {
    std::string row;      // RowDecl key
    std::string column;   // ColumnDecl key
    std::string raw;      // the text as written
    Value value;
    SourcePos source;
    bool present = false; // false: the row or cell was not found in the input
};

// Something the binder could not fit into the layout: a missing row, a row with too many or
// too few values, values under no recognisable label.
struct TableProblem {
    std::string message;  // Chinese
    std::string row;      // row key when known
    SourcePos source;
};

struct Table {
    TableId id = TableId::requests;
    const TableFormat* format = nullptr;
    std::vector<Cell> cells;                // one per (row, column) of the format, in order
    SourcePos source;                       // first line of the table
    std::vector<TableProblem> problems;
    std::vector<std::string> outdated;      // what follows the 2019 trial layout, in Chinese

    NIANBAO_API const Cell* cell(std::string_view row, std::string_view column) const;
    NIANBAO_API Cell* cell(std::string_view row, std::string_view column);
    // The cells of one row, in column order (empty for a row the format does not have).
    NIANBAO_API std::span<const Cell> row_cells(std::string_view row) const;
    NIANBAO_API bool has_row(std::string_view row) const;
};

// Builds the empty table of a format (every cell absent).
NIANBAO_API Table make_table(const TableFormat& format);

struct Report {
    Metadata meta;
    std::vector<Paragraph> preamble; // between the title and the first section
    std::vector<Section> sections;  // in the order they appear, duplicates included
    std::vector<Paragraph> signature; // agency and date after the last section
    std::vector<Table> tables;      // recognised tables, at most one per TableId
    std::string source_name;        // file name, for messages
    // How a person finds a place in the original: by its line (a text file) or page (a PDF:
    // SourcePos.page), or — in a word processor's document, whose lines are the reader's own —
    // by section and paragraph. Set by the reader; messages that name a place follow it
    // (line_in_words, place.hpp).
    enum class Places { lines, paragraphs };
    Places places = Places::lines;
    // Last year's report of the same agency, when given (nianbao check --previous): the
    // history/* rules compare against it.
    std::shared_ptr<const Report> previous;
    // Findings a reviewer accepted, read from the file (a .odt/.docx document property,
    // dismissals.hpp): check() leaves them out, check_outcome() lists them apart.
    std::vector<Dismissal> dismissals;

    NIANBAO_API const Table* table(TableId id) const;
    NIANBAO_API Table* table(TableId id);
    NIANBAO_API const Section* section(std::string_view key) const;
};

// How much of a standard table the reader recognised: its value cells (as its format declares
// them), how many were read, and how many problems the binder reported.
struct Recognition {
    TableId table;
    const TableFormat* format = nullptr;  // nullptr: the table was not found
    std::size_t expected = 0;
    std::size_t bound = 0;
    std::size_t problems = 0;
};

// One entry per standard table (表二, 表三, 表四), found or not; a table that was not found is
// counted against its 2021 format.
NIANBAO_API std::vector<Recognition> recognition(const Report& report);

// "2021", "2019" or "mixed" (tables in different formats); "" when no table was found.
NIANBAO_API std::string report_format(const Report& report);

} // namespace nianbao
