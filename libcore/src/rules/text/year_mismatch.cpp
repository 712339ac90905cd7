// text/year-mismatch: the year in the title, the statistical period, the body and the signature
// date agree (the signature is dated in the following year, or late in the same one).
#include "reader/internal.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    const auto title = report.meta.title_year;
    struct Seen { int year; std::string where; Location location; };
    std::vector<Seen> seen;
    for (std::size_t k = 0; k < report.preamble.size(); ++k)
        if (auto y = reading::period_year(report.preamble[k].text))
            seen.push_back({*y, "统计期限", Location::of_text("preamble", int(k), 0, -1, report.preamble[k].source)});
    if (const Section* s = report.section("overview"); s && !s->paragraphs.empty())
        if (auto y = reading::first_year(s->paragraphs[0].text))
            seen.push_back({*y, "总体情况开头", Location::of_text("overview", 0, 0, -1, s->paragraphs[0].source)});
    const int reference = title ? *title : (seen.empty() ? 0 : seen.front().year);
    if (reference == 0) return;
    const std::string ref_name = title ? "标题" : seen.front().where;
    for (const auto& s : seen)
        if (s.year != reference)
            sink.report(s.location, s.where + "的年度为 " + std::to_string(s.year) + " 年，与" + ref_name + "的 " +
                                        std::to_string(reference) + " 年不一致");
    if (const auto& d = report.meta.date; d && d->year != reference && d->year != reference + 1)
        sink.report(Location::of_text("other", -1, 0, -1, report.meta.date_source),
                    "落款日期 " + std::to_string(d->year) + " 年" + std::to_string(d->month) + "月" + std::to_string(d->day) +
                        "日与报告年度 " + std::to_string(reference) + " 年不符（应在次年）");
}

const SimpleRule rule{{"text/year-mismatch", Severity::warning, "标题、统计期限、正文和落款中的年度应一致。"}, check};

} // namespace

const Rule& text_year_mismatch() { return rule; }

} // namespace nianbao::rules
