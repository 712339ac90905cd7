// structure/duplicate-section: no section heading appears twice.
#include "nianbao/place.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    for (std::size_t i = 0; i < report.sections.size(); ++i) {
        const Section& s = report.sections[i];
        for (std::size_t k = 0; k < i; ++k) {
            const Section& first = report.sections[k];
            if (first.key != s.key) continue;
            // Both places as the reader of this file finds them: lines of a text, pages of a PDF,
            // what precedes each heading in a Word document (whose lines are the reader's own).
            const std::string a = line_in_words(report, first.source);
            const std::string b = line_in_words(report, s.source);
            sink.report(heading_location(s),
                        "标题「" + chinese_number(section_decl(s.key)->number) + "、" + s.heading + "」重复出现（" +
                            (a == b ? "均在" + a : a + "和" + b) + "）",
                        {heading_location(first)});
            break;
        }
    }
}

const SimpleRule rule{{"structure/duplicate-section", Severity::warning, "同一部分的标题不应出现两次。"}, check};

} // namespace

const Rule& structure_duplicate_section() { return rule; }

} // namespace nianbao::rules
