// Finds the standard tables in a stream of rows and hands each region to its table's binder.
#include "nianbao/binder.hpp"

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
        bool seen = false;
        for (const auto& t : result.tables) seen = seen || t.id == *sig;
        if (seen) { ++i; continue; }  // a second copy of a table: left as text
        binding::Bound b = *sig == TableId::disclosure ? binding::bind_disclosure(prepared, i)
                           : *sig == TableId::requests ? binding::bind_requests(prepared, i)
                                                       : binding::bind_disputes(prepared, i);
        for (std::size_t k = i; k < b.end && k < rows.size(); ++k) result.consumed[k] = true;
        result.tables.push_back(std::move(b.table));
        i = std::max(b.end, i + 1);
    }
    return result;
}

} // namespace nianbao
