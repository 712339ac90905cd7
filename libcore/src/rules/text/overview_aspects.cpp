// text/overview-aspects: 总体情况 covers its five aspects (and, for a people's government,
// 工作考核、社会评议和责任追究).
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

struct Aspect {
    const char* name;
    std::vector<const char*> words;  // any of them shows the aspect is covered
};

void check(const Report& report, Sink& sink) {
    const Section* s = report.section("overview");
    std::string text;
    for (const Paragraph* p : section_paragraphs(report, "overview")) text += p->text;
    if (!s || text.empty()) return;  // other rules
    std::vector<Aspect> aspects = {{"主动公开", {"主动公开"}},
                                   {"依申请公开", {"依申请", "公开申请"}},
                                   {"政府信息管理", {"信息管理", "管理"}},
                                   {"政府信息公开平台建设", {"平台", "网站", "公开专栏", "新媒体"}},
                                   {"监督保障", {"监督", "保障", "考核", "培训"}}};
    if (report.meta.kind == AgencyKind::government) aspects.push_back({"工作考核、社会评议和责任追究结果", {"考核", "评议", "责任追究"}});
    std::string missing;
    for (const auto& a : aspects) {
        bool covered = false;
        for (const char* w : a.words) covered = covered || text.find(w) != std::string::npos;
        if (!covered) missing += (missing.empty() ? "" : "、") + std::string(a.name);
    }
    if (!missing.empty()) sink.report(heading_location(*s), "“一、总体情况”没有写到：" + missing);
}

const SimpleRule rule{{"text/overview-aspects", Severity::info, "“总体情况”应涵盖主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面。"}, check};

} // namespace

const Rule& text_overview_aspects() { return rule; }

} // namespace nianbao::rules
