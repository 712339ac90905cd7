// Test support implementation.
#include "support/builder.hpp"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "nianbao/text_writer.hpp"
#include "nianbao/value.hpp"

namespace nianbao::testing {

Report valid_report() { return make_standard_report("某县住房和城乡建设局", 2024); }

void set_cell(Report& report, TableId table, const std::string& row, const std::string& column,
              const std::string& text) {
    Table* t = report.table(table);
    if (!t) throw std::runtime_error("no table");
    Cell* c = t->cell(row, column);
    if (!c) throw std::runtime_error("no cell " + row + "/" + column);
    c->raw = text;
    c->value = parse_value(text);
    c->present = true;
}

std::vector<Finding> findings_of(const Report& report, const std::string& rule) {
    std::vector<Finding> out;
    for (auto& f : check(report))
        if (f.rule == rule) out.push_back(f);
    return out;
}

std::string render_findings(const std::vector<Finding>& findings) {
    std::string out;
    for (const auto& f : findings)
        out += std::to_string(f.location.source.line) + "\t" + f.rule + "\t" + std::string(severity_key(f.severity)) +
               "\t" + location_key(f.location) + "\t" + (f.fix ? *f.fix : "-") + "\t" + f.message + "\n";
    return out;
}

std::string location_key(const Location& l) {
    switch (l.kind) {
    case Location::Kind::document: return "document";
    case Location::Kind::table: return l.table + (l.row.empty() ? "" : "/" + l.row);
    case Location::Kind::cell: return l.table + "/" + l.row + "/" + l.column;
    case Location::Kind::text: return l.section + "#" + std::to_string(l.paragraph);
    }
    return "";
}

void run_rule_cases(const std::string& rule, const std::vector<RuleCase>& cases) {
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        Report r = valid_report();
        if (c.change) c.change(r);
        auto found = findings_of(r, rule);
        ASSERT_EQ(found.size(), c.expected.size()) << (found.empty() ? "" : found.front().message);
        for (std::size_t i = 0; i < found.size(); ++i) {
            EXPECT_EQ(found[i].rule, rule);
            EXPECT_EQ(location_key(found[i].location), c.expected[i].location) << found[i].message;
            EXPECT_EQ(found[i].fix, c.expected[i].fix) << found[i].message;
            EXPECT_FALSE(found[i].message.empty());
            EXPECT_FALSE(c.expected[i].says.empty()) << "the case must name what the message says: " << found[i].message;
            for (const auto& words : c.expected[i].says)
                EXPECT_NE(found[i].message.find(words), std::string::npos)
                    << "the message does not say “" << words << "”: " << found[i].message;
        }
    }
}

Report read_text(const std::string& text) {
    ReadResult r = read_text_report(text);
    if (!r.ok) throw std::runtime_error(r.error);
    return r.report;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string data_path(const std::string& relative) { return std::string(NIANBAO_TEST_DATA) + "/" + relative; }

ReadResult read_data(const std::string& relative) { return read_text_file(data_path(relative)); }

std::vector<DocumentLine> paragraphs(const std::vector<std::string>& texts) {
    std::vector<DocumentLine> lines;
    for (const auto& t : texts) {
        DocumentLine l;
        l.text = t;
        l.source.line = int(lines.size()) + 1;
        l.source.column = 1;
        l.row = paragraph_cells(l.text, l.source);
        lines.push_back(std::move(l));
    }
    return lines;
}

} // namespace nianbao::testing
