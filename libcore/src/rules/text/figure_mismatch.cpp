// text/figure-mismatch: a figure restated in prose differs from the table. Either reading that the
// tables support is accepted (收到 may mean row 一 or rows 一+二); scope-narrowed sentences are skipped.
// A total left blank while its parts are filled is read as the sum of the parts, and the message says so.
#include <algorithm>
#include <set>

#include "prose/statements.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

struct Reading {
    std::set<std::int64_t> accepted;     // every value the tables support
    std::string described;               // the table figures, in Chinese
    std::vector<Location> related;
    bool from_parts = false;             // a blank total was read as the sum of its parts
};

std::optional<std::int64_t> whole(const Amount& a) {
    if (!a.is_integer()) return std::nullopt;
    return a.micros / Amount::scale;
}

// A total cell's figure: its number, or — when it is blank — the sum of the filled parts of the
// identity that defines it (the six applicant columns of a table-3 row, the four results of a
// table-4 group). Parts left blank add nothing; a part that is not a number makes it unknown.
std::optional<std::int64_t> total_figure(const Table& t, const Cell* total, Reading& out) {
    if (!total || !total->present) return std::nullopt;
    out.related.push_back(Location::of_cell(t, *total));
    if (total->value.has_number()) return whole(total->value.amount);
    if (total->value.state != ValueState::blank) return std::nullopt;
    for (const auto& inst : identity_instances(t)) {
        if (inst.target != total || inst.decl->over != IdentityDecl::Over::each_row) continue;
        const bool left = std::find(inst.lhs.begin(), inst.lhs.end(), total) != inst.lhs.end();
        Amount sum{};
        bool any = false;
        for (const Cell* part : left ? inst.rhs : inst.lhs) {
            if (part->value.state == ValueState::blank) continue;
            if (!part->value.has_number()) return std::nullopt;
            auto next = checked_add(sum, part->value.amount);
            if (!next) return std::nullopt;
            sum = *next;
            any = true;
            out.related.push_back(Location::of_cell(t, *part));
        }
        if (!any) return std::nullopt;
        out.from_parts = true;
        return whole(sum);
    }
    return std::nullopt;
}

// The figure of a result group of table 3 (（三）…（六）): the sum of its rows' figures. A row left
// wholly blank adds nothing when another row of the group has a figure (blank is not 0, but the
// table then says no more than its filled rows; table/blank-cell reports the blanks).
std::optional<std::int64_t> group_figure(const Table& t, std::string_view group, Reading& out) {
    if (!t.format) return std::nullopt;
    std::vector<std::string_view> rows;
    for (const auto& r : t.format->rows)
        if (r.group == group) rows.push_back(r.key);
    if (rows.empty() && t.format->row(group)) rows.push_back(group);  // 2019: （六） is one row
    std::int64_t sum = 0;
    bool any = false;
    for (auto row : rows) {
        const Cell* total = t.cell(row, "total");
        if (!total || !total->present) return std::nullopt;
        bool blank_row = true;
        for (const Cell& c : t.row_cells(row)) blank_row = blank_row && c.value.state == ValueState::blank;
        if (blank_row) continue;
        auto v = total_figure(t, total, out);
        if (!v) return std::nullopt;
        sum += *v;
        any = true;
    }
    if (!any) return std::nullopt;
    return sum;
}

