// Writes the annotated HTML copy of a report (see annotated_page.hpp).
#include "annotated_page.hpp"

#include "html.hpp"

#include <algorithm>
#include <map>

namespace nianbao::cli::review {
namespace {

constexpr const char* style = R"(<style>
#nianbao-review{font:14px/1.6 "Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;background:#fffbe6;border:2px solid #d48806;padding:8px 16px;margin:8px 0;color:#222}
#nianbao-review h2{font-size:18px;margin:4px 0}
#nianbao-review ol{max-height:40vh;overflow:auto;margin:4px 0}#nianbao-review li{margin:2px 0}
.nb-error{color:#a8071a}.nb-warning{color:#ad6800}.nb-info{color:#0050b3}
.nb-flag{display:inline-block;font:bold 12px sans-serif;color:#fff;background:#cf1322;border-radius:8px;padding:0 5px;margin:0 2px;text-decoration:none;vertical-align:super}
.nb-flag.nb-warning{background:#d48806}.nb-flag.nb-info{background:#1d39c4}
.nb-lines{font:14px/1.5 "Noto Sans Mono CJK SC",monospace}.nb-t{white-space:pre-wrap;word-break:break-all}
.nb-line{display:flex;min-height:1.5em}.nb-no{flex:0 0 4em;color:#999;text-align:right;padding-right:1em;user-select:none}
.nb-line.nb-hit{background:#fff1f0}
.nb-mark{background:#ffccc7;outline:1px solid #cf1322}
.nb-note{margin:0 0 4px 5em;padding:2px 8px;border-left:4px solid #cf1322;background:#fff;white-space:normal;font-family:sans-serif}
.nb-note.nb-warning{border-color:#d48806}.nb-note.nb-info{border-color:#1d39c4}
</style>
)";

std::string finding_words(const Finding& f) {
    std::string s = "<b class=\"nb-" + severity_class(f.severity) + "\">" +
                    std::string(severity_label(f.severity)) + "</b> " +
                    html_escape(place_words(f)) + "：" + html_escape(f.message);
    if (f.fix) s += "（可改为 " + html_escape(*f.fix) + "）";
    return s + " <small>[" + html_escape(f.rule) + "]</small>";
}

std::string flag(const Finding& f, std::size_t k) {
    return "<a class=\"nb-flag nb-" + severity_class(f.severity) + "\" id=\"nb-" +
           std::to_string(k) + "\" href=\"#nb-list-" + std::to_string(k) + "\" title=\"" +
           html_escape(f.message) + "\">" + std::to_string(k) + "</a>";
}

// The panel: what the file is, the counts, and every finding numbered; a finding that has a mark
// in the page links to it.
std::string panel(const Reviewed& r, const std::vector<bool>& placed) {
    const Metadata& m = r.report.meta;
    std::string s =
        "<div id=\"nianbao-review\"><h2>年报检查结果：" + html_escape(r.input.name) + "</h2><p>";
    s += "机关：" + html_escape(m.agency.empty() ? "未识别" : m.agency) + "（" +
         kind_words(m.kind) + "）　年度：" + (m.year ? std::to_string(*m.year) : "未识别") +
         "　格式：" + format_words(r.report) + "　错误 " + std::to_string(r.errors) + " 个，警告 " +
         std::to_string(r.warnings) + " 个，提示 " + std::to_string(r.hints) + " 个</p>";
    if (!r.copy_note.empty()) s += "<p>" + html_escape(r.copy_note) + "</p>";
    if (r.findings.empty()) return s + "<p>未发现问题。</p></div>\n";
    s += "<ol>";
    for (std::size_t k = 0; k < r.findings.size(); ++k) {
        s += "<li id=\"nb-list-" + std::to_string(k + 1) + "\">";
        if (placed[k])
            s += "<a href=\"#nb-" + std::to_string(k + 1) + "\">[" + std::to_string(k + 1) +
                 "]</a> ";
        s += finding_words(r.findings[k]) + "</li>";
    }
    return s + "</ol></div>\n";
}

// A web page: the page itself with flags inserted at the positions the reader recorded (the start
// of a cell's content, or the tag that ended a paragraph: both lie between tags).
std::string annotate_html(const Reviewed& r) {
    const std::string& text = r.text;
    std::map<std::size_t, std::string> inserts;
    std::vector<bool> placed(r.findings.size(), false);
    for (std::size_t k = 0; k < r.findings.size(); ++k) {
        const SourcePos& s = r.findings[k].location.source;
        if (s.line <= 0 || s.offset > text.size()) continue;
        const bool between_tags = (s.offset > 0 && text[s.offset - 1] == '>') ||
                                  (s.offset < text.size() && text[s.offset] == '<');
        if (!between_tags) continue;
        inserts[s.offset] += flag(r.findings[k], k + 1);
        placed[k] = true;
    }
    std::string body_panel = std::string(style) + panel(r, placed);
    // The panel goes right after <body …>, or first when the page has no body tag.
    std::size_t body = std::string::npos;
    for (std::size_t i = text.find('<'); i != std::string::npos; i = text.find('<', i + 1)) {
        if (i + 5 <= text.size() &&
            (text.compare(i, 5, "<body") == 0 || text.compare(i, 5, "<BODY") == 0)) {
            body = text.find('>', i);
            break;
        }
    }
    if (body != std::string::npos) inserts[body + 1] = body_panel + inserts[body + 1];
    // A UTF-8 byte order mark: the copy is UTF-8 whatever charset the original page declared, and
    // a browser trusts the mark over a <meta charset>.
    std::string out = "\xEF\xBB\xBF";
    if (body == std::string::npos) out += "<meta charset=\"utf-8\">" + body_panel;
    std::size_t at = 0;
    for (const auto& [pos, html] : inserts) {
        out.append(text, at, pos - at);
        out += html;
        at = pos;
    }
    out.append(text, at, std::string::npos);
    return out;
}

// A text (or PDF text): every line numbered, a finding's cell highlighted, the finding under it.
std::string annotate_text(const Reviewed& r) {
    struct LineSpan {
        std::size_t start, end;
    };
    std::vector<LineSpan> lines;
    const std::string& text = r.text;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::size_t stop = end > start && text[end - 1] == '\r' ? end - 1 : end;
        lines.push_back({start, stop});
        if (end == text.size()) break;
        start = end + 1;
    }
    std::map<int, std::vector<std::size_t>> at_line;
    std::vector<bool> placed(r.findings.size(), false);
    for (std::size_t k = 0; k < r.findings.size(); ++k) {
        const int line = r.findings[k].location.source.line;
        if (line > 0 && std::size_t(line) <= lines.size()) {
            at_line[line].push_back(k);
            placed[k] = true;
        }
    }
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>批注：" +
        html_escape(r.input.name) + "</title>" + style + "</head><body>\n" + panel(r, placed);
    out += "<div class=\"nb-lines\">\n";
    for (std::size_t n = 1; n <= lines.size(); ++n) {
        const LineSpan& l = lines[n - 1];
        auto hit = at_line.find(int(n));
        std::string content;
        if (hit == at_line.end()) {
            content = html_escape(std::string_view(text).substr(l.start, l.end - l.start));
        } else {
            // Highlight each finding's own cell where the reader knows its bytes on this line.
            std::vector<std::pair<std::size_t, std::size_t>> marks;
            for (std::size_t k : hit->second) {
                const SourcePos& s = r.findings[k].location.source;
                if (s.length > 0 && s.offset >= l.start && s.offset + s.length <= l.end)
                    marks.emplace_back(s.offset, s.offset + s.length);
            }
            std::sort(marks.begin(), marks.end());
            std::size_t at = l.start;
            for (const auto& [from, to] : marks) {
                if (from < at) continue; // overlapping marks: the first wins
                content += html_escape(std::string_view(text).substr(at, from - at));
                content += "<span class=\"nb-mark\">" +
                           html_escape(std::string_view(text).substr(from, to - from)) + "</span>";
                at = to;
            }
            content += html_escape(std::string_view(text).substr(at, l.end - at));
            for (std::size_t k : hit->second)
                content += flag(r.findings[k], k + 1);
        }
        out += "<div class=\"nb-line" + std::string(hit == at_line.end() ? "" : " nb-hit") +
               "\" id=\"L" + std::to_string(n) + "\"><span class=\"nb-no\">" + std::to_string(n) +
               "</span><span class=\"nb-t\">" + content + "</span></div>\n";
        if (hit != at_line.end())
            for (std::size_t k : hit->second)
                out += "<div class=\"nb-note nb-" + severity_class(r.findings[k].severity) +
                       "\">[" + std::to_string(k + 1) + "] " + finding_words(r.findings[k]) +
                       "</div>\n";
    }
    return out + "</div></body></html>\n";
}

} // namespace

std::string annotated_page(const Reviewed& r) {
    if (r.kind == InputKind::html && !r.text.empty()) return annotate_html(r);
    if (!r.text.empty()) return annotate_text(r);
    std::vector<bool> placed(r.findings.size(), false);
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>批注：" +
           html_escape(r.input.name) + "</title>" + style + "</head><body>\n" + panel(r, placed) +
           "</body></html>\n";
}

} // namespace nianbao::cli::review
