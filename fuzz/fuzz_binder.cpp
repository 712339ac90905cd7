// libFuzzer target: the binder on any grid — lines split at newlines, cells at tabs, with some
// rows marked as boundaries — to reach table layouts the reader would not produce.
#include <cstdint>
#include <string_view>

#include "nianbao/binder.hpp"
#include "nianbao/engine.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    std::vector<nianbao::GridRow> rows;
    nianbao::GridRow row;
    std::string cell;
    int line = 1;
    for (char c : in) {
        if (c == '\t' || c == '\n') {
            row.cells.push_back({cell, {}});
            cell.clear();
            if (c == '\n') {
                row.source.line = line++;
                row.boundary = !row.cells.empty() && row.cells.front().text == "#";
                rows.push_back(std::move(row));
                row = {};
            }
        } else {
            cell.push_back(c);
        }
    }
    nianbao::BindResult r = nianbao::bind_tables(rows);
    if (r.consumed.size() != rows.size()) __builtin_trap();
    nianbao::Report report;
    report.tables = std::move(r.tables);
    (void)nianbao::check(report);
    return 0;
}
