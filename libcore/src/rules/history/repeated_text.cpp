// history/repeated-text: share of this year's prose copied from last year's (threshold 50 %;
// method in prose/copied.hpp and docs/rules/history/repeated-text.md).
#include <cmath>

#include "prose/copied.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

constexpr double threshold = 0.5;

void check(const Report& report, Sink& sink) {
    if (!report.previous) return;
    prose::Copied c = prose::copied_text(report, *report.previous);
    if (c.characters < 100 || c.share() < threshold) return;
    std::string message = "正文（一、五、六部分）有 " + std::to_string(int(std::lround(c.share() * 100))) + "%（" +
                          std::to_string(c.copied) + "/" + std::to_string(c.characters) + " 字）与上年报告相同";
    if (!c.longest.empty()) {
        message += "，最长的相同段落：";
        for (std::size_t i = 0; i < c.longest.size(); ++i) message += (i ? "；" : "") + std::string("“") + c.longest[i] + "”";
    }
    sink.report(Location::document(), message);
}

const SimpleRule rule{{"history/repeated-text", Severity::warning, "正文与上年报告相同的比例不应超过 50%。"}, check};

} // namespace

const Rule& history_repeated_text() { return rule; }

} // namespace nianbao::rules
