// Dismissals: their text format, the keys that tie one to a finding, and matching.
#include "nianbao/dismissals.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace nianbao {
namespace {

constexpr std::string_view header = "nianbao-dismissals 1";

std::string escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            continue;
        else
            out += c;
    }
    return out;
}

std::string unescape(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            char n = s[++i];
            out += n == 't' ? '\t' : n == 'n' ? '\n' : n;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::vector<std::string_view> split(std::string_view line, char sep) {
    std::vector<std::string_view> out;
    std::size_t begin = 0;
    for (;;) {
        std::size_t end = line.find(sep, begin);
        out.push_back(line.substr(begin, end == std::string_view::npos ? std::string_view::npos
                                                                       : end - begin));
        if (end == std::string_view::npos) return out;
        begin = end + 1;
    }
}

bool figure_char(char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == '-';
}

} // namespace

std::string place_key(const Location& l) {
    switch (l.kind) {
    case Location::Kind::document:
        return "document";
    case Location::Kind::table:
        return "table:" + l.table;
    case Location::Kind::cell:
        return "cell:" + l.table + "/" + l.row + "/" + l.column;
    case Location::Kind::text:
        return "text:" + l.section + "/" + std::to_string(l.paragraph);
    }
    return "document";
}

// The figures only (runs of digits, '.', '-' in the message, then the fix): rewording a message
// in a later version does not bring back what a reviewer accepted; changed numbers do.
std::string figures_fingerprint(const Finding& f) {
    std::string figures;
    bool in_figure = false;
    for (char c : f.message) {
        if (figure_char(c)) {
            figures += c;
            in_figure = true;
        } else if (in_figure) {
            figures += ',';
            in_figure = false;
        }
    }
    figures += '|';
    if (f.fix) figures += *f.fix;
    std::uint64_t h = 14695981039346656037ull; // FNV-1a 64
    for (unsigned char c : figures) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

Dismissal dismissal_for(const Finding& f, std::string reason) {
    return {f.rule, place_key(f.location), figures_fingerprint(f), std::move(reason)};
}

bool dismisses(const Dismissal& d, const Finding& f) {
    return d.rule == f.rule && d.place == place_key(f.location) &&
           d.fingerprint == figures_fingerprint(f);
}

ParsedDismissals parse_dismissals(std::string_view text) {
    ParsedDismissals out;
    int number = 0;
    bool seen_header = false;
    for (std::string_view line : split(text, '\n')) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) continue;
        if (!seen_header) {
            seen_header = true;
            if (line != header) {
                out.errors.push_back(
                    "忽略记录第 " + std::to_string(number) + " 行应为“" + std::string(header) +
                    "”，实为“" + std::string(line.substr(0, 40)) + "”：记录无法读取，全部不生效");
                return out;
            }
            continue;
        }
        auto fields = split(line, '\t');
        if (fields.size() < 3 || fields.size() > 4 || fields[0].empty() || fields[1].empty() ||
            fields[2].size() != 16) {
            out.errors.push_back(
                "忽略记录第 " + std::to_string(number) +
                " 行格式不对（应为 规则、位置、指纹、理由 四项，以制表符分隔），已跳过");
            continue;
        }
        Dismissal d{unescape(fields[0]), unescape(fields[1]), std::string(fields[2]),
                    fields.size() == 4 ? unescape(fields[3]) : std::string()};
        add_dismissal(out.dismissals, std::move(d));
    }
    return out;
}

std::string format_dismissals(const std::vector<Dismissal>& list) {
    if (list.empty()) return {};
    std::string out(header);
    out += '\n';
    for (const auto& d : list)
        out += escape(d.rule) + '\t' + escape(d.place) + '\t' + escape(d.fingerprint) + '\t' +
               escape(d.reason) + '\n';
    return out;
}

void add_dismissal(std::vector<Dismissal>& list, Dismissal d) {
    // A rule may report several findings at one place (two figures in one paragraph): the
    // fingerprint tells them apart. Accepting the same finding again updates its reason.
    auto same = [&](const Dismissal& x) {
        return x.rule == d.rule && x.place == d.place && x.fingerprint == d.fingerprint;
    };
    auto it = std::find_if(list.begin(), list.end(), same);
    if (it != list.end())
        *it = std::move(d);
    else
        list.push_back(std::move(d));
}

bool remove_dismissal(std::vector<Dismissal>& list, const Dismissal& d) {
    auto it = std::find_if(list.begin(), list.end(), [&](const Dismissal& x) {
        return x.rule == d.rule && x.place == d.place && x.fingerprint == d.fingerprint;
    });
    if (it == list.end()) return false;
    list.erase(it);
    return true;
}

} // namespace nianbao
