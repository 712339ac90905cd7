// The public JSON form of findings (docs/json-output.md), written with Boost.JSON. Objects keep
// their keys in insertion order, so the order below is the documented order; the bytes are those
// of tests/golden/json/ (numbers as integers, strings escaped as JSON requires, no spaces).
#include "nianbao/json.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace nianbao {
namespace {

namespace json = boost::json;

json::object location_value(const Location& l) {
    json::object o;
    switch (l.kind) {
    case Location::Kind::document: o["kind"] = "document"; break;
    case Location::Kind::table:
        o["kind"] = "table";
        o["table"] = l.table;
        if (!l.row.empty()) o["row"] = l.row;
        break;
    case Location::Kind::cell:
        o["kind"] = "cell";
        o["table"] = l.table;
        o["row"] = l.row;
        o["column"] = l.column;
        break;
    case Location::Kind::text:
        o["kind"] = "text";
        o["section"] = l.section;
        o["paragraph"] = l.paragraph;
        o["start"] = l.start;
        o["end"] = l.end;
        break;
    }
    if (l.source.line > 0) {
        o["line"] = l.source.line;
        o["col"] = l.source.column;
    }
    // A PDF's lines are counted over the whole file: its page is what a reader looks up.
    if (l.source.page > 0) o["page"] = l.source.page;
    if (!l.source.cell_name.empty()) o["cell_name"] = l.source.cell_name;
    return o;
}

json::object finding_value(const Finding& f) {
    json::array related;
    related.reserve(f.related.size());
    for (const Location& l : f.related) related.emplace_back(location_value(l));
    json::object o;
    o["rule"] = f.rule;
    o["severity"] = severity_key(f.severity);
    o["message"] = f.message;
    o["location"] = location_value(f.location);
    o["related"] = std::move(related);
    o["fix"] = f.fix ? json::value(*f.fix) : json::value(nullptr);
    return o;
}

json::value format_value(std::string_view format) {
    return format.empty() ? json::value(nullptr) : json::value(format);
}

} // namespace

std::string json_escape(std::string_view text) { return json::serialize(json::string_view(text.data(), text.size())); }

std::string location_json(const Location& location) { return json::serialize(location_value(location)); }

std::string finding_json(const Finding& finding) { return json::serialize(finding_value(finding)); }

std::string file_result_json(const std::string& file, const Report* report, const std::vector<Finding>& findings,
                             const std::string& error) {
    json::object o;
    o["file"] = file;
    o["format"] = format_value(report ? report_format(*report) : "");
    if (report) {
        json::array tables;
        for (const Recognition& t : recognition(*report)) {
            json::object table;
            table["table"] = table_key(t.table);
            table["format"] = format_value(t.format ? version_name(t.format->version) : "");
            table["cells"] = t.expected;
            table["bound"] = t.bound;
            table["problems"] = t.problems;
            tables.emplace_back(std::move(table));
        }
        o["tables"] = std::move(tables);
    }
    json::array found;
    found.reserve(findings.size());
    for (const Finding& f : findings) found.emplace_back(finding_value(f));
    o["findings"] = std::move(found);
    if (!error.empty()) o["error"] = error;
    return json::serialize(o);
}

} // namespace nianbao
