// The region roll-up (汇总): tables 二, 三 and 四 summed cell by cell over the reports of one
// year whose own table holds. A table is left out — and listed with the reason — when it is
// missing, in the 2019 trial layout, has cells that are not numbers or could not be placed, or
// breaks one of its sum identities; so is a report of another year, and both reports of an agency
// that sent two for the same year (which one counts is the office's call, not ours).
#pragma once

#include "nianbao/model.hpp"
#include "reviewed.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace nianbao::cli::review {

struct TableRollup {
    TableId id = TableId::requests;
    Table sum;                         // the 2021 layout; each cell the sum, as a number
    std::vector<std::size_t> included; // indices into the reviewed reports
    struct LeftOut {
        std::size_t report;
        std::string reason; // Chinese
    };
    std::vector<LeftOut> left_out;
};

struct Rollup {
    std::optional<int> year;         // the year most reports are about (the latest on a tie)
    std::vector<TableRollup> tables; // 表二, 表三, 表四
};

Rollup compute_rollup(const std::vector<Reviewed>& reports);

} // namespace nianbao::cli::review
