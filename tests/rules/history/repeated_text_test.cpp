// history/repeated-text
#include <gtest/gtest.h>

#include "rules/history/support.hpp"

namespace nianbao::testing {

namespace {
const std::vector<std::string> last_year = {
    "2023年，我局深入贯彻落实政府信息公开条例，把政府信息公开作为一项重要任务，通过信息公开不断优化服务，接受公众监督。",
    "主动公开方面，我局主要通过县政府门户网站主动公开各类信息，做到应公开尽公开。",
    "依申请公开方面，规范登记，依法答复，确保申请全流程留痕、全过程可查。",
    "监督保障方面，加强业务学习，不断提升工作人员业务能力和水平，定期开展自查整改工作。"};
} // namespace

TEST(HistoryRepeatedText, Cases) {
    run_rule_cases("history/repeated-text", {
        {"new text", with_previous([](Report& p) { set_prose(p, "overview", last_year); }), {}},
        {"copied from last year (format.md §7)",
         with_previous([](Report& p) { set_prose(p, "overview", last_year); },
                       [](Report& r) { set_prose(r, "overview", last_year); }),
         {{"document", std::nullopt, {"有 100%（184/184 字）与上年报告相同"}}}},
    });
}

TEST(HistoryRepeatedText, NamesTheShareAndThePassage) {
    Report r = valid_report();
    auto previous = std::make_shared<Report>(valid_report());
    set_prose(*previous, "overview", last_year);
    auto copied = last_year;
    copied[0] = "2024年，全局上下围绕中心工作，认真谋划部署，坚持以公开促落实、促规范、促服务，取得了新的成效。";
    set_prose(r, "overview", copied);
    r.previous = previous;
    auto found = findings_of(r, "history/repeated-text");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].message.find("%"), std::string::npos);
    EXPECT_NE(found[0].message.find("主动公开方面"), std::string::npos) << found[0].message;
}

} // namespace nianbao::testing
