// Internal: a report's sentences with what each claims, computed once per check and shared by the
// prose rules. Four rules read every claim; splitting the prose and matching the claim patterns
// once per rule cost about 11 % of a whole check (bench/cli_instructions.sh).
#pragma once

#include <memory>
#include <vector>

#include "prose/claims.hpp"

namespace nianbao::prose {

struct Statement {
    Sentence sentence;
    std::vector<Claim> claims;  // each points at `sentence`
};

using Statements = std::vector<Statement>;

// The statements of `report`, in document order: those of the check under way when the engine is
// checking this very report (see StatementsScope), otherwise computed now.
std::shared_ptr<const Statements> statements(const Report& report);

// Held by the engine while its rules run over one report, on the thread that runs them: the
// statements of that report are computed at most once, on first use. The report must not change
// while the scope lives (rules see it const).
class StatementsScope {
public:
    explicit StatementsScope(const Report& report);
    ~StatementsScope();
    StatementsScope(const StatementsScope&) = delete;
    StatementsScope& operator=(const StatementsScope&) = delete;

private:
    const Report* outer_report_;
    std::shared_ptr<const Statements> outer_statements_;
};

} // namespace nianbao::prose
