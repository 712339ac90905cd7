// Label matching: exact, known variants, split labels (prefix), typos (similarity).
#include "binder/internal.hpp"

#include "nianbao/text.hpp"

namespace nianbao::binding {
namespace {

std::uint64_t char_bit(char32_t c) { return std::uint64_t(1) << (c % 64); }

Label make_label(LabelKind kind, std::string_view key, std::string_view group, std::string_view text) {
    Label l{kind, key, group, normalize_label(text), {}, 0, 0};
    l.bare = strip_ordinal(l.norm);
    l.ordinal = leading_arabic_ordinal(l.norm);
    for (char32_t c : l.bare) l.chars |= char_bit(c);
    return l;
}

// An upper bound of the LCS of `text` and the label: the characters of `text` that may occur in
// the label. Rules out most pairs before the quadratic LCS is computed.
std::size_t common_bound(std::u32string_view text, const Label& l) {
    std::size_t n = 0;
    for (char32_t c : text) n += (l.chars & char_bit(c)) != 0;
    return std::min(n, l.bare.size());
}

// Score of `text` (normalized, without ordinal) against a label's bare form.
double score_bare(std::u32string_view text, const Label& l) {
    if (text.empty() || l.bare.empty()) return 0;
    if (text == l.bare) return 1.0;
    // A label split over two lines or cells: its first part.
    if (text.size() >= 3 && l.bare.starts_with(text) && text.size() * 10 >= l.bare.size() * 6)
        return 0.9;
    if (text.size() >= 4 && l.bare.starts_with(text)) return 0.8;
    // A label followed by a note ("（七）总计（件）").
    if (l.bare.size() >= 2 && text.starts_with(l.bare) && text.size() <= l.bare.size() + 8) return 0.75;
    // LCS similarity can reach 0.8 only when the lengths are within a ratio of 2:3.
    const std::size_t lo = std::min(text.size(), l.bare.size()), hi = std::max(text.size(), l.bare.size());
    if (lo >= 5 && 3 * lo >= 2 * hi && 10 * common_bound(text, l) >= 4 * (text.size() + l.bare.size())) {
        double s = similarity(text, l.bare);
        if (s >= 0.8) return 0.7 * s;
    }
    return 0;
}

} // namespace

LabelIndex::LabelIndex(const TableFormat& f) {
    for (const auto& r : f.rows) {
        labels_.push_back(make_label(LabelKind::row, r.key, r.group, r.label));
        for (auto v : r.variants) labels_.push_back(make_label(LabelKind::row, r.key, r.group, v));
    }
    for (const auto& g : f.groups) {
        labels_.push_back(make_label(LabelKind::group, g.key, {}, g.label));
        for (auto v : g.variants) labels_.push_back(make_label(LabelKind::group, g.key, {}, v));
    }
    for (const auto& c : f.columns) {
        labels_.push_back(make_label(LabelKind::column, c.key, {}, c.label));
        for (auto v : c.variants) labels_.push_back(make_label(LabelKind::column, c.key, {}, v));
    }
    for (const auto& l : labels_) {
        exact_.emplace(l.norm, &l);
        if (l.bare != l.norm) exact_.emplace(l.bare, &l);
    }
}

bool LabelIndex::is_group_piece(std::u32string_view norm) const {
    if (norm.empty() || norm.size() > 4) return false;
    for (const auto& l : labels_)
        if (l.kind == LabelKind::group && l.norm.find(norm) != std::u32string::npos) return true;
    return false;
}

bool LabelIndex::is_column_words(std::u32string_view norm) const {
    int words = 0;
    while (!norm.empty()) {
        std::size_t took = 0;
        for (const auto& l : labels_) {
            if (l.kind != LabelKind::column || l.norm.empty()) continue;
            if (norm.starts_with(l.norm)) took = std::max(took, l.norm.size());
            else if (words > 0 && std::u32string_view(l.norm).starts_with(norm)) took = std::max(took, norm.size());
        }
        if (took == 0) return false;
        norm.remove_prefix(took);
        ++words;
    }
    return words >= 2;
}

Match LabelIndex::match_fragments(const std::vector<std::u32string>& fragments, std::u32string_view own,
                                  std::string_view group) const {
    Match best;
    std::u32string all(own), clean;
    if (!is_group_piece(own)) clean = own;
    for (std::size_t k = fragments.size(); k-- > 0;) {
        all.insert(0, fragments[k]);
        if (!is_group_piece(fragments[k])) clean.insert(0, fragments[k]);
        for (const std::u32string* candidate : {&all, &clean})
            if (Match m = match(*candidate, LabelKind::row, group); m.score > best.score) best = m;
    }
    return best;
}

Match LabelIndex::match(std::u32string_view norm, LabelKind kind, std::string_view group) const {
    Match best = match_whole(norm, kind, group);
    if (best.score >= 0.9 || kind != LabelKind::row) return best;
    // pdftotext puts pieces of a merged group label before a row's own label on the same line
    // ("）不 4.保护第三方合法权益", "开 5.属于三类内部事务信"): try the text from an ordinal inside it.
    for (std::size_t p = 1; p + 2 < norm.size(); ++p) {
        const char32_t c = norm[p], before = norm[p - 1];
        const bool digit_start = c >= U'0' && c <= U'9' && !(before >= U'0' && before <= U'9');
        if (!(c == U'(' || digit_start) || ordinal_length(norm.substr(p)) == 0) continue;
        if (Match m = match_whole(norm.substr(p), kind, group); m.score > best.score) best = m;
    }
    return best;
}

Match LabelIndex::match_whole(std::u32string_view norm, LabelKind kind, std::string_view group) const {
    if (norm.empty() || norm.size() > 80) return {};
    const std::u32string_view bare = norm.substr(ordinal_length(norm));
    const int ordinal = leading_arabic_ordinal(norm);
    // Fast path: an exact label with no competitor of the same kind.
    {
        const Label* only = nullptr;
        int hits = 0;
        for (auto key : {norm, bare}) {
            auto [b, e] = exact_.equal_range(key);
            for (auto it = b; it != e; ++it)
                if (it->second->kind == kind && (!only || only->key != it->second->key)) {
                    only = it->second;
                    ++hits;
                }
        }
        if (hits == 1 && (kind != LabelKind::row || only->ordinal == 0 || ordinal == only->ordinal))
            return {only, 1.0};
    }
    Match best;
    bool tie = false;
    for (const auto& l : labels_) {
        if (l.kind != kind) continue;
        double s = norm == l.norm ? 1.0 : score_bare(bare, l);
        if (s <= 0) continue;
        if (kind == LabelKind::row && l.ordinal > 0) {
            // Sub-rows: a written ordinal must agree; a short label needs its group.
            if (ordinal > 0 && ordinal != l.ordinal) s -= 0.3;
            const bool in_context = !group.empty() && group == l.group;
            if (ordinal == 0 && l.bare.size() <= 3 && !in_context) continue;
            if (in_context) s += 0.05;
        }
        if (s > best.score + 1e-9) {
            best = {&l, s};
            tie = false;
        } else if (s > best.score - 1e-9 && best.label && best.label->key != l.key) {
            tie = true;
        }
    }
    if (tie || best.score < 0.5) return {};
    return best;
}

} // namespace nianbao::binding
