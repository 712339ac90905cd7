// What the in-office reader (office_reader.cpp) hands back to the command for one document: the
// lines the shared Writer reader made and the dismissals it read, as bytes; and what the command
// hands it to annotate the document: the findings as comments. One UNO call carries a whole
// document instead of one call per paragraph, cell or comment; both ends are this same library,
// so the format needs no versioning.
#pragma once

#include "comments.hpp"

#include "nianbao/dismissal.hpp"
#include "nianbao/document.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace nianbao::cli::office {

struct DocumentWire {
    std::vector<DocumentLine> lines;
    std::vector<Dismissal> dismissals;
};

std::vector<std::uint8_t> encode(const DocumentWire& wire);
// Throws std::runtime_error on bytes that do not decode completely.
DocumentWire decode(const std::uint8_t* data, std::size_t size);

std::vector<std::uint8_t> encode(const std::vector<nianbao::uno::Comment>& comments);
std::vector<nianbao::uno::Comment> decode_comments(const std::uint8_t* data, std::size_t size);

} // namespace nianbao::cli::office
