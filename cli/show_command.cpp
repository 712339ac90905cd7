// `nianbao show FILE`: what the reader recognised — title, sections, every table cell with where
// it was read (a text's line, a PDF's page, a Word document's cell or paragraph) — so a reviewer
// can see why a finding was made.
#include <iostream>

#include "commands.hpp"
#include "nianbao/identities.hpp"
#include "nianbao/place.hpp"
#include "nianbao/reader.hpp"
#include "report_input.hpp"

namespace nianbao::cli {

namespace {

// Where a piece was read, as its reader looks it up: its line in a text, its page in a PDF (a PDF
// has no lines one counts), in a Word/Writer document its cell as Writer names it (Table2:B4), else
// what comes before it (its lines are the reader's own, which a clerk cannot find in Writer).
std::string place(const Report& report, const SourcePos& source) {
    if (source.page == 0 && !source.cell_name.empty()) return source.table_name + ":" + source.cell_name;
    return line_in_words(report, source);
}

// Where a cell was read. A table typed as text in a Word document's paragraphs has no Writer
// cell names, and every cell would be "after the same heading": its row and column labels then,
// which the clerk finds in the document.
std::string place_of_cell(const Report& report, const Table& table, const Cell& cell) {
    if (report.places == Report::Places::paragraphs && cell.source.page == 0 && cell.source.cell_name.empty())
        return place_in_words(Location::of_cell(table, cell));
    return place(report, cell.source);
}

// Where a table starts: "第 12 行起", "第 2 页起", "Table2:A1 起", "位于「二、…」标题之后".
std::string start_of(const Report& report, const SourcePos& source) {
    const std::string where = place(report, source);
    if (where.ends_with("之后")) return "位于" + where;
    return where + (source.page == 0 && !source.cell_name.empty() ? " 起" : "起");
}

int run_show(const Arguments& args) {
    const std::string& file = args.files().at(0);
    ReportInputs inputs;
    ReadResult r = inputs.read(file);
    if (!r.ok) {
        std::cerr << "nianbao: " << file << "：无法作为年度报告读取：" << r.error << "\n";
        return unusable;
    }
    const Report& rep = r.report;
    std::cout << "编码：" << r.encoding << "\n标题：" << rep.meta.title << "\n机关：" << rep.meta.agency
              << "（" << (rep.meta.kind == AgencyKind::government ? "人民政府" : rep.meta.kind == AgencyKind::department ? "部门" : "未知")
              << "）\n年度：" << (rep.meta.year ? std::to_string(*rep.meta.year) : "未知") << "\n";
    if (rep.meta.date)
        std::cout << "日期：" << rep.meta.date->year << "-" << rep.meta.date->month << "-" << rep.meta.date->day << "\n";
    for (const auto& s : rep.sections)
        std::cout << place(rep, s.source) << "  部分 " << s.key << "「" << s.heading << "」 " << s.paragraphs.size() << " 段\n";
    for (const auto& t : recognition(rep))
        std::cout << table_short_name(t.table) << "：" << t.bound << "/" << t.expected << " 个数值单元格"
                  << (t.format ? "" : "（未找到该表）")
                  << (t.problems ? "，" + std::to_string(t.problems) + " 个问题" : std::string()) << "\n";
    for (const auto& t : rep.tables) {
        std::cout << table_name(t.id) << "  " << version_name(t.format->version) << " 格式，" << start_of(rep, t.source) << "\n";
        for (const auto& c : t.cells) {
            if (!c.present) continue;
            std::cout << "  " << c.row << " / " << c.column << " = “" << c.raw << "”  （" << place_of_cell(rep, t, c) << "）  "
                      << describe_state(c.value, c.raw) << "\n";
        }
        for (const auto& p : t.problems) std::cout << "  问题：" << p.message << "\n";
    }
    return ok;
}

} // namespace

Command show_command() {
    return {.name = "show",
            .summary = "显示识别出的标题、各部分和表格中每一格的数值及所在位置",
            .details = "用于查看某条检查结果的依据：每个数值读自原文何处——文本文件的行、PDF 的页、"
                       "Word/WPS/Writer 文档的表格单元格（如 Table2:B4）或段落。",
            .options = {},
            .positional = {.value_name = "文件",
                           .max = 1,
                           .missing = "show 命令需要一个文件，例如：nianbao show 报告.txt"},
            .run = run_show};
}

} // namespace nianbao::cli
