// Visual lines from text boxes; see page_lines.hpp.
#include "page_lines.hpp"

#include "nianbao/text.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace nianbao::pdf {
namespace {

// Boxes on one visual line: their vertical centres are closer than half a box height (the boxes
// of one row need not share y: digits and CJK come from different fonts).
bool same_line(const TextBox& a, double centre, double height) {
    return std::abs(a.centre_y() - centre) < 0.5 * std::min(a.height(), height);
}

// The gap between two cells (cell padding on both sides) is wider than the gap poppler leaves
// between a CJK run and digits printed beside it (2–3 pt at 12 pt in Writer's PDFs).
double cell_gap(double font_size) {
    return std::max(2.0, 0.3 * font_size);
}

std::u32string squeeze(const std::string& text) {
    std::u32string out;
    for (char32_t c : to_u32(text))
        if (!is_space(c)) out.push_back(to_halfwidth(c));
    return out;
}

// Digits with the text around them replaced: "第 3 页" and "第 4 页" are the same footer.
std::string digits_replaced(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            if (out.empty() || out.back() != '#') out.push_back('#');
        } else if (c != ' ') {
            out.push_back(c);
        }
    }
    return out;
}

bool ascii_alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string line_text(const PageLine& l) {
    std::string t;
    for (const auto& s : l.segments)
        t += s.text;
    return t;
}

// A number with text right after it, closer than a character and a half, is a word of a sentence
// ("2024 年，区住建局…" printed with spaces in a monospaced font), not a value cell: a table has no
// text right of its values. It is joined with its neighbours into one segment.
void join_prose_numbers(PageLine& l) {
    auto close = [](const Segment& a, const Segment& b) {
        return b.x0 - a.x1 < 1.5 * std::max(a.font_size, b.font_size);
    };
    for (std::size_t i = 0; i + 1 < l.segments.size(); ++i) {
        if (!l.segments[i].value || l.segments[i + 1].value ||
            !close(l.segments[i], l.segments[i + 1]))
            continue;
        std::size_t first = i;
        if (i > 0 && !l.segments[i - 1].value && close(l.segments[i - 1], l.segments[i]))
            first = i - 1;
        Segment& into = l.segments[first];
        for (std::size_t k = first + 1; k <= i + 1; ++k) {
            const Segment& s = l.segments[k];
            into.text += " " + s.text;
            into.x1 = s.x1;
            into.y0 = std::min(into.y0, s.y0);
            into.y1 = std::max(into.y1, s.y1);
        }
        into.value = false;
        l.segments.erase(l.segments.begin() + long(first) + 1, l.segments.begin() + long(i) + 2);
        i = first;
    }
}

// A label that fills its cell to the border ends closer to the next cell's value than cells
// usually stand apart ("2.没有现成信息需要另行制" 3.2 pt before "0" in a narrow Writer cell with
// cellpadding="2"), as close as digits printed beside CJK text in one cell. What tells them
// apart is the column: a value whose left or right edge is the edge of two other values on the
// page is a cell of its own; a number at the end of a sentence meets no such column.
void split_value_tails(std::vector<PageLine>& lines) {
    std::vector<std::pair<double, double>> values; // left and right edges
    for (const auto& l : lines)
        for (const auto& s : l.segments)
            if (s.value) values.push_back({s.x0, s.x1});
    auto in_column = [&](double x0, double x1) {
        int left = 0, right = 0;
        for (const auto& [a, b] : values) {
            left += std::abs(a - x0) <= 2.0;
            right += std::abs(b - x1) <= 2.0;
        }
        return left >= 2 || right >= 2;
    };
    for (auto& l : lines) {
        if (l.pipes) continue;
        for (std::size_t i = 0; i < l.segments.size(); ++i) {
            Segment& s = l.segments[i];
            if (s.value || s.tail_at == 0) continue;
            std::string head = s.text.substr(0, s.tail_at);
            const std::string tail = s.text.substr(s.tail_at);
            while (!head.empty() && head.back() == ' ')
                head.pop_back();
            if (head.empty() || !value_text(tail) || value_text(head) ||
                !in_column(s.tail_x0, s.x1))
                continue;
            Segment value = s;
            value.text = tail;
            value.x0 = s.tail_x0;
            value.value = true;
            value.tail_at = 0;
            s.text = head;
            s.x1 = s.head_x1;
            s.tail_at = 0;
            l.segments.insert(l.segments.begin() + long(i) + 1, value);
        }
    }
}

