// 填充合计 in Writer: applies libcore's autofill edits to the table cells, in one undo step.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>
#include <org/nianbao/CellChange.hpp>

#include <string>
#include <vector>

#include "log.hpp"

namespace nianbao::uno {

struct FillOutcome {
    std::vector<org::nianbao::CellChange> changes;  // every cell written
    std::vector<org::nianbao::CellChange> totals;   // of those, the totals (not the 0s for blanks)
    std::vector<std::string> unfilled;  // Chinese: totals that could not be computed, and why
    int zeros_written = 0;
    std::string refusal;                // Chinese: why nothing was done (read-only, no table)
};

// Number of blank value cells that autofill could fill with 0 (to offer it first).
int count_blank_value_cells(const css::uno::Reference<css::text::XTextDocument>& document);

// Writes the totals in one undo step. When a cell cannot be written, what this command wrote is
// undone (and nothing else), the cause is logged, and `refusal` says so.
FillOutcome fill_totals(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const css::uno::Reference<css::text::XTextDocument>& document, bool blank_as_zero);

} // namespace nianbao::uno
