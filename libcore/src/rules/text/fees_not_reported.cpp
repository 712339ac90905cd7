// text/fees-not-reported: section 六 reports 信息处理费 (charged or not).
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    const Section* s = report.section("other");
    if (!s) return;  // structure/missing-section
    // The duty starts with the reports on 2021 (国办函〔2020〕109号 in force 2021-01-01, asked for by
    // the 2021 format); a report on 2019 or 2020 rightly says nothing of fees.
    if (applicable_format(report) == FormatVersion::v2019) return;
    for (const Paragraph* p : section_paragraphs(report, "other"))
        if (p->text.find("处理费") != std::string::npos || p->text.find("收费") != std::string::npos ||
            p->text.find("收取费用") != std::string::npos)
            return;
    sink.report(heading_location(*s), "“六、其他需要报告的事项”没有说明政府信息公开信息处理费的收取情况（按国办函〔2020〕109号，应写明发出收费通知的件数和金额，或未收取）");
}

const SimpleRule rule{{"text/fees-not-reported", Severity::warning, "第六部分应说明信息处理费的收取情况（2021 年度起）。"}, check};

} // namespace

const Rule& text_fees_not_reported() { return rule; }

} // namespace nianbao::rules
