// text/empty-section: the prose sections (一, 五, 六) are not empty or only 无.
#include "nianbao/text.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

bool says_nothing(const Report& report, const std::string& key) {
    std::u32string all;
    for (const Paragraph* p : section_paragraphs(report, key))
        for (char32_t c : to_u32(p->text))
            if (!is_space(c) && c != U'。' && c != U'.') all.push_back(c);
    return all.empty() || all == U"无" || all == U"暂无" || all == U"无其他需要报告的事项";
}

void check(const Report& report, Sink& sink) {
    // 六 has required content (信息处理费) only from the reports on 2021: before, “无” was a true answer.
    const bool other_required = applicable_format(report) != FormatVersion::v2019;
    for (const char* key : {"overview", "problems", "other"}) {
        const Section* s = report.section(key);
        if (std::string_view(key) == "other" && !other_required) continue;
        if (!s || !says_nothing(report, key)) continue;
        std::string what = s->paragraphs.empty() ? "没有内容" : "只写了“" + s->paragraphs.front().text + "”";
        sink.report(heading_location(*s), "“" + chinese_number(section_decl(key)->number) + "、" + s->heading + "”" + what +
                                              "，应如实报告相关情况");
    }
}

const SimpleRule rule{{"text/empty-section", Severity::warning, "第一、五、六部分不得为空或只写“无”。"}, check};

} // namespace

const Rule& text_empty_section() { return rule; }

} // namespace nianbao::rules
