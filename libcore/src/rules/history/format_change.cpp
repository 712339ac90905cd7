// history/format-change: the two reports use different formats, so the chains are not checked.
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    if (!report.previous) return;
    const std::string now = report_format(report), before = report_format(*report.previous);
    if (now.empty() || before.empty() || now == before) return;
    sink.report(Location::document(), "本年报告为 " + now + " 格式，上年报告为 " + before +
                                          " 格式，结转和现行有效件数的衔接无法逐项比对，已跳过");
}

const SimpleRule rule{{"history/format-change", Severity::info, "两年报告的表格格式不同时，说明不比对结转和现行有效件数。"}, check};

} // namespace

const Rule& history_format_change() { return rule; }

} // namespace nianbao::rules
