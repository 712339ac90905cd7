// What each fuzz target asserts beyond "no crash", as functions: the libFuzzer targets trap when
// one returns false, and tests/fuzz_regressions_test.cpp replays every crash input through them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nianbao/autofill.hpp"
#include "nianbao/binder.hpp"
#include "nianbao/engine.hpp"
#include "nianbao/reader.hpp"
#include "nianbao/text.hpp"
#include "nianbao/value.hpp"

namespace nianbao::fuzz {

// Any bytes through the reader, every rule and autofill; the edits applied to the text and the
// model. A second autofill after applying the edits must yield no edit.
inline bool reader_properties_hold(std::string_view bytes) {
    ReadResult r = read_text_report(bytes);
    if (!r.ok) return true;
    const FillOptions options{.blank_as_zero = bytes.size() % 2 == 0};
    (void)check(r.report);
    FillResult fill = autofill(r.report, options);
    int skipped = 0;
    (void)apply_edits_to_text(r.text, fill.edits, skipped);
    apply_edits(r.report, fill.edits);
    return fill.edits.empty() || autofill(r.report, options).edits.empty();
}

// A number read back from its own formatting is the same number; the label/value short cut of
// looks_like_value() agrees with the full parse.
inline bool value_properties_hold(std::string_view s) {
    const Value v = parse_value(s);
    if (v.has_number()) {
        const Value again = parse_value(format_amount(v.amount));
        if (!again.has_number() || !(again.amount == v.amount)) return false;
    }
    const bool value_like = v.state != ValueState::blank && v.state != ValueState::text;
    if (looks_like_value(s) != value_like) return false;
    (void)parse_chinese_numeral(to_u32(s));
    (void)normalize_label(s);
    return true;
}

// Lines (\n) of cells (\t) as a grid, rows whose first cell is "#" as boundaries, through the
// binder and the rules: one "consumed" flag per row.
inline bool binder_properties_hold(std::string_view in) {
    std::vector<GridRow> rows;
    GridRow row;
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
    BindResult r = bind_tables(rows);
    if (r.consumed.size() != rows.size()) return false;
    Report report;
    report.tables = std::move(r.tables);
    (void)check(report);
    return true;
}

} // namespace nianbao::fuzz
