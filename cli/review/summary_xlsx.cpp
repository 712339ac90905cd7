// Writes 汇总.xlsx (see summary_xlsx.hpp).
#include "summary_xlsx.hpp"

#include "deadline.hpp"
#include "rollup_layout.hpp"

#include <cstdlib>
#include <xlsxwriter.h>

namespace nianbao::cli::review {
namespace {

struct Formats {
    lxw_format *head, *text, *wrap, *number, *late, *flag, *title, *label, *value, *link;
};

Formats make_formats(lxw_workbook* wb) {
    Formats f{};
    auto make = [&](bool border) {
        lxw_format* x = workbook_add_format(wb);
        if (border) format_set_border(x, LXW_BORDER_THIN);
        format_set_align(x, LXW_ALIGN_VERTICAL_CENTER);
        return x;
    };
    f.head = make(true);
    format_set_bold(f.head);
    format_set_text_wrap(f.head);
    format_set_align(f.head, LXW_ALIGN_CENTER);
    format_set_bg_color(f.head, 0xE8EEF7);
    f.text = make(false);
    f.wrap = make(false);
    format_set_text_wrap(f.wrap);
    f.number = make(false);
    f.late = make(false);
    format_set_font_color(f.late, 0xA8071A);
    f.flag = make(false);
    format_set_bg_color(f.flag, 0xFFF1B8);
    f.title = make(false);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.label = make(true);
    format_set_text_wrap(f.label);
    f.value = make(true);
    format_set_num_format(f.value, "0.######");
    f.link = workbook_get_default_url_format(wb);
    return f;
}

void put(lxw_worksheet* ws, int row, int col, const std::string& text, lxw_format* format) {
    worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), text.c_str(), format);
}

void put_number(lxw_worksheet* ws, int row, int col, double n, lxw_format* format) {
    worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), n, format);
}

std::string duplicate_words(const std::vector<Reviewed>& reports, const Reviewed& r) {
    if (r.duplicates.empty()) return {};
    std::string s = "同一机关同一年度另有：";
    for (std::size_t k = 0; k < r.duplicates.size(); ++k)
        s += (k ? "、" : "") + reports[r.duplicates[k]].input.name;
    return s;
}

std::string rollup_words(const Rollup& rollup, std::size_t i) {
    std::string in, out;
    for (const TableRollup& t : rollup.tables) {
        bool included = false;
        for (std::size_t k : t.included)
            included = included || k == i;
        (included ? in : out) += table_short_name(t.id);
    }
    if (out.empty()) return "全部纳入";
    if (in.empty()) return "未纳入";
    return "纳入" + in + "，未纳入" + out;
}

void reports_sheet(lxw_workbook* wb, const Formats& f, const std::vector<Reviewed>& reports,
                   const Rollup& rollup) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, "报告");
    const char* heads[] = {"机关",         "类别",     "年度",     "格式",     "错误",
                           "警告",         "提示",     "落款日期", "公开期限", "是否按期",
                           "同机关同年度", "纳入汇总", "文件",     "批注副本", "状态"};
    const int n = int(std::size(heads));
    for (int c = 0; c < n; ++c)
        put(ws, 0, c, heads[c], f.head);
    int y = 1;
    for (std::size_t i = 0; i < reports.size(); ++i, ++y) {
        const Reviewed& r = reports[i];
        put(ws, y, 12, r.input.name, f.text);
        if (!r.ok) {
            put(ws, y, 14, "无法读取：" + r.error, f.late);
            continue;
        }
        const Metadata& m = r.report.meta;
        put(ws, y, 0, m.agency.empty() ? "（未识别）" : m.agency, f.text);
        put(ws, y, 1, kind_words(m.kind), f.text);
        if (m.year) put_number(ws, y, 2, *m.year, f.number);
        put(ws, y, 3, format_words(r.report), f.text);
        put_number(ws, y, 4, r.errors, f.number);
        put_number(ws, y, 5, r.warnings, f.number);
        put_number(ws, y, 6, r.hints, f.number);
        const DeadlineVerdict d = judge_deadline(m);
        if (m.date) put(ws, y, 7, date_words(*m.date), f.text);
        if (d.deadline) put(ws, y, 8, date_words(*d.deadline), f.text);
        put(ws, y, 9, d.words, d.late ? f.late : f.text);
        if (!r.duplicates.empty()) put(ws, y, 10, duplicate_words(reports, r), f.flag);
        put(ws, y, 11, rollup_words(rollup, i), f.text);
        if (!r.copy.empty()) {
            // A HYPERLINK formula rather than a hyperlink record: libxlsxwriter writes external
            // links with backslashes, which LibreOffice on Linux does not follow.
            std::string quoted;
            for (char c : r.copy)
                quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
            const std::string formula = "=HYPERLINK(\"" + quoted + "\",\"" + quoted + "\")";
            worksheet_write_formula_str(ws, lxw_row_t(y), 13, formula.c_str(), f.link,
                                        r.copy.c_str());
        }
        put(ws, y, 14, r.copy_note.empty() ? "已检查" : "已检查；" + r.copy_note, f.text);
    }
    const double widths[] = {30, 6, 6, 8, 6, 6, 6, 12, 12, 14, 24, 20, 40, 40, 30};
    for (int c = 0; c < n; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    worksheet_freeze_panes(ws, 1, 1);
    worksheet_autofilter(ws, 0, 0, lxw_row_t(std::max(1, y - 1)), lxw_col_t(n - 1));
}

