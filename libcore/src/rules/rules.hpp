// Internal: every rule's accessor, one per rule file. The registry lists them in id order.
#pragma once

#include "nianbao/rule.hpp"

namespace nianbao::rules {

const Rule& date_before_year_end();
const Rule& date_late();
const Rule& history_carry_over();
const Rule& history_format_change();
const Rule& history_in_force();
const Rule& history_repeated_text();
const Rule& structure_duplicate_section();
const Rule& structure_heading_wording();
const Rule& structure_missing_section();
const Rule& structure_missing_table();
const Rule& structure_outdated_format();
const Rule& structure_section_order();
const Rule& structure_title();
const Rule& table_balance();
const Rule& table_blank_cell();
const Rule& table_disputes_total();
const Rule& table_negative();
const Rule& table_non_integer();
const Rule& table_not_a_number();
const Rule& table_results_total();
const Rule& table_row_total();
const Rule& text_all_completed_claim();
const Rule& text_all_upheld_claim();
const Rule& text_empty_section();
const Rule& text_fees_not_reported();
const Rule& text_figure_mismatch();
const Rule& text_no_requests_claim();
const Rule& text_overview_aspects();
const Rule& text_year_mismatch();

} // namespace nianbao::rules
