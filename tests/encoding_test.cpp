// Encodings: UTF-8 with and without BOM, UTF-16 LE/BE, GB18030, and refusal of binary data.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <fstream>
#include <iterator>

#include "nianbao/encoding.hpp"

namespace nianbao {
namespace {

std::string convert_to(const char* encoding, const std::string& utf8) {
    UErrorCode err = U_ZERO_ERROR;
    std::string out(utf8.size() * 4 + 16, '\0');
    int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), int32_t(out.size()), utf8.data(), int32_t(utf8.size()), &err);
    EXPECT_TRUE(U_SUCCESS(err));
    out.resize(std::size_t(n));
    return out;
}

std::string testing_read_docx() {
    std::ifstream in(std::string(NIANBAO_TEST_DATA) + "/real/blank-template-2021.docx", std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

const std::string sample = "泽州县住建局2023年政府信息公开工作年度报告\n一、总体情况\n";

TEST(DecodeText, Utf8WithAndWithoutBom) {
    EXPECT_EQ(decode_text(sample).text, sample);
    Decoded d = decode_text("\xEF\xBB\xBF" + sample);
    EXPECT_EQ(d.text, sample);
    EXPECT_EQ(d.encoding, "UTF-8");
}

TEST(DecodeText, Gb18030) {
    Decoded d = decode_text(convert_to("GB18030", sample));
    EXPECT_EQ(d.encoding, "GB18030");
    EXPECT_EQ(d.text, sample);
}

// Characters outside GBK (four-byte GB18030) and the euro sign: the decoder (glibc's iconv)
// must agree with ICU, which made the input.
TEST(DecodeText, Gb18030FourByteSequences) {
    const std::string rare = "€ 𠀀 㐀 䶵 龥 ——" + sample;
    Decoded d = decode_text(convert_to("GB18030", rare));
    EXPECT_EQ(d.encoding, "GB18030");
    EXPECT_EQ(d.text, rare);
}

TEST(DecodeText, InvalidOrTruncatedGb18030IsRefused) {
    const std::string gb = convert_to("GB18030", sample);
    for (const std::string& bad : {gb + "\x81\x20", gb + "\x81", gb + "\x81\x30\x81"}) {
        Decoded d = decode_text(bad);
        EXPECT_TRUE(d.text.empty());
        EXPECT_NE(d.error.find("无法识别文件编码"), std::string::npos) << d.error;
    }
}

TEST(DecodeText, Utf16WithBomAndAnUnpairedSurrogateIsRefused) {
    std::string le = "\xFF\xFE" + convert_to("UTF-16LE", sample) + std::string("\x00\xD8\x41\x00", 4);
    Decoded d = decode_text(le);
    EXPECT_TRUE(d.text.empty());
    EXPECT_NE(d.error.find("无法按 UTF-16 解码"), std::string::npos) << d.error;
}

TEST(DecodeText, Utf16WithBom) {
    Decoded le = decode_text("\xFF\xFE" + convert_to("UTF-16LE", sample));
    EXPECT_EQ(le.encoding, "UTF-16LE");
    EXPECT_EQ(le.text, sample);
    Decoded be = decode_text("\xFE\xFF" + convert_to("UTF-16BE", sample));
    EXPECT_EQ(be.text, sample);
}

TEST(DecodeText, Utf16WithoutBomIsDetected) {
    std::string ascii_heavy = "Report 2023\n" + sample + "1\t2\t3\n0\t0\t0\n";
    Decoded d = decode_text(convert_to("UTF-16LE", ascii_heavy));
    EXPECT_EQ(d.encoding, "UTF-16LE");
    EXPECT_EQ(d.text, ascii_heavy);
}

TEST(DecodeText, OfficeDocumentsAndPdfsAreNamed) {
    std::string docx = testing_read_docx();
    EXPECT_NE(decode_text(docx).error.find("Word/WPS/Writer 文档"), std::string::npos);
    EXPECT_NE(decode_text("%PDF-1.7\n...").error.find("pdftotext"), std::string::npos);
}

TEST(DecodeText, EmptyAndBinaryInputGetAChineseReason) {
    EXPECT_EQ(decode_text("").error, "文件为空");
    std::string binary = "\x89PNG\r\n\x1a\n";
    for (int i = 0; i < 500; ++i) binary += char(i % 32);
    Decoded d = decode_text(binary);
    EXPECT_TRUE(d.text.empty());
    EXPECT_FALSE(d.error.empty());
}

} // namespace
} // namespace nianbao
