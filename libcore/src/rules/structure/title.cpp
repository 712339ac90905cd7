// structure/title: a title names the agency, the year and 政府信息公开工作年度报告.
#include "nianbao/text.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    const Metadata& m = report.meta;
    if (m.title.empty()) {
        sink.report(Location::document(), "没有找到报告标题（应为“机关名称＋年度＋政府信息公开工作年度报告”）");
        return;
    }
    std::vector<std::string> missing;
    if (m.agency.empty()) missing.push_back("机关名称");
    if (!m.title_year) missing.push_back("年度");
    std::string compact;
    for (char32_t c : to_u32(m.title))
        if (!is_space(c)) append_utf8(compact, c);
    if (compact.find("政府信息公开工作年度报告") == std::string::npos) missing.push_back("“政府信息公开工作年度报告”字样");
    if (missing.empty()) return;
    std::string list;
    for (const auto& s : missing) list += (list.empty() ? "" : "、") + s;
    sink.report(title_location(report), "标题「" + m.title + "」缺少" + list);
}

const SimpleRule rule{{"structure/title", Severity::warning, "标题应写明机关名称、年度和“政府信息公开工作年度报告”。"}, check};

} // namespace

const Rule& structure_title() { return rule; }

} // namespace nianbao::rules