// A markdown table row printed as text and wrapped at the right margin: its rest, on the next
// line, continues it ("| 1. 申请人…申请 | 9 | 0 | 0 | 0 | 0 |" then "0 | 9 |"). A line is wrapped
// when it reaches the page's right text edge and either it does not end a row ("|") or the next
// line does not start one.
void join_wrapped_pipe_rows(std::vector<PageLine>& lines) {
    std::map<int, double> right; // page -> right edge of its text
    for (const auto& l : lines)
        if (!l.segments.empty()) right[l.page] = std::max(right[l.page], l.segments.back().x1);
    std::vector<PageLine> out;
    for (auto& l : lines) {
        if (!out.empty() && l.pipes && out.back().pipes && out.back().page == l.page &&
            !l.segments.empty() && !out.back().segments.empty()) {
            PageLine& p = out.back();
            const Segment& last = p.segments.back();
            const bool full = last.x1 > right[p.page] - 1.5 * last.font_size;
            const bool open_end = !last.text.ends_with("|");
            const bool no_start = !l.segments.front().text.starts_with("|");
            if (full && (open_end || no_start)) {
                for (auto& g : l.segments)
                    p.segments.push_back(std::move(g));
                p.y1 = std::max(p.y1, l.y1);
                continue;
            }
        }
        out.push_back(std::move(l));
    }
    lines = std::move(out);
}

} // namespace

bool value_text(const std::string& text) {
    const std::u32string s = squeeze(text);
    if (s.empty()) return false;
    if (s == U"/" || s == U"-" || s == U"—" || s == U"——" || s == U"–" || s == U"无") return true;
    std::size_t i = 0;
    if (s[i] == U'-' || s[i] == U'+') ++i;
    const std::size_t digits_start = i;
    bool digit = false;
    while (i < s.size() && ((s[i] >= U'0' && s[i] <= U'9') || s[i] == U',' || s[i] == U'.')) {
        digit = digit || (s[i] >= U'0' && s[i] <= U'9');
        ++i;
    }
    // "1." and "3、" number labels ("1.属于国家秘密" broken after its number) are no values.
    if (!digit || s[digits_start] == U',' || s[digits_start] == U'.' || s[i - 1] == U'.' ||
        s[i - 1] == U',')
        return false;
    const std::u32string unit = s.substr(i);
    return unit.empty() || unit == U"元" || unit == U"万元" || unit == U"%" || unit == U"件" ||
           unit == U"个" || unit == U"条";
}

bool page_number_text(const std::string& text) {
    const std::u32string n = squeeze(text);
    if (n.empty() || n.size() > 16) return false;
    auto dash = [](char32_t c) {
        return c == U'-' || c == U'—' || c == U'–' || c == U'－' || c == U'·';
    };
    std::size_t i = 0;
    auto digits = [&]() {
        const std::size_t s = i;
        while (i < n.size() && n[i] >= U'0' && n[i] <= U'9')
            ++i;
        return i > s;
    };
    // 3, -3-, — 3 —, 3/9
    while (i < n.size() && dash(n[i]))
        ++i;
    if (digits()) {
        if (i < n.size() && n[i] == U'/') {
            ++i;
            if (!digits()) return false;
        }
        while (i < n.size() && dash(n[i]))
            ++i;
        return i == n.size();
    }
    // 第3页, 第3页共9页, 第3页/共9页
    i = 0;
    if (n[i++] != U'第' || !digits() || i >= n.size() || n[i++] != U'页') return false;
    if (i == n.size()) return true;
    if (n[i] == U'/' || n[i] == U'，' || n[i] == U',') ++i;
    if (i >= n.size() || n[i++] != U'共' || !digits()) return false;
    return i == n.size() || (n[i] == U'页' && i + 1 == n.size());
}

