// text/no-requests-claim: prose says no application was received while table 3 row 1 is above
// 0, or says applications were received while rows 1 and 2 are 0.
#include "prose/statements.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    const Table* t = report.table(TableId::requests);
    if (!t) return;
    const Cell* received = t->cell("1", "total");
    const Cell* carried = t->cell("2", "total");
    if (!received || !received->value.has_number()) return;
    const Amount zero{};
    for (const auto& [s, claims] : *prose::statements(report)) {
        for (const auto& c : claims) {
            Location where = Location::of_text(s.section, s.paragraph, s.start, s.end, s.source);
            if (c.topic == prose::Topic::no_requests && received->value.amount > zero) {
                sink.report(where, "正文称“" + prose::excerpt(s) + "”，但表三「一、本年新收政府信息公开申请数量」总计为 " +
                                       format_amount(received->value.amount) + " 件",
                            {Location::of_cell(*t, *received)});
            } else if (c.topic == prose::Topic::requests_received && c.value > 0 && received->value.amount == zero &&
                       carried && carried->value.has_number() && carried->value.amount == zero) {
                sink.report(where, "正文称收到申请 " + std::to_string(c.value) + " 件（“" + prose::excerpt(s) +
                                       "”），但表三本年新收和上年结转均为 0",
                            {Location::of_cell(*t, *received), Location::of_cell(*t, *carried)});
            }
        }
    }
}

const SimpleRule rule{{"text/no-requests-claim", Severity::error, "正文关于是否收到政府信息公开申请的说法应与表三一致。"}, check};

} // namespace

const Rule& text_no_requests_claim() { return rule; }

} // namespace nianbao::rules
