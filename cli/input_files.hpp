// The report files a batch command works on: files named on the command line as they are, and
// directories walked for the formats a report arrives in, in a sorted, repeatable order.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace nianbao::cli {

// How a file is read, by its extension: text and web pages by libcore's text reader, PDFs by the
// PDF reader, the rest through a headless office.
enum class InputKind { text, html, pdf, office, other };

InputKind input_kind(const std::filesystem::path& path);

// True for the extensions a directory walk picks up (.txt .md .html .htm .pdf .docx .doc .odt
// .rtf .wps .fodt, in any letter case).
bool is_report_file(const std::filesystem::path& path);

struct InputFile {
    std::string path; // as given, or the directory joined with the path found under it
    std::string name; // for people and for output names: relative to the walked directory
};

struct InputList {
    std::vector<InputFile> files;
    // Directories (or entries below them) that could not be listed, with the Chinese reason: the
    // batch goes on without them and reports them as unreadable.
    std::vector<InputFile> unlisted;
    std::vector<std::string> unlisted_errors;
};

// Expands `args`: a file is taken as given (whatever its extension, so a report saved as .dat
// still gets its message); a directory contributes every report file below it, sorted by path
// (byte order), skipping hidden entries, office lock files (.~lock.*#, ~$*) and anything under
// `skip` (the output directory of `review`). Missing paths are kept as files so that reading
// them gives the usual message.
InputList collect_inputs(const std::vector<std::string>& args,
                         const std::vector<std::filesystem::path>& skip = {});

} // namespace nianbao::cli
