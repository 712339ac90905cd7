// What the 年报检查 panel shows for one document: the outcome of one check (findings, groups,
// dismissed findings) and its rows as the list shows them. A Review is immutable: a re-check makes
// a new one, so the panel, the commands and the automatic re-check can share it across threads
// (review_registry.hpp).
#pragma once

#include "nianbao/engine.hpp"
#include "nianbao/finding_groups.hpp"
#include "writer_document.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <chrono>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace nianbao::uno {

struct Review {
    WriterDocument doc;                      // what was read: Writer names and paragraph ranges
    CheckOutcome outcome;                    // findings, and those a dismissal accepts
    std::vector<SectionOfFindings> sections; // outcome.findings grouped for the list
    std::map<std::string, std::string>
        cell_texts;                         // "表格3/B28" -> its text when read (stale-fix guard)
    std::string tables_layout;              // tables_layout() when read (stale-place guard)
    std::shared_ptr<const Report> previous; // last year's report, when compared
    bool read_only = false;
    std::chrono::steady_clock::time_point started; // when reading began: later edits are not in it
    double milliseconds = 0; // reading the document + checking
    double check_ms = 0;     // of which checking (libcore: every rule, grouping)
};

// Reads and checks the document (with last year's report when given).
std::shared_ptr<const Review>
run_review(const css::uno::Reference<css::text::XTextDocument>& document,
           std::shared_ptr<const Report> previous);

// Every text table's name and cell names, in order: a table or a row removed or inserted since a
// check changes it, and the Writer cell names of that check may then name other cells.
std::string tables_layout(const css::uno::Reference<css::text::XTextDocument>& document);

struct ReviewRow {
    // notice: what is wrong with the document's dismissal record (NianbaoDismissals), first.
    enum class Kind { notice, section, group, finding, dismissed_heading, dismissed };
    Kind kind = Kind::section;
    std::string text;
    std::string group;  // group rows and the rows of their members: group_key()
    int finding = -1;   // index into outcome.findings (a group row: its first member)
    int dismissed = -1; // index into outcome.dismissed
};

// Identifies a group across re-checks (expanded groups stay expanded): rule and first place.
std::string group_key(const Finding& first);

// The list: what is wrong with the dismissal record (when it is), section headings, groups (with their members under an expanded one), then 已忽略 and
// the dismissed findings with their reasons. `dismissed_heading` is the heading's word.
std::vector<ReviewRow> review_rows(const Review& review, const std::set<std::string>& expanded,
                                   const std::string& dismissed_heading);

// "错误 3 个，警告 1 个，提示 0 个 · 已忽略 2 个 · 12 ms" (Chinese: it counts findings).
std::string review_summary(const Review& review);

// The findings a row acts on: a finding row one, a group row every member.
std::vector<int> findings_of_row(const Review& review, const std::vector<ReviewRow>& rows,
                                 std::size_t row);

} // namespace nianbao::uno
