// text/all-completed-claim: prose says every application was dealt with ("所有申请均已办理完成",
// "全部办结") while table 3 carries applications over to next year (row 四 above 0).
#include "prose/statements.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <algorithm>

namespace nianbao::rules {
namespace {

// Row 四's figure: its 总计, or — left blank — the sum of its filled columns (said in the message).
std::optional<std::int64_t> carried_over(const Table& t, std::vector<Location>& related,
                                         bool& from_parts) {
    const Cell* total = t.cell("4", "total");
    if (!total || !total->present) return std::nullopt;
    auto whole = [](const Cell& c) -> std::optional<std::int64_t> {
        if (!c.value.has_number() || !c.value.amount.is_integer()) return std::nullopt;
        return c.value.amount.micros / Amount::scale;
    };
    related.push_back(Location::of_cell(t, *total));
    if (total->value.state != ValueState::blank) return whole(*total);
    std::int64_t sum = 0;
    bool any = false;
    for (const Cell& c : t.row_cells("4")) {
        if (&c == total || c.value.state == ValueState::blank) continue;
        auto v = whole(c);
        if (!v) return std::nullopt;
        sum += *v;
        any = true;
        if (*v != 0) related.push_back(Location::of_cell(t, c));
    }
    from_parts = true;
    return any ? std::optional<std::int64_t>(sum) : std::nullopt;
}

void check(const Report& report, Sink& sink) {
    const Table* t = report.table(TableId::requests);
    if (!t) return;
    std::vector<Location> related;
    bool from_parts = false;
    const auto carried = carried_over(*t, related, from_parts);
    if (!carried || *carried <= 0) return;
    // A sentence that speaks of next year's carry-over itself, or says last year's carried-over
    // applications were all dealt with, does not claim that nothing is carried over.
    static constexpr std::u32string_view other_claims[] = {U"下年度", U"下一年度", U"转下", U"次年",
                                                           U"结转的"};
    for (const auto& [s, claims] : *prose::statements(report)) {
        if (std::any_of(std::begin(other_claims), std::end(other_claims),
                        [&](auto w) { return s.text.find(w) != std::u32string::npos; }))
            continue;
        for (const auto& c : claims) {
            if (c.topic != prose::Topic::all_completed) continue;
            sink.report(Location::of_text(s.section, s.paragraph, s.start, s.end, s.source),
                        "正文称“" + prose::excerpt(s) + "”，但表三「四、结转下年度继续办理」为 " +
                            std::to_string(*carried) + " 件" +
                            (from_parts ? "（表中总计栏空白，按已填各栏之和计）" : "") +
                            "，并非全部办结",
                        related);
            break;
        }
    }
}

const SimpleRule rule{{"text/all-completed-claim", Severity::warning,
                       "正文称所有申请均已办结时，表三「四、结转下年度继续办理」应为 0。"},
                      check};

} // namespace

const Rule& text_all_completed_claim() {
    return rule;
}

} // namespace nianbao::rules
