// Lines and cells: every layout of format.md §7 becomes rows of cells with byte spans.
#include <algorithm>

#include "nianbao/text.hpp"
#include "nianbao/value.hpp"
#include "reader/internal.hpp"

namespace nianbao::reading {
namespace {

bool ascii_space(char c) { return c == ' ' || c == '\t'; }

// A cell from the byte range [b, e) of the line, trimmed, with its span.
GridCell make_cell(const Line& line, std::size_t b, std::size_t e) {
    std::string_view t = line.text;
    // Trim ASCII spaces and U+3000 (E3 80 80) at both ends.
    auto starts_ideo = [&](std::size_t i) { return i + 3 <= e && t.substr(i, 3) == "\xE3\x80\x80"; };
    auto ends_ideo = [&](std::size_t j) { return j >= b + 3 && t.substr(j - 3, 3) == "\xE3\x80\x80"; };
    while (b < e && (ascii_space(t[b]) || starts_ideo(b))) b += ascii_space(t[b]) ? 1 : 3;
    while (e > b && (ascii_space(t[e - 1]) || ends_ideo(e))) e -= ascii_space(t[e - 1]) ? 1 : 3;
    GridCell c;
    c.text = std::string(t.substr(b, e - b));
    c.source.line = line.number;
    c.source.column = int(count_chars(t.substr(0, b))) + 1;
    c.source.offset = line.offset + b;
    c.source.length = e - b;
    return c;
}

bool separator_row(const GridRow& row) {
    if (row.cells.empty()) return false;
    for (const auto& c : row.cells) {
        if (c.text.empty()) continue;
        for (char ch : c.text)
            if (ch != '-' && ch != ':' && ch != ' ') return false;
    }
    return true;
}

// pdftotext sometimes leaves a single space between a label and the first value
// ("4.保护第三方合法权益 0"), or between two narrow columns ("32 14069"): split such trailing
// numbers into cells of their own.
void split_trailing_values(const Line& line, GridRow& row) {
    std::vector<GridCell> out;
    for (auto& c : row.cells) {
        std::vector<GridCell> tail;
        std::size_t end = c.text.size();
        for (;;) {
            std::size_t sp = c.text.rfind(' ', end == 0 ? 0 : end - 1);
            if (sp == std::string::npos || sp == 0) break;
            std::string token = c.text.substr(sp + 1, end - sp - 1);
            if (token.empty() || !looks_like_value(token)) break;
            std::size_t b = c.source.offset - line.offset + sp + 1;
            tail.insert(tail.begin(), make_cell(line, b, b + token.size()));
            end = sp;
            while (end > 0 && c.text[end - 1] == ' ') --end;
        }
        if (tail.empty() || end == 0) { out.push_back(std::move(c)); continue; }
        std::string head = c.text.substr(0, end);
        // A head that is a number too: narrow columns squeezed to one space ("32 14069"), one
        // cell per number. A long head is prose that ends in numbers: left whole.
        if (count_chars(head) > 30) { out.push_back(std::move(c)); continue; }
        std::size_t b = c.source.offset - line.offset;
        out.push_back(make_cell(line, b, b + end));
        for (auto& t : tail) out.push_back(std::move(t));
    }
    row.cells = std::move(out);
}

} // namespace

std::vector<Line> split_lines(std::string_view text) {
    std::vector<Line> lines;
    const char sep = text.find('\n') == std::string_view::npos && text.find('\r') != std::string_view::npos ? '\r' : '\n';
    std::size_t pos = 0;
    int number = 1;
    while (pos <= text.size()) {
        std::size_t nl = text.find(sep, pos);
        std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        std::string_view l = text.substr(pos, end - pos);
        if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
        // A form feed from pdftotext starts a new page: drop it.
        while (!l.empty() && l.front() == '\f') { l.remove_prefix(1); ++pos; }
        lines.push_back({l, pos, number++});
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
    }
    return lines;
}

GridRow line_cells(const Line& line) {
    GridRow row;
    row.source.line = line.number;
    row.source.column = 1;
    row.source.offset = line.offset;
    row.source.length = line.text.size();
    std::string_view t = line.text;
    if (t.find('\t') != std::string_view::npos) {
        row.cells.reserve(std::size_t(std::count(t.begin(), t.end(), '\t')) + 1);
        std::size_t b = 0;
        for (;;) {
            std::size_t e = t.find('\t', b);
            row.cells.push_back(make_cell(line, b, e == std::string_view::npos ? t.size() : e));
            if (e == std::string_view::npos) break;
            b = e + 1;
        }
        return row;
    }
    std::size_t first = t.find_first_not_of(' ');
    std::size_t pipes = std::size_t(std::count(t.begin(), t.end(), '|'));
    // Markdown rows ("| a | b |"), and the cell-per-line export of some sites, where each cell
    // ends in " |" ("规章 |", "0 |") and lines of bare pipes ("|||") stand between rows.
    const bool pipe_row = first != std::string_view::npos &&
                          (pipes >= 2 || (pipes == 1 && (t[first] == '|' || t[t.find_last_not_of(' ')] == '|')));
    if (pipe_row) {
        std::size_t b = t[first] == '|' ? first + 1 : 0;
        std::size_t last = t.find_last_not_of(' ');
        std::size_t stop = t[last] == '|' ? last : t.size();
        if (b > stop) {  // a lone "|": an empty cell of a cell-per-line export
            row.cells.push_back(make_cell(line, first, first));
            row.cells.back().blank = true;
            return row;
        }
        for (;;) {
            std::size_t e = t.find('|', b);
            if (e == std::string_view::npos || e > stop) e = stop;
            row.cells.push_back(make_cell(line, b, e));
            if (e >= stop) break;
            b = e + 1;
        }
        if (separator_row(row)) row.cells.clear();
        return row;
    }
    // Columns separated by two or more spaces (or an ideographic space).
    std::size_t b = 0, i = 0;
    while (i < t.size()) {
        std::size_t run = 0, j = i;
        while (j < t.size()) {
            if (t[j] == ' ') { ++run; ++j; }
            else if (t.substr(j, 3) == "\xE3\x80\x80") { run += 2; j += 3; }
            else break;
        }
        if (run >= 2 && i > 0 && j < t.size()) {
            GridCell c = make_cell(line, b, i);
            if (!c.text.empty()) row.cells.push_back(std::move(c));
            b = j;
        }
        i = j > i ? j : i + 1;
    }
    GridCell c = make_cell(line, b, t.size());
    if (!c.text.empty() || row.cells.empty()) row.cells.push_back(std::move(c));
    split_trailing_values(line, row);
    return row;
}

bool ends_cell_above(std::string_view line, std::string_view previous) {
    if (trim_view(line) != "|") return false;
    const std::string_view above = trim_view(previous);
    return !above.empty() && above.find('|') == std::string_view::npos;
}

bool is_page_footer(std::string_view line) {
    // A footer starts with a dash or 第 (after spaces): most lines stop here.
    std::size_t start = 0;
    while (std::size_t n = space_length_at(line, start)) start += n;
    const std::string_view first = line.substr(start);
    if (!(first.starts_with("-") || first.starts_with("—") || first.starts_with("–") || first.starts_with("－") ||
          first.starts_with("第")))
        return false;
    std::u32string n;
    for (char32_t c : to_u32(line))
        if (!is_space(c)) n.push_back(fold_char(c));
    if (n.empty() || n.size() > 16) return false;
    std::size_t i = 0;
    auto dash = [](char32_t c) { return c == U'-' || c == U'—' || c == U'–' || c == U'－'; };
    auto digits = [&](std::size_t& k) {
        std::size_t s = k;
        while (k < n.size() && n[k] >= '0' && n[k] <= '9') ++k;
        return k > s;
    };
    // -3-, — 3 —
    if (dash(n[0])) {
        while (i < n.size() && dash(n[i])) ++i;
        if (!digits(i)) return false;
        while (i < n.size() && dash(n[i])) ++i;
        return i == n.size();
    }
    // 第3页 / 第3页共9页
    if (n[0] == U'第') {
        i = 1;
        if (!digits(i) || i >= n.size() || n[i] != U'页') return false;
        ++i;
        if (i == n.size()) return true;
        if (n[i] != U'共') return false;
        ++i;
        return digits(i) && i + 1 == n.size() && n[i] == U'页';
    }
    return false;
}

} // namespace nianbao::reading
