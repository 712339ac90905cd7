#include "prose/statements.hpp"

namespace nianbao::prose {

namespace {

// The report of the check under way on this thread and its statements once computed.
thread_local const Report* scoped_report = nullptr;
thread_local std::shared_ptr<const Statements> scoped_statements;

std::shared_ptr<const Statements> compute(const Report& report) {
    std::vector<Sentence> split = sentences(report);
    auto out = std::make_shared<Statements>();
    out->reserve(split.size());  // no reallocation: claims point at the sentences in place
    for (Sentence& s : split) {
        Statement& st = out->emplace_back(Statement{std::move(s), {}});
        st.claims = claims(st.sentence, report.meta.agency);
    }
    return out;
}

} // namespace

std::shared_ptr<const Statements> statements(const Report& report) {
    if (&report != scoped_report) return compute(report);
    if (!scoped_statements) scoped_statements = compute(report);
    return scoped_statements;
}

StatementsScope::StatementsScope(const Report& report)
    : outer_report_(scoped_report), outer_statements_(std::move(scoped_statements)) {
    scoped_report = &report;
    scoped_statements.reset();
}

StatementsScope::~StatementsScope() {
    scoped_report = outer_report_;
    scoped_statements = std::move(outer_statements_);
}

} // namespace nianbao::prose
