// A document as every reader sees it: a sequence of lines — text lines or paragraphs, and rows of
// office tables — assembled into the report model by one function, so a text file and a Writer
// document are understood the same way.
#pragma once

#include <string>
#include <vector>

#include "nianbao/binder.hpp"
#include "nianbao/export.hpp"
#include "nianbao/model.hpp"
#include "nianbao/reader.hpp"

namespace nianbao {

struct DocumentLine {
    std::string text;        // the paragraph or line as written (empty for an office table row)
    GridRow row;             // its cells: a text line split by its layout, or the office cells
    SourcePos source;        // where the line is
    bool table_row = false;  // from an office table: never a heading, title or paragraph
};

struct Assembled {
    Report report;
    std::string error;  // Chinese, when nothing of a report was found
};

NIANBAO_API Assembled assemble_report(const std::vector<DocumentLine>& lines);

// The last step of every file reader (text, PDF): assembles `lines` into `result.report`, keeping
// `result.report.source_name`, and sets `result.ok`, or `result.error` when no report was found.
NIANBAO_API void assemble_into(ReadResult& result, const std::vector<DocumentLine>& lines);

// A report title kept only in the document's properties — Writer keeps a web page's <title> so
// when it converts the page to .docx or PDF — read as the text reader would see it: a first line
// before the text. Only when the lines have no title of their own and `title` reads as a report's
// title; every later line then moves one down (its SourcePos.line). True when the line was added.
NIANBAO_API bool add_title_line(std::vector<DocumentLine>& lines, const std::string& title);

// Splits a paragraph of an office document into cells the way a text line is split (pasted
// text keeps its tabs), with `source` as the position of every cell.
NIANBAO_API GridRow paragraph_cells(const std::string& text, const SourcePos& source);

} // namespace nianbao
