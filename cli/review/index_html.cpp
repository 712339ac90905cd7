// Writes the overview page (see index_html.hpp).
#include "index_html.hpp"

#include "deadline.hpp"
#include "html.hpp"
#include "rollup_layout.hpp"

namespace nianbao::cli::review {
namespace {

constexpr const char* head = R"(<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>年度报告审查结果</title>
<style>
body{font:14px/1.6 "Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;margin:16px 24px;color:#222}
h1{font-size:22px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #bbb;padding:3px 6px;vertical-align:middle}
th{background:#e8eef7}
table.sortable th{cursor:pointer;user-select:none}table.sortable th:after{content:" ⇅";color:#999}
td.n{text-align:right}.bad{color:#a8071a;font-weight:bold}.dup{background:#fff1b8}
.error{color:#a8071a}.warning{color:#ad6800}.info{color:#0050b3}
.summary span{display:inline-block;margin-right:24px}
.rollup td.v{text-align:right;min-width:3em}
details{margin:4px 0}
</style></head><body>
)";

constexpr const char* script = R"(<script>
// Sorts a table by the clicked column: numbers as numbers (data-v when given), text in Chinese order.
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th, col) {
    th.addEventListener('click', function () {
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var asc = th.getAttribute('data-dir') !== 'asc';
      table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('data-dir'); });
      th.setAttribute('data-dir', asc ? 'asc' : 'desc');
      function key(row) { var c = row.cells[col]; return c.hasAttribute('data-v') ? c.getAttribute('data-v') : c.textContent; }
      rows.sort(function (a, b) {
        var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
        var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'zh-CN');
        return asc ? r : -r;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
</script>
)";

std::string td(const std::string& text, const std::string& cls = {}, const std::string& sort = {}) {
    std::string s = "<td";
    if (!cls.empty()) s += " class=\"" + cls + "\"";
    if (!sort.empty()) s += " data-v=\"" + html_escape(sort) + "\"";
    return s + ">" + text + "</td>";
}

std::string num(int n) {
    return td(std::to_string(n), n ? "n bad" : "n");
}

std::string rollup_table(const std::vector<Reviewed>& reports, const Rollup& rollup,
                         const TableRollup& t) {
    const Layout l = rollup_layout(t, rollup.year);
    std::string s = "<h3>" + html_escape(l.title) + "</h3><table class=\"rollup\">";
    // Rows of the layout; cells covered by a span are skipped by the HTML table model itself.
    for (int y = 0; y < l.height; ++y) {
        s += "<tr>";
        for (const LayoutCell& c : l.cells) {
            if (c.row != y) continue;
            const bool header = c.kind == LayoutCell::Kind::header;
            s += std::string(header ? "<th" : "<td") +
                 (c.kind == LayoutCell::Kind::value ? " class=\"v\"" : "");
            if (c.rows > 1) s += " rowspan=\"" + std::to_string(c.rows) + "\"";
            if (c.cols > 1) s += " colspan=\"" + std::to_string(c.cols) + "\"";
            s += ">" + html_escape(c.text) + (header ? "</th>" : "</td>");
        }
        s += "</tr>\n";
    }
    s += "</table>";
    if (!t.left_out.empty()) {
        s += "<details open><summary>未纳入汇总的报告（" + std::to_string(t.left_out.size()) +
             " 份）</summary><ul>";
        for (const auto& out : t.left_out)
            s += "<li><a href=\"#r" + std::to_string(out.report) + "\">" +
                 html_escape(reports[out.report].input.name) + "</a>：" + html_escape(out.reason) +
                 "</li>";
        s += "</ul></details>";
    }
    return s + "\n";
}

} // namespace

std::string index_html(const std::vector<Reviewed>& reports, const Rollup& rollup) {
    int read = 0, with_errors = 0, late = 0, duplicates = 0, unreadable = 0;
    for (const Reviewed& r : reports) {
        if (!r.ok) {
            ++unreadable;
            continue;
        }
        ++read;
        with_errors += r.errors > 0;
        late += judge_deadline(r.report.meta).late;
        duplicates += !r.duplicates.empty();
    }
    std::string s = head;
    s += "<h1>政府信息公开工作年度报告审查结果</h1>\n<p class=\"summary\"><span>文件 " +
         std::to_string(reports.size()) + " 个</span><span>已检查 " + std::to_string(read) +
         " 份</span><span class=\"" + (with_errors ? "bad" : "") + "\">有错误 " +
         std::to_string(with_errors) + " 份</span><span>逾期 " + std::to_string(late) +
         " 份</span><span>同机关同年度重复 " + std::to_string(duplicates) +
         " 份</span><span class=\"" + (unreadable ? "bad" : "") + "\">无法读取 " +
         std::to_string(unreadable) + " 个</span></p>\n";
    s += "<p>汇总表：<a href=\"汇总.xlsx\">汇总.xlsx</a>。点击表头排序。</p>\n";

    s += "<h2>报告</h2>\n<table class=\"sortable\" "
         "id=\"reports\"><thead><tr><th>机关</th><th>类别</th><th>年度</th>"
         "<th>格式</th><th>错误</th><th>警告</th><th>提示</th><th>落款日期</th><th>是否按期</"
         "th><th>文件</th>"
         "<th>批注副本</th></tr></thead><tbody>\n";
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const Reviewed& r = reports[i];
        if (!r.ok) continue;
        const Metadata& m = r.report.meta;
        const DeadlineVerdict d = judge_deadline(m);
        std::string agency = "<a href=\"#r" + std::to_string(i) + "\">" +
                             html_escape(m.agency.empty() ? "（未识别）" : m.agency) + "</a>";
        if (!r.duplicates.empty())
            agency += " <span class=\"bad\" title=\"同一机关同一年度有多份报告\">重复</span>";
        s += "<tr" + std::string(r.duplicates.empty() ? "" : " class=\"dup\"") + ">" +
             td(agency, {}, m.agency) + td(kind_words(m.kind)) +
             td(m.year ? std::to_string(*m.year) : "", "n") + td(format_words(r.report)) +
             num(r.errors) + td(std::to_string(r.warnings), "n") +
             td(std::to_string(r.hints), "n") + td(m.date ? date_words(*m.date) : "") +
             td(html_escape(d.words), d.late ? "bad" : "") + td(html_escape(r.input.name)) +
             td(r.copy.empty() ? html_escape(r.copy_note)
                               : "<a href=\"" + href(r.copy) + "\">批注副本</a>") +
             "</tr>\n";
    }
    s += "</tbody></table>\n";

    if (unreadable) {
        s += "<h2>无法读取的文件</h2>\n<ul id=\"unreadable\">";
        for (const Reviewed& r : reports)
            if (!r.ok)
                s += "<li>" + html_escape(r.input.name) + "：" + html_escape(r.error) + "</li>";
        s += "</ul>\n";
    }

    s += "<h2>汇总</h2>\n";
    if (!rollup.year)
        s += "<p>没有可汇总的报告。</p>\n";
    else
        for (const TableRollup& t : rollup.tables)
            s += rollup_table(reports, rollup, t);

    s += "<h2>各报告的问题</h2>\n";
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const Reviewed& r = reports[i];
        if (!r.ok) continue;
        s += "<section id=\"r" + std::to_string(i) + "\"><h3>" +
             html_escape(r.report.meta.agency.empty() ? r.input.name : r.report.meta.agency) +
             " <small>" + html_escape(r.input.name) + "</small></h3>";
        if (!r.copy.empty()) s += "<p><a href=\"" + href(r.copy) + "\">批注副本</a></p>";
        if (r.findings.empty()) {
            s += "<p>未发现问题。</p></section>\n";
            continue;
        }
        s += "<table><thead><tr><th>级别</th><th>位置</th><th>说明</th><th>规则</th></tr></"
             "thead><tbody>";
        for (const Finding& f : r.findings)
            s += "<tr><td class=\"" + severity_class(f.severity) + "\">" +
                 std::string(severity_label(f.severity)) + "</td><td>" +
                 html_escape(place_words(f)) + "</td><td>" + html_escape(f.message) +
                 (f.fix ? "（可改为 " + html_escape(*f.fix) + "）" : std::string()) + "</td><td>" +
                 html_escape(f.rule) + "</td></tr>";
        s += "</tbody></table></section>\n";
    }
    return s + script + "</body></html>\n";
}

} // namespace nianbao::cli::review
