// The one explicit registry: every rule, sorted by id (a test keeps it sorted).
#include "nianbao/registry.hpp"

#include "rules/rules.hpp"

namespace nianbao {

std::span<const Rule* const> all_rules() {
    static const Rule* const rules[] = {
        &rules::date_before_year_end(),
        &rules::date_late(),
        &rules::history_carry_over(),
        &rules::history_format_change(),
        &rules::history_in_force(),
        &rules::history_repeated_text(),
        &rules::structure_duplicate_section(),
        &rules::structure_heading_wording(),
        &rules::structure_missing_section(),
        &rules::structure_missing_table(),
        &rules::structure_outdated_format(),
        &rules::structure_section_order(),
        &rules::structure_title(),
        &rules::table_balance(),
        &rules::table_blank_cell(),
        &rules::table_disputes_total(),
        &rules::table_negative(),
        &rules::table_non_integer(),
        &rules::table_not_a_number(),
        &rules::table_results_total(),
        &rules::table_row_total(),
        &rules::text_all_completed_claim(),
        &rules::text_all_upheld_claim(),
        &rules::text_empty_section(),
        &rules::text_fees_not_reported(),
        &rules::text_figure_mismatch(),
        &rules::text_no_requests_claim(),
        &rules::text_overview_aspects(),
        &rules::text_year_mismatch(),
    };
    return rules;
}

const Rule* find_rule(std::string_view id) {
    for (const Rule* r : all_rules())
        if (r->info().id == id) return r;
    return nullptr;
}

} // namespace nianbao
