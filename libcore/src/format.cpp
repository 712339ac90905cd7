// Lookups over the format declarations.
#include "nianbao/format.hpp"

#include "formats/declarations.hpp"

namespace nianbao {

std::string_view table_key(TableId id) {
    switch (id) {
    case TableId::disclosure: return "disclosure";
    case TableId::requests: return "requests";
    case TableId::disputes: return "disputes";
    }
    return "";
}

std::string_view table_name(TableId id) {
    switch (id) {
    case TableId::disclosure: return "表二（主动公开政府信息情况）";
    case TableId::requests: return "表三（收到和处理政府信息公开申请情况）";
    case TableId::disputes: return "表四（政府信息公开行政复议、行政诉讼情况）";
    }
    return "";
}

std::string_view table_short_name(TableId id) {
    switch (id) {
    case TableId::disclosure: return "表二";
    case TableId::requests: return "表三";
    case TableId::disputes: return "表四";
    }
    return "";
}

std::string_view section_key_of(TableId id) { return table_key(id); }

std::string_view version_name(FormatVersion v) { return v == FormatVersion::v2021 ? "2021" : "2019"; }

FormatVersion format_for_year(int report_year) {
    // 国办公开办函〔2021〕30号 applies from the reports on 2021, as do the fee rules (国办函〔2020〕109号,
    // in force 2021-01-01).
    return report_year >= 2021 ? FormatVersion::v2021 : FormatVersion::v2019;
}

const RowDecl* TableFormat::row(std::string_view key) const {
    for (const auto& r : rows)
        if (r.key == key) return &r;
    return nullptr;
}

const ColumnDecl* TableFormat::column(std::string_view key) const {
    for (const auto& c : columns)
        if (c.key == key) return &c;
    return nullptr;
}

const GroupDecl* TableFormat::group(std::string_view key) const {
    for (const auto& g : groups)
        if (g.key == key) return &g;
    return nullptr;
}

std::size_t TableFormat::cell_count() const {
    std::size_t n = 0;
    for (const auto& r : rows) n += r.columns.size();
    return n;
}

const TableFormat& table_format(TableId table, FormatVersion version) {
    static const TableFormat d21 = formats::disclosure_2021();
    static const TableFormat d19 = formats::disclosure_2019();
    static const TableFormat r21 = formats::requests_2021();
    static const TableFormat r19 = formats::requests_2019();
    static const TableFormat p21 = formats::disputes(FormatVersion::v2021);
    static const TableFormat p19 = formats::disputes(FormatVersion::v2019);
    const bool v21 = version == FormatVersion::v2021;
    switch (table) {
    case TableId::disclosure: return v21 ? d21 : d19;
    case TableId::requests: return v21 ? r21 : r19;
    case TableId::disputes: return v21 ? p21 : p19;
    }
    return r21;
}

} // namespace nianbao
