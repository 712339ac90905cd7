// Reads a report from a PDF's text layer (poppler): text with its positions becomes lines, and the
// rows and columns of the tables are rebuilt from the x and y of each piece of text, so that a
// blank cell keeps its column. The lines go to the same assembly and binder as every other input.
#pragma once

#include "nianbao/reader.hpp"

#include <string>
#include <string_view>

namespace nianbao {

// True when the bytes start like a PDF ("%PDF-", possibly after a few bytes of junk).
bool looks_like_pdf(std::string_view head);

// Reads a PDF file. A scan without a text layer, an encrypted, damaged or empty PDF gives
// ok == false with a Chinese message; nothing here throws.
ReadResult read_pdf_file(const std::string& path);

} // namespace nianbao
