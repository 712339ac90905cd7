// The corpus transcriptions; see corpus.hpp.
#include "support/corpus.hpp"

#include "support/builder.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace nianbao::testing {

namespace fs = std::filesystem;

Transcription load_transcription(const fs::path& tsv) {
    Transcription t;
    std::istringstream in(testing::read_file(tsv.string()));
    std::string line;
    while (std::getline(in, line)) {
        if (line.starts_with("# format\t")) {
            std::size_t b = 9, e = line.find('\t', b);
            t.format = line.substr(b, e - b);
            continue;
        }
        if (line.starts_with("# unplaceable\t")) {
            std::size_t b = 14, e = line.find('\t', b);
            t.unplaceable.push_back(line.substr(b, e - b));
            continue;
        }
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> f;
        std::size_t b = 0;
        for (;;) {
            std::size_t e = line.find('\t', b);
            f.push_back(line.substr(b, e == std::string::npos ? std::string::npos : e - b));
            if (e == std::string::npos) break;
            b = e + 1;
        }
        if (f.size() == 3) f.emplace_back();
        if (f.size() == 4) t.cells[f[0] + "/" + f[1] + "/" + f[2]] = f[3];
    }
    return t;
}

// A transcription whose tables have every cell their format declares.
bool complete(const Transcription& t) {
    std::size_t want = 0;
    const FormatVersion v = t.format == "2019" ? FormatVersion::v2019 : FormatVersion::v2021;
    for (TableId id : {TableId::disclosure, TableId::requests, TableId::disputes})
        want += table_format(
                    id, id == TableId::requests && t.format == "hybrid" ? FormatVersion::v2019 : v)
                    .cell_count();
    return t.cells.size() == want;
}

std::string cell_key(const Table& t, const Cell& c) {
    return std::string(table_key(t.id)) + "/" + c.row + "/" + c.column;
}

// Recognition, the cells that differ from the transcription, and the findings.
std::string describe(const Report& report, const Transcription& want,
                     const std::vector<Finding>& findings) {
    std::string out;
    for (const auto& r : recognition(report))
        out += std::string(table_short_name(r.table)) + " " +
               (r.format ? std::string(version_name(r.format->version)) : "-") + " " +
               std::to_string(r.bound) + "/" + std::to_string(r.expected) + "\n";
    std::map<std::string, std::string> read;
    for (const auto& t : report.tables)
        for (const auto& c : t.cells)
            if (c.present) read[cell_key(t, c)] = c.raw;
    for (const auto& [key, text] : want.cells) {
        auto it = read.find(key);
        if (it == read.end())
            out += "not read\t" + key + "\t“" + text + "”\n";
        else if (it->second != text)
            out += "differs\t" + key + "\t“" + text + "” read as “" + it->second + "”\n";
    }
    for (const auto& [key, text] : read)
        if (!want.cells.count(key)) out += "extra\t" + key + "\t“" + text + "”\n";
    out += testing::render_findings(findings);
    return out;
}

std::set<std::string> finding_keys(const std::string& golden) {
    std::set<std::string> out;
    std::istringstream in(golden);
    std::string line;
    while (std::getline(in, line)) {
        const std::size_t tab = line.find('\t');
        if (tab == std::string::npos || tab == 0) continue;
        if (!std::all_of(line.begin(), line.begin() + long(tab),
                         [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        out.insert(line.substr(tab + 1));
    }
    return out;
}

SourceDifferences differences_from_source(const std::string& findings, const std::string& source_golden,
                                          const fs::path& path) {
    const std::set<std::string> mine = finding_keys(findings);
    const std::set<std::string> source = finding_keys(source_golden);
    std::set<std::string> actual;
    for (const auto& k : mine)
        if (!source.count(k)) actual.insert("+\t" + k);
    for (const auto& k : source)
        if (!mine.count(k)) actual.insert("-\t" + k);
    SourceDifferences out;
    std::set<std::string> listed;
    if (fs::exists(path)) {
        std::istringstream in(read_file(path.string()));
        std::string line;
        bool explained = false;
        while (std::getline(in, line)) {
            if (line.empty())
                explained = false;
            else if (line.starts_with("#"))
                explained = true;
            else {
                listed.insert(line);
                if (!explained) out.without_reason += line + "\n";
            }
        }
    }
    if (std::getenv("NIANBAO_UPDATE_GOLDEN") && !fs::exists(path) && !actual.empty()) {
        std::ofstream file(path, std::ios::binary);
        for (const auto& l : actual)
            file << l << "\n";
        out.written = true;
        return out;
    }
    for (const auto& l : actual)
        if (!listed.count(l)) out.not_listed += l + "\n";
    for (const auto& l : listed)
        if (!actual.count(l)) out.no_longer += l + "\n";
    return out;
}

} // namespace nianbao::testing
