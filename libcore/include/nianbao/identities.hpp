// Evaluates the sum identities declared in format.hpp on a table. Rules report from these
// results; autofill derives its edits from the same instances.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "nianbao/export.hpp"
#include "nianbao/format.hpp"
#include "nianbao/model.hpp"
#include "nianbao/value.hpp"

namespace nianbao {

// One instance of an identity: a row (over == each_row) or a column (each_column).
struct IdentityInstance {
    const IdentityDecl* decl = nullptr;
    std::string_view along;            // the row key (each_row) or column key (each_column)
    std::vector<const Cell*> lhs, rhs; // the cells, in declaration order
    const Cell* target = nullptr;
};

NIANBAO_API std::vector<IdentityInstance> identity_instances(const Table& table,
                                                             std::string_view rule = {});

struct IdentityResult {
    std::optional<Amount> lhs, rhs;         // nullopt: a term has no number (or overflow)
    std::vector<const Cell*> missing;       // terms without a number
    bool overflow = false;
    bool holds() const { return lhs && rhs && *lhs == *rhs; }
    bool computable() const { return lhs && rhs; }
};

NIANBAO_API IdentityResult evaluate(const IdentityInstance& instance);

// The value of the target that makes the identity hold, when every other term has a number.
NIANBAO_API std::optional<Amount> solve_for_target(const IdentityInstance& instance);

// Sum of the numbers of the given cells; nullopt if one has no number or on overflow.
NIANBAO_API std::optional<Amount> sum_of(const std::vector<const Cell*>& cells);

// Human label of a row / column / cell for messages: "（七）总计", "自然人", "表三「（七）总计」行「自然人」列".
NIANBAO_API std::string row_label(const Table& table, std::string_view row);
NIANBAO_API std::string column_label(const Table& table, std::string_view column);
NIANBAO_API std::string cell_label(const Table& table, const Cell& cell);

} // namespace nianbao
