// The one explicit list of rules, sorted by id.
#pragma once

#include <span>
#include <string_view>

#include "nianbao/export.hpp"
#include "nianbao/rule.hpp"

namespace nianbao {

NIANBAO_API std::span<const Rule* const> all_rules();
NIANBAO_API const Rule* find_rule(std::string_view id);

} // namespace nianbao
