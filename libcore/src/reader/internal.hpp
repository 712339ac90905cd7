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

struct Heading {
    std::string key;
    int number = 0;
    std::string text;  // without numbering and markup
    bool standard = true;
};

std::optional<Heading> parse_heading(std::string_view line);

struct Title {
    std::string agency;
    std::optional<int> year;
};

// A title line names 政府信息公开 and 报告.
bool looks_like_title(std::string_view line);
Title parse_title(std::string_view line);

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
