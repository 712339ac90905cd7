// The real-report corpus (tests/data/real): a person's transcription of each report's cells
// (<name>.cells.tsv) and the comparison of a read report with it. Shared by the text corpus test
// and the PDF corpus test.
#pragma once

#include "nianbao/engine.hpp"

#include <filesystem>
#include <map>
#include <set>
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

// The findings of a golden file (render_findings) without their line numbers: the lines of a PDF
// or an office document are not those of the source text.
std::set<std::string> finding_keys(const std::string& golden);

// A document's findings against those of the document it was made from, where every difference
// must be listed with its reason in `differences` (tests/golden/real/<name>.differences): groups
// separated by blank lines, each opening with comment lines "# why" and then its lines
// "+<TAB>finding" (only this document has it) or "-<TAB>finding" (only the source has it).
struct SourceDifferences {
    std::string not_listed;     // differences the file does not list
    std::string no_longer;      // lines of the file that are no longer a difference
    std::string without_reason; // lines of the file without a "# why" comment above them
    bool written = false;       // NIANBAO_UPDATE_GOLDEN wrote a new file: explain each line
};
SourceDifferences differences_from_source(const std::string& findings, const std::string& source_golden,
                                          const std::filesystem::path& differences);

} // namespace nianbao::testing
