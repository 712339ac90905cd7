// The six sections of the report (format.md §1), with the variants seen in real reports.
#include "nianbao/format.hpp"

namespace nianbao {

std::span<const SectionDecl> section_decls() {
    static const std::vector<SectionDecl> decls = {
        {"overview", 1, "总体情况", {"基本情况", "总体情况概述"}, {"总体"}},
        {"disclosure", 2, "主动公开政府信息情况", {"主动公开情况"}, {"主动公开"}},
        {"requests", 3, "收到和处理政府信息公开申请情况",
         {"收到和处理政府信息公开申请的情况", "依申请公开政府信息情况"}, {"申请", "处理"}},
        {"disputes", 4, "政府信息公开行政复议、行政诉讼情况",
         {"政府信息公开行政复议、行政诉讼的情况", "因政府信息公开申请行政复议、提起行政诉讼的情况"},
         {"行政复议", "行政诉讼"}},
        {"problems", 5, "存在的主要问题及改进情况",
         {"存在的主要问题及整改措施", "政府信息公开工作存在的问题及改进情况",
          "存在的主要问题和改进情况", "政府信息公开工作存在的主要问题及改进情况"},
         {"问题"}},
        {"other", 6, "其他需要报告的事项", {"其他需要报告事项", "其他需要报告的事情"}, {"其他", "报告"}},
    };
    return decls;
}

const SectionDecl* section_decl(std::string_view key) {
    for (const auto& d : section_decls())
        if (d.key == key) return &d;
    return nullptr;
}

} // namespace nianbao
