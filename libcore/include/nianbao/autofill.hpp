// Autofill: the cell edits that make every declared identity hold. Rules observe; autofill
// edits; one applier per medium (text file, Writer) applies the edits.
#pragma once

#include <string>
#include <vector>

#include "nianbao/export.hpp"
#include "nianbao/finding.hpp"
#include "nianbao/model.hpp"

namespace nianbao {

struct CellEdit {
    TableId table;
    std::string row, column;
    std::string old_text, new_text;
    SourcePos source;
    std::string reason;  // rule id of the identity that derived it, or "blank-as-zero"
};

// A total that autofill could not compute, and why (Chinese).
struct Unfilled {
    TableId table;
    std::string row, column;
    std::string message;
};

struct FillOptions {
    // Treat blank value cells as 0: autofill then writes those 0s as edits too.
    bool blank_as_zero = false;
};

struct FillResult {
    std::vector<CellEdit> edits;
    std::vector<Unfilled> unfilled;
    int zeros_written = 0;
};

NIANBAO_API FillResult autofill(const Report& report, const FillOptions& options = {});

// Applies edits to the report model (re-parsing the new values), for a second run or checking.
NIANBAO_API void apply_edits(Report& report, const std::vector<CellEdit>& edits);

// Applies edits to the decoded text they were read from (using each cell's byte span).
// Returns the new text; edits without a known span are skipped and counted in `skipped`.
NIANBAO_API std::string apply_edits_to_text(std::string_view text,
                                            const std::vector<CellEdit>& edits, int& skipped);

} // namespace nianbao
