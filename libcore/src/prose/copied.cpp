// Shingle overlap between this year's and last year's prose.
#include "prose/copied.hpp"

#include <algorithm>
#include <unordered_set>

#include "nianbao/text.hpp"

namespace nianbao::prose {
namespace {

std::u32string prose_of(const Report& r) {
    std::u32string out;
    for (const char* key : {"overview", "problems", "other"})
        for (const auto& s : r.sections)
            if (s.key == key)
                for (const auto& p : s.paragraphs)
                    for (char32_t c : to_u32(p.text))
                        if (!is_space(c) && std::u32string_view(U"，。、；：！？“”‘’（）《》,.;:!?()\"'").find(c) == std::u32string_view::npos)
                            out.push_back(c);
    return out;
}

} // namespace

Copied copied_text(const Report& current, const Report& previous) {
    Copied result;
    const std::u32string a = prose_of(current), b = prose_of(previous);
    result.characters = a.size();
    if (a.size() < shingle || b.size() < shingle) return result;
    std::unordered_set<std::u32string_view> seen;
    for (std::size_t i = 0; i + shingle <= b.size(); ++i) seen.insert(std::u32string_view(b).substr(i, shingle));
    std::vector<bool> copied(a.size(), false);
    for (std::size_t i = 0; i + shingle <= a.size(); ++i)
        if (seen.count(std::u32string_view(a).substr(i, shingle)))
            std::fill(copied.begin() + std::ptrdiff_t(i), copied.begin() + std::ptrdiff_t(i + shingle), true);
    std::vector<std::pair<std::size_t, std::size_t>> runs;  // (length, start)
    for (std::size_t i = 0; i < a.size();) {
        if (!copied[i]) { ++i; continue; }
        std::size_t j = i;
        while (j < a.size() && copied[j]) ++j;
        result.copied += j - i;
        runs.push_back({j - i, i});
        i = j;
    }
    std::sort(runs.begin(), runs.end(), std::greater<>());
    for (std::size_t k = 0; k < runs.size() && k < 3 && runs[k].first >= 20; ++k) {
        std::u32string passage = a.substr(runs[k].second, std::min<std::size_t>(runs[k].first, 40));
        if (runs[k].first > 40) passage += U"…";
        result.longest.push_back(to_utf8(passage));
    }
    return result;
}

} // namespace nianbao::prose
