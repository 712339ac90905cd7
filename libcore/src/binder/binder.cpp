// Finds the standard tables in a stream of rows and hands each region to its table's binder.
#include "nianbao/binder.hpp"

#include <algorithm>

#include "binder/internal.hpp"

namespace nianbao {

BindResult bind_tables(const std::vector<GridRow>& rows) {
    BindResult result;
    result.consumed.assign(rows.size(), false);
    const binding::PreparedRows prepared = binding::prepare_rows(rows);
    std::size_t i = 0;
    while (i < rows.size()) {
        auto sig = rows[i].boundary ? std::nullopt : binding::table_signature(prepared[i]);
        if (!sig) { ++i; continue; }
        std::optional<FormatVersion> disclosure_format;
        for (const Table& t : result.tables)
            if (t.id == TableId::disclosure && t.format) disclosure_format = t.format->version;
        binding::Bound b = *sig == TableId::disclosure ? binding::bind_disclosure(prepared, i)
                           : *sig == TableId::requests ? binding::bind_requests(prepared, i, disclosure_format)
                                                       : binding::bind_disputes(prepared, i);
        for (std::size_t k = i; k < b.end && k < rows.size(); ++k) result.consumed[k] = true;
        auto first = std::find_if(result.tables.begin(), result.tables.end(), [&](const Table& t) { return t.id == *sig; });
        if (first == result.tables.end()) result.tables.push_back(std::move(b.table));
        else  // a second copy (pasted twice): its rows are no prose, and only the first is checked
            first->problems.push_back({"第 " + std::to_string(rows[i].source.line) + " 行起又出现了一份" +
                                           std::string(table_short_name(*sig)) + "，只检查了第一份",
                                       "", rows[i].source});
        i = std::max(b.end, i + 1);
    }
    return result;
}

} // namespace nianbao
