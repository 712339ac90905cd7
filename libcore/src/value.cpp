// Value parsing per format.md §5.
#include "nianbao/value.hpp"

#include <algorithm>

#include "nianbao/text.hpp"

namespace nianbao {

std::optional<Amount> checked_add(Amount a, Amount b) {
    Amount r;
    if (__builtin_add_overflow(a.micros, b.micros, &r.micros)) return std::nullopt;
    return r;
}

std::optional<Amount> checked_sub(Amount a, Amount b) {
    Amount r;
    if (__builtin_sub_overflow(a.micros, b.micros, &r.micros)) return std::nullopt;
    return r;
}

std::string format_amount(Amount a) {
    std::int64_t m = a.micros;
    bool neg = m < 0;
    // |INT64_MIN| is not representable; amounts never get there (11 integer digits at most).
    std::uint64_t u = neg ? std::uint64_t(-(m + 1)) + 1 : std::uint64_t(m);
    std::string out = std::to_string(u / Amount::scale);
    std::uint64_t frac = u % Amount::scale;
    if (frac != 0) {
        std::string f = std::to_string(frac);
        f.insert(0, 6 - f.size(), '0');
        while (!f.empty() && f.back() == '0') f.pop_back();
        out += "." + f;
    }
    return neg ? "-" + out : out;
}

namespace {

constexpr int max_integer_digits = 11;  // sums of 25 such cells stay far from overflow

int digit_of(char32_t c) {
    c = fold_char(c);
    return (c >= '0' && c <= '9') ? int(c - '0') : -1;
}

const std::u32string_view units[] = {U"万元", U"元", U"件", U"条", U"个", U"项", U"次", U"人次", U"宗", U"份"};

bool is_dash(char32_t c) {
    c = fold_char(c);
    return c == '-' || c == U'—' || c == U'–' || c == U'－' || c == U'―';
}

} // namespace

std::optional<std::int64_t> parse_chinese_numeral(std::u32string_view t) {
    if (t.empty() || t.size() > 12) return std::nullopt;
    auto digit = [](char32_t c) -> int {
        switch (c) {
        case U'零': case U'〇': return 0;
        case U'一': return 1; case U'二': case U'两': return 2; case U'三': return 3;
        case U'四': return 4; case U'五': return 5; case U'六': return 6; case U'七': return 7;
        case U'八': return 8; case U'九': return 9;
        default: return -1;
        }
    };
    auto power = [](char32_t c) -> std::int64_t {
        switch (c) {
        case U'十': return 10; case U'百': return 100; case U'千': return 1000;
        case U'万': return 10000;
        default: return 0;
        }
    };
    std::int64_t total = 0, section = 0, pending = -1;
    bool any = false;
    for (char32_t c : t) {
        if (int d = digit(c); d >= 0) {
            pending = d;
            any = true;
        } else if (std::int64_t p = power(c); p > 0) {
            any = true;
            if (p == 10000) {
                section += pending < 0 ? 0 : pending;
                total += (section == 0 ? 1 : section) * 10000;
                section = 0;
            } else {
                section += (pending < 0 ? 1 : pending) * p;
            }
            pending = -1;
        } else {
            return std::nullopt;
        }
    }
    if (!any) return std::nullopt;
    return total + section + (pending < 0 ? 0 : pending);
}

Value parse_value(std::string_view raw_in) {
    Value v;
    const std::string_view raw = trim_view(raw_in);
    // Fast path: plain ASCII digits, the common case in every table.
    if (!raw.empty() && raw.size() <= 11 &&
        std::all_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        std::int64_t n = 0;
        for (char c : raw) n = n * 10 + (c - '0');
        v.state = ValueState::number;
        v.amount = Amount::whole(n);
        return v;
    }
    std::u32string compact;  // without inner spaces
    for (char32_t c : to_u32(raw))
        if (!is_space(c)) compact.push_back(c);
    if (compact.empty()) return v;  // blank, or nothing but white space

    if (compact == U"/" || compact == U"／" || compact == U"\\") { v.state = ValueState::slash; return v; }
    if (compact == U"无") { v.state = ValueState::none_word; return v; }
    if (compact == U"不适用" || compact == U"不涉及") { v.state = ValueState::not_applicable; return v; }
    bool all_dash = true;
    for (char32_t c : compact) all_dash = all_dash && is_dash(c);
    if (all_dash) { v.state = ValueState::dash; return v; }

    // Split off a bracketed note: 22（其中修订16件）
    std::u32string body = compact;
    for (std::size_t i = 0; i < body.size(); ++i) {
        char32_t c = body[i];
        if (c == U'（' || c == U'(' ) {
            std::size_t close = body.find_first_of(U"）)", i);
            std::u32string note = body.substr(i + 1, close == std::u32string::npos ? std::u32string::npos : close - i - 1);
            v.note = to_utf8(note);
            body.erase(i);
            break;
        }
    }
    // Trailing unit.
    for (auto u : units) {
        if (body.size() > u.size() && body.ends_with(u)) {
            v.unit = to_utf8(u);
            body.erase(body.size() - u.size());
            break;
        }
    }

    v.state = ValueState::text;
    if (body.empty()) { v.problem = "没有数字"; return v; }

    std::size_t i = 0;
    bool negative = false;
    if (is_dash(body[0]) || body[0] == U'－') { negative = true; i = 1; }
    else if (fold_char(body[0]) == '+') i = 1;

    std::int64_t integer = 0;
    int int_digits = 0, frac_digits = 0;
    std::int64_t frac = 0;
    bool seen_point = false, bad = false;
    std::size_t group_len = 0;  // digits since the last thousands separator
    bool grouped = false;
    for (; i < body.size(); ++i) {
        char32_t c = fold_char(body[i]);
        if (int d = digit_of(c); d >= 0) {
            if (seen_point) {
                if (frac_digits < 6) { frac = frac * 10 + d; ++frac_digits; }
                else if (d != 0) { bad = true; break; }
            } else {
                if (int_digits > 0 || d != 0) ++int_digits;
                if (int_digits > max_integer_digits) {
                    v.problem = "数值过大，超出可处理的范围（最多 11 位整数）";
                    return v;
                }
                integer = integer * 10 + d;
                ++group_len;
            }
        } else if (c == '.' && !seen_point) {
            if (grouped && group_len != 3) { bad = true; break; }
            seen_point = true;
        } else if ((c == ',' || c == U'，') && !seen_point) {
            if ((grouped && group_len != 3) || (!grouped && (group_len == 0 || group_len > 3))) { bad = true; break; }
            grouped = true;
            group_len = 0;
        } else {
            bad = true;
            break;
        }
    }
    if (bad || (grouped && !seen_point && group_len != 3) || (int_digits == 0 && integer == 0 &&
                                                               group_len == 0 && frac_digits == 0)) {
        // Maybe a Chinese numeral: 七, 十二
        if (auto n = parse_chinese_numeral(body); n && !negative) {
            v.state = ValueState::number;
            v.amount = Amount::whole(*n);
            return v;
        }
        v.problem = "不是数字";
        return v;
    }
    for (int k = frac_digits; k < 6; ++k) frac *= 10;
    v.amount.micros = integer * Amount::scale + frac;
    if (negative) v.amount.micros = -v.amount.micros;
    v.state = ValueState::number;
    return v;
}

namespace {

// Whether parse_value() can read anything but text from a cell whose first character is `c`:
// labels are told from values without a full parse.
bool may_start_value(char32_t c) {
    c = fold_char(c);
    if ((c >= '0' && c <= '9') || c == '+' || c == '.' || c == '/' || c == '\\' || is_dash(c)) return true;
    return std::u32string_view(U"无不零〇一二两三四五六七八九十百千万").find(c) != std::u32string_view::npos;
}

} // namespace

bool looks_like_value(std::string_view raw) {
    const std::string_view t = trim_view(raw);
    if (t.empty()) return false;
    const auto lead = static_cast<unsigned char>(t[0]);
    const std::size_t first_len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;  // one code point
    if (!may_start_value(to_u32(t.substr(0, first_len))[0])) return false;
    Value v = parse_value(t);
    return v.state != ValueState::blank && v.state != ValueState::text;
}

std::string describe_state(const Value& value, std::string_view raw) {
    switch (value.state) {
    case ValueState::blank: return "空白";
    case ValueState::number: return format_amount(value.amount);
    default: return "“" + trim(raw) + "”";
    }
}

} // namespace nianbao
