// history/in-force: 现行有效 = last year's 现行有效 + 本年制发 − 本年废止 (规章, 行政规范性文件).
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    if (!report.previous) return;
    const Table* now = report.table(TableId::disclosure);
    const Table* before = report.previous->table(TableId::disclosure);
    if (!now || !before || now->format->version != FormatVersion::v2021 || before->format->version != FormatVersion::v2021)
        return;
    for (const char* row : {"regulations", "normative_docs"}) {
        const Cell* in_force = now->cell(row, "in_force");
        const Cell* issued = now->cell(row, "issued");
        const Cell* repealed = now->cell(row, "repealed");
        const Cell* last = before->cell(row, "in_force");
        if (!in_force || !issued || !repealed || !last) continue;
        auto plus = checked_add(last->value.amount, issued->value.amount);
        if (!in_force->value.has_number() || !issued->value.has_number() || !repealed->value.has_number() ||
            !last->value.has_number() || !plus)
            continue;
        auto expected = checked_sub(*plus, repealed->value.amount);
        if (!expected || *expected == in_force->value.amount) continue;
        sink.report(Location::of_cell(*now, *in_force),
                    "表二「" + std::string(now->format->row(row)->label) + "」现行有效件数为 " +
                        format_amount(in_force->value.amount) + "，按上年现行有效 " + format_amount(last->value.amount) +
                        " 加本年制发 " + format_amount(issued->value.amount) + " 减本年废止 " +
                        format_amount(repealed->value.amount) + " 应为 " + format_amount(*expected),
                    {Location::of_cell(*now, *issued), Location::of_cell(*now, *repealed)}, format_amount(*expected));
    }
}

const SimpleRule rule{{"history/in-force", Severity::warning, "现行有效件数应等于上年现行有效件数加本年制发减本年废止（规章、行政规范性文件）。"}, check};

} // namespace

const Rule& history_in_force() { return rule; }

} // namespace nianbao::rules
