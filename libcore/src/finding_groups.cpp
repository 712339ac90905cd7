// Grouping findings by section, and repeated findings by column or row.
#include "nianbao/finding_groups.hpp"

#include "nianbao/format.hpp"
#include "nianbao/place.hpp"
#include "nianbao/registry.hpp"
#include "nianbao/rule.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace nianbao {
namespace {

// Findings of one rule in one section, not in a table cell, fold from this many on.
constexpr std::size_t prose_repeat = 10;

constexpr const char* numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

std::string heading_of(const std::string& key) {
    if (key.empty()) return "全文";
    const SectionDecl* s = section_decl(key);
    if (!s) return key;
    return (s->number >= 1 && s->number <= 10 ? std::string(numerals[s->number - 1]) + "、"
                                              : std::string()) +
           std::string(s->heading);
}

int order_of(const std::string& key) {
    if (key.empty()) return 0;
    const SectionDecl* s = section_decl(key);
    return s ? s->number : 100;
}

std::string rule_summary(const std::string& id) {
    const Rule* r = find_rule(id);
    return r ? std::string(r->info().summary) : id;
}

FindingGroup group_of(const std::vector<Finding>& findings, std::vector<std::size_t> members,
                      const std::string& where) {
    FindingGroup g;
    g.members = std::move(members);
    g.where = where;
    for (std::size_t i : g.members)
        g.severity = std::max(g.severity, findings[i].severity);
    if (g.members.size() == 1) {
        g.title = finding_line(findings[g.members.front()]);
    } else {
        g.text = where + " " + std::to_string(g.members.size()) + " 处：" +
                 rule_summary(findings[g.members.front()].rule);
        g.title = "【" + std::string(severity_label(g.severity)) + "】  " + g.text;
    }
    return g;
}

} // namespace

std::string finding_line(const Finding& f) {
    // Bracketed words, not emoji: the office's fonts have no emoji glyphs.
    const std::string place = place_in_words(f.location);
    return "【" + std::string(severity_label(f.severity)) + "】  " + f.message +
           (place.empty() ? std::string() : "（" + place + "）");
}

std::vector<SectionOfFindings> group_findings(const std::vector<Finding>& findings,
                                              std::size_t min_repeat) {
    using Key = std::tuple<std::string, std::string, std::string>; // rule, table, column or row
    std::map<Key, std::vector<std::size_t>> by_column, by_row;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Location& l = findings[i].location;
        if (l.kind != Location::Kind::cell) continue;
        by_column[{findings[i].rule, l.table, l.column}].push_back(i);
        by_row[{findings[i].rule, l.table, l.row}].push_back(i);
    }
    // Each finding goes to its column's group when that repeats, else its row's, else alone.
    std::vector<int> taken(findings.size(), 0);
    std::map<std::size_t, FindingGroup> groups_by_first; // first member -> group
    for (auto& [key, members] : by_column) {
        if (members.size() < min_repeat) continue;
        for (std::size_t i : members)
            taken[i] = 1;
        groups_by_first[members.front()] =
            group_of(findings, members, column_in_words(std::get<1>(key), std::get<2>(key)));
    }
    for (auto& [key, all] : by_row) {
        std::vector<std::size_t> members;
        for (std::size_t i : all)
            if (!taken[i]) members.push_back(i);
        if (members.size() < min_repeat) continue;
        for (std::size_t i : members)
            taken[i] = 1;
        groups_by_first[members.front()] =
            group_of(findings, members, row_in_words(std::get<1>(key), std::get<2>(key)));
    }
    // Prose findings are claims to read one by one — unless one rule floods a section (a pasted
    // block repeated, thousands of lines): then they fold like a column, and the list stays short.
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> by_section;
    for (std::size_t i = 0; i < findings.size(); ++i)
        if (!taken[i]) by_section[{findings[i].rule, findings[i].location.section}].push_back(i);
    for (auto& [key, members] : by_section) {
        if (members.size() < prose_repeat) continue;
        for (std::size_t i : members)
            taken[i] = 1;
        groups_by_first[members.front()] = group_of(findings, members, heading_of(key.second));
    }
    for (std::size_t i = 0; i < findings.size(); ++i)
        if (!taken[i]) groups_by_first[i] = group_of(findings, {i}, {});

    std::map<std::pair<int, std::string>, SectionOfFindings> sections;
    for (auto& [first, group] : groups_by_first) {
        const std::string& key = findings[first].location.section;
        auto& s = sections[{order_of(key), key}];
        if (s.heading.empty()) {
            s.key = key;
            s.heading = heading_of(key);
        }
        s.groups.push_back(std::move(group));
    }
    std::vector<SectionOfFindings> out;
    for (auto& [k, s] : sections)
        out.push_back(std::move(s));
    return out;
}

} // namespace nianbao
