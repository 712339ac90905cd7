// text/all-upheld-claim: prose says every 行政复议 / 行政诉讼 case was upheld ("均获维持") while
// table 4 has cases of those blocks corrected, otherwise decided or still pending.
#include "prose/statements.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

struct Block {
    const char* key;  // column prefix in table 4
    const char* name; // as the message says it
};

constexpr Block review{"review", "行政复议"};
constexpr Block direct_suit{"direct_suit", "未经复议直接起诉"};
constexpr Block after_review{"suit_after_review", "复议后起诉"};

// The cases of one block that were not upheld, in words ("尚未审结 2 件（维持 5 件，总计 7 件）"),
// or nothing when the table shows none. Blank cells count as nothing (table/blank-cell says so).
std::string not_upheld(const Table& t, const Block& b, std::vector<Location>& related,
                       bool decided_only = false) {
    auto figure = [&](const char* col) -> std::optional<std::int64_t> {
        const Cell* c = t.cell("cases", std::string(b.key) + "." + col);
        if (!c || !c->present || !c->value.has_number() || !c->value.amount.is_integer())
            return std::nullopt;
        return c->value.amount.micros / Amount::scale;
    };
    auto cell = [&](const char* col) { return t.cell("cases", std::string(b.key) + "." + col); };
    static constexpr std::pair<const char*, const char*> others[] = {
        {"corrected", "结果纠正"}, {"other", "其他结果"}, {"pending", "尚未审结"}};
    std::string parts;
    for (const auto& [col, word] : others) {
        if (decided_only && std::string_view(col) == "pending") continue;
        auto v = figure(col);
        if (!v || *v <= 0) continue;
        parts += (parts.empty() ? "" : "、") + std::string(word) + " " + std::to_string(*v) + " 件";
        related.push_back(Location::of_cell(t, *cell(col)));
    }
    const auto upheld = figure("upheld"), total = figure("total");
    if (parts.empty()) {
        // Nothing else filled in, but the total says more cases than were upheld.
        if (decided_only || !upheld || !total || *total <= *upheld) return {};
        related.push_back(Location::of_cell(t, *cell("total")));
        related.push_back(Location::of_cell(t, *cell("upheld")));
        return std::string(b.name) + "总计 " + std::to_string(*total) + " 件，维持仅 " +
               std::to_string(*upheld) + " 件";
    }
    std::string tail;
    if (upheld) tail += "维持 " + std::to_string(*upheld) + " 件";
    if (total)
        tail += (tail.empty() ? "" : "，") + std::string("总计 ") + std::to_string(*total) + " 件";
    return std::string(b.name) + parts + (tail.empty() ? "" : "（" + tail + "）");
}

void check(const Report& report, Sink& sink) {
    const Table* t = report.table(TableId::disputes);
    if (!t) return;
    // Most reports have no case that was not upheld: then no sentence needs reading.
    {
        std::vector<Location> ignored;
        if (not_upheld(*t, review, ignored).empty() &&
            not_upheld(*t, direct_suit, ignored).empty() &&
            not_upheld(*t, after_review, ignored).empty())
            return;
    }
    for (const auto& [s, claims] : *prose::statements(report)) {
        for (const auto& c : claims) {
            if (c.topic != prose::Topic::all_upheld) continue;
            // The blocks the sentence speaks of: 复议 names the review block, 诉讼 both suit
            // blocks.
            std::vector<const Block*> blocks;
            if (s.text.find(U"复议") != std::u32string::npos) blocks.push_back(&review);
            if (s.text.find(U"诉讼") != std::u32string::npos) {
                blocks.push_back(&direct_suit);
                blocks.push_back(&after_review);
            }
            // "已审结的均获维持" speaks of decided cases only (and "尚未审结" is not "已审结"):
            // pending ones do not contradict it.
            const bool decided_only = s.text.find(U"已审结") != std::u32string::npos;
            std::vector<Location> related;
            std::string found;
            for (const Block* b : blocks) {
                std::string part = not_upheld(*t, *b, related, decided_only);
                if (!part.empty()) found += (found.empty() ? "" : "；") + part;
            }
            if (found.empty()) continue;
            sink.report(Location::of_text(s.section, s.paragraph, s.start, s.end, s.source),
                        "正文称“" + prose::excerpt(s) + "”，但表四" + found + "，并非全部维持",
                        related);
            break;
        }
    }
}

const SimpleRule rule{
    {"text/all-upheld-claim", Severity::warning,
     "正文称行政复议、行政诉讼均获维持时，表四相应各栏不应有纠正、其他结果或尚未审结的案件。"},
    check};

} // namespace

const Rule& text_all_upheld_claim() {
    return rule;
}

} // namespace nianbao::rules
