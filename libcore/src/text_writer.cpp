// Renders the report model as text; the table layouts are built from the format declarations.
#include "nianbao/text_writer.hpp"

#include "nianbao/format.hpp"
#include "nianbao/identities.hpp"
#include "nianbao/value.hpp"

namespace nianbao {
namespace {

using Row = std::vector<std::string>;

const char* numeral(int n) {
    static const char* names[] = {"", "一", "二", "三", "四", "五", "六"};
    return n >= 1 && n <= 6 ? names[n] : "";
}

std::string raw(const Table& t, std::string_view row, std::string_view col) {
    const Cell* c = t.cell(row, col);
    return c ? c->raw : std::string();
}

std::vector<Row> disclosure_rows(const Table& t) {
    std::vector<Row> out;
    const TableFormat& f = *t.format;
    for (const auto& g : f.groups) {
        out.push_back({std::string(g.label)});
        Row header{"信息内容"};
        bool header_done = false;
        for (const auto& r : f.rows) {
            if (r.group != g.key) continue;
            if (!header_done) {
                for (auto c : r.columns) header.push_back(std::string(f.column(c)->label));
                out.push_back(header);
                header_done = true;
            }
            Row row{std::string(r.label)};
            for (auto c : r.columns) row.push_back(raw(t, r.key, c));
            out.push_back(row);
        }
    }
    return out;
}

std::vector<Row> requests_rows(const Table& t) {
    const TableFormat& f = *t.format;
    std::vector<Row> out;
    out.push_back({"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "申请人情况"});
    out.push_back({"", "", "自然人", "法人或其他组织", "", "", "", "", "总计"});
    out.push_back({"", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""});
    std::string_view last_group;
    for (const auto& r : f.rows) {
        Row row;
        std::string first, second;
        if (r.group.empty()) {
            first = std::string(r.label);
        } else {
            const GroupDecl* g = f.group(r.group);
            const GroupDecl* top = f.group("3");
            if (r.group == "3") {
                first = last_group != "3" && top ? std::string(top->label) : "";
                second = std::string(r.label);
            } else {
                first = last_group != r.group && g ? std::string(g->label) : "";
                second = std::string(r.label);
            }
        }
        last_group = r.group;
        row.push_back(first);
        row.push_back(second);
        for (auto c : r.columns) row.push_back(raw(t, r.key, c));
        out.push_back(row);
    }
    return out;
}

std::vector<Row> disputes_rows(const Table& t) {
    std::vector<Row> out;
    out.push_back({"行政复议", "", "", "", "", "行政诉讼"});
    Row second{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉"};
    out.push_back(second);
    Row third{"", "", "", "", ""};
    for (int k = 0; k < 2; ++k)
        for (auto l : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) third.push_back(l);
    out.push_back(third);
    Row values;
    for (const auto& c : t.format->columns) values.push_back(raw(t, "cases", c.key));
    out.push_back(values);
    return out;
}

// `label_columns`: how many cells at the start of a row hold labels (the rest hold values).
void render_rows(std::string& out, const std::vector<Row>& rows, TextLayout layout, std::size_t label_columns) {
    bool first = true;
    for (const auto& row : rows) {
        switch (layout) {
        case TextLayout::tabs:
            for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "\t" : "") + row[i];
            out += "\n";
            break;
        case TextLayout::one_per_line:
            for (const auto& c : row)
                if (!c.empty()) out += c + "\n";
            break;
        case TextLayout::browser_copy: {
            // Empty cells among the labels are the model's padding for merged cells, which a
            // page does not have; an empty value cell is a no-break space, as pages write it.
            bool has_value = false;
            for (const auto& c : row) has_value = has_value || looks_like_value(c);
            bool any = false;
            for (std::size_t i = 0; i < row.size(); ++i) {
                if (row[i].empty() && (i < label_columns || !has_value)) continue;
                out += (any ? "\n\n\t\n\n" : "") + (row[i].empty() ? "\u00A0" : row[i]);
                any = true;
            }
            out += "\n\n\n";
            break;
        }
        case TextLayout::pipe_cells:
            for (const auto& c : row)
                if (!c.empty()) out += c + " |\n";
            out += "|||\n";
            break;
        case TextLayout::pipes:
        case TextLayout::markdown:
            out += "|";
            for (const auto& c : row) out += " " + c + " |";
            out += "\n";
            if (layout == TextLayout::markdown && first) {
                out += "|";
                for (std::size_t i = 0; i < row.size(); ++i) out += "---|";
                out += "\n";
            }
            break;
        }
        first = false;
    }
}

} // namespace

std::string render_text_report(const Report& report, TextLayout layout) {
    std::string out;
    const bool md = layout == TextLayout::markdown;
    if (!report.meta.title.empty()) out += (md ? "# " : "") + report.meta.title + "\n\n";
    for (const auto& p : report.preamble) out += p.text + "\n\n";
    for (const auto& s : report.sections) {
        out += std::string(md ? "## " : layout == TextLayout::browser_copy ? "\u3000\u3000" : "") +
               numeral(section_decl(s.key)->number) + "、" + s.heading + "\n\n";
        for (const auto& p : s.paragraphs) out += p.text + "\n\n";
        for (const auto& t : report.tables) {
            if (section_key_of(t.id) != s.key) continue;
            std::vector<Row> rows = t.id == TableId::disclosure ? disclosure_rows(t)
                                    : t.id == TableId::requests ? requests_rows(t)
                                                                : disputes_rows(t);
            render_rows(out, rows, layout, t.id == TableId::disclosure ? 1 : t.id == TableId::requests ? 2 : 0);
            out += "\n";
        }
    }
    for (const auto& p : report.signature) out += p.text + "\n";
    return out;
}

Report make_standard_report(const std::string& agency, int year, const std::string& value) {
    Report r;
    r.meta.agency = agency;
    r.meta.year = year;
    r.meta.title_year = year;
    r.meta.kind = agency_kind(agency);
    r.meta.title = agency + std::to_string(year) + "年政府信息公开工作年度报告";
    r.preamble.push_back({"本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为" + std::to_string(year) +
                              "年1月1日至" + std::to_string(year) + "年12月31日。", {}});
    for (const auto& d : section_decls()) {
        Section s;
        s.key = std::string(d.key);
        s.number = d.number;
        s.heading = std::string(d.heading);
        const std::string y = std::to_string(year);
        if (d.key == "overview") {
            s.paragraphs.push_back({y + "年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，各项工作有序开展。", {}});
            for (const char* aspect : {"（一）主动公开。", "（二）依申请公开。", "（三）政府信息管理。",
                                       "（四）政府信息公开平台建设。", "（五）监督保障。"})
                s.paragraphs.push_back({std::string(aspect), {}});
        } else if (d.key == "problems") {
            s.paragraphs.push_back({"存在的主要问题及改进措施。", {}});
        } else if (d.key == "other") {
            s.paragraphs.push_back({"本年度未收取政府信息公开信息处理费。", {}});
        }
        r.sections.push_back(std::move(s));
    }
    for (TableId id : {TableId::disclosure, TableId::requests, TableId::disputes}) {
        Table t = make_table(table_format(id, FormatVersion::v2021));
        for (auto& c : t.cells) {
            c.raw = value;
            c.value = parse_value(value);
            c.present = true;
        }
        r.tables.push_back(std::move(t));
    }
    r.signature.push_back({agency, {}});
    r.signature.push_back({std::to_string(year + 1) + "年1月20日", {}});
    return r;
}

} // namespace nianbao
