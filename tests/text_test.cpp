// Label normalisation and similarity.
#include <gtest/gtest.h>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "nianbao/text.hpp"
#include "nianbao/value.hpp"

namespace nianbao {
namespace {

// The compiled-in fold table is ICU's NFKC, code point by code point, for the ICU the tests link
// (regenerate with tests/tools/gen_fold_table.cpp when it changes).
TEST(CompatFold, IsIcuNfkc) {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
    ASSERT_TRUE(U_SUCCESS(err));
    int differences = 0;
    for (UChar32 c = 0; c <= 0x10FFFF && differences < 10; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        icu::UnicodeString in(c), out;
        nfkc->normalize(in, out, err);
        std::u32string want;
        for (int32_t i = 0; i < out.length(); i = out.moveIndex32(i, 1)) want.push_back(char32_t(out.char32At(i)));
        const std::u32string got = fold_compat(std::u32string(1, char32_t(c)));
        if (got != want) {
            ++differences;
            ADD_FAILURE() << "U+" << std::hex << c << ": the table differs from ICU's NFKC";
        }
    }
}

// What the hand-made table of full-width ASCII folded, NFKC folds the same way.
TEST(CompatFold, FoldsFullWidthAsBefore) {
    EXPECT_EQ(fold_compat(U"（１２）：ＡＢｃ"), U"(12):ABc");
    EXPECT_EQ(fold_char(U'\u3000'), U' ');
    EXPECT_EQ(fold_char(U'行'), U'行');
}

// Forms the hand-made table missed: pdftotext of Chinese PDFs prints Kangxi radicals and CJK
// compatibility ideographs for common characters; enclosed numbers serve as ordinals.
TEST(NormalizeLabel, FoldsCompatibilityFormsTheOldTableMissed) {
    EXPECT_EQ(normalize_label("\u2F8F政复议"), U"行政复议");                        // ⾏ KANGXI RADICAL WALK
    EXPECT_EQ(normalize_label("\u2F00、总体情况"), U"一.总体情况");                  // ⼀ KANGXI RADICAL ONE
    EXPECT_EQ(normalize_label("\u3220予以公开"), U"(一)予以公开");                   // ㈠
    EXPECT_EQ(normalize_label("\u2488属于国家秘密"), U"1.属于国家秘密");             // ⒈
    EXPECT_EQ(normalize_label("\u2474不予公开"), U"(1)不予公开");                    // ⑴
    EXPECT_EQ(normalize_label("\uFE59三\uFE5A不予公开"), U"(三)不予公开");           // small brackets
    EXPECT_EQ(parse_value("\U0001D7CF\U0001D7D0").amount, Amount::whole(12));       // mathematical bold digits
}

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
