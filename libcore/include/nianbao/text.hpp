// UTF-8 helpers and the one label normalisation that every matcher uses.
#pragma once

#include <string>
#include <string_view>

#include "nianbao/export.hpp"

namespace nianbao {

// Decodes UTF-8; invalid bytes become U+FFFD.
NIANBAO_API std::u32string to_u32(std::string_view utf8);
NIANBAO_API std::string to_utf8(std::u32string_view text);
NIANBAO_API void append_utf8(std::string& out, char32_t c);
// Number of code points in a UTF-8 string.
NIANBAO_API std::size_t count_chars(std::string_view utf8);

NIANBAO_API bool is_space(char32_t c);
// The length in bytes of the is_space() character that starts at byte i, or 0.
NIANBAO_API std::size_t space_length_at(std::string_view utf8, std::size_t i);
// Trims ASCII and Unicode spaces (incl. U+3000 and NBSP) at both ends.
NIANBAO_API std::string trim(std::string_view utf8);
// The same, as a view into `utf8` (no copy).
NIANBAO_API std::string_view trim_view(std::string_view utf8);

// Unicode compatibility folding: NFKC (ICU's data, see text.cpp) of one code point. Full-width
// forms (Ｆ１２（）) become half-width, U+3000 and NBSP a space, Kangxi radicals and CJK
// compatibility ideographs (⾏ U+2F8F) the ideograph (行), enclosed forms their text (㈠ -> (一),
// ⒈ -> 1.). compat_mapping() is empty when NFKC leaves the character as it is.
NIANBAO_API std::u32string_view compat_mapping(char32_t c);
// The character's NFKC when that is one character (else the character itself).
NIANBAO_API char32_t fold_char(char32_t c);
// NFKC of each character of the text (no reordering or composition across characters).
NIANBAO_API std::u32string fold_compat(std::u32string_view text);
// fold_char() under its old name (it once folded full-width ASCII only).
NIANBAO_API char32_t to_halfwidth(char32_t c);

// The comparison form of a label: NFKC-folded (fold_compat), no white space, no quotes,
// brackets and punctuation unified, HTML tags removed. "（三） 不 予 公 开" -> "(三)不予公开".
NIANBAO_API std::u32string normalize_label(std::string_view utf8);

// normalize_label() without a leading ordinal ("一、", "(三)", "1.", "第一项").
NIANBAO_API std::u32string strip_ordinal(std::u32string_view normalized);
// The length of that leading ordinal (0 when there is none).
NIANBAO_API std::size_t ordinal_length(std::u32string_view normalized);

// The value of a leading Arabic ordinal "3." in a normalized label, or 0.
NIANBAO_API int leading_arabic_ordinal(std::u32string_view normalized);

// Similarity in [0,1]: 2*LCS / (|a|+|b|). Used for typos and rewordings of labels.
NIANBAO_API double similarity(std::u32string_view a, std::u32string_view b);

} // namespace nianbao
