// Text boxes → visual lines of segments. A segment is the text of one cell on one visual line:
// boxes closer than a gap wider than a space are one segment (a CJK run and the digits printed in
// another font beside it), a wider gap starts a new one (the next cell, or a tab stop).
// Page headers, footers and page numbers are dropped here.
#pragma once

#include "page_text.hpp"

#include <string>
#include <vector>

namespace nianbao::pdf {

struct Segment {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    std::string text;
    double font_size = 0;
    bool value = false;      // a number, "/", "—" or 无: what a value cell of the tables holds
    bool used = false;       // taken into a table row
    bool text_value = false; // a value of rows that form no grid (tab stops): stays in its line
    // Where the segment's last box starts (its byte offset in `text`, its left edge) and where
    // the boxes before it end: a value printed right after a label that fills its cell.
    std::size_t tail_at = 0;
    double tail_x0 = 0, head_x1 = 0;

    double height() const { return y1 - y0; }
    double centre_y() const { return (y0 + y1) / 2; }
};

struct PageLine {
    int page = 0; // 1-based
    double page_width = 0;
    double y0 = 0, y1 = 0;
    std::vector<Segment> segments; // left to right
    bool pipes = false;            // holds "|": a markdown table printed as text, split as text
};

// Lines of every page in reading order (page, then top to bottom).
std::vector<PageLine> page_lines(const std::vector<PageText>& pages);

// True for text a value cell holds: 12, 1,234, 0.5, 251000元, 3%, /, —, 无.
bool value_text(const std::string& text);

// True for a page number or a page footer such as "- 3 -", "第 3 页 共 9 页", "3/9".
bool page_number_text(const std::string& text);

} // namespace nianbao::pdf
