// Which files are Word/WPS/Writer documents, told by their content (the extension only breaks a
// tie), and the LibreOffice import filter for each: the office is never left to guess a filter,
// as a damaged file without one crashed it (shared/notes/office-and-pdf-input.md, Part A).
#pragma once

#include <optional>
#include <string>

namespace nianbao::cli::office {

struct OfficeFile {
    std::string filter;     // LibreOffice filter name, used to load and to save a copy
    std::string extension;  // of the input, lower case with its dot (".docx"); may be empty
    std::string error;      // Chinese: known not to be readable before any office is started
};

// nullopt: not an office document (read it as text). Reads at most the first 64 kB.
std::optional<OfficeFile> office_file(const std::string& path);

// The extensions accepted as Word/WPS/Writer documents, for messages: ".docx .doc .odt .rtf .wps .fodt".
const char* office_extensions();

} // namespace nianbao::cli::office
