// A finding: one small value type for everything a rule reports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/export.hpp"
#include "nianbao/format.hpp"
#include "nianbao/model.hpp"

namespace nianbao {

enum class Severity { info, warning, error };

NIANBAO_API std::string_view severity_key(Severity s);    // "error"
NIANBAO_API std::string_view severity_label(Severity s);  // "错误"
NIANBAO_API std::optional<Severity> parse_severity(std::string_view key);

// Where a finding points: the whole document, a table, a cell, or a span of text.
struct Location {
    enum class Kind { document, table, cell, text };
    Kind kind = Kind::document;
    std::string table;    // table key (table, cell)
    std::string row;      // row key (cell)
    std::string column;   // column key (cell)
    std::string section;  // section key (text; also the section a table belongs to)
    int paragraph = -1;   // index within the section; -1 for a heading or the title
    int start = -1, end = -1; // character span within the paragraph (code points)
    SourcePos source;

    static NIANBAO_API Location document();
    static NIANBAO_API Location of_table(const Table& table);
    static NIANBAO_API Location of_cell(const Table& table, const Cell& cell);
    static NIANBAO_API Location of_text(std::string_view section, int paragraph, int start,
                                        int end, const SourcePos& source);
};

struct Finding {
    std::string rule;
    Severity severity = Severity::error;
    std::string message;            // Chinese, one sentence, with the numbers involved
    Location location;
    std::vector<Location> related;  // cells that took part in the computation
    std::optional<std::string> fix; // the value autofill would write
};

} // namespace nianbao
