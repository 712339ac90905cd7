// Small shared wordings of a reviewed report (see reviewed.hpp).
#include "reviewed.hpp"

#include "nianbao/place.hpp"

#include <map>

namespace nianbao::cli::review {

std::string kind_words(AgencyKind kind) {
    switch (kind) {
    case AgencyKind::department:
        return "部门";
    case AgencyKind::government:
        return "政府";
    case AgencyKind::unknown:
        break;
    }
    return "未知";
}

std::string format_words(const Report& report) {
    const std::string f = report_format(report);
    if (f == "mixed") return "新旧混用";
    if (f.empty()) return "未识别";
    return f;
}

std::string place_words(const Finding& finding) {
    std::string place = place_in_words(finding.location);
    const SourcePos& s = finding.location.source;
    std::string where;
    if (s.line > 0)
        where = "第 " + std::to_string(s.line) + " 行";
    else if (!s.cell_name.empty())
        where = "单元格 " + s.cell_name;
    if (place.empty()) return where.empty() ? "全文" : where;
    return where.empty() ? place : place + "（" + where + "）";
}

void mark_duplicates(std::vector<Reviewed>& reports) {
    std::map<std::pair<std::string, int>, std::vector<std::size_t>> by_agency_year;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const Reviewed& r = reports[i];
        if (!r.ok || r.report.meta.agency.empty() || !r.report.meta.year) continue;
        std::string agency;
        for (char c : r.report.meta.agency)
            if (c != ' ' && c != '\t') agency += c;
        by_agency_year[{agency, *r.report.meta.year}].push_back(i);
    }
    for (const auto& [key, list] : by_agency_year) {
        if (list.size() < 2) continue;
        for (std::size_t i : list)
            for (std::size_t j : list)
                if (i != j) reports[i].duplicates.push_back(j);
    }
}

} // namespace nianbao::cli::review
