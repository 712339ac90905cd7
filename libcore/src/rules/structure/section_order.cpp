// structure/section-order: sections appear in the order 一…六, each with its own numeral.
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    int last = 0;
    std::string last_heading;
    std::vector<std::string> seen;
    for (const auto& s : report.sections) {
        if (std::find(seen.begin(), seen.end(), s.key) != seen.end()) continue;  // duplicates: own rule
        seen.push_back(s.key);
        const SectionDecl* d = section_decl(s.key);
        if (d->number < last) {
            sink.report(heading_location(s), "「" + s.heading + "」应为第" + chinese_number(d->number) +
                                                 "部分，却出现在「" + last_heading + "」之后");
        } else if (s.number != 0 && s.number != d->number) {
            sink.report(heading_location(s), "「" + s.heading + "」的序号写成了“" + chinese_number(s.number) +
                                                 "”，应为“" + chinese_number(d->number) + "”");
        }
        if (d->number > last) {
            last = d->number;
            last_heading = s.heading;
        }
    }
}

const SimpleRule rule{{"structure/section-order", Severity::warning, "各部分按一至六的顺序出现，序号与内容相符。"}, check};

} // namespace

const Rule& structure_section_order() { return rule; }

} // namespace nianbao::rules
