// Where every command gets its reports from: one object per run, so that inputs needing a
// resource (a headless office for Word/WPS/Writer documents, issue 11) start it once for a batch.
// Each kind of input is read by its own file; this one only chooses.
#pragma once

#include <string>

#include "nianbao/reader.hpp"

namespace nianbao::cli {

class ReportInputs {
public:
    ReportInputs();
    ~ReportInputs();
    ReportInputs(const ReportInputs&) = delete;
    ReportInputs& operator=(const ReportInputs&) = delete;

    // Reads one report; a file that cannot be read gives ok=false and a Chinese error, never throws.
    ReadResult read(const std::string& path);
};

} // namespace nianbao::cli
