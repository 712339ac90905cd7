// A unit written after a number must agree with its column (format.md §5): 元 in the 万元 fee
// column is converted (and the conversion said by table/not-a-number), a money unit in a count
// column or a count unit in a money column makes the cell not a number of its column.
#pragma once

#include "nianbao/export.hpp"
#include "nianbao/format.hpp"
#include "nianbao/model.hpp"
#include "nianbao/value.hpp"

#include <optional>

namespace nianbao {

// The value as its column reads it. Idempotent: a value already read in its column is unchanged.
NIANBAO_API Value value_in_column(Value value, const ColumnDecl& column);

// The report (and its previous year's) with every cell read in its column, or nullopt when no
// cell carries a unit that changes anything — the common case, which costs no copy.
NIANBAO_API std::optional<Report> with_column_units(const Report& report);

// In place, for a report the caller owns (autofill's working copy).
NIANBAO_API void apply_column_units(Report& report);

} // namespace nianbao
