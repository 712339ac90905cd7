// Label normalisation and similarity.
#include <gtest/gtest.h>

#include "nianbao/text.hpp"

namespace nianbao {
namespace {

TEST(NormalizeLabel, RemovesSpacesQuotesAndUnifiesBrackets) {
    EXPECT_EQ(normalize_label("结 果 维 持"), U"结果维持");
    EXPECT_EQ(normalize_label("（三） 不 予 公 开"), U"(三)不予公开");
    EXPECT_EQ(normalize_label("(三)不予公开"), U"(三)不予公开");
    EXPECT_EQ(normalize_label("3.危及“三安全一稳定”"), U"3.危及三安全一稳定");
    EXPECT_EQ(normalize_label("<b>第二十条第（六）项</b>"), U"第二十条第(六)项");
    EXPECT_EQ(normalize_label("一、本年新收"), U"一.本年新收");
    EXPECT_EQ(normalize_label("a < b"), U"a<b");  // a lone '<' is text
}

TEST(StripOrdinal, RemovesEveryNumberingStyle) {
    EXPECT_EQ(strip_ordinal(U"一.本年新收"), U"本年新收");
    EXPECT_EQ(strip_ordinal(U"(三)不予公开"), U"不予公开");
    EXPECT_EQ(strip_ordinal(U"1.属于国家秘密"), U"属于国家秘密");
    EXPECT_EQ(strip_ordinal(U"12.x"), U"x");
    EXPECT_EQ(strip_ordinal(U"规章"), U"规章");
    EXPECT_EQ(leading_arabic_ordinal(U"3.其他"), 3);
    EXPECT_EQ(leading_arabic_ordinal(U"其他"), 0);
}

TEST(Similarity, ToleratesATypo) {
    EXPECT_GT(similarity(U"其他法律行政止公开", U"其他法律行政法规禁止公开"), 0.8);
    EXPECT_LT(similarity(U"属于国家秘密", U"重复申请"), 0.3);
    EXPECT_DOUBLE_EQ(similarity(U"", U""), 1.0);
}

TEST(Utf8, RoundTripsAndCounts) {
    std::string s = "年报 ２０２４";
    EXPECT_EQ(to_utf8(to_u32(s)), s);
    EXPECT_EQ(count_chars(s), 7u);
    EXPECT_EQ(trim("\u3000 报告 \t"), "报告");
    EXPECT_EQ(to_u32("\xff").front(), U'\uFFFD');  // invalid bytes do not crash
}

// Found by fuzz_value: C2 E0 was decoded as U+00A0 (a space) because the second byte was not
// checked to be a continuation byte; "\xC2\xE0" then read as the value "—".
TEST(Utf8, ALeadByteWithoutItsContinuationIsInvalid) {
    EXPECT_EQ(to_u32("\xC2\xE0"), U"\uFFFD\uFFFD");
    EXPECT_EQ(to_u32("\xE5\xB9"), U"\uFFFD\uFFFD");          // cut off
    EXPECT_EQ(to_u32("\xE5\x41\xB9"), U"\uFFFDA\uFFFD");    // ASCII inside a sequence
    EXPECT_EQ(to_u32("\xF0\x9F\x98\x80年"), U"\U0001F600年");  // four bytes, then three
}

// Found by fuzz_value next: "C0 A0" is an overlong space; decoded as ' ' it vanished inside a
// number ("\f…C0 A0…2…4" read as 24) while the byte-level trim kept it.
TEST(Utf8, OverlongFormsAndSurrogatesAreInvalid) {
    EXPECT_EQ(to_u32("\xC0\xA0"), U"\uFFFD\uFFFD");
    EXPECT_EQ(to_u32("\xE0\x80\xAF"), U"\uFFFD\uFFFD\uFFFD");      // overlong '/'
    EXPECT_EQ(to_u32("\xED\xA0\x80"), U"\uFFFD\uFFFD\uFFFD");      // a surrogate
    EXPECT_EQ(to_u32("\xF4\x90\x80\x80"), U"\uFFFD\uFFFD\uFFFD\uFFFD");  // past U+10FFFF
    EXPECT_EQ(to_u32("\xC2\xA0\xE3\x80\x80"), U"\u00A0\u3000");  // the shortest forms stay
}

} // namespace
} // namespace nianbao
