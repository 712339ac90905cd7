// Renders a report model as plain text in one of the layouts the reader understands. Used to
// produce test variants and text templates from the format declarations.
#pragma once

#include <string>

#include "nianbao/export.hpp"
#include "nianbao/model.hpp"

namespace nianbao {

enum class TextLayout {
    tabs,          // tab-separated cells, as copied from a web page
    one_per_line,  // every cell on a line of its own (empty cells are left out)
    pipes,         // |-separated lines
    markdown,      // # headings and markdown tables
    browser_copy,  // text copied out of a browser (innerText): one cell per line, blank lines and a
                   // line with a tab between cells, a blank cell as a no-break space, indented headings
    pipe_cells,    // some sites' text export: each cell on a line ending in " |", "|||" between rows
                   // (empty cells are left out)
};

NIANBAO_API std::string render_text_report(const Report& report, TextLayout layout);

// A complete report in the 2021 format with every value cell set to `value` (default "0"),
// all six sections with a placeholder paragraph, a title and a signature.
NIANBAO_API Report make_standard_report(const std::string& agency, int year, const std::string& value = "0");

} // namespace nianbao
