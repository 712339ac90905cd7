// The report model's lookups.
#include "nianbao/model.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace nianbao {

std::span<const Cell> Table::row_cells(std::string_view row) const {
    if (!format) return {};
    // Cells are laid out in declaration order: skip whole rows.
    std::size_t offset = 0;
    for (const auto& r : format->rows) {
        if (r.key == row) {
            if (offset > cells.size()) return {};
            return std::span<const Cell>(cells).subspan(offset, std::min(r.columns.size(), cells.size() - offset));
        }
        offset += r.columns.size();
    }
    return {};
}

const Cell* Table::cell(std::string_view row, std::string_view column) const {
    for (const Cell& c : row_cells(row))
        if (c.column == column) return &c;
    return nullptr;
}

Cell* Table::cell(std::string_view row, std::string_view column) {
    return const_cast<Cell*>(std::as_const(*this).cell(row, column));
}

bool Table::has_row(std::string_view row) const {
    const auto cells_of_row = row_cells(row);
    return std::any_of(cells_of_row.begin(), cells_of_row.end(), [](const Cell& c) { return c.present; });
}

std::vector<Recognition> recognition(const Report& report) {
    std::vector<Recognition> out;
    for (TableId id : {TableId::disclosure, TableId::requests, TableId::disputes}) {
        Recognition r{id};
        if (const Table* t = report.table(id)) {
            r.format = t->format;
            r.expected = t->format->cell_count();
            r.bound = std::size_t(std::count_if(t->cells.begin(), t->cells.end(), [](const Cell& c) { return c.present; }));
            r.problems = t->problems.size();
        } else {
            r.expected = table_format(id, FormatVersion::v2021).cell_count();
        }
        out.push_back(r);
    }
    return out;
}

AgencyKind agency_kind(std::string_view agency) {
    if (agency.empty()) return AgencyKind::unknown;
    // "贵阳市人民政府（市人民政府办公厅）": a government's report made by its office is the government's.
    if (agency.ends_with("）") || agency.ends_with(")")) {
        const auto wide = agency.rfind("（"), narrow = agency.rfind('(');
        const auto open = wide == std::string_view::npos ? narrow
                          : narrow == std::string_view::npos ? wide : std::max(wide, narrow);
        if (open != std::string_view::npos && open > 0) agency = agency.substr(0, open);
    }
    // …人民政府, …市政府; a bare place ("上海市" in "2022年上海市政府信息公开工作年度报告") is the
    // report of its government; anything else (…局, …办公室, …办公厅, …中心) is a department.
    for (std::string_view s : {"政府", "省", "市", "县", "区", "州", "旗", "盟"})
        if (agency.ends_with(s)) return AgencyKind::government;
    return AgencyKind::department;
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
