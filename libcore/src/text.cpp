// UTF-8 helpers and label normalisation.
#include "nianbao/text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace nianbao {
namespace {

struct FoldEntry {
    char32_t cp;
    std::uint16_t offset;  // into fold_pool
    std::uint8_t length;
};

// ICU's NFKC of every code point that NFKC changes, written out by tests/tools/gen_fold_table.cpp
// (CompatFold.IsIcuNfkc in text_test.cpp keeps it equal to the ICU the tests link). A table and
// not a call into ICU: the core ships inside the .oxt, where a versioned libicuuc.so.NN would tie
// it to one distribution (docs/architecture.md, "Unicode").
#include "compat_fold_table.inc"

// Which 256-code-point pages have an entry at all: most characters of a report (ASCII, CJK
// ideographs) are answered without a search.
const std::array<bool, 0x1100>& pages_with_entries() {
    static const std::array<bool, 0x1100> pages = [] {
        std::array<bool, 0x1100> p{};
        for (const auto& e : fold_entries) p[e.cp >> 8] = true;
        return p;
    }();
    return pages;
}

} // namespace

std::u32string_view compat_mapping(char32_t c) {
    if (c < 0xA0 || c > 0x10FFFF || !pages_with_entries()[c >> 8]) return {};
    const auto* end = std::end(fold_entries);
    const auto* it = std::lower_bound(std::begin(fold_entries), end, c, [](const FoldEntry& e, char32_t v) { return e.cp < v; });
    if (it == end || it->cp != c) return {};
    return {fold_pool + it->offset, it->length};
}

char32_t fold_char(char32_t c) {
    const std::u32string_view m = compat_mapping(c);
    return m.size() == 1 ? m[0] : c;
}

std::u32string fold_compat(std::u32string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (char32_t c : text) {
        const std::u32string_view m = compat_mapping(c);
        if (m.empty()) out.push_back(c);
        else out += m;
    }
    return out;
}

std::u32string to_u32(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    // A lead byte followed by `n` continuation bytes (10xxxxxx) that are really there.
    auto continued = [&](std::size_t i, std::size_t n) {
        if (i + n >= s.size()) return false;
        for (std::size_t k = 1; k <= n; ++k)
            if ((byte(i + k) & 0xC0u) != 0x80u) return false;
        return true;
    };
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char b = byte(i);
        char32_t c = 0xFFFD;  // an invalid or cut-off sequence: one replacement per byte
        std::size_t len = 1;
        if (b < 0x80) {
            c = b;
        } else if ((b >> 5) == 0x6 && continued(i, 1)) {
            c = ((b & 0x1Fu) << 6) | (byte(i + 1) & 0x3Fu);
            len = 2;
        } else if ((b >> 4) == 0xE && continued(i, 2)) {
            c = ((b & 0x0Fu) << 12) | ((byte(i + 1) & 0x3Fu) << 6) | (byte(i + 2) & 0x3Fu);
            len = 3;
        } else if ((b >> 3) == 0x1E && continued(i, 3)) {
            c = ((b & 0x07u) << 18) | ((byte(i + 1) & 0x3Fu) << 12) | ((byte(i + 2) & 0x3Fu) << 6) |
                (byte(i + 3) & 0x3Fu);
            len = 4;
        }
        // Overlong forms ("C0 A0" for a space), UTF-16 surrogates and values past U+10FFFF are
        // not characters either: they would let bytes pass for what they are not.
        constexpr char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
        if (len > 1 && (c < least[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))) {
            c = 0xFFFD;
            len = 1;
        }
        out.push_back(c);
        i += len;
    }
    return out;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

std::string to_utf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (char32_t c : text) append_utf8(out, c);
    return out;
}

std::size_t count_chars(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
           c == 0xA0 || c == 0x3000 || c == 0xFEFF || (c >= 0x2000 && c <= 0x200B);
}

// Length of a white-space character at s[i] (ASCII, NBSP, U+2000–U+200B, U+3000, BOM), or 0.
std::size_t space_length_at(std::string_view s, std::size_t i) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    if (i >= s.size()) return 0;
    unsigned char c = b(i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (c == 0xC2 && i + 1 < s.size() && b(i + 1) == 0xA0) return 2;
    if (i + 2 < s.size()) {
        if (c == 0xE3 && b(i + 1) == 0x80 && b(i + 2) == 0x80) return 3;
        if (c == 0xE2 && b(i + 1) == 0x80 && b(i + 2) <= 0x8B) return 3;
        if (c == 0xEF && b(i + 1) == 0xBB && b(i + 2) == 0xBF) return 3;
    }
    return 0;
}

