// Turns the bytes of a text file into UTF-8: UTF-8 (with or without BOM), UTF-16 (BOM or
// detected), GB18030.
#pragma once

#include <string>
#include <string_view>

#include "nianbao/export.hpp"

namespace nianbao {

struct Decoded {
    std::string text;       // UTF-8, BOM removed, CRLF kept as is
    std::string encoding;   // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"
    std::string error;      // Chinese message when the bytes are not text; text is empty then
};

NIANBAO_API Decoded decode_text(std::string_view bytes);

} // namespace nianbao
