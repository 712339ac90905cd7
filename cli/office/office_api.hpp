// The boundary between the nianbao command and its LibreOffice plug-in (nianbao-office.so).
// The command itself links no LibreOffice library, so that it runs where LibreOffice is not
// installed (text and HTML reports still work); the plug-in is loaded with dlopen on the first
// office document of a run and owns a private headless office until the run ends.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "nianbao/finding.hpp"
#include "nianbao/reader.hpp"

namespace nianbao::cli::office {

class Session {
public:
    virtual ~Session() = default;
    // Every method gives a Chinese error instead of throwing; `filter` comes from office_file().
    virtual ReadResult read(const std::string& path, const std::string& filter) = 0;
    // A copy of `input` in its own format with 填充合计's totals written (the extension's code).
    virtual bool fill_copy(const std::string& input, const std::string& filter, bool blank_as_zero,
                           const std::string& output, std::string& error) = 0;
    // Reads `path` as read() does, has `findings_of` check the report, and writes to `output` a
    // copy in its own format with every finding as a comment (author 年报检查), from the same
    // loaded document: one load per document for `nianbao review`. The result is the read's;
    // when only the copy could not be written, `copy_error` says why and the report is kept.
    virtual ReadResult read_annotated(const std::string& path, const std::string& filter,
                                      const std::function<std::vector<Finding>(Report&)>& findings_of,
                                      const std::string& output, std::string& copy_error) = 0;
};

// The plug-in's one exported symbol: `program` is LibreOffice's program directory.
using CreateSession = Session* (*)(const char* program);
inline constexpr const char* create_session_symbol = "nianbao_office_create_session";

} // namespace nianbao::cli::office
