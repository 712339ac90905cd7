// The report model's lookups.
#include "nianbao/model.hpp"

#include <set>
#include <utility>

namespace nianbao {

const Cell* Table::cell(std::string_view row, std::string_view column) const {
    if (!format) return nullptr;
    // Cells are laid out in declaration order: skip whole rows, then find the column.
    std::size_t offset = 0;
    for (const auto& r : format->rows) {
        if (r.key != row) {
            offset += r.columns.size();
            continue;
        }
        for (std::size_t k = 0; k < r.columns.size(); ++k)
            if (r.columns[k] == column && offset + k < cells.size()) return &cells[offset + k];
        return nullptr;
    }
    return nullptr;
}

Cell* Table::cell(std::string_view row, std::string_view column) {
    return const_cast<Cell*>(std::as_const(*this).cell(row, column));
}

bool Table::has_row(std::string_view row) const {
    if (!format) {
        for (const auto& c : cells)
            if (c.row == row && c.present) return true;
        return false;
    }
    // The row's cells are consecutive, in declaration order.
    std::size_t offset = 0;
    for (const auto& r : format->rows) {
        if (r.key == row) {
            for (std::size_t k = 0; k < r.columns.size() && offset + k < cells.size(); ++k)
                if (cells[offset + k].present) return true;
            return false;
        }
        offset += r.columns.size();
    }
    return false;
}

AgencyKind agency_kind(std::string_view agency) {
    if (agency.empty()) return AgencyKind::unknown;
    return agency.ends_with("人民政府") ? AgencyKind::government : AgencyKind::department;
}

Table make_table(const TableFormat& format) {
    Table t;
    t.id = format.table;
    t.format = &format;
    t.cells.reserve(format.cell_count());
    for (const auto& r : format.rows)
        for (auto col : r.columns) t.cells.push_back(Cell{std::string(r.key), std::string(col), {}, {}, {}, false});
    return t;
}

const Table* Report::table(TableId id) const {
    for (const auto& t : tables)
        if (t.id == id) return &t;
    return nullptr;
}

Table* Report::table(TableId id) { return const_cast<Table*>(std::as_const(*this).table(id)); }

const Section* Report::section(std::string_view key) const {
    for (const auto& s : sections)
        if (s.key == key) return &s;
    return nullptr;
}

std::string report_format(const Report& report) {
    std::set<FormatVersion> versions;
    for (const auto& t : report.tables)  // table 4 is the same in both formats: it tells nothing
        if (t.format && t.id != TableId::disputes) versions.insert(t.format->version);
    if (versions.empty() && report.table(TableId::disputes)) return "2021";
    if (versions.empty()) return "";
    if (versions.size() > 1) return "mixed";
    return std::string(version_name(*versions.begin()));
}

} // namespace nianbao
