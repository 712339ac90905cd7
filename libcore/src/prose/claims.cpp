// Sentence splitting and claim patterns (std::wregex over the sentence; wchar_t is UTF-32 here).
#include "prose/claims.hpp"

#include <regex>

#include "nianbao/text.hpp"
#include "nianbao/value.hpp"

namespace nianbao::prose {
namespace {

constexpr std::u32string_view terminators = U"。；！？;!?";

std::wstring wide(std::u32string_view s) { return std::wstring(s.begin(), s.end()); }

// "１４" / "14" / "十四" / "两" -> number
std::optional<std::int64_t> number_of(const std::wstring& w) {
    std::u32string u(w.begin(), w.end());
    std::int64_t n = 0;
    bool digits = !u.empty();
    for (char32_t c : u) {
        c = to_halfwidth(c);
        if (c < '0' || c > '9') { digits = false; break; }
        if (n > 1'000'000'000) return std::nullopt;
        n = n * 10 + (c - '0');
    }
    if (digits) return n;
    return parse_chinese_numeral(u);
}

const std::wstring NUM = L"([0-9０-９]+|[零〇一二两三四五六七八九十百千]+)";
const std::wstring GAP = L"[^。；，,0-9０-９零〇一二两三四五六七八九十百千]{0,14}?";

struct Pattern {
    Topic topic;
    std::wregex re;
    int group;  // the number's group (0: no number, the claim is 0)
    std::vector<std::u32string> keywords;  // the regex runs only when one of these occurs (speed)
};

const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> p = [] {
        auto re = [](const std::wstring& s) { return std::wregex(s, std::regex::ECMAScript | std::regex::optimize); };
        using K = std::vector<std::u32string>;
        return std::vector<Pattern>{
            {Topic::no_requests, re(L"(未|没有|无)(收到|接到|受理|接收|新收)[^。；，,]{0,16}申请"), 0, K{U"申请"}},
            {Topic::no_requests, re(L"(未|没有)(发生|产生)依申请公开"), 0, K{U"依申请公开"}},
            {Topic::requests_received, re(L"(收到|受理|新收|接收|接到)" + GAP + L"申请" + GAP + L"(共|计)?" + NUM + L"(件|份|个)"), 3, K{U"申请"}},
            {Topic::review, re(L"行政复议(案件|申请)?" + GAP + NUM + L"(件|起|宗)"), 2, K{U"行政复议"}},
            {Topic::suit, re(L"行政诉讼(案件)?" + GAP + NUM + L"(件|起|宗)"), 2, K{U"行政诉讼"}},
            {Topic::normative_in_force, re(L"现行有效" + GAP + L"规范性文件" + GAP + NUM + L"件"), 1, K{U"现行有效"}},
            {Topic::normative_in_force, re(L"规范性文件现行有效" + GAP + NUM + L"件"), 1, K{U"现行有效"}},
            {Topic::normative_issued, re(L"(制发|印发|出台)" + GAP + NUM + L"件"), 2, K{U"规范性文件"}},
            {Topic::normative_repealed, re(L"(废止|失效)" + GAP + NUM + L"件"), 2, K{U"规范性文件"}},
            {Topic::licensing, re(L"行政许可(处理)?决定" + GAP + NUM + L"件"), 2, K{U"行政许可"}},
            {Topic::penalty, re(L"行政处罚(处理)?决定" + GAP + NUM + L"件"), 2, K{U"行政处罚"}},
            {Topic::coercion, re(L"行政强制(处理)?决定" + GAP + NUM + L"件"), 2, K{U"行政强制"}},
        };
    }();
    return p;
}

// Scope narrower than the report: a period inside the year, a part of the figures, one office.
bool narrow_scope(const std::wstring& s) {
    static const std::wregex narrow(L"(季度|上半年|下半年|[0-9０-９一二三四五六七八九十]+月(份|底|末)?[^日]|其中|分别|办公室|政府办|分局|中心|大队|中队|所属|下属|各乡镇|各部门)",
                                    std::regex::ECMAScript | std::regex::optimize);
    return std::regex_search(s, narrow);
}

} // namespace

std::vector<Sentence> sentences(const Report& report) {
    std::vector<Sentence> out;
    auto add = [&](const std::string& section, int index, const Paragraph& p) {
        std::u32string u = to_u32(p.text);
        std::size_t b = 0;
        for (std::size_t i = 0; i <= u.size(); ++i) {
            if (i == u.size() || terminators.find(u[i]) != std::u32string_view::npos) {
                std::size_t e = i == u.size() ? i : i + 1;
                if (e > b) out.push_back({section, index, int(b), int(e), u.substr(b, e - b), p.source});
                b = e;
            }
        }
    };
    for (std::size_t k = 0; k < report.preamble.size(); ++k) add("preamble", int(k), report.preamble[k]);
    for (const auto& s : report.sections)
        for (std::size_t k = 0; k < s.paragraphs.size(); ++k) add(s.key, int(k), s.paragraphs[k]);
    return out;
}

std::vector<Claim> claims(const Sentence& sentence) {
    std::vector<Claim> out;
    std::u32string compact;
    for (char32_t c : sentence.text)
        if (!is_space(c)) compact.push_back(c);
    const std::wstring w = wide(compact);
    auto relevant = [&](const Pattern& p) {
        // Searched in the UTF-32 string: std::wstring::find uses glibc's AVX2 wmemcmp, which
        // Valgrind reports as reading past the string.
        for (const auto& k : p.keywords)
            if (compact.find(k) != std::u32string::npos) return true;
        return false;
    };
    bool any = false;
    for (const auto& p : patterns()) any = any || relevant(p);
    if (!any || narrow_scope(w)) return out;
    for (const auto& p : patterns()) {
        if (!relevant(p)) continue;
        for (std::wsregex_iterator it(w.begin(), w.end(), p.re), end; it != end; ++it) {
            Claim c{p.topic, 0, &sentence};
            if (p.group > 0) {
                auto n = number_of((*it)[std::size_t(p.group)].str());
                if (!n) continue;
                c.value = *n;
            }
            // 制发/废止 only speak of 规范性文件 in a sentence that names them (and not 规章).
            if ((p.topic == Topic::normative_issued || p.topic == Topic::normative_repealed) &&
                (compact.find(U"规范性文件") == std::u32string::npos || compact.find(U"规章") != std::u32string::npos))
                continue;
            bool duplicate = false;
            for (const auto& o : out) duplicate = duplicate || (o.topic == c.topic && o.value == c.value);
            if (!duplicate) out.push_back(c);
        }
    }
    return out;
}

std::string excerpt(const Sentence& s, std::size_t max_chars) {
    std::u32string t = s.text;
    if (t.size() > max_chars) t = t.substr(0, max_chars) + U"…";
    return to_utf8(t);
}

} // namespace nianbao::prose
