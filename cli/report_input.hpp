// Where every command gets its reports from: one object per run, so that inputs needing a
// resource (a headless office for Word/WPS/Writer documents, issue 11) start it once for a batch.
// Each kind of input is read by its own file; this one only chooses.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "nianbao/finding.hpp"
#include "nianbao/reader.hpp"

namespace nianbao::cli {

namespace office {
class OfficeInputs;
}

class ReportInputs {
public:
    ReportInputs();
    ~ReportInputs();
    ReportInputs(const ReportInputs&) = delete;
    ReportInputs& operator=(const ReportInputs&) = delete;

    // Reads one report; a file that cannot be read gives ok=false and a Chinese error, never throws.
    ReadResult read(const std::string& path);

    // True when `read` may be called for this file from several threads at once: text and web
    // pages, which share nothing — told by content as `read` does, not by the file's name. Other
    // inputs are read one at a time (batch.hpp).
    static bool reads_concurrently(const std::string& path);

    // Reads one report, has `findings_of` check it, and for an office document writes to `output`
    // a copy in its own format with the findings as comments (批注) at their cells and paragraphs,
    // from the same loaded document (the office loads each document once). The result is the
    // read's; when no such copy is written (not an office document, no office, the office failed
    // while annotating) `copy_error` says why in Chinese. The input is never written.
    ReadResult read_annotated(const std::string& path, const std::function<std::vector<Finding>(Report&)>& findings_of,
                              const std::string& output, std::string& copy_error);

    // Whether `path` is a Word/WPS/Writer document (read through the office; copies are written by it).
    bool is_office_document(const std::string& path) const;

    // For an office document: writes to `output` a copy in its own format with 填充合计's totals
    // (blank cells as 0 when asked). False with a Chinese error otherwise.
    bool filled_copy(const std::string& input, bool blank_as_zero, const std::string& output, std::string& error);

private:
    office::OfficeInputs& office();
    std::unique_ptr<office::OfficeInputs> office_;  // started on the first office document
};

} // namespace nianbao::cli
