// Severities, locations and the sink that stamps findings.
#include "nianbao/finding.hpp"

#include "nianbao/rule.hpp"

namespace nianbao {

std::string_view severity_key(Severity s) {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
    }
    return "";
}

std::string_view severity_label(Severity s) {
    switch (s) {
    case Severity::error: return "错误";
    case Severity::warning: return "警告";
    case Severity::info: return "提示";
    }
    return "";
}

std::optional<Severity> parse_severity(std::string_view key) {
    if (key == "error") return Severity::error;
    if (key == "warning") return Severity::warning;
    if (key == "info") return Severity::info;
    return std::nullopt;
}

Location Location::document() { return Location{}; }

Location Location::of_table(const Table& table) {
    Location l;
    l.kind = Kind::table;
    l.table = std::string(table_key(table.id));
    l.section = std::string(section_key_of(table.id));
    l.source = table.source;
    return l;
}

Location Location::of_cell(const Table& table, const Cell& cell) {
    Location l = of_table(table);
    l.kind = Kind::cell;
    l.row = cell.row;
    l.column = cell.column;
    if (cell.source.known()) l.source = cell.source;
    return l;
}

Location Location::of_text(std::string_view section, int paragraph, int start, int end,
                           const SourcePos& source) {
    Location l;
    l.kind = Kind::text;
    l.section = std::string(section);
    l.paragraph = paragraph;
    l.start = start;
    l.end = end;
    l.source = source;
    return l;
}

void Sink::report(Location where, std::string message, std::vector<Location> related,
                  std::optional<std::string> fix) {
    out_.push_back(Finding{std::string(rule_.id), severity_, std::move(message), std::move(where),
                           std::move(related), std::move(fix)});
}

} // namespace nianbao
