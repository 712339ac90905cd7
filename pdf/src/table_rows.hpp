// Visual lines → document lines: the tables' rows rebuilt from geometry, everything else as text.
//
// A value (a number, "/", "—") standing alone between wide gaps is a cell. Values sharing a top,
// centre or bottom form a row; a number broken over two lines of a narrow column is joined first.
// Consecutive rows form a table until a line reaches into the value columns (a column header, a
// heading, prose); the table's columns are the clusters of its values' left edges (or centres or
// right edges, whichever cluster tighter), so a row lacking a value in a column gets a blank cell
// there. Label text left of the values is gathered into blocks (lines of one cell are closer than
// rows are); a block belongs to the first row it overlaps — a label merged over several rows goes
// to its first row, as in Writer's own table model — and a block between rows that overlaps no
// value is a row whose cells are all blank. A label cut by a page break is joined to the label it
// continues. Rows are emitted like a Writer table row: labels, then one cell per column.
#pragma once

#include "nianbao/document.hpp"
#include "page_lines.hpp"

#include <vector>

namespace nianbao::pdf {

std::vector<DocumentLine> document_lines(std::vector<PageLine>& lines);

} // namespace nianbao::pdf
