// Sentence splitting and claim patterns (std::wregex over the sentence; wchar_t is UTF-32 here).
#include "prose/claims.hpp"

#include <algorithm>
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
        c = fold_char(c);
        if (c < '0' || c > '9') { digits = false; break; }
        if (n > 1'000'000'000) return std::nullopt;
        n = n * 10 + (c - '0');
    }
    if (digits) return n;
    return parse_chinese_numeral(u);
}

const std::wstring NUM = L"([0-9０-９]+|[零〇一二两三四五六七八九十百千]+)";
const std::wstring GAP = L"[^。；，,0-9０-９零〇一二两三四五六七八九十百千]{0,14}?";

// Each group lists words of which at least one must occur before the pattern runs: a cheap test
// that keeps std::regex off the sentences that cannot match.
using Needs = std::vector<std::vector<std::u32string_view>>;

struct Pattern {
    Topic topic;
    std::wregex re;
    int group;  // the number's group (0: no number, the claim is 0)
    Needs needs;
};

const std::vector<std::u32string_view> numeral = {U"0", U"1", U"2", U"3", U"4", U"5", U"6", U"7", U"8", U"9",
                                                  U"０", U"１", U"２", U"３", U"４", U"５", U"６", U"７", U"８", U"９",
                                                  U"零", U"〇", U"一", U"二", U"两", U"三", U"四", U"五", U"六",
                                                  U"七", U"八", U"九", U"十", U"百", U"千"};

const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> p = [] {
        auto re = [](const std::wstring& s) { return std::wregex(s, std::regex::ECMAScript | std::regex::optimize); };
        return std::vector<Pattern>{
            {Topic::no_requests, re(L"(未|没有|无)(收到|接到|受理|接收|新收)[^。；，,]{0,16}申请"), 0,
             Needs{{U"申请"}, {U"未", U"没有", U"无"}}},
            {Topic::no_requests, re(L"(未|没有)(发生|产生)依申请公开"), 0, Needs{{U"依申请公开"}, {U"未", U"没有"}}},
            {Topic::requests_received, re(L"(收到|受理|新收|接收|接到)" + GAP + L"申请" + GAP + L"(共|计)?" + NUM + L"(件|份|个)"), 3,
             Needs{{U"申请"}, {U"收到", U"受理", U"新收", U"接收", U"接到"}, {U"件", U"份", U"个"}, numeral}},
            // "予以公开及部分公开258件" (both rows), "予以公开255件" (row （一） alone): the word right
            // before the number, so that "予以公开及部分公开…" is never read as （一） alone.
            {Topic::granted_or_partly,
             re(L"(?:(?:予以|同意|全部)公开(?:及|和|与|或|、)部分公开|全部或部分(?:予以)?公开)(?:的|答复|申请)?(?:共|计)?" + NUM +
                L"(?:件|个|份)"),
             1, Needs{{U"部分公开"}, {U"件", U"个", U"份"}, numeral}},
            {Topic::granted, re(L"(?:予以公开|同意公开)(?:答复|的申请|申请|的)?(?:共|计)?" + NUM + L"(?:件|个|份)"), 1,
             Needs{{U"予以公开", U"同意公开"}, {U"件", U"个", U"份"}, numeral}},
            // The other results of table 3, by the word right before the number: "不予公开35件",
            // "因本机关不掌握等原因无法提供265件", "不予处理158件", "其他处理0件".
            {Topic::refused, re(L"不予公开(?:的|答复|申请)?(?:共|计)?" + NUM + L"(?:件|个|份)"), 1,
             Needs{{U"不予公开"}, {U"件", U"个", U"份"}, numeral}},
            {Topic::unable, re(L"无法提供(?:的|答复|申请)?(?:共|计)?" + NUM + L"(?:件|个|份)"), 1,
             Needs{{U"无法提供"}, {U"件", U"个", U"份"}, numeral}},
            {Topic::not_processed, re(L"不予处理(?:的|答复|申请)?(?:共|计)?" + NUM + L"(?:件|个|份)"), 1,
             Needs{{U"不予处理"}, {U"件", U"个", U"份"}, numeral}},
            {Topic::other_handling, re(L"其他处理(?:的|答复|申请)?(?:共|计)?" + NUM + L"(?:件|个|份)"), 1,
             Needs{{U"其他处理"}, {U"件", U"个", U"份"}, numeral}},
            {Topic::review, re(L"行政复议(案件|申请)?" + GAP + NUM + L"(件|起|宗)"), 2,
             Needs{{U"行政复议"}, {U"件", U"起", U"宗"}, numeral}},
            {Topic::suit, re(L"行政诉讼(案件)?" + GAP + NUM + L"(件|起|宗)"), 2, Needs{{U"行政诉讼"}, {U"件", U"起", U"宗"}, numeral}},
            {Topic::normative_in_force, re(L"现行有效" + GAP + L"规范性文件" + GAP + NUM + L"件"), 1,
             Needs{{U"现行有效"}, {U"件"}, numeral}},
            {Topic::normative_in_force, re(L"规范性文件现行有效" + GAP + NUM + L"件"), 1, Needs{{U"现行有效"}, {U"件"}, numeral}},
            {Topic::normative_issued, re(L"(制发|印发|出台)" + GAP + NUM + L"件"), 2,
             Needs{{U"规范性文件"}, {U"制发", U"印发", U"出台"}, {U"件"}, numeral}},
            {Topic::normative_repealed, re(L"(废止|失效)" + GAP + NUM + L"件"), 2,
             Needs{{U"规范性文件"}, {U"废止", U"失效"}, {U"件"}, numeral}},
            {Topic::licensing, re(L"行政许可(处理)?决定" + GAP + NUM + L"件"), 2, Needs{{U"行政许可"}, {U"件"}, numeral}},
            {Topic::penalty, re(L"行政处罚(处理)?决定" + GAP + NUM + L"件"), 2, Needs{{U"行政处罚"}, {U"件"}, numeral}},
            {Topic::coercion, re(L"行政强制(处理)?决定" + GAP + NUM + L"件"), 2, Needs{{U"行政强制"}, {U"件"}, numeral}},
            // "行政复议7件，诉讼9件，均获维持": every case of the blocks the sentence names was upheld.
            {Topic::all_upheld, re(L"(均|全部|都)(获|被|予|得到|已被)?(复议机关|法院|人民法院)?(予以)?维持"), 0,
             Needs{{U"维持"}, {U"复议", U"诉讼"}, {U"均", U"全部", U"都"}}},
            // "所有申请均已按要求办理完成", "全部办结": nothing is carried over to next year. Not
            // "均已按时答复" (an application received in late December is answered on time next year).
            {Topic::all_completed,
             re(L"(所有|全部)[^。；，,]{0,12}申请[^。；，,]{0,4}(均|都|全部)已?(按要求|按时|依法|按期)?(办理完成|办理完毕|办结)|"
                L"申请(均|都|全部)已?(按要求|按时|依法|按期)?(办理完成|办理完毕|办结)|(已|均已)全部(办理完成|办理完毕|办结)"),
             0, Needs{{U"申请"}, {U"办理完成", U"办理完毕", U"办结"}}},
        };
    }();
    return p;
}

