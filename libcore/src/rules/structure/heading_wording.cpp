// structure/heading-wording: a heading is a known variant, not the standard wording.
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    for (const auto& s : report.sections) {
        if (s.standard_wording) continue;
        const SectionDecl* d = section_decl(s.key);
        sink.report(heading_location(s), "标题「" + s.heading + "」不是标准表述，标准表述为「" +
                                             chinese_number(d->number) + "、" + std::string(d->heading) + "」",
                    {}, std::string(d->heading));
    }
}

const SimpleRule rule{{"structure/heading-wording", Severity::info, "各部分标题使用标准表述。"}, check};

} // namespace

const Rule& structure_heading_wording() { return rule; }

} // namespace nianbao::rules
