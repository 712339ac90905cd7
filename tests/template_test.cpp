// The template generator: options, file names, and that its tables come from the declarations.
#include <gtest/gtest.h>
#include <zip.h>

#include "nianbao/format.hpp"
#include "nianbao/template.hpp"

namespace nianbao {
namespace {

TEST(Template, RefusesWhatCannotBeA2021Report) {
    EXPECT_TRUE(validate_template_options({"某局", 2025, AgencyKind::department}).empty());
    EXPECT_NE(validate_template_options({"某局", 2020, AgencyKind::department}).find("2019 年试行格式"), std::string::npos);
    EXPECT_NE(validate_template_options({"   ", 2025, AgencyKind::department}).find("机关名称为空"), std::string::npos);
    EXPECT_NE(validate_template_options({"某\x01局", 2025, AgencyKind::department}).find("控制字符"), std::string::npos);
}

TEST(Template, FontListsNameTheFreeFontFirstForLibreOfficeAndTheOfficialFontFirstForWord) {
    const TemplateOptions o{"某局", 2025, AgencyKind::department};
    const std::string ours = render_template_fodt(o);
    EXPECT_NE(ours.find("svg:font-family=\"'Noto Serif CJK SC', 仿宋_GB2312, 仿宋, FangSong\""), std::string::npos);
    EXPECT_NE(ours.find("svg:font-family=\"'AR PL UKai CN', 楷体_GB2312, 楷体, KaiTi\""), std::string::npos);
    const std::string word = render_template_fodt(o, TemplateFonts::word);
    EXPECT_NE(word.find("svg:font-family=\"仿宋_GB2312, 仿宋, FangSong, 'Noto Serif CJK SC'\""), std::string::npos);
    EXPECT_NE(word.find("svg:font-family=\"黑体, SimHei, 'Noto Sans CJK SC'\""), std::string::npos);
}

// The .odt as ODF 1.3 part 2 wants it, read back with libzip (the writer uses minizip): "mimetype" is the first entry,
// stored, with no extra field (its content at byte 38, where `file` looks), then every part
// exactly as rendered, deflated; the same options give the same bytes.
TEST(Template, OdtPackageHoldsThePartsWithMimetypeFirstAndStored) {
    const TemplateOptions o{"某县住房和城乡建设局", 2025, AgencyKind::department};
    const std::string odt = render_template_odt(o);
    EXPECT_EQ(odt, render_template_odt(o));
    EXPECT_EQ(odt.substr(30, 47), "mimetypeapplication/vnd.oasis.opendocument.text");
    const auto parts = render_template_odf_parts(o);
    ASSERT_EQ(parts.size(), 5u);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(odt.data(), odt.size(), 0, &error);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    ASSERT_NE(archive, nullptr) << zip_error_strerror(&error);
    ASSERT_EQ(zip_get_num_entries(archive, 0), 5);
    for (zip_uint64_t i = 0; i < parts.size(); ++i) {
        zip_stat_t st;
        ASSERT_EQ(zip_stat_index(archive, i, 0, &st), 0);
        EXPECT_EQ(std::string(st.name), parts[i].first);
        EXPECT_EQ(st.comp_method, i == 0 ? ZIP_CM_STORE : ZIP_CM_DEFLATE) << st.name;
        std::string data(st.size, '\0');
        zip_file_t* f = zip_fopen_index(archive, i, 0);
        ASSERT_NE(f, nullptr);
        EXPECT_EQ(zip_fread(f, data.data(), data.size()), zip_int64_t(data.size()));
        zip_fclose(f);
        EXPECT_EQ(data, parts[i].second) << st.name;
    }
    EXPECT_LT(odt.size(), 10000u);  // deflated: 61 KB when it was stored, ≈ 6 KB now
    zip_close(archive);
}

TEST(Template, SafeFileNames) {
    EXPECT_EQ(safe_file_name("某县/住建局"), "某县_住建局");
    EXPECT_EQ(safe_file_name("a:b*c?d\"e<f>g|h\\i"), "a_b_c_d_e_f_g_h_i");
    EXPECT_EQ(safe_file_name(" 某局. "), "某局");
    EXPECT_EQ(safe_file_name(".."), "_");
}

TEST(Template, EveryRowAndColumnLabelOfThe2021FormatIsInTheTemplate) {
    const std::string fodt = render_template_fodt({"某局", 2025, AgencyKind::department});
    for (TableId id : {TableId::disclosure, TableId::requests}) {
        const TableFormat& f = table_format(id, FormatVersion::v2021);
        for (const auto& r : f.rows) {
            std::string label(r.label);
            for (std::size_t p; (p = label.find('"')) != std::string::npos;) label.replace(p, 1, "&quot;");
            EXPECT_NE(fodt.find(label), std::string::npos) << label;
        }
        for (const auto& g : f.groups) EXPECT_NE(fodt.find(std::string(g.label)), std::string::npos) << g.label;
    }
    EXPECT_NE(fodt.find("fo:margin-top=\"3.7cm\""), std::string::npos);
    EXPECT_NE(fodt.find("table:protected=\"true\""), std::string::npos);
    EXPECT_EQ(fodt.find("工作考核、社会评议和责任追究结果情况"), std::string::npos);  // a department
    EXPECT_NE(render_template_fodt({"某县人民政府", 2025, AgencyKind::government}).find("工作考核、社会评议和责任追究结果情况"),
              std::string::npos);
}

} // namespace
} // namespace nianbao
