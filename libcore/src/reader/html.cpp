// Web pages (a report copied from a government website): block elements become lines, <tr>/<td>
// rows of cells with the byte span of each cell's content, for the same assembly as text files.
#include <cctype>

#include "nianbao/document.hpp"
#include "nianbao/text.hpp"
#include "reader/internal.hpp"

namespace nianbao::reading {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Decodes the character references that pages use: &nbsp; &amp; &lt; &gt; &quot; &#NNN; &#xHH;
std::string decode_entities(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') { out += s[i]; continue; }
        std::size_t semi = s.find(';', i);
        if (semi == std::string_view::npos || semi - i > 10) { out += s[i]; continue; }
        std::string_view name = s.substr(i + 1, semi - i - 1);
        char32_t c = 0;
        if (name == "nbsp") c = U' ';
        else if (name == "amp") c = '&';
        else if (name == "lt") c = '<';
        else if (name == "gt") c = '>';
        else if (name == "quot") c = '"';
        else if (name == "ldquo") c = U'“';
        else if (name == "rdquo") c = U'”';
        else if (!name.empty() && name[0] == '#') {
            try {
                c = name.size() > 1 && (name[1] == 'x' || name[1] == 'X') ? char32_t(std::stoul(std::string(name.substr(2)), nullptr, 16))
                                                                        : char32_t(std::stoul(std::string(name.substr(1))));
            } catch (...) {
                c = 0;
            }
        }
        if (c == 0 || c > 0x10FFFF) { out += s[i]; continue; }
        append_utf8(out, c);
        i = semi;
    }
    return out;
}

bool block_tag(const std::string& t) {
    static const char* blocks[] = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "title", "section", "article", "table", "tr"};
    for (const char* b : blocks)
        if (t == b) return true;
    return false;
}

} // namespace

bool looks_like_html(std::string_view text) {
    std::string head = lower(text.substr(0, 2048));
    return head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos ||
           (head.find("<table") != std::string::npos && head.find("<td") != std::string::npos);
}

std::vector<DocumentLine> html_lines(std::string_view text) {
    std::vector<DocumentLine> lines;
    std::string paragraph;  // text outside tables
    GridRow row;
    bool in_row = false, in_cell = false;
    std::size_t cell_start = 0;
    std::string cell;
    int line = 1;
    std::size_t line_counted = 0;
    auto line_at = [&](std::size_t pos) {
        for (; line_counted < pos && line_counted < text.size(); ++line_counted)
            if (text[line_counted] == '\n') ++line;
        return line;
    };
    auto flush_paragraph = [&](std::size_t pos) {
        std::string t = trim(decode_entities(paragraph));
        paragraph.clear();
        if (t.empty()) return;
        DocumentLine d;
        d.source = {line_at(pos), 1, pos, 0, {}, {}};
        d.text = t;
        d.row = paragraph_cells(t, d.source);
        lines.push_back(std::move(d));
    };
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] != '<') {
            std::size_t next = text.find('<', i);
            if (next == std::string_view::npos) next = text.size();
            std::string_view chunk = text.substr(i, next - i);
            if (in_cell) cell += chunk;
            else if (!in_row) {
                for (char c : chunk) paragraph += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
            }
            i = next;
            continue;
        }
        std::size_t close = text.find('>', i);
        if (close == std::string_view::npos) break;
        std::string tag = lower(text.substr(i + 1, close - i - 1));
        const bool end = !tag.empty() && tag[0] == '/';
        std::string name = tag.substr(end ? 1 : 0);
        name = name.substr(0, name.find_first_of(" \t\r\n/"));
        if (!end && (name == "script" || name == "style")) {  // skip their content
            std::size_t stop = lower(text.substr(close)).find("</" + name);
            i = stop == std::string::npos ? text.size() : close + stop;
            continue;
        }
        if (name == "td" || name == "th") {
            if (!end) {
                in_cell = true;
                cell.clear();
                cell_start = close + 1;
            } else if (in_cell) {
                GridCell c;
                c.text = trim(decode_entities(cell));
                // The span of the cell's content, so that fill -o can replace it in the page.
                c.source = {line_at(cell_start), 1, cell_start, i - cell_start, {}, {}};
                row.cells.push_back(std::move(c));
                in_cell = false;
            }
        } else if (name == "tr") {
            if (!end) {
                flush_paragraph(i);
                row = GridRow{};
                row.source.line = line_at(i);
                in_row = true;
            } else if (in_row) {
                DocumentLine d;
                d.table_row = true;
                d.source = row.source;
                d.row = std::move(row);
                lines.push_back(std::move(d));
                row = GridRow{};
                in_row = false;
            }
        } else if (in_cell && (name == "br" || name == "p")) {
            cell += ' ';  // a label broken over lines inside one cell
        } else if (!in_row && block_tag(name)) {
            flush_paragraph(i);
        }
        i = close + 1;
    }
    flush_paragraph(text.size());
    return lines;
}

} // namespace nianbao::reading
