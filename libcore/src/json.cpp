// The public JSON form of findings (docs/json-output.md).
#include "nianbao/json.hpp"

#include <cstdio>

namespace nianbao {

std::string json_escape(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string location_json(const Location& l) {
    std::string out = "{";
    auto field = [&](std::string_view name, const std::string& value) {
        if (out.size() > 1) out += ",";
        out += json_escape(name) + ":" + value;
    };
    switch (l.kind) {
    case Location::Kind::document: field("kind", "\"document\""); break;
    case Location::Kind::table:
        field("kind", "\"table\"");
        field("table", json_escape(l.table));
        if (!l.row.empty()) field("row", json_escape(l.row));
        break;
    case Location::Kind::cell:
        field("kind", "\"cell\"");
        field("table", json_escape(l.table));
        field("row", json_escape(l.row));
        field("column", json_escape(l.column));
        break;
    case Location::Kind::text:
        field("kind", "\"text\"");
        field("section", json_escape(l.section));
        field("paragraph", std::to_string(l.paragraph));
        field("start", std::to_string(l.start));
        field("end", std::to_string(l.end));
        break;
    }
    if (l.source.line > 0) {
        field("line", std::to_string(l.source.line));
        field("col", std::to_string(l.source.column));
    }
    if (!l.source.cell_name.empty()) field("cell_name", json_escape(l.source.cell_name));
    return out + "}";
}

std::string finding_json(const Finding& f) {
    std::string out = "{\"rule\":" + json_escape(f.rule) + ",\"severity\":" + json_escape(severity_key(f.severity)) +
                      ",\"message\":" + json_escape(f.message) + ",\"location\":" + location_json(f.location) +
                      ",\"related\":[";
    for (std::size_t i = 0; i < f.related.size(); ++i) out += (i ? "," : "") + location_json(f.related[i]);
    out += "],\"fix\":" + (f.fix ? json_escape(*f.fix) : std::string("null")) + "}";
    return out;
}

std::string file_result_json(const std::string& file, const Report* report,
                             const std::vector<Finding>& findings, const std::string& error) {
    const std::string format = report ? report_format(*report) : "";
    std::string out = "{\"file\":" + json_escape(file) + ",\"format\":" +
                      (format.empty() ? std::string("null") : json_escape(format));
    if (report) {
        out += ",\"tables\":[";
        const auto tables = recognition(*report);
        for (std::size_t i = 0; i < tables.size(); ++i) {
            const Recognition& t = tables[i];
            out += std::string(i ? "," : "") + "{\"table\":\"" + std::string(table_key(t.table)) + "\",\"format\":" +
                   (t.format ? "\"" + std::string(version_name(t.format->version)) + "\"" : std::string("null")) +
                   ",\"cells\":" + std::to_string(t.expected) + ",\"bound\":" + std::to_string(t.bound) +
                   ",\"problems\":" + std::to_string(t.problems) + "}";
        }
        out += "]";
    }
    out += ",\"findings\":[";
    for (std::size_t i = 0; i < findings.size(); ++i) out += (i ? "," : "") + finding_json(findings[i]);
    out += "]";
    if (!error.empty()) out += ",\"error\":" + json_escape(error);
    return out + "}";
}

} // namespace nianbao
