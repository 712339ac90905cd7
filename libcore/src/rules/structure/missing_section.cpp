// structure/missing-section: each of the six sections is present.
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    for (const auto& decl : section_decls()) {
        if (report.section(decl.key)) continue;
        sink.report(Location::document(), "缺少第" + chinese_number(decl.number) + "部分「" +
                                              chinese_number(decl.number) + "、" + std::string(decl.heading) +
                                              "」（或其标题无法识别）");
    }
}

const SimpleRule rule{{"structure/missing-section", Severity::error, "六个部分（一、总体情况 至 六、其他需要报告的事项）都应存在。"}, check};

} // namespace

const Rule& structure_missing_section() { return rule; }

} // namespace nianbao::rules
