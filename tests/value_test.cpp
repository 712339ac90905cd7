// Value parsing: every form of format.md §5, and what must not be read as a number.
#include <gtest/gtest.h>

#include "nianbao/value.hpp"

namespace nianbao {
namespace {

struct NumberCase {
    const char* raw;
    std::int64_t micros;
    const char* note;
    const char* unit;
};

void PrintTo(const NumberCase& c, std::ostream* os) { *os << c.raw; }

class ParsesNumber : public ::testing::TestWithParam<NumberCase> {};

TEST_P(ParsesNumber, ReadsTheNumber) {
    const auto& c = GetParam();
    Value v = parse_value(c.raw);
    ASSERT_EQ(v.state, ValueState::number) << c.raw << ": " << v.problem;
    EXPECT_EQ(v.amount.micros, c.micros) << c.raw;
    EXPECT_EQ(v.note, c.note) << c.raw;
    EXPECT_EQ(v.unit, c.unit) << c.raw;
}

INSTANTIATE_TEST_SUITE_P(
    FormatSection5, ParsesNumber,
    ::testing::Values(NumberCase{"12", 12'000'000, "", ""}, NumberCase{"０", 0, "", ""},
                      NumberCase{"１２", 12'000'000, "", ""},                // full width
                      NumberCase{" 7 ", 7'000'000, "", ""},                  // spaces
                      NumberCase{"\u30007\u3000", 7'000'000, "", ""},        // ideographic spaces
                      NumberCase{"10,727", 10'727'000'000, "", ""},          // thousands separator
                      NumberCase{"1,234,567", 1'234'567'000'000, "", ""},
                      NumberCase{"10，727", 10'727'000'000, "", ""},         // full-width comma
                      NumberCase{"240794.55 元", 240'794'550'000, "", "元"}, // trailing unit
                      NumberCase{"24457.4", 24'457'400'000, "", ""},
                      NumberCase{"0.000001", 1, "", ""},                     // six decimals
                      NumberCase{"3件", 3'000'000, "", "件"},
                      NumberCase{"1.5万元", 1'500'000, "", "万元"},
                      NumberCase{"22（其中修订16件）", 22'000'000, "其中修订16件", ""}, // note
                      NumberCase{"22(其中修订16件)", 22'000'000, "其中修订16件", ""},
                      NumberCase{"七", 7'000'000, "", ""},                   // Chinese numerals
                      NumberCase{"十二", 12'000'000, "", ""},
                      NumberCase{"-3", -3'000'000, "", ""},                  // negative: a rule says so
                      NumberCase{"－3", -3'000'000, "", ""}));

struct StateCase {
    const char* raw;
    ValueState state;
};

void PrintTo(const StateCase& c, std::ostream* os) { *os << c.raw; }

class ParsesState : public ::testing::TestWithParam<StateCase> {};

TEST_P(ParsesState, KeepsTheDifference) {
    EXPECT_EQ(parse_value(GetParam().raw).state, GetParam().state) << GetParam().raw;
}

INSTANTIATE_TEST_SUITE_P(
    BlankZeroSlashDashNone, ParsesState,
    ::testing::Values(StateCase{"", ValueState::blank}, StateCase{"   ", ValueState::blank},
                      StateCase{"0", ValueState::number}, StateCase{"/", ValueState::slash},
                      StateCase{"／", ValueState::slash}, StateCase{"—", ValueState::dash},
                      StateCase{"——", ValueState::dash}, StateCase{"-", ValueState::dash},
                      StateCase{"－", ValueState::dash}, StateCase{"无", ValueState::none_word},
                      StateCase{"不适用", ValueState::not_applicable}, StateCase{"abc", ValueState::text},
                      StateCase{"约5", ValueState::text}, StateCase{"5%", ValueState::text},
                      StateCase{"1,23", ValueState::text}, StateCase{"1,0", ValueState::text},
                      StateCase{"12,3456", ValueState::text}, StateCase{"1.2.3", ValueState::text},
                      StateCase{"（其中修订）", ValueState::text}));

// looks_like_value() rejects most labels by their first character; it must still agree with a
// full parse on every form a value can start with, and on labels that start like values.
TEST(LooksLikeValue, AgreesWithTheFullParse) {
    for (const char* raw : {"12", "０", " 7 ", "\u30007", ".5", "．５", "+3", "＋５", "-3", "－3", "—", "―", "/",
                            "／", "\\", "无", "不适用", "不涉及", "不详", "七", "两", "万", "〇", "十二", "零", "",
                            "（三）不予公开", "(七)总计", "1.自然人", "一、本年新收", "一.本年", "总计", "abc",
                            "ａｂ", "5%", "约5", "（其中修订）", "3件", "22（其中修订16件）",
                            "\xC2\xA0\xC2"}) {
        const Value v = parse_value(raw);
        EXPECT_EQ(looks_like_value(raw), v.state != ValueState::blank && v.state != ValueState::text) << raw;
    }
}

TEST(ParseValue, RefusesNumbersTooLargeToAddUp) {
    Value v = parse_value("123456789012345678901234567890");
    EXPECT_EQ(v.state, ValueState::text);
    EXPECT_NE(v.problem.find("数值过大"), std::string::npos);
    EXPECT_EQ(parse_value("99999999999").state, ValueState::number);  // 11 digits still fine
}

TEST(ParseValue, OverflowIsDetectedWhenAdding) {
    EXPECT_FALSE(checked_add(Amount{INT64_MAX}, Amount{1}).has_value());
    EXPECT_EQ(checked_add(Amount::whole(2), Amount::whole(3))->micros, 5'000'000);
}

TEST(FormatAmount, UsesAsFewDecimalsAsNeeded) {
    EXPECT_EQ(format_amount(Amount::whole(70)), "70");
    EXPECT_EQ(format_amount(Amount{500'000}), "0.5");
    EXPECT_EQ(format_amount(Amount{-3'000'000}), "-3");
    EXPECT_EQ(format_amount(Amount{24'457'400'000}), "24457.4");
    EXPECT_EQ(format_amount(Amount{1}), "0.000001");
}

TEST(ChineseNumeral, ReadsCommonForms) {
    EXPECT_EQ(parse_chinese_numeral(U"七"), 7);
    EXPECT_EQ(parse_chinese_numeral(U"十"), 10);
    EXPECT_EQ(parse_chinese_numeral(U"十二"), 12);
    EXPECT_EQ(parse_chinese_numeral(U"二十"), 20);
    EXPECT_EQ(parse_chinese_numeral(U"一百零五"), 105);
    EXPECT_EQ(parse_chinese_numeral(U"两千三百"), 2300);
    EXPECT_EQ(parse_chinese_numeral(U"三万五千"), 35000);
    EXPECT_FALSE(parse_chinese_numeral(U"七件").has_value());
    EXPECT_FALSE(parse_chinese_numeral(U"").has_value());
}

} // namespace
} // namespace nianbao
