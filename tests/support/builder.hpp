// Test support: a valid 2021 report to start from, and finding filters.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "nianbao/document.hpp"
#include "nianbao/engine.hpp"
#include "nianbao/model.hpp"
#include "nianbao/reader.hpp"

namespace nianbao::testing {

// A complete, consistent 2021-format report (every value 0).
Report valid_report();

// Sets a cell's text (and parsed value) in a report.
void set_cell(Report& report, TableId table, const std::string& row, const std::string& column,
              const std::string& text);

// Findings of one rule only.
std::vector<Finding> findings_of(const Report& report, const std::string& rule);

// "requests/1/total", "disputes", "overview#-1", "document": a finding's place in one string.
std::string location_key(const Location& location);

// A table-driven rule case: a change to the valid report, where the rule must point, and the
// words its message must contain (the row and column labels it names, the numbers): a message
// naming the wrong column is as wrong as a finding in the wrong cell.
struct Expected {
    std::string location;
    std::optional<std::string> fix = std::nullopt;
    std::vector<std::string> says = {};
};
struct RuleCase {
    std::string name;
    std::function<void(Report&)> change;
    std::vector<Expected> expected;  // empty: the rule must stay silent
};
// Runs every case against the rule; reports each difference as a test failure.
void run_rule_cases(const std::string& rule, const std::vector<RuleCase>& cases);

// The golden-file form of findings: one line each — line, rule, severity, place, fix, message.
std::string render_findings(const std::vector<Finding>& findings);

// Reads report text (for structure cases that are about headings and titles).
Report read_text(const std::string& text);

std::string read_file(const std::string& path);
std::string data_path(const std::string& relative);
ReadResult read_data(const std::string& relative);

// Lines of a document, one paragraph each, as the Writer reader hands them over.
std::vector<DocumentLine> paragraphs(const std::vector<std::string>& texts);

} // namespace nianbao::testing
