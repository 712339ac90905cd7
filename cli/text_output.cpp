// Prints findings for a reviewer: per file, grouped by the section they concern.
#include "text_output.hpp"

#include <map>

#include "nianbao/format.hpp"
#include "nianbao/place.hpp"

namespace nianbao::cli {
namespace {

const char* color_of(Severity s) {
    switch (s) {
    case Severity::error: return "\033[31m";
    case Severity::warning: return "\033[33m";
    case Severity::info: return "\033[36m";
    }
    return "";
}

// Group order: title, document, then the six sections.
int group_rank(const std::string& section) {
    if (section == "title") return 0;
    if (section.empty()) return 1;
    for (const auto& d : section_decls())
        if (d.key == section) return 1 + d.number;
    return 8;
}

std::string group_name(const std::string& section) {
    if (section == "title") return "标题";
    if (section.empty()) return "全文";
    static const char* numerals[] = {"", "一", "二", "三", "四", "五", "六"};
    if (const SectionDecl* d = section_decl(section)) return std::string(numerals[d->number]) + "、" + std::string(d->heading);
    return section;
}

} // namespace

void print_findings(std::ostream& out, const std::string& file, const Report& report,
                    const std::vector<Finding>& findings, bool color, bool office) {
    const char* bold = color ? "\033[1m" : "";
    const char* reset = color ? "\033[0m" : "";
    std::string format = report_format(report);
    std::string format_text = format == "2021" ? "2021 年格式" : format == "2019" ? "2019 年试行格式" : format == "mixed" ? "新旧格式混用" : "未识别到表格";
    out << bold << "== " << file << reset << "（" << format_text;
    if (!report.meta.agency.empty()) out << "，" << report.meta.agency;
    if (report.meta.year) out << "，" << *report.meta.year << " 年度";
    out << "）\n";

    std::map<int, std::vector<const Finding*>> groups;
    std::map<int, std::string> names;
    for (const auto& f : findings) {
        int rank = group_rank(f.location.section);
        groups[rank].push_back(&f);
        names[rank] = group_name(f.location.section);
    }
    int counts[3] = {0, 0, 0};
    for (const auto& [rank, list] : groups) {
        out << "  " << bold << names[rank] << reset << "\n";
        for (const Finding* f : list) {
            ++counts[int(f->severity)];
            out << "    " << (color ? color_of(f->severity) : "") << severity_label(f->severity) << reset;
            // A PDF has no lines a reader can count: its page is what one looks up.
            if (f->location.source.page > 0) out << "  第 " << f->location.source.page << " 页";
            // A Word/Writer document: its table and cell as Writer shows them (Table2:B4).
            else if (!f->location.source.cell_name.empty())
                out << "  " << f->location.source.table_name << ":" << f->location.source.cell_name;
            // Its paragraphs: "一、总体情况 第 2 段", as the panel says it (the heading above names
            // the section already when the finding is about the section as a whole).
            else if (office) {
                if (f->location.kind == Location::Kind::text && f->location.paragraph >= 0)
                    out << "  " << place_in_words(f->location);
            } else if (f->location.source.line > 0)
                out << "  第 " << f->location.source.line << " 行";
            out << "  " << f->message;
            if (f->fix) out << "（可改为 " << *f->fix << "）";
            out << "  [" << f->rule << "]\n";
        }
    }
    if (findings.empty()) out << "  未发现问题\n";
    else out << "  合计：错误 " << counts[2] << " 个，警告 " << counts[1] << " 个，提示 " << counts[0] << " 个\n";
}

} // namespace nianbao::cli
