// The standard template as an ODF text document. Every table is generated from the 2021 format
// declarations (rows, groups, columns, labels), so the template and the checker cannot drift.
// Layout after GB/T 9704-2012: A4, margins 37/35/28/26 mm, title 二号小标宋, body 三号仿宋,
// first-level headings 黑体, second-level 楷体, page numbers; label cells protected.
#include <algorithm>

#include "nianbao/format.hpp"
#include "nianbao/template.hpp"
#include "nianbao/text.hpp"

namespace nianbao {
namespace {

// Fonts: each style names the official font (what agencies on Windows and WPS have) and a free
// CJK font Debian ships for the same look (fonts-noto-cjk, fonts-arphic-ukai), so the document
// carries its own fallback and the extension changes no other document's fonts. The order depends
// on who reads it. LibreOffice on Linux asks fontconfig for the FIRST name, which always answers
// with some font, so the later names are never tried: there the free font comes first (on Windows
// a missing first name is skipped and the official font is found). Word and WPS keep only the
// first name, and LibreOffice's .docx export writes the second as its alternative (w:altName):
// there the official font comes first (TemplateFonts::word).
struct Font {
    const char* name;      // style name
    const char* official;  // official font, then its other common names
    const char* free;      // the free font with the same look
    const char* generic;   // roman (serif) or swiss (sans)
};
constexpr Font fonts[] = {
    {"Title", "方正小标宋简体, 方正小标宋_GBK", "'Noto Serif CJK SC'", "roman"},
    {"Body", "仿宋_GB2312, 仿宋, FangSong", "'Noto Serif CJK SC'", "roman"},
    {"Hei", "黑体, SimHei", "'Noto Sans CJK SC'", "swiss"},
    {"Kai", "楷体_GB2312, 楷体, KaiTi", "'AR PL UKai CN'", "roman"},
    {"Song", "宋体, SimSun", "'Noto Serif CJK SC'", "roman"},
};

std::string esc(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string font_decls(TemplateFonts order) {
    std::string s = "<office:font-face-decls>";
    for (const auto& f : fonts) {
        const std::string families = order == TemplateFonts::word ? std::string(f.official) + ", " + f.free : std::string(f.free) + ", " + f.official;
        s += std::string("<style:font-face style:name=\"") + f.name + "\" svg:font-family=\"" + esc(families) +
             "\" style:font-family-generic=\"" + f.generic + "\" style:font-pitch=\"variable\"/>";
    }
    return s + "</office:font-face-decls>";
}

std::string text_props(const char* font, double pt, bool bold = false, const char* color = nullptr) {
    std::string size = std::to_string(pt);
    size.erase(size.find_last_not_of('0') + 1);
    if (size.back() == '.') size.pop_back();
    std::string s = "<style:text-properties style:font-name=\"" + std::string(font) + "\" style:font-name-asian=\"" + font +
                    "\" fo:font-size=\"" + size + "pt\" style:font-size-asian=\"" + size + "pt\"";
    if (bold) s += " fo:font-weight=\"bold\" style:font-weight-asian=\"bold\"";
    if (color) s += std::string(" fo:color=\"") + color + "\"";
    return s + "/>";
}

std::string paragraph_style(const char* name, const char* font, double pt, const std::string& para_props,
                            const char* color = nullptr) {
    return std::string("<style:style style:name=\"") + name + "\" style:family=\"paragraph\">" +
           "<style:paragraph-properties " + para_props + "/>" + text_props(font, pt, false, color) + "</style:style>";
}

std::string styles() {
    const std::string line = "fo:line-height=\"28pt\"";  // 22 lines a page
    return "<office:styles>" +
           paragraph_style("NbTitle", "Title", 22, "fo:text-align=\"center\" fo:margin-bottom=\"0.6cm\" fo:line-height=\"36pt\"") +
           paragraph_style("NbBody", "Body", 16, "fo:text-indent=\"32pt\" fo:text-align=\"justify\" " + line) +
           paragraph_style("NbHeading1", "Hei", 16, "fo:text-indent=\"32pt\" fo:margin-top=\"0.2cm\" " + line) +
           paragraph_style("NbHeading2", "Kai", 16, "fo:text-indent=\"32pt\" " + line) +
           paragraph_style("NbGuide", "Kai", 12, "fo:text-indent=\"24pt\" fo:line-height=\"20pt\"", "#555555") +
           paragraph_style("NbSignature", "Body", 16, "fo:text-align=\"end\" fo:margin-right=\"1.2cm\" " + line) +
           paragraph_style("NbCell", "Song", 9, "fo:text-align=\"center\" fo:line-height=\"115%\"") +
           paragraph_style("NbCellLabel", "Song", 9, "fo:text-align=\"start\" fo:line-height=\"115%\"") +
           paragraph_style("NbFooter", "Song", 14, "fo:text-align=\"center\"") + "</office:styles>";
}

std::string page_layout() {
    return "<office:automatic-styles><style:page-layout style:name=\"NbPage\"><style:page-layout-properties "
           "fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" fo:margin-top=\"3.7cm\" fo:margin-bottom=\"2.5cm\" "
           "fo:margin-left=\"2.8cm\" fo:margin-right=\"2.6cm\" style:print-orientation=\"portrait\"/>"
           "<style:footer-style><style:header-footer-properties fo:min-height=\"0.8cm\" fo:margin-top=\"0.2cm\"/>"
           "</style:footer-style></style:page-layout></office:automatic-styles>";
}

std::string master_styles() {
    return "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"NbPage\">"
           "<style:footer><text:p text:style-name=\"NbFooter\">— <text:page-number text:select-page=\"current\">1"
           "</text:page-number> —</text:p></style:footer></style:master-page></office:master-styles>";
}

// Table and cell styles (automatic, in the content).
std::string table_styles() {
    std::string s;
    for (auto [name, width] : {std::pair{"NbTable2", "15.6cm"}, {"NbTable3", "15.6cm"}, {"NbTable4", "15.6cm"}})
        s += std::string("<style:style style:name=\"") + name + "\" style:family=\"table\"><style:table-properties style:width=\"" +
             width + "\" table:align=\"center\" fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.3cm\"/></style:style>";
    auto col = [](const std::string& name, double cm) {
        return "<style:style style:name=\"" + name + "\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"" +
               std::to_string(cm).substr(0, 5) + "cm\"/></style:style>";
    };
    s += col("NbC2Label", 5.1) + col("NbC2Value", 3.5) + col("NbC3A", 1.5) + col("NbC3B", 2.1) + col("NbC3C", 3.2) +
         col("NbC3Value", 1.25) + col("NbC4Value", 1.04);
    const std::string border = "fo:border=\"0.5pt solid #000000\" fo:padding=\"0.04cm\" style:vertical-align=\"middle\"";
    s += "<style:style style:name=\"NbLabel\" style:family=\"table-cell\"><style:table-cell-properties " + border +
         "/></style:style>";
    s += "<style:style style:name=\"NbValue\" style:family=\"table-cell\"><style:table-cell-properties " + border +
         "/></style:style>";
    return s;
}

// ---- tables: cells with spans, rendered row by row ----

struct OdfCell {
    std::string text;  // empty for a value cell
    bool label = true;
    int cols = 1, rows = 1;
    bool left = false;
};

class Grid {
public:
    explicit Grid(int columns) : columns_(columns) {}
    void row(std::vector<OdfCell> cells) { rows_.push_back(std::move(cells)); }

    // Renders with covered cells where spans reach; a span is placed at the first free column.
    // `header_rows` rows repeat at the top of every page the table continues on.
    std::string render(const std::string& name, const std::string& style, const std::vector<std::pair<std::string, int>>& cols,
                       std::size_t header_rows = 0) const {
        std::string s = "<table:table table:name=\"" + name + "\" table:style-name=\"" + style + "\">";
        for (auto [c, n] : cols)
            s += "<table:table-column table:style-name=\"" + c + "\" table:number-columns-repeated=\"" + std::to_string(n) + "\"/>";
        std::vector<std::vector<bool>> taken(rows_.size(), std::vector<bool>(std::size_t(columns_), false));
        for (std::size_t r = 0; r < rows_.size(); ++r) {
            if (r == 0 && header_rows > 0) s += "<table:table-header-rows>";
            s += "<table:table-row>";
            std::size_t next = 0;
            int col = 0;
            while (col < columns_) {
                if (taken[r][std::size_t(col)]) {
                    s += "<table:covered-table-cell/>";
                    ++col;
                    continue;
                }
                if (next >= rows_[r].size()) {  // an empty value cell pads the row
                    s += "<table:table-cell table:style-name=\"NbValue\" office:value-type=\"string\"><text:p text:style-name=\"NbCell\"/></table:table-cell>";
                    ++col;
                    continue;
                }
                const OdfCell& c = rows_[r][next++];
                for (int dr = 0; dr < c.rows; ++dr)
                    for (int dc = 0; dc < c.cols; ++dc)
                        if (r + std::size_t(dr) < taken.size() && col + dc < columns_) taken[r + std::size_t(dr)][std::size_t(col + dc)] = true;
                s += "<table:table-cell table:style-name=\"" + std::string(c.label ? "NbLabel" : "NbValue") + "\" office:value-type=\"string\"";
                if (c.label) s += " table:protected=\"true\"";  // Writer's cell protection
                if (c.cols > 1) s += " table:number-columns-spanned=\"" + std::to_string(c.cols) + "\"";
                if (c.rows > 1) s += " table:number-rows-spanned=\"" + std::to_string(c.rows) + "\"";
                s += "><text:p text:style-name=\"" + std::string(c.left ? "NbCellLabel" : "NbCell") + "\">" + esc(c.text) +
                     "</text:p></table:table-cell>";
                for (int dc = 1; dc < c.cols && col + dc < columns_; ++dc) s += "<table:covered-table-cell/>";
                col += c.cols;
            }
            s += "</table:table-row>";
            if (header_rows > 0 && r + 1 == header_rows) s += "</table:table-header-rows>";
        }
        return s + "</table:table>";
    }

private:
    int columns_;
    std::vector<std::vector<OdfCell>> rows_;
};

OdfCell label(std::string_view text, int cols = 1, int rows = 1, bool left = false) {
    return OdfCell{std::string(text), true, cols, rows, left};
}
std::vector<OdfCell> values(std::size_t n) { return std::vector<OdfCell>(n, OdfCell{"", false}); }

std::string disclosure_table(const TableFormat& f) {
    Grid g(4);
    for (const auto& grp : f.groups) {
        g.row({label(grp.label, 4)});
        std::vector<const RowDecl*> rows;
        for (const auto& r : f.rows)
            if (r.group == grp.key) rows.push_back(&r);
        if (rows.empty()) continue;
        const auto& cols = rows.front()->columns;
        const int span = cols.size() == 1 ? 3 : 1;
        std::vector<OdfCell> header{label("信息内容")};
        for (auto c : cols) header.push_back(label(f.column(c)->label, span));
        g.row(header);
        for (const RowDecl* r : rows) {
            std::vector<OdfCell> cells{label(r->label)};
            for (std::size_t i = 0; i < cols.size(); ++i) cells.push_back(OdfCell{"", false, span});
            g.row(cells);
        }
    }
    return g.render("表二", "NbTable2", {{"NbC2Label", 1}, {"NbC2Value", 3}});
}

std::string requests_table(const TableFormat& f) {
    const std::size_t n = f.columns.size();  // 7
    Grid g(3 + int(n));
    g.row({label("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), label("申请人情况", int(n))});
    g.row({label(f.column("natural")->label, 1, 2), label("法人或其他组织", 5), label(f.column("total")->label, 1, 2)});
    std::vector<OdfCell> third;
    for (auto k : {"commercial", "research", "public_interest", "legal_service", "other"}) third.push_back(label(f.column(k)->label));
    g.row(third);
    // Rows under 三、本年度办理结果: the group label spans all of them.
    int results = 0;
    for (const auto& r : f.rows) results += (r.group == "3" || r.group.starts_with("3.")) ? 1 : 0;
    std::string_view last_group;
    bool results_started = false;
    for (const auto& r : f.rows) {
        std::vector<OdfCell> cells;
        if (r.group.empty()) {
            cells.push_back(label(r.label, 3, 1, true));
        } else {
            if (!results_started) {
                cells.push_back(label(f.group("3")->label, 1, results));
                results_started = true;
            }
            if (r.group == "3") {
                cells.push_back(label(r.label, 2, 1, true));
            } else {
                if (r.group != last_group) {
                    int span = 0;
                    for (const auto& o : f.rows) span += o.group == r.group ? 1 : 0;
                    cells.push_back(label(f.group(r.group)->label, 1, span));
                }
                cells.push_back(label(r.label, 1, 1, true));
            }
        }
        last_group = r.group;
        for (auto& v : values(n)) cells.push_back(v);
        g.row(cells);
    }
    return g.render("表三", "NbTable3", {{"NbC3A", 1}, {"NbC3B", 1}, {"NbC3C", 1}, {"NbC3Value", int(n)}}, 3);
}

std::string disputes_table(const TableFormat& f) {
    Grid g(int(f.columns.size()));
    g.row({label("行政复议", 5), label("行政诉讼", 10)});
    std::vector<OdfCell> second;
    for (auto l : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) second.push_back(label(l, 1, 2));
    second.push_back(label("未经复议直接起诉", 5));
    second.push_back(label("复议后起诉", 5));
    g.row(second);
    std::vector<OdfCell> third;
    for (int k = 0; k < 2; ++k)
        for (auto l : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) third.push_back(label(l));
    g.row(third);
    g.row(values(f.columns.size()));
    return g.render("表四", "NbTable4", {{"NbC4Value", int(f.columns.size())}});
}

std::string p(const char* style, std::string_view text) {
    return "<text:p text:style-name=\"" + std::string(style) + "\">" + esc(text) + "</text:p>";
}

std::string body(const TemplateOptions& o) {
    const std::string agency = o.agency.empty() ? "（机关名称）" : o.agency;
    const std::string year = o.year ? std::to_string(*o.year) : "（年度）";
    std::string s = "<office:body><office:text>";
    s += p("NbTitle", agency + year + "年政府信息公开工作年度报告");
    s += p("NbBody", "本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》"
                     "（国办公开办函〔2021〕30号）编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                     "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自" +
                     year + "年1月1日起至" + year + "年12月31日止。本报告电子版可在（网站名称）（网址）下载。如对本报告有疑问，请与" +
                     agency + "联系（地址、邮编、电话、传真）。");
    auto heading = [&](int n) {
        const SectionDecl& d = section_decls()[std::size_t(n - 1)];
        static const char* numerals[] = {"", "一", "二", "三", "四", "五", "六"};
        s += p("NbHeading1", std::string(numerals[n]) + "、" + std::string(d.heading));
    };
    heading(1);
    s += p("NbGuide", "【填写说明】概述本年度政府信息公开工作，分以下五个方面撰写，写明措施和成效，可列举数字；正文中复述的数字须与后面的表格一致。"
                      "本说明在定稿前删除。");
    for (auto [h, guide] : {std::pair{"（一）主动公开", "主动公开政府信息的数量、栏目和重点领域信息公开情况。"},
                            {"（二）依申请公开", "收到和办理政府信息公开申请的总体情况，与表三的数字一致。"},
                            {"（三）政府信息管理", "公开属性认定、保密审查、政策文件清理和动态更新等情况。"},
                            {"（四）政府信息公开平台建设", "政府网站、政务新媒体、公开专栏等平台的建设和管理情况。"},
                            {"（五）监督保障", "工作机构、人员培训、考核、社会评议和责任追究等情况。"}}) {
        s += p("NbHeading2", h);
        s += p("NbGuide", std::string("【填写说明】") + guide);
    }
    if (o.kind == AgencyKind::government)
        s += p("NbGuide", "【填写说明】人民政府还应报告政府信息公开工作考核、社会评议和责任追究结果情况。");
    heading(2);
    s += disclosure_table(table_format(TableId::disclosure, FormatVersion::v2021));
    heading(3);
    s += requests_table(table_format(TableId::requests, FormatVersion::v2021));
    s += p("NbGuide", "【填写说明】每一格都应填写数值，没有的填 0；填好各项后，可在 Writer 中点击“年报 ▸ 填充合计”计算各项合计，再点击“检查报告”。");
    heading(4);
    s += disputes_table(table_format(TableId::disputes, FormatVersion::v2021));
    heading(5);
    s += p("NbGuide", "【填写说明】写明本年度政府信息公开工作存在的主要问题和改进情况，以及上年度报告所列问题的整改落实情况，不得只写“无”。");
    heading(6);
    s += p("NbGuide", "【填写说明】报告依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况："
                      "发出收费通知的件数和总金额、实际收取的总金额；未收取的写明“本年度未收取政府信息公开信息处理费”。"
                      "可同时报告年度政务公开工作要点落实情况、人大代表建议和政协提案办理结果公开情况等。");
    s += p("NbSignature", agency);
    s += p("NbSignature", o.year ? std::to_string(*o.year + 1) + "年（月）（日）" : "（年）（月）（日）");
    return s + "</office:text></office:body>";
}

constexpr const char* namespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
    " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
    " office:version=\"1.3\"";

std::string meta(const TemplateOptions& o) {
    std::string title = o.agency.empty() ? "政府信息公开工作年度报告（2021年格式）" : o.agency + "政府信息公开工作年度报告";
    return "<office:meta><dc:title>" + esc(title) + "</dc:title><meta:generator>nianbao</meta:generator></office:meta>";
}

} // namespace

std::string validate_template_options(const TemplateOptions& o) {
    if (o.year && *o.year < 2021)
        return std::to_string(*o.year) + " 年度的报告适用 2019 年试行格式（国办公开办函〔2019〕60号），本模板为 2021 年格式，适用于 2021 年度及以后的报告";
    if (o.year && *o.year > 2100) return "年度 " + std::to_string(*o.year) + " 不合理";
    std::string trimmed = trim(o.agency);
    if (!o.agency.empty() && trimmed.empty()) return "机关名称为空";
    for (unsigned char c : o.agency)
        if (c < 0x20) return "机关名称中含有控制字符";
    if (count_chars(o.agency) > 60) return "机关名称过长（超过 60 个字）";
    return {};
}

std::string render_template_fodt(const TemplateOptions& o, TemplateFonts fonts) {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document") + namespaces +
           " office:mimetype=\"application/vnd.oasis.opendocument.text\">" + meta(o) + font_decls(fonts) + styles() +
           "<office:automatic-styles>" + table_styles() + page_layout().substr(std::string("<office:automatic-styles>").size()) +
           master_styles() + body(o) + "</office:document>";
}

std::vector<std::pair<std::string, std::string>> render_template_odf_parts(const TemplateOptions& o, TemplateFonts fonts) {
    const std::string head = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    const std::string content = head + "<office:document-content" + namespaces + ">" + font_decls(fonts) +
                                "<office:automatic-styles>" + table_styles() + "</office:automatic-styles>" + body(o) +
                                "</office:document-content>";
    const std::string styles_xml = head + "<office:document-styles" + namespaces + ">" + font_decls(fonts) + styles() +
                                   page_layout() + master_styles() + "</office:document-styles>";
    const std::string meta_xml = head + "<office:document-meta" + namespaces + ">" + meta(o) + "</office:document-meta>";
    const std::string manifest =
        head + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
               "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
               "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
               "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
               "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
               "</manifest:manifest>";
    return {{"mimetype", "application/vnd.oasis.opendocument.text"},
            {"content.xml", content},
            {"styles.xml", styles_xml},
            {"meta.xml", meta_xml},
            {"META-INF/manifest.xml", manifest}};
}

std::string safe_file_name(const std::string& name) {
    std::string out;
    for (char32_t c : to_u32(trim(name))) {
        if (c < 0x20 || std::u32string_view(U"/\\:*?\"<>|").find(c) != std::u32string_view::npos) c = U'_';
        append_utf8(out, c);
    }
    while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();  // Windows
    while (!out.empty() && out.front() == '.') out.erase(0, 1);                        // hidden files
    if (out.empty()) out = "_";
    return out;
}

} // namespace nianbao
