// Recognises the standard tables in a grid or stream of cells by their labels, and tells which
// format each table follows. Readers (text files, Writer documents) feed it rows of cells.
#pragma once

#include <string>
#include <vector>

#include "nianbao/export.hpp"
#include "nianbao/model.hpp"

namespace nianbao {

struct GridCell {
    std::string text;
    SourcePos source;
    // An empty cell that the layout marks as a cell of its own (a lone "|" in a cell-per-line
    // export), as opposed to an empty line between cells.
    bool blank = false;
};

// A physical row: a line of a text file, or a row of an office table. `boundary` marks a row
// that ends any table (a section heading, a new office table that holds prose).
struct GridRow {
    std::vector<GridCell> cells;
    SourcePos source;
    bool boundary = false;
};

struct BindResult {
    std::vector<Table> tables;
    // Per input row: true when it belongs to a recognised table (header, values, or a label
    // fragment inside the table); the reader keeps the other rows as prose.
    std::vector<bool> consumed;
};

NIANBAO_API BindResult bind_tables(const std::vector<GridRow>& rows);

} // namespace nianbao