std::optional<Reading> reading(const Report& r, prose::Topic topic) {
    using prose::Topic;
    Reading out;
    auto total = [&](TableId id, const char* row, const char* col) -> std::optional<std::int64_t> {
        const Table* t = r.table(id);
        return t ? total_figure(*t, t->cell(row, col), out) : std::nullopt;
    };
    switch (topic) {
    case Topic::requests_received: {
        auto a = total(TableId::requests, "1", "total");
        auto b = total(TableId::requests, "2", "total");
        if (!a) return std::nullopt;
        out.accepted = {*a};
        out.described = "表三本年新收 " + std::to_string(*a) + " 件";
        if (b && *b > 0) {
            out.accepted.insert(*a + *b);
            out.described += "（加上年结转为 " + std::to_string(*a + *b) + " 件）";
        }
        return out;
    }
    case Topic::granted: {
        auto v = total(TableId::requests, "3.1", "total");
        if (!v) return std::nullopt;
        out.accepted = {*v};
        out.described = "表三「（一）予以公开」为 " + std::to_string(*v) + " 件";
        return out;
    }
    case Topic::granted_or_partly: {
        auto a = total(TableId::requests, "3.1", "total");
        auto b = total(TableId::requests, "3.2", "total");
        if (!a || !b) return std::nullopt;
        out.accepted = {*a + *b};
        out.described = "表三「（一）予以公开」" + std::to_string(*a) + " 件加「（二）部分公开」" + std::to_string(*b) +
                        " 件为 " + std::to_string(*a + *b) + " 件";
        return out;
    }
    case Topic::refused:
    case Topic::unable:
    case Topic::not_processed:
    case Topic::other_handling: {
        const Table* t = r.table(TableId::requests);
        const char* group = topic == Topic::refused ? "3.3" : topic == Topic::unable ? "3.4"
                          : topic == Topic::not_processed ? "3.5" : "3.6";
        auto v = t ? group_figure(*t, group, out) : std::nullopt;
        if (!v) return std::nullopt;
        out.accepted = {*v};
        const GroupDecl* g = t->format->group(group);  // none for the 2019 format's single （六） row
        out.described = "表三「" + (g ? std::string(g->label) : row_label(*t, group)) + "」" +
                        (g ? "各项合计 " : "为 ") + std::to_string(*v) + " 件";
        return out;
    }
    case Topic::review: {
        auto v = total(TableId::disputes, "cases", "review.total");
        if (!v) return std::nullopt;
        out.accepted = {*v};
        out.described = "表四行政复议总计 " + std::to_string(*v) + " 件";
        return out;
    }
    case Topic::suit: {
        auto a = total(TableId::disputes, "cases", "direct_suit.total");
        auto b = total(TableId::disputes, "cases", "suit_after_review.total");
        if (!a || !b) return std::nullopt;
        out.accepted = {*a + *b, *a};
        out.described = "表四行政诉讼总计 " + std::to_string(*a + *b) + " 件";
        return out;
    }
    case Topic::all_upheld:     // text/all-upheld-claim
    case Topic::all_completed:  // text/all-completed-claim
        return std::nullopt;
    default: break;
    }
    const char* row = topic == Topic::licensing ? "licensing" : topic == Topic::penalty ? "penalty"
                    : topic == Topic::coercion  ? "coercion" : "normative_docs";
    const Table* t = r.table(TableId::disclosure);
    if (!t || t->format->version != FormatVersion::v2021) return std::nullopt;
    const char* col = topic == Topic::normative_in_force ? "in_force" : topic == Topic::normative_issued ? "issued"
                    : topic == Topic::normative_repealed ? "repealed" : "decisions";
    const Cell* c = t->cell(row, col);
    if (!c || !c->present || !c->value.has_number()) return std::nullopt;
    auto v = whole(c->value.amount);
    if (!v) return std::nullopt;
    out.related.push_back(Location::of_cell(*t, *c));
    out.accepted = {*v};
    out.described = "表二「" + std::string(t->format->row(row)->label) + "」「" +
                    std::string(t->format->column(col)->label) + "」为 " + std::to_string(*v);
    return out;
}

void check(const Report& report, Sink& sink) {
    for (const auto& [s, claims] : *prose::statements(report)) {
        for (const auto& c : claims) {
            if (c.topic == prose::Topic::no_requests) continue;  // text/no-requests-claim
            auto r = reading(report, c.topic);
            if (!r || r->accepted.count(c.value)) continue;
            // "received N" with an empty table is text/no-requests-claim's finding.
            if (c.topic == prose::Topic::requests_received && r->accepted == std::set<std::int64_t>{0}) continue;
            sink.report(Location::of_text(s.section, s.paragraph, s.start, s.end, s.source),
                        "正文“" + prose::excerpt(s) + "”中的 " + std::to_string(c.value) + " 与表格不符：" + r->described +
                            (r->from_parts ? "（表中总计栏空白，按已填各栏之和计）" : ""),
                        r->related);
        }
    }
}

const SimpleRule rule{{"text/figure-mismatch", Severity::warning, "正文中复述的数字（收到申请、各类办理结果、行政复议、行政诉讼、规范性文件、行政许可、处罚、强制等）应与表格一致。"}, check};

} // namespace

const Rule& text_figure_mismatch() { return rule; }

} // namespace nianbao::rules
