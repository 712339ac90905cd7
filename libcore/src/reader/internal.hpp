// Internal to the text reader.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "nianbao/binder.hpp"
#include "nianbao/document.hpp"
#include "nianbao/model.hpp"

namespace nianbao::reading {

struct Line {
    std::string_view text;  // without the line break
    std::size_t offset;     // byte offset in the decoded text
    int number;             // 1-based
};

std::vector<Line> split_lines(std::string_view text);

// Splits a line into cells: tab-separated, |-separated (markdown tables), or columns separated
// by runs of two or more spaces (pdftotext -layout). A markdown separator row has no cells.
GridRow line_cells(const Line& line);

// Page footers and page numbers from PDF extraction: "-3-", "— 3 —", "第 3 页 共 9 页".
bool is_page_footer(std::string_view line);

// A line holding only "|" after a line without any "|": it ends the cell on the line above (the
// cell-per-line export that puts each cell's closing pipe on a line of its own), so it is no
// cell itself. After a line that has pipes ("56 |") a lone "|" is an empty cell.
bool ends_cell_above(std::string_view line, std::string_view previous);

struct Heading {
    std::string key;
    int number = 0;
    std::string text;  // without numbering and markup
    bool standard = true;
    bool parenthesised = false;  // numbered （一）, the numbering of sub-headings in most reports
};

std::optional<Heading> parse_heading(std::string_view line);

struct Title {
    std::string agency;
    std::optional<int> year;
};

// A title line names 政府信息公开 and 报告 and has no sentence punctuation (a preamble sentence
// that names the report is not its title).
bool looks_like_title(std::string_view line);
// A line that can be part of a title wrapped over lines: short, no sentence punctuation.
bool is_title_fragment(std::string_view line);
// The line above a title that names no agency: the agency ("孝感市人民政府办公室", "…办公厅"), or the
// agency and the year ("惠州市公共资源交易中心惠阳分中心2019年").
bool looks_like_agency_line(std::string_view line);
Title parse_title(std::string_view line);

struct TitleLines {
    int first = -1, last = -1;  // the lines of the title (blank lines between them included)
    std::string text;           // joined, without markup
};

// The title among lines [0, end) (end: the first heading), from one line or two; `cells` is the
// number of non-empty cells of each line.
TitleLines find_title(const std::vector<DocumentLine>& lines, const std::vector<int>& cells, std::size_t end);

// Forgets the headings that are sub-headings inside a section, such as （一）主动公开政府信息情况
// inside 一、总体情况 (the rule is in headings.cpp).
void drop_sub_headings(std::vector<std::optional<Heading>>& headings);

std::optional<Date> parse_date_line(std::string_view line);
// The year of a statistical period "2023年1月1日至2023年12月31日" in a line.
std::optional<int> period_year(std::string_view line);
// The first plausible year "2023年" in a line.
std::optional<int> first_year(std::string_view line);

// A web page: <!DOCTYPE html>, <html>, or table markup near the start.
bool looks_like_html(std::string_view text);
// The lines of a web page: block elements as paragraphs, <tr> rows of <td>/<th> cells.
std::vector<DocumentLine> html_lines(std::string_view text);

// Without leading markdown '#', '>' and HTML tags, trimmed.
std::string strip_markup(std::string_view line);

} // namespace nianbao::reading
