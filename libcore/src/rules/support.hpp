// Internal: small helpers that several rules share (locations of headings, cell iteration,
// identity reporting).
#pragma once

#include <functional>
#include <string>

#include "nianbao/identities.hpp"
#include "nianbao/rule.hpp"

namespace nianbao::rules {

// A rule with its metadata and a check function: most rules need nothing more.
class SimpleRule final : public Rule {
public:
    using CheckFn = void (*)(const Report&, Sink&);
    constexpr SimpleRule(RuleInfo info, CheckFn fn) : info_(info), fn_(fn) {}
    const RuleInfo& info() const override { return info_; }
    void check(const Report& report, Sink& sink) const override { fn_(report, sink); }

private:
    RuleInfo info_;
    CheckFn fn_;
};

Location heading_location(const Section& section);
Location title_location(const Report& report);
std::string chinese_number(int n);  // 1 -> "一"

// The format whose requirements apply to the report (format_for_year of its year); none when the
// year is unknown — a rule then holds the report to today's format.
std::optional<FormatVersion> applicable_format(const Report& report);

// Every paragraph of a section, across all copies of its heading: a duplicated heading splits
// one section's prose in two, and a rule must read all of it.
std::vector<const Paragraph*> section_paragraphs(const Report& report, std::string_view key);

// Calls fn for every present value cell of every table.
void for_each_cell(const Report& report, const std::function<void(const Table&, const Cell&)>& fn);

// Reports every instance of the rule's identities that does not hold; `describe` builds the
// message from the instance and the two sums.
using DescribeFn = std::string (*)(const Table&, const IdentityInstance&, Amount lhs, Amount rhs);
void check_identity_rule(const Report& report, Sink& sink, std::string_view rule, DescribeFn describe);

} // namespace nianbao::rules
