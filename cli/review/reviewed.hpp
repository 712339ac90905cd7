// One report as `nianbao review` keeps it: what was read, what the rules found, and what the
// review wrote or decided about it. Every output (copies, 汇总.xlsx, index.html) reads these.
#pragma once

#include "../input_files.hpp"
#include "nianbao/finding.hpp"
#include "nianbao/model.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace nianbao::cli::review {

struct Reviewed {
    InputFile input;
    InputKind kind = InputKind::other;
    bool ok = false;
    std::string error; // Chinese: why the file could not be read
    Report report;
    std::string text; // the decoded text the source positions refer to (text, HTML, PDF)
    std::vector<Finding> findings;
    int errors = 0, warnings = 0, hints = 0;
    std::string copy;      // annotated copy, relative to the output directory ("" when none)
    std::string copy_note; // Chinese: why the copy is not in the input's own format, or missing
    std::vector<std::size_t> duplicates; // other reports of the same agency and year
};

// "部门", "政府", "未知"
std::string kind_words(AgencyKind kind);
// "2021", "2019", "新旧混用", "未识别"
std::string format_words(const Report& report);
// A finding's place for people: the place in words, with the line when there is one.
std::string place_words(const Finding& finding);

// Fills `duplicates`: reports whose agency (as written, spaces ignored) and year are the same.
void mark_duplicates(std::vector<Reviewed>& reports);

} // namespace nianbao::cli::review
