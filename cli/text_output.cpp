// Prints findings for a reviewer: per file, grouped by the section they concern.
#include "text_output.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "nianbao/finding_groups.hpp"
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

// "第 3 行", "第 3、5 行", "第 44 至 68 行": numbers in order, a range when there are many.
std::string numbers_in_words(std::set<int> numbers, const char* unit) {
    numbers.erase(0);
    if (numbers.empty()) return {};
    std::string out = "第 ";
    if (numbers.size() <= 3) {
        for (auto it = numbers.begin(); it != numbers.end(); ++it)
            out += (it == numbers.begin() ? "" : "、") + std::to_string(*it);
    } else {
        out += std::to_string(*numbers.begin()) + " 至 " + std::to_string(*numbers.rbegin());
    }
    return out + " " + unit;
}

// Where one finding is, as the reader of that file looks it up (empty: said by the heading above).
std::string place_of(const Finding& f, bool office) {
    const SourcePos& s = f.location.source;
    // A PDF has no lines a reader can count: its page is what one looks up.
    if (s.page > 0) return "第 " + std::to_string(s.page) + " 页";
    // A Word/Writer document: its table and cell as Writer shows them (Table2:B4).
    if (!s.cell_name.empty()) return s.table_name + ":" + s.cell_name;
    // Its paragraphs: "一、总体情况 第 2 段", as the panel says it (the heading above names the
    // section already when the finding is about the section as a whole).
    if (office)
        return f.location.kind == Location::Kind::text && f.location.paragraph >= 0
                   ? place_in_words(f.location)
                   : std::string();
    return s.line > 0 ? "第 " + std::to_string(s.line) + " 行" : std::string();
}

// Where the members of a group are: their pages, their Writer cells, or their lines.
std::string place_of(const std::vector<Finding>& findings, const FindingGroup& g, bool office) {
    std::set<int> pages, lines;
    std::vector<const SourcePos*> cells;
    for (std::size_t i : g.members) {
        const SourcePos& s = findings[i].location.source;
        if (s.page > 0) pages.insert(s.page);
        else if (!s.cell_name.empty()) cells.push_back(&s);
        else if (!office) lines.insert(s.line);
    }
    if (!pages.empty()) return numbers_in_words(pages, "页");
    if (!cells.empty()) {
        const SourcePos& first = *cells.front();
        const SourcePos& last = *cells.back();
        if (cells.size() == 1) return first.table_name + ":" + first.cell_name;
        return first.table_name + ":" + first.cell_name + " 至 " +
               (last.table_name == first.table_name ? "" : last.table_name + ":") + last.cell_name;
    }
    return numbers_in_words(lines, "行");
}

void print_line(std::ostream& out, Severity severity, const std::string& place,
                const std::string& text, const std::string& rule, bool color) {
    const char* reset = color ? "\033[0m" : "";
    out << "    " << (color ? color_of(severity) : "") << severity_label(severity) << reset;
    if (!place.empty()) out << "  " << place;
    out << "  " << text << "  [" << rule << "]\n";
}

} // namespace

void print_findings(std::ostream& out, const std::string& file, const Report& report,
                    const std::vector<Finding>& findings, const TextOutputOptions& options) {
    const bool color = options.color;
    // A Word/WPS/Writer document: its lines are the reader's own, not something a clerk can find
    // in Writer; its paragraphs are named by section and paragraph.
    const bool office = report.places == Report::Places::paragraphs;
    const char* bold = color ? "\033[1m" : "";
    const char* reset = color ? "\033[0m" : "";
    std::string format = report_format(report);
    std::string format_text = format == "2021" ? "2021 年格式" : format == "2019" ? "2019 年试行格式" : format == "mixed" ? "新旧格式混用" : "未识别到表格";
    out << bold << "== " << file << reset << "（" << format_text;
    if (!report.meta.agency.empty()) out << "，" << report.meta.agency;
    if (report.meta.year) out << "，" << *report.meta.year << " 年度";
    out << "）\n";

    // Findings of one rule repeated down a column or along a row fold into one line, as in the
    // Writer panel and the review's index.html (libcore's finding groups): 135 blank cells of
    // one report are a few lines to read, and --all lists every one.
    std::map<std::size_t, const FindingGroup*> group_at; // first member -> its group
    std::set<std::size_t> folded;                        // the other members
    const std::vector<SectionOfFindings> sections =
        options.all ? std::vector<SectionOfFindings>() : group_findings(findings);
    for (const auto& section : sections)
        for (const auto& g : section.groups) {
            if (!g.repeated()) continue;
            group_at[g.members.front()] = &g;
            folded.insert(g.members.begin() + 1, g.members.end());
        }

    std::map<int, std::vector<std::size_t>> groups;
    std::map<int, std::string> names;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        int rank = group_rank(findings[i].location.section);
        groups[rank].push_back(i);
        names[rank] = group_name(findings[i].location.section);
    }
    int counts[3] = {0, 0, 0};
    for (const auto& f : findings)
        ++counts[int(f.severity)];
    for (const auto& [rank, list] : groups) {
        out << "  " << bold << names[rank] << reset << "\n";
        for (std::size_t i : list) {
            const Finding& f = findings[i];
            if (folded.count(i)) continue;
            if (auto g = group_at.find(i); g != group_at.end()) {
                const FindingGroup& group = *g->second;
                std::string text = group.text;
                // The same correction for every member (a blank cell: 0) is said once.
                const bool same_fix = std::all_of(group.members.begin(), group.members.end(), [&](std::size_t m) {
                    return findings[m].fix && findings[m].fix == f.fix;
                });
                if (same_fix) text += "（均可改为 " + *f.fix + "）";
                print_line(out, group.severity, place_of(findings, group, office), text, f.rule, color);
                continue;
            }
            print_line(out, f.severity, place_of(f, office),
                       f.message + (f.fix ? "（可改为 " + *f.fix + "）" : std::string()), f.rule, color);
        }
    }
    if (findings.empty()) out << "  未发现问题\n";
    else out << "  合计：错误 " << counts[2] << " 个，警告 " << counts[1] << " 个，提示 " << counts[0] << " 个\n";
    if (!group_at.empty())
        out << "  （同一规则在一列、一行或一部分中重复出现的 " << group_at.size() + folded.size()
            << " 个问题合为 " << group_at.size() << " 行；逐条列出：nianbao check --all）\n";
}

} // namespace nianbao::cli
