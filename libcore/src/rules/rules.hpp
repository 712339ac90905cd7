// Internal: every rule's accessor, one per rule file. The registry lists them in id order.
#pragma once

#include "nianbao/rule.hpp"

namespace nianbao::rules {

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

} // namespace nianbao::rules
