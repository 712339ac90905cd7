// Test support for prose rules: replace a section's paragraphs in the valid report.
#pragma once

#include "support/builder.hpp"

namespace nianbao::testing {

inline void set_prose(Report& r, const std::string& key, std::vector<std::string> paragraphs) {
    for (auto& s : r.sections)
        if (s.key == key) {
            s.paragraphs.clear();
            for (auto& p : paragraphs) s.paragraphs.push_back({p, {}});
            return;
        }
}

inline void add_prose(Report& r, const std::string& key, const std::string& paragraph) {
    for (auto& s : r.sections)
        if (s.key == key) {
            s.paragraphs.push_back({paragraph, {}});
            return;
        }
}

inline void received(Report& r, const std::string& n, const std::string& carried = "0") {
    set_cell(r, TableId::requests, "1", "natural", n);
    set_cell(r, TableId::requests, "1", "total", n);
    set_cell(r, TableId::requests, "2", "natural", carried);
    set_cell(r, TableId::requests, "2", "total", carried);
}

} // namespace nianbao::testing
