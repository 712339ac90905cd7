// Internal: how much of this year's prose is copied from last year's (history/repeated-text).
#pragma once

#include <string>
#include <vector>

#include "nianbao/model.hpp"

namespace nianbao::prose {

// Method: the prose of 一、五、六 (paragraphs joined, white space and punctuation removed) is cut
// into overlapping 8-character shingles; a character of this year's text counts as copied when
// it lies in a shingle that also occurs in last year's text. share = copied / all characters.
inline constexpr std::size_t shingle = 8;

struct Copied {
    std::size_t characters = 0;   // this year's prose characters compared
    std::size_t copied = 0;
    std::vector<std::string> longest;  // the longest copied passages, longest first (at most 3)
    double share() const { return characters ? double(copied) / double(characters) : 0.0; }
};

Copied copied_text(const Report& current, const Report& previous);

} // namespace nianbao::prose
