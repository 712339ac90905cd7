// text/figure-mismatch: a figure restated in prose differs from the table. Either reading that the
// tables support is accepted (收到 may mean row 一 or rows 一+二); scope-narrowed sentences are skipped.
#include <set>

#include "prose/claims.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

struct Reading {
    std::set<std::int64_t> accepted;     // every value the tables support
    std::string described;               // the table figures, in Chinese
    std::vector<Location> related;
};

std::optional<std::int64_t> whole(const Cell* c) {
    if (!c || !c->value.has_number() || !c->value.amount.is_integer()) return std::nullopt;
    return c->value.amount.micros / Amount::scale;
}

std::optional<Reading> reading(const Report& r, prose::Topic topic) {
    using prose::Topic;
    Reading out;
    auto cell = [&](TableId id, const char* row, const char* col) -> const Cell* {
        const Table* t = r.table(id);
        const Cell* c = t ? t->cell(row, col) : nullptr;
        if (c && c->present) out.related.push_back(Location::of_cell(*t, *c));
        return c && c->present ? c : nullptr;
    };
    switch (topic) {
    case Topic::requests_received: {
        auto a = whole(cell(TableId::requests, "1", "total"));
        auto b = whole(cell(TableId::requests, "2", "total"));
        if (!a) return std::nullopt;
        out.accepted = {*a};
        out.described = "表三本年新收 " + std::to_string(*a) + " 件";
        if (b && *b > 0) {
            out.accepted.insert(*a + *b);
            out.described += "（加上年结转为 " + std::to_string(*a + *b) + " 件）";
        }
        return out;
    }
    case Topic::review: {
        auto v = whole(cell(TableId::disputes, "cases", "review.total"));
        if (!v) return std::nullopt;
        out.accepted = {*v};
        out.described = "表四行政复议总计 " + std::to_string(*v) + " 件";
        return out;
    }
    case Topic::suit: {
        auto a = whole(cell(TableId::disputes, "cases", "direct_suit.total"));
        auto b = whole(cell(TableId::disputes, "cases", "suit_after_review.total"));
        if (!a || !b) return std::nullopt;
        out.accepted = {*a + *b, *a};
        out.described = "表四行政诉讼总计 " + std::to_string(*a + *b) + " 件";
        return out;
    }
    default: break;
    }
    const char* row = topic == Topic::licensing ? "licensing" : topic == Topic::penalty ? "penalty"
                    : topic == Topic::coercion  ? "coercion" : "normative_docs";
    const Table* t = r.table(TableId::disclosure);
    if (!t || t->format->version != FormatVersion::v2021) return std::nullopt;
    const char* col = topic == Topic::normative_in_force ? "in_force" : topic == Topic::normative_issued ? "issued"
                    : topic == Topic::normative_repealed ? "repealed" : "decisions";
    auto v = whole(cell(TableId::disclosure, row, col));
    if (!v) return std::nullopt;
    out.accepted = {*v};
    out.described = "表二「" + std::string(t->format->row(row)->label) + "」「" +
                    std::string(t->format->column(col)->label) + "」为 " + std::to_string(*v);
    return out;
}

void check(const Report& report, Sink& sink) {
    for (const auto& s : prose::sentences(report)) {
        for (const auto& c : prose::claims(s)) {
            if (c.topic == prose::Topic::no_requests) continue;  // text/no-requests-claim
            auto r = reading(report, c.topic);
            if (!r || r->accepted.count(c.value)) continue;
            // "received N" with an empty table is text/no-requests-claim's finding.
            if (c.topic == prose::Topic::requests_received && r->accepted == std::set<std::int64_t>{0}) continue;
            sink.report(Location::of_text(s.section, s.paragraph, s.start, s.end, s.source),
                        "正文“" + prose::excerpt(s) + "”中的 " + std::to_string(c.value) + " 与表格不符：" + r->described,
                        r->related);
        }
    }
}

const SimpleRule rule{{"text/figure-mismatch", Severity::warning, "正文中复述的数字（收到申请、行政复议、行政诉讼、规范性文件、行政许可、处罚、强制等）应与表格一致。"}, check};

} // namespace

const Rule& text_figure_mismatch() { return rule; }

} // namespace nianbao::rules
