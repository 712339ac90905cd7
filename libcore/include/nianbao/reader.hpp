// Reads a plain-text report (any layout of format.md §7) into the model.
#pragma once

#include <string>
#include <string_view>

#include "nianbao/export.hpp"
#include "nianbao/model.hpp"

namespace nianbao {

struct ReadResult {
    bool ok = false;
    std::string error;     // Chinese: why the input is not a report (empty, binary, no structure)
    std::string encoding;  // of the input
    std::string text;      // the decoded UTF-8 text that SourcePos offsets refer to
    Report report;
};

// Reads from bytes (any supported encoding). `name` is used in messages.
NIANBAO_API ReadResult read_text_report(std::string_view bytes, std::string_view name = {});

// Reads a file; a missing or unreadable file gives ok == false with a message.
NIANBAO_API ReadResult read_text_file(const std::string& path);

// The largest input accepted (bytes); larger files are refused with a message.
inline constexpr std::size_t max_input_bytes = 64u * 1024u * 1024u;

} // namespace nianbao