std::string_view trim_view(std::string_view s) {
    std::size_t b = 0;
    while (std::size_t n = space_length_at(s, b)) b += n;
    std::size_t e = s.size();
    while (e > b) {
        std::size_t n = 0;
        for (std::size_t k : {std::size_t(1), std::size_t(2), std::size_t(3)})
            if (e >= b + k && space_length_at(s, e - k) == k) { n = k; break; }
        if (n == 0) break;
        e -= n;
    }
    return s.substr(b, e - b);
}

std::string trim(std::string_view s) { return std::string(trim_view(s)); }

char32_t to_halfwidth(char32_t c) { return fold_char(c); }

namespace {

// Equivalences of our own, beyond NFKC: brackets, enumeration commas and dashes that reports
// use interchangeably in labels.
char32_t unify(char32_t c) {
    switch (c) {
    case U'【': case U'〔': case U'[': return U'(';
    case U'】': case U'〕': case U']': return U')';
    case U'、': case U'．': case U'。': return U'.';
    case U'—': case U'–': case U'－': return U'-';
    default: return c;
    }
}

bool dropped(char32_t c) {
    return is_space(c) || c == U'“' || c == U'”' || c == U'"' || c == U'‘' || c == U'’' ||
           c == U'\'' || c == U'《' || c == U'》' || c == U'*' || c == U'#' || c == U'：' ||
           c == U':';
}

bool is_chinese_digit(char32_t c) {
    return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
}

} // namespace

std::u32string normalize_label(std::string_view utf8) {
    const std::u32string in = to_u32(utf8);
    std::u32string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        char32_t c = in[i];
        if (c == U'<') { // an HTML tag such as <b> left by a web page: skip it
            std::size_t close = in.find(U'>', i);
            if (close != std::u32string::npos && close - i <= 40) { i = close; continue; }
        }
        const std::u32string_view m = compat_mapping(c);
        for (char32_t d : m.empty() ? std::u32string_view(&c, 1) : m)
            if (!dropped(d)) out.push_back(unify(d));
    }
    return out;
}

std::size_t ordinal_length(std::u32string_view s) {
    std::size_t i = 0;
    // (三) / (3)
    if (!s.empty() && s[0] == U'(') {
        std::size_t j = 1;
        while (j < s.size() && (is_chinese_digit(s[j]) || (s[j] >= '0' && s[j] <= '9'))) ++j;
        if (j > 1 && j < s.size() && s[j] == U')') i = j + 1;
    } else if (!s.empty() && s[0] == U'第') {
        std::size_t j = 1;
        while (j < s.size() && is_chinese_digit(s[j])) ++j;
        if (j > 1 && j < s.size() && (s[j] == U'项' || s[j] == U'部')) i = j + 1;
    } else {
        std::size_t j = 0;
        while (j < s.size() && (is_chinese_digit(s[j]) || (s[j] >= '0' && s[j] <= '9'))) ++j;
        if (j > 0 && j < s.size() && (s[j] == U'.' || s[j] == U',' || s[j] == U')')) i = j + 1;
    }
    while (i < s.size() && (s[i] == U'.' || s[i] == U'-')) ++i;
    return i;
}

std::u32string strip_ordinal(std::u32string_view s) { return std::u32string(s.substr(ordinal_length(s))); }

int leading_arabic_ordinal(std::u32string_view s) {
    int n = 0;
    std::size_t j = 0;
    while (j < s.size() && j < 3 && s[j] >= '0' && s[j] <= '9') n = n * 10 + int(s[j++] - '0');
    if (j == 0 || j >= s.size() || (s[j] != U'.' && s[j] != U',' && s[j] != U')')) return 0;
    return n;
}

namespace {

// Length of the longest common subsequence, two rows of the table in `buffer` (2 * (|b| + 1)).
std::size_t lcs_length(std::u32string_view a, std::u32string_view b, std::size_t* buffer) {
    std::size_t* prev = buffer;
    std::size_t* cur = buffer + b.size() + 1;
    std::fill(prev, prev + b.size() + 1, 0);
    cur[0] = 0;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

double similarity(std::u32string_view a, std::u32string_view b) {
    if (a.empty() && b.empty()) return 1.0;
    if (a.empty() || b.empty()) return 0.0;
    if (a.size() < b.size()) std::swap(a, b);  // the shorter one spans the rows
    constexpr std::size_t small = 128;         // labels: no allocation
    std::size_t lcs = 0;
    if (b.size() < small) {
        std::size_t buffer[2 * (small + 1)];
        lcs = lcs_length(a, b, buffer);
    } else {
        std::vector<std::size_t> buffer(2 * (b.size() + 1));
        lcs = lcs_length(a, b, buffer.data());
    }
    return 2.0 * double(lcs) / double(a.size() + b.size());
}

} // namespace nianbao
