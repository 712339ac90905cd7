// Findings as a reviewer works through them (the Writer panel 年报检查): by section of the report,
// and findings of one rule that repeat down a column or along a row of a table folded into one
// group — a report with the five 法人或其他组织 columns left blank has five lines, not 125.
#pragma once

#include "nianbao/export.hpp"
#include "nianbao/finding.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace nianbao {

struct FindingGroup {
    std::string title; // a group: "表三「商业企业」列 25 处：…"; one finding: its line
    std::string where; // a group: the column, row or section it folds ("表三「商业企业」列")
    std::string text;  // a group: the title's words without the severity ("表三「商业企业」列 25 处：…")
    Severity severity = Severity::info; // the highest among the members
    std::vector<std::size_t> members;   // indices into the findings, in document order
    bool repeated() const { return members.size() > 1; }
};

struct SectionOfFindings {
    std::string key;     // section key ("requests"), or empty for the whole document
    std::string heading; // "三、收到和处理政府信息公开申请情况", or "全文"
    std::vector<FindingGroup> groups;
};

// The line of one finding: "【错误】 message（place in words）".
NIANBAO_API std::string finding_line(const Finding& finding);

// Sections in the order of the format (the whole document first); within one, groups in the
// order of their first finding. Findings of one rule in one column (else one row) of a table
// form a group when there are at least `min_repeat` of them; findings of one rule in one section
// outside the tables (prose) only from 10 on — a flood, not a few claims to read one by one.
NIANBAO_API std::vector<SectionOfFindings> group_findings(const std::vector<Finding>& findings,
                                                          std::size_t min_repeat = 3);

} // namespace nianbao