std::vector<PageLine> page_lines(const std::vector<PageText>& pages) {
    std::vector<PageLine> out;
    for (const PageText& page : pages) {
        std::vector<const TextBox*> boxes;
        for (const auto& b : page.boxes)
            boxes.push_back(&b);
        std::stable_sort(boxes.begin(), boxes.end(),
                         [](const TextBox* a, const TextBox* b) { return a->y0 < b->y0; });
        // Greedy grouping top to bottom; a box joins the nearest open line it fits.
        std::vector<std::vector<const TextBox*>> lines;
        std::vector<double> centre, height;
        for (const TextBox* b : boxes) {
            int found = -1;
            for (int k = int(lines.size()) - 1; k >= 0 && k >= int(lines.size()) - 4; --k)
                if (same_line(*b, centre[std::size_t(k)], height[std::size_t(k)])) {
                    found = k;
                    break;
                }
            if (found < 0) {
                lines.push_back({b});
                centre.push_back(b->centre_y());
                height.push_back(b->height());
            } else {
                lines[std::size_t(found)].push_back(b);
            }
        }
        std::vector<PageLine> page_out;
        for (auto& l : lines) {
            std::stable_sort(l.begin(), l.end(),
                             [](const TextBox* a, const TextBox* b) { return a->x0 < b->x0; });
            PageLine pl;
            pl.page = page.number;
            pl.page_width = page.width;
            pl.y0 = l.front()->y0;
            pl.y1 = l.front()->y1;
            for (const TextBox* b : l) {
                pl.y0 = std::min(pl.y0, b->y0);
                pl.y1 = std::max(pl.y1, b->y1);
                if (!pl.segments.empty() &&
                    b->x0 - pl.segments.back().x1 < cell_gap(b->font_size)) {
                    Segment& s = pl.segments.back();
                    if (ascii_alnum(s.text.back()) && ascii_alnum(b->text.front()))
                        s.text += ' '; // "Page 3"
                    s.tail_at = s.text.size();
                    s.tail_x0 = b->x0;
                    s.head_x1 = s.x1;
                    s.text += b->text;
                    s.x1 = std::max(s.x1, b->x1);
                    s.y0 = std::min(s.y0, b->y0);
                    s.y1 = std::max(s.y1, b->y1);
                    continue;
                }
                pl.segments.push_back({b->x0, b->y0, b->x1, b->y1, b->text, b->font_size});
            }
            for (auto& s : pl.segments) {
                s.value = value_text(s.text);
                pl.pipes = pl.pipes || s.text.find('|') != std::string::npos;
            }
            page_out.push_back(std::move(pl));
        }
        split_value_tails(page_out);
        for (auto& pl : page_out)
            join_prose_numbers(pl);
        std::stable_sort(page_out.begin(), page_out.end(),
                         [](const PageLine& a, const PageLine& b) { return a.y0 < b.y0; });
        for (auto& l : page_out)
            out.push_back(std::move(l));
    }

    // Page furniture: in the top or bottom 8 % of a page, a page number, or a line repeated on
    // other pages at the same place (digits aside: "第 3 页").
    std::map<std::string, int> repeated;
    auto margin = [&](const PageLine& l) {
        const double h = pages[std::size_t(l.page - 1)].height;
        return h > 0 && (l.y1 < 0.08 * h || l.y0 > 0.92 * h);
    };
    for (const auto& l : out)
        if (margin(l)) ++repeated[digits_replaced(line_text(l))];
    std::vector<PageLine> kept;
    for (auto& l : out) {
        // "— 3 —" or "第 3 页" anywhere is a footer (a text copy with its page footers, printed):
        // dropped as the text reader drops it. A bare number may be a value: only in a margin.
        // (Its first piece is looked at first: most lines are no footer.)
        const std::string& head = l.segments.front().text;
        bool footer_start = false;
        for (const char* start : {"第", "-", "—", "–", "－", "·"})
            footer_start = footer_start || head.starts_with(start);
        if (footer_start && page_number_text(line_text(l))) continue;
        if (margin(l)) {
            const std::string t = line_text(l);
            const double h = pages[std::size_t(l.page - 1)].height;
            // A bare number at the top of a page may be a table row carried over: only footers.
            const bool bare = t.find_first_not_of("0123456789 ") == std::string::npos;
            if ((page_number_text(t) && (!bare || l.y0 > 0.92 * h)) ||
                (pages.size() > 1 && repeated[digits_replaced(t)] > 1))
                continue;
        }
        kept.push_back(std::move(l));
    }
    join_wrapped_pipe_rows(kept);
    return kept;
}

} // namespace nianbao::pdf
