// The real-report corpus (tests/data/real): a person's transcription of each report's cells
// (<name>.cells.tsv) and the comparison of a read report with it. Shared by the text corpus test
// and the PDF corpus test.
#pragma once

#include "nianbao/engine.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace nianbao::testing {

struct Transcription {
    std::string format;                       // 2021 / 2019 / hybrid
    std::map<std::string, std::string> cells; // "requests/3.7/total" -> text as printed
    // Rows the document itself makes impossible to place without guessing ("# unplaceable\t
    // disputes/cases\t<why>"): the reader must say so with a structure/missing-table finding
    // instead of reading them.
    std::vector<std::string> unplaceable; // "table/row"
};

Transcription load_transcription(const std::filesystem::path& tsv);

// A transcription whose tables have every cell their format declares.
bool complete(const Transcription& t);

std::string cell_key(const Table& t, const Cell& c);

// Recognition per table, the cells that differ from the transcription, and the findings.
std::string describe(const Report& report, const Transcription& want,
                     const std::vector<Finding>& findings);

} // namespace nianbao::testing
