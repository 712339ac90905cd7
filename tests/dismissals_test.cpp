// Dismissals (忽略): the text kept in the document, and check() honouring it — a dismissed
// finding leaves the list, is reported apart, and comes back when its figures change.
#include "nianbao/dismissals.hpp"
#include "nianbao/engine.hpp"
#include "support/builder.hpp"

#include <gtest/gtest.h>

namespace nianbao {
namespace {

using testing::set_cell;
using testing::valid_report;

// A report whose 表三「（七）总计」行 总计 is 5 where its parts add up to 0.
Report wrong_total(const std::string& total = "5") {
    Report r = valid_report();
    set_cell(r, TableId::requests, "3.7", "total", total);
    return r;
}

const Finding* of_rule_at(const std::vector<Finding>& fs, const std::string& rule,
                          const std::string& place) {
    for (const auto& f : fs)
        if (f.rule == rule && place_key(f.location) == place) return &f;
    return nullptr;
}

TEST(Dismissals, TextRoundTripKeepsEveryFieldIncludingAwkwardReasons) {
    std::vector<Dismissal> list = {
        {"table/row-total", "cell:requests/3.7/total", "0123456789abcdef",
         "经核实：\t原表如此\n另见说明 \\ 附件"},
        {"text/year-mismatch", "text:overview/0", "fedcba9876543210", ""},
    };
    const std::string text = format_dismissals(list);
    EXPECT_EQ(text.substr(0, 21), "nianbao-dismissals 1\n");
    ParsedDismissals back = parse_dismissals(text);
    EXPECT_TRUE(back.errors.empty());
    EXPECT_EQ(back.dismissals, list);
    EXPECT_EQ(format_dismissals({}), "");
    EXPECT_TRUE(parse_dismissals("").dismissals.empty());
}

TEST(Dismissals, BadTextSaysWhichLineAndKeepsTheGoodOnes) {
    ParsedDismissals p =
        parse_dismissals("nianbao-dismissals 1\nonly-two\tfields\n"
                         "table/row-total\tcell:requests/3.7/total\t0123456789abcdef\t理由\r\n");
    ASSERT_EQ(p.errors.size(), 1u);
    EXPECT_NE(p.errors[0].find("第 2 行"), std::string::npos) << p.errors[0];
    ASSERT_EQ(p.dismissals.size(), 1u);
    EXPECT_EQ(p.dismissals[0].reason, "理由");

    ParsedDismissals foreign = parse_dismissals("{\"rule\": \"x\"}\n");
    EXPECT_TRUE(foreign.dismissals.empty());
    ASSERT_EQ(foreign.errors.size(), 1u);
    EXPECT_NE(foreign.errors[0].find("nianbao-dismissals 1"), std::string::npos);
}

TEST(Dismissals, CheckLeavesOutADismissedFindingAndReportsItApart) {
    Report r = wrong_total();
    const auto before = check(r);
    const Finding* f = of_rule_at(before, "table/row-total", "cell:requests/3.7/total");
    ASSERT_NE(f, nullptr);
    r.dismissals.push_back(dismissal_for(*f, "原表如此"));

    const auto after = check(r);
    EXPECT_EQ(after.size(), before.size() - 1);
    EXPECT_EQ(of_rule_at(after, "table/row-total", "cell:requests/3.7/total"), nullptr);

    CheckOutcome outcome = check_outcome(r);
    EXPECT_EQ(outcome.findings.size(), after.size());
    ASSERT_EQ(outcome.dismissed.size(), 1u);
    EXPECT_EQ(outcome.dismissed[0].finding.rule, "table/row-total");
    EXPECT_EQ(outcome.dismissed[0].dismissal.reason, "原表如此");
}

TEST(Dismissals, AFindingWhoseFiguresChangeComesBack) {
    Report r = wrong_total("5");
    const auto findings_before = check(r);
    const Finding* f = of_rule_at(findings_before, "table/row-total", "cell:requests/3.7/total");
    ASSERT_NE(f, nullptr);
    const Dismissal accepted = dismissal_for(*f);

    Report changed = wrong_total("7"); // the same cell, other figures
    changed.dismissals.push_back(accepted);
    const auto findings = check(changed);
    EXPECT_NE(of_rule_at(findings, "table/row-total", "cell:requests/3.7/total"), nullptr);
    EXPECT_TRUE(check_outcome(changed).dismissed.empty());

    Report same = wrong_total("5"); // read again, unchanged: still accepted
    same.dismissals.push_back(accepted);
    EXPECT_EQ(of_rule_at(check(same), "table/row-total", "cell:requests/3.7/total"), nullptr);
}

TEST(Dismissals, AddUpdatesTheReasonAndRemoveRestores) {
    std::vector<Dismissal> list;
    add_dismissal(list, {"r", "document", "0000000000000001", "a"});
    add_dismissal(list, {"r", "document", "0000000000000001", "b"});
    add_dismissal(list, {"r", "document", "0000000000000002", ""});
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].reason, "b");
    EXPECT_TRUE(remove_dismissal(list, {"r", "document", "0000000000000001", ""}));
    EXPECT_FALSE(remove_dismissal(list, {"r", "document", "0000000000000001", ""}));
    EXPECT_EQ(list.size(), 1u);
}

TEST(Dismissals, PlaceKeysNameTheCellWithoutWriterNames) {
    Location cell;
    cell.kind = Location::Kind::cell;
    cell.table = "requests";
    cell.row = "3.7";
    cell.column = "natural";
    cell.source.cell_name = "B28";
    EXPECT_EQ(place_key(cell), "cell:requests/3.7/natural");
    EXPECT_EQ(place_key(Location::document()), "document");
}

} // namespace
} // namespace nianbao
