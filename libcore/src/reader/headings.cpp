// Section headings, the title, dates and years: the parts of a report that are lines of text.
#include "nianbao/format.hpp"
#include "nianbao/text.hpp"
#include "nianbao/value.hpp"
#include "reader/internal.hpp"

namespace nianbao::reading {
namespace {

int chinese_digit(char32_t c) {
    constexpr std::u32string_view digits = U"〇一二三四五六七八九";
    auto p = digits.find(c);
    if (c == U'零' || c == U'○' || c == U'O' || c == U'o' || c == U'０') return 0;
    return p == std::u32string_view::npos ? -1 : int(p);
}

// Reads a number written in Arabic digits (half or full width) or 二〇二三-style digits at i.
std::optional<int> read_number(const std::u32string& s, std::size_t& i, std::size_t max_digits) {
    std::size_t start = i;
    int n = 0;
    while (i < s.size() && i - start < max_digits) {
        char32_t c = fold_char(s[i]);
        int d = (c >= '0' && c <= '9') ? int(c - '0') : chinese_digit(s[i]);
        if (d < 0) break;
        n = n * 10 + d;
        ++i;
    }
    if (i == start) return std::nullopt;
    return n;
}

// Reads 十二 / 三十一 style (months and days) or digits.
std::optional<int> read_small(const std::u32string& s, std::size_t& i) {
    if (i < s.size() && (s[i] == U'十' || (chinese_digit(s[i]) > 0 && i + 1 < s.size() && s[i + 1] == U'十'))) {
        std::size_t j = i;
        while (j < s.size() && (s[j] == U'十' || chinese_digit(s[j]) > 0)) ++j;
        auto v = parse_chinese_numeral(std::u32string_view(s).substr(i, j - i));
        if (!v) return std::nullopt;
        i = j;
        return int(*v);
    }
    return read_number(s, i, 2);
}

std::u32string compact(std::string_view line) {
    std::u32string out;
    for (char32_t c : to_u32(strip_markup(line)))
        if (!is_space(c)) out.push_back(c);
    return out;
}

} // namespace

std::string strip_markup(std::string_view line) {
    // Most lines carry no markup at all.
    if (line.find_first_of("<#>*") == std::string_view::npos) return trim(line);
    std::u32string u = to_u32(line);
    std::u32string kept;
    for (std::size_t i = 0; i < u.size(); ++i) {
        if (u[i] == U'<') {
            auto close = u.find(U'>', i);
            if (close != std::u32string::npos && close - i <= 40) { i = close; continue; }
        }
        kept.push_back(u[i]);
    }
    std::string t = trim(to_utf8(kept));
    std::size_t k = 0;
    while (k < t.size() && (t[k] == '#' || t[k] == '>' || t[k] == ' ')) ++k;
    t = t.substr(k);
    // **bold** markdown
    while (t.size() >= 4 && t.starts_with("**") && t.ends_with("**")) t = t.substr(2, t.size() - 4);
    return trim(t);
}

namespace {

// The heading as written, without its numbering: "一、 总体情况" -> "总体情况".
std::string without_numbering(const std::string& text) {
    std::u32string u = to_u32(text);
    std::size_t i = 0;
    auto skip_space = [&] { while (i < u.size() && is_space(u[i])) ++i; };
    if (i < u.size() && (u[i] == U'（' || u[i] == U'(')) {
        std::size_t j = i + 1;
        while (j < u.size() && chinese_digit(u[j]) > 0) ++j;
        if (j > i + 1 && j < u.size() && (u[j] == U'）' || u[j] == U')')) i = j + 1;
    } else if (i < u.size() && u[i] == U'第') {
        std::size_t j = i + 1;
        while (j < u.size() && chinese_digit(u[j]) > 0) ++j;
        if (j + 1 < u.size() && u[j] == U'部' && u[j + 1] == U'分') i = j + 2;
    } else {
        std::size_t j = i;
        while (j < u.size() && chinese_digit(u[j]) > 0) ++j;
        if (j > i && j < u.size() && std::u32string_view(U"、.．,，").find(u[j]) != std::u32string_view::npos) i = j + 1;
    }
    skip_space();
    return to_utf8(std::u32string_view(u).substr(i));
}

} // namespace

std::optional<Heading> parse_heading(std::string_view line) {
    if (line.size() > 200) return std::nullopt;  // 40 characters at most, plus markup
    std::string text = strip_markup(line);
    if (text.empty() || count_chars(text) > 40) return std::nullopt;
    std::u32string u = normalize_label(text);
    // Numbering: 一、 一. （一） 第一部分
    int number = 0;
    bool parenthesised = false;
    std::size_t i = 0;
    if (!u.empty() && u[0] == U'(' && u.size() > 2 && chinese_digit(u[1]) > 0 && u[2] == U')') {
        number = chinese_digit(u[1]);
        parenthesised = true;
        i = 3;
    } else if (u.size() > 1 && chinese_digit(u[0]) > 0 && (u[1] == U'.' || u[1] == U',')) {
        number = chinese_digit(u[0]);
        i = 2;
    } else if (u.size() > 4 && u[0] == U'第' && chinese_digit(u[1]) > 0 && u.substr(2, 2) == U"部分") {
        number = chinese_digit(u[1]);
        i = 4;
    }
    std::u32string rest = u.substr(i);
    while (!rest.empty() && (rest[0] == U'.' || rest[0] == U',')) rest.erase(0, 1);
    if (rest.empty()) return std::nullopt;
    // The normalized wordings of every section, computed once.
    struct Wording {
        const SectionDecl* decl;
        std::u32string text;
        bool standard;
    };
    static const std::vector<Wording> wordings = [] {
        std::vector<Wording> w;
        for (const auto& d : section_decls()) {
            w.push_back({&d, normalize_label(d.heading), true});
            for (auto v : d.variants) w.push_back({&d, normalize_label(v), false});
        }
        return w;
    }();
    for (const auto& w : wordings)
        if (rest == w.text)
            return Heading{std::string(w.decl->key), number, without_numbering(text), w.standard, parenthesised};
    if (parenthesised || number == 0 || rest.size() > 30) return std::nullopt;
    for (const auto& d : section_decls()) {
        if (d.number != number) continue;
        bool all = true;
        for (auto k : d.keywords) all = all && rest.find(to_u32(k)) != std::u32string::npos;
        if (all) return Heading{std::string(d.key), number, without_numbering(text), false};
    }
    return std::nullopt;
}

namespace {

// A title has no sentence punctuation; a line with it is prose ("根据《条例》，现公布…年度报告。").
bool has_sentence_punctuation(std::u32string_view c) {
    return c.find_first_of(U"。，,；;：:！!？?") != std::u32string_view::npos;
}

// Words that open a sentence of the preamble, never a title.
bool opens_a_sentence(std::u32string_view c) {
    for (std::u32string_view w : {U"根据", U"按照", U"依据", U"依照", U"现将", U"现公布", U"本报告", U"本年度", U"为"})
        if (c.starts_with(w)) return true;
    return false;
}

// The last characters of an agency's name: 局, 委, 办公厅, 人民政府, 中心 …
bool ends_like_agency(std::u32string_view c) {
    static constexpr std::u32string_view suffixes[] = {
        U"局", U"委", U"办", U"厅", U"室", U"院", U"署", U"会", U"中心", U"政府", U"部", U"处", U"所", U"站",
        U"队", U"馆", U"街道", U"乡", U"镇", U"县", U"区", U"市", U"省", U"州", U"旗", U"盟", U"行", U"组"};
    if (c.ends_with(U"）") || c.ends_with(U")")) {  // "贵阳市人民政府（市人民政府办公厅）"
        auto open = c.find_last_of(U"（(");
        if (open == std::u32string_view::npos || open == 0) return false;
        c = c.substr(0, open);
    }
    for (auto s : suffixes)
        if (c.ends_with(s)) return true;
    return false;
}

// "2020年" / "2020年度" at the end of a line, or the whole line.
bool ends_with_year(const std::u32string& c) {
    std::size_t end = c.size();
    if (end > 0 && c[end - 1] == U'度') --end;
    if (end < 5 || c[end - 1] != U'年') return false;
    std::size_t i = end - 5;
    auto y = read_number(c, i, 4);
    return y && i == end - 1 && *y >= 1990 && *y <= 2100;
}

// Characters of prose, page furniture and citations that a title never has.
bool title_shaped(std::u32string_view c) {
    return !has_sentence_punctuation(c) && !opens_a_sentence(c) && c.find_first_of(U"|>《》【】") == std::u32string_view::npos;
}

} // namespace

bool looks_like_title(std::string_view line) {
    std::u32string c = compact(line);
    return c.size() <= 60 && c.find(U"政府信息公开") != std::u32string::npos &&
           c.find(U"报告") != std::u32string::npos && title_shaped(c);
}

bool is_title_fragment(std::string_view line) {
    std::u32string c = compact(line);
    return !c.empty() && c.size() <= 40 && title_shaped(c);
}

bool looks_like_agency_line(std::string_view line) {
    if (!is_title_fragment(line) || parse_date_line(line)) return false;
    std::u32string c = compact(line);
    if (c.find(U"政府信息公开") != std::u32string::npos || c.find(U"报告") != std::u32string::npos) return false;
    return ends_like_agency(c) || ends_with_year(c);
}

Title parse_title(std::string_view line) {
    std::u32string c = compact(line);
    Title t;
    std::size_t disclosure = c.find(U"政府信息公开");
    std::size_t agency_end = disclosure == std::u32string::npos ? c.size() : disclosure;
    std::size_t year_start = agency_end, after_year = agency_end;
    // The year: 4 digits followed by 年 before 政府信息公开.
    for (std::size_t i = 0; i < agency_end; ++i) {
        std::size_t j = i;
        auto n = read_number(c, j, 4);
        if (n && j - i == 4 && j < c.size() && c[j] == U'年' && *n >= 1990 && *n <= 2100) {
            t.year = *n;
            year_start = i;
            after_year = j + 1;
            if (after_year < c.size() && c[after_year] == U'度') ++after_year;
            break;
        }
        if (n) i = j - 1;
    }
    std::u32string agency = c.substr(0, year_start);
    // "关于" before or after the name is not part of it.
    if (agency.starts_with(U"关于")) agency.erase(0, 2);
    if (agency.ends_with(U"关于")) agency.erase(agency.size() - 2);
    // "2022年上海市政府信息公开工作年度报告": the year first, the agency after it.
    if (agency.empty() && t.year && after_year < agency_end) agency = c.substr(after_year, agency_end - after_year);
    t.agency = to_utf8(agency);
    return t;
}

std::optional<Date> parse_date_line(std::string_view line) {
    std::u32string c = compact(line);
    for (auto prefix : {U"发布时间", U"发布日期", U"日期", U"时间"}) {
        std::u32string_view p(prefix);
        if (c.starts_with(p)) {
            c.erase(0, p.size());
            if (!c.empty() && (c[0] == U'：' || c[0] == U':')) c.erase(0, 1);
            break;
        }
    }
    std::size_t i = 0;
    auto y = read_number(c, i, 4);
    if (!y || i != 4 || *y < 1990 || *y > 2100) return std::nullopt;
    if (i < c.size() && (c[i] == U'年' || c[i] == U'-' || c[i] == U'.' || c[i] == U'/')) ++i; else return std::nullopt;
    auto m = read_small(c, i);
    if (!m || i >= c.size() || !(c[i] == U'月' || c[i] == U'-' || c[i] == U'.' || c[i] == U'/')) return std::nullopt;
    ++i;
    auto d = read_small(c, i);
    if (!d) return std::nullopt;
    if (i < c.size() && c[i] == U'日') ++i;
    if (i != c.size() || *m < 1 || *m > 12 || *d < 1 || *d > 31) return std::nullopt;
    return Date{*y, *m, *d};
}

std::optional<int> period_year(std::string_view line) {
    std::u32string c = compact(line);
    auto pos = c.find(U"1月1日");
    if (pos == std::u32string::npos || pos < 5) return std::nullopt;
    std::size_t i = pos - 5;
    auto y = read_number(c, i, 4);
    if (!y || i != pos - 1 || c[i] != U'年' || *y < 1990 || *y > 2100) return std::nullopt;
    return *y;
}

std::optional<int> first_year(std::string_view line) {
    std::u32string c = compact(line);
    for (std::size_t i = 0; i + 4 < c.size(); ++i) {
        std::size_t j = i;
        auto n = read_number(c, j, 4);
        if (n && j - i == 4 && c[j] == U'年' && *n >= 2000 && *n <= 2100) return *n;
        if (n) i = j - 1;
    }
    return std::nullopt;
}

// The title: the first title-like line before the first heading — joined with the line above when
// it names no agency ("孝感市人民政府办公室" / "2020年政府信息公开工作年度报告"), or with the line
// below when it was wrapped ("市政府研究室2019年政府信息公开" / "工作年度报告").
TitleLines find_title(const std::vector<DocumentLine>& lines, const std::vector<int>& nonempty, std::size_t end) {
    // One cell, as a heading: "名称	…年度报告" is a row of the page's metadata table, not the title.
    auto text_line = [&](std::size_t i) { return !lines[i].table_row && nonempty[i] == 1; };
    auto previous = [&](std::size_t i) -> std::optional<std::size_t> {
        while (i-- > 0)
            if (lines[i].table_row || nonempty[i] > 0) return text_line(i) ? std::optional(i) : std::nullopt;
        return std::nullopt;
    };
    auto next = [&](std::size_t i) -> std::optional<std::size_t> {
        while (++i < end)
            if (lines[i].table_row || nonempty[i] > 0) return text_line(i) ? std::optional(i) : std::nullopt;
        return std::nullopt;
    };
    auto joined = [&](std::size_t first, std::size_t last) {
        std::string t;
        for (std::size_t k = first; k <= last; ++k) t += strip_markup(lines[k].text);
        return t;
    };
    for (std::size_t i = 0; i < end; ++i) {
        if (!text_line(i)) continue;
        if (looks_like_title(lines[i].text)) {
            std::size_t first = i;
            for (int n = 0; n < 2 && parse_title(joined(first, i)).agency.empty(); ++n) {
                auto p = previous(first);
                if (!p || !looks_like_agency_line(lines[*p].text)) break;
                first = *p;
            }
            return {int(first), int(i), joined(first, i)};
        }
        if (is_title_fragment(lines[i].text) && lines[i].text.find("政府信息公开") != std::string::npos)
            if (auto n = next(i); n && is_title_fragment(lines[*n].text) && !looks_like_title(lines[*n].text) &&
                                  looks_like_title(joined(i, *n)) && !parse_title(joined(i, *n)).agency.empty())
                return {int(i), int(*n), joined(i, *n)};
    }
    return {};
}

// Sub-headings that reuse a section's name — "（一）主动公开政府信息情况" inside 一、总体情况,
// "（三）因政府信息公开申请行政复议、提起行政诉讼的情况" inside 六 — are not sections when the report
// numbers its sections 一、二、…: a （一）-numbered heading is then a section only when its numeral
// is its section's own and no other heading names that section.
void drop_sub_headings(std::vector<std::optional<Heading>>& headings) {
    bool plain = false;
    for (const auto& h : headings) plain = plain || (h && h->number > 0 && !h->parenthesised);
    if (!plain) return;
    std::vector<bool> sub(headings.size(), false);
    for (std::size_t i = 0; i < headings.size(); ++i) {
        if (!headings[i] || !headings[i]->parenthesised) continue;
        bool named_elsewhere = false;
        for (const auto& h : headings) named_elsewhere = named_elsewhere || (h && !h->parenthesised && h->key == headings[i]->key);
        sub[i] = named_elsewhere || headings[i]->number != section_decl(headings[i]->key)->number;
    }
    for (std::size_t i = 0; i < headings.size(); ++i)
        if (sub[i]) headings[i].reset();
}

} // namespace nianbao::reading
