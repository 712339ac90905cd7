// The template generator: options, file names, and that its tables come from the declarations.
#include <gtest/gtest.h>

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