void findings_sheet(lxw_workbook* wb, const Formats& f, const std::vector<Reviewed>& reports) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, "问题");
    const char* heads[] = {"文件", "机关", "规则", "级别", "位置", "说明", "可改为"};
    const int n = int(std::size(heads));
    for (int c = 0; c < n; ++c)
        put(ws, 0, c, heads[c], f.head);
    int y = 1;
    for (const Reviewed& r : reports)
        for (const Finding& x : r.findings) {
            put(ws, y, 0, r.input.name, f.text);
            put(ws, y, 1, r.report.meta.agency, f.text);
            put(ws, y, 2, x.rule, f.text);
            put(ws, y, 3, std::string(severity_label(x.severity)),
                x.severity == Severity::error ? f.late : f.text);
            put(ws, y, 4, place_words(x), f.wrap);
            put(ws, y, 5, x.message, f.wrap);
            if (x.fix) put(ws, y, 6, *x.fix, f.text);
            ++y;
        }
    const double widths[] = {36, 28, 24, 6, 36, 70, 10};
    for (int c = 0; c < n; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, lxw_row_t(std::max(1, y - 1)), lxw_col_t(n - 1));
}

void rollup_sheet(lxw_workbook* wb, const Formats& f, const std::vector<Reviewed>& reports,
                  const Rollup& rollup, const TableRollup& t) {
    const std::string name = "汇总" + std::string(table_short_name(t.id));
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
    const Layout l = rollup_layout(t, rollup.year);
    put(ws, 0, 0, l.title, f.title);
    const int y0 = 2;
    for (const LayoutCell& c : l.cells) {
        lxw_format* fmt = c.kind == LayoutCell::Kind::header  ? f.head
                          : c.kind == LayoutCell::Kind::label ? f.label
                                                              : f.value;
        const lxw_row_t r = lxw_row_t(y0 + c.row);
        const lxw_col_t col = lxw_col_t(c.col);
        if (c.rows > 1 || c.cols > 1)
            worksheet_merge_range(ws, r, col, lxw_row_t(y0 + c.row + c.rows - 1),
                                  lxw_col_t(c.col + c.cols - 1), "", fmt);
        if (c.kind == LayoutCell::Kind::value)
            put_number(ws, y0 + c.row, c.col, std::strtod(c.text.c_str(), nullptr), fmt);
        else
            put(ws, y0 + c.row, c.col, c.text, fmt);
    }
    worksheet_set_column(ws, 0, lxw_col_t(std::max(0, l.width - 1)),
                         t.id == TableId::requests ? 14 : 16, nullptr);
    int y = y0 + l.height + 1;
    put(ws, y++, 0, "纳入汇总的报告（" + std::to_string(t.included.size()) + " 份）", f.title);
    for (std::size_t i : t.included) {
        put(ws, y, 0, reports[i].report.meta.agency, f.text);
        put(ws, y++, 3, reports[i].input.name, f.text);
    }
    ++y;
    put(ws, y++, 0, "未纳入汇总的报告（" + std::to_string(t.left_out.size()) + " 份）", f.title);
    for (const auto& out : t.left_out) {
        put(ws, y, 0, reports[out.report].report.meta.agency, f.text);
        put(ws, y, 3, reports[out.report].input.name, f.text);
        put(ws, y++, 7, out.reason, f.text);
    }
}

} // namespace

bool write_summary_xlsx(const std::string& path, const std::vector<Reviewed>& reports,
                        const Rollup& rollup, std::string& error) {
    lxw_workbook* wb = workbook_new(path.c_str());
    if (!wb) {
        error = "无法创建 " + path;
        return false;
    }
    const Formats f = make_formats(wb);
    reports_sheet(wb, f, reports, rollup);
    findings_sheet(wb, f, reports);
    for (const TableRollup& t : rollup.tables)
        rollup_sheet(wb, f, reports, rollup, t);
    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR) {
        error = "无法写入 " + path + "：" + lxw_strerror(e);
        return false;
    }
    return true;
}

} // namespace nianbao::cli::review
