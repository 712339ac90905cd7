// The standard formats (2021, and the 2019 trial format) declared once, as data: the layout of
// each table, its labels with known variants, value kinds and sum identities. Binding, checking,
// autofill and the template all read these declarations.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "nianbao/export.hpp"

namespace nianbao {

enum class TableId { disclosure, requests, disputes };
enum class FormatVersion { v2021, v2019 };
enum class ValueKind { count, money };

NIANBAO_API std::string_view table_key(TableId id);       // "disclosure"
NIANBAO_API std::string_view table_name(TableId id);      // "表二（主动公开政府信息情况）"
NIANBAO_API std::string_view table_short_name(TableId id); // "表二"
NIANBAO_API std::string_view section_key_of(TableId id);  // "disclosure", "requests", "disputes"
NIANBAO_API std::string_view version_name(FormatVersion v); // "2021" / "2019"

// The format whose requirements a report is held to, decided by the report year (the year reported
// on, format.md): the 2019 trial format — its tables, and no duty to report 信息处理费 — for 2020
// and before, the 2021 format from 2021.
NIANBAO_API FormatVersion format_for_year(int report_year);

struct ColumnDecl {
    std::string_view key;
    std::string_view label;                 // standard wording
    std::vector<std::string_view> variants; // accepted rewordings and known typos
    ValueKind kind = ValueKind::count;
    bool may_be_negative = false;           // 2019 "本年增/减"
    std::string_view unit = {};             // "万元" where the form states it; money columns only
};

// A group of rows: a block of table 2 (第二十条第（一）项) or a result group of table 3
// (（三）不予公开). A group has no values of its own.
struct GroupDecl {
    std::string_view key;
    std::string_view label;
    std::vector<std::string_view> variants;
};

struct RowDecl {
    std::string_view key;                   // "3.3.1", "regulations"
    std::string_view label;                 // "1.属于国家秘密"
    std::vector<std::string_view> variants;
    std::string_view group;                 // GroupDecl key, or empty
    std::vector<std::string_view> columns;  // keys of the columns this row has
};

// lhs == rhs, instantiated for each row (keys name columns) or each column (keys name rows).
// Autofill writes `target`, which is one of the keys; fill_only_blank restricts it to an
// empty cell (四、结转 is only derived from the balance when the agency left it empty).
struct IdentityDecl {
    enum class Over { each_row, each_column };
    std::string_view rule;
    Over over = Over::each_row;
    std::vector<std::string_view> lhs;
    std::vector<std::string_view> rhs;
    std::string_view target;
    bool fill_only_blank = false;
};

struct TableFormat {
    TableId table;
    FormatVersion version;
    std::vector<GroupDecl> groups;
    std::vector<RowDecl> rows;
    std::vector<ColumnDecl> columns;
    std::vector<IdentityDecl> identities;

    NIANBAO_API const RowDecl* row(std::string_view key) const;
    NIANBAO_API const ColumnDecl* column(std::string_view key) const;
    NIANBAO_API const GroupDecl* group(std::string_view key) const;
    // Number of value cells (the sum over rows of their columns).
    NIANBAO_API std::size_t cell_count() const;
};

NIANBAO_API const TableFormat& table_format(TableId table, FormatVersion version);

// The six sections of the report.
struct SectionDecl {
    std::string_view key;      // "overview"
    int number;                // 1..6
    std::string_view heading;  // "总体情况"
    std::vector<std::string_view> variants;
    std::vector<std::string_view> keywords; // all must occur in a reworded heading
};

NIANBAO_API std::span<const SectionDecl> section_decls();
NIANBAO_API const SectionDecl* section_decl(std::string_view key);

} // namespace nianbao