bool contains(std::u32string_view text, std::u32string_view word) { return text.find(word) != std::u32string_view::npos; }

// Scope narrower than the report: a period inside the year, a part of the figures, one office.
bool narrow_scope(std::u32string_view s, std::string_view agency) {
    static constexpr std::u32string_view words[] = {U"季度", U"上半年", U"下半年", U"其中", U"分别", U"办公室",
                                                   U"政府办", U"分局", U"中心", U"大队", U"中队", U"所属",
                                                   U"下属", U"各乡镇", U"各部门"};
    // In the report of 上海市人民政府办公厅, "市政府办公厅…受理…859件" is the agency itself.
    const bool own_office = agency.find("办公厅") != std::string_view::npos ||
                            agency.find("办公室") != std::string_view::npos || agency.ends_with("办");
    for (auto w : words)
        if (contains(s, w) && !(own_office && (w == U"办公室" || w == U"政府办"))) return true;
    // A month: "3月", "十二月份" — but not a date ("3月5日").
    constexpr std::u32string_view month_digits = U"0123456789０１２３４５６７８９一二三四五六七八九十";
    for (std::size_t i = 1; i + 1 < s.size(); ++i)
        if (s[i] == U'月' && month_digits.find(s[i - 1]) != std::u32string_view::npos && s[i + 1] != U'日') return true;
    return false;
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

std::vector<Claim> claims(const Sentence& sentence, std::string_view agency) {
    std::vector<Claim> out;
    std::u32string compact;
    for (char32_t c : sentence.text)
        if (!is_space(c)) compact.push_back(c);
    // Whether the sentence holds a numeral at all: one pass, instead of one search per numeral in
    // every pattern that needs one.
    bool has_numeral = false;
    for (char32_t c : compact)
        has_numeral = has_numeral || std::any_of(numeral.begin(), numeral.end(), [&](auto n) { return n[0] == c; });
    auto relevant = [&](const Pattern& p) {
        // Searched in the UTF-32 string: std::wstring::find uses glibc's AVX2 wmemcmp, which
        // Valgrind reports as reading past the string.
        return std::all_of(p.needs.begin(), p.needs.end(), [&](const auto& any_of) {
            if (!any_of.empty() && any_of.front().data() == numeral.front().data()) return has_numeral;
            return std::any_of(any_of.begin(), any_of.end(), [&](auto word) { return contains(compact, word); });
        });
    };
    const auto& all = patterns();
    std::vector<char> wanted(all.size());
    bool any = false;
    for (std::size_t k = 0; k < all.size(); ++k) any = (wanted[k] = relevant(all[k])) || any;
    if (!any || narrow_scope(compact, agency)) return out;
    const std::wstring w = wide(compact);
    for (std::size_t k = 0; k < all.size(); ++k) {
        const Pattern& p = all[k];
        if (!wanted[k]) continue;
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
