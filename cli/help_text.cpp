// Renders help from the declarations in columns; widths count a CJK character as two columns.
#include "help_text.hpp"

#include "command_table.hpp"

namespace nianbao::cli {
namespace {

// Columns a terminal gives the UTF-8 text: two for East Asian wide characters, one otherwise.
std::size_t display_width(std::string_view s) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        width += len >= 3 ? 2 : 1; // U+0800 and above: CJK and full-width punctuation in our texts
        i += len;
    }
    return width;
}

std::string value_of(const OptionSpec& o) {
    if (o.kind == ValueKind::none) return {};
    if (o.kind != ValueKind::choice) return o.value_name;
    std::string s;
    for (const auto& c : o.choices)
        s += (s.empty() ? "" : "|") + c.value;
    return s;
}

// Two columns: the left one as wide as its widest entry (within reason), the right one free.
std::string columns(const std::vector<std::pair<std::string, std::string>>& rows) {
    constexpr std::size_t widest = 30;
    std::size_t left = 0;
    for (const auto& [l, r] : rows)
        if (display_width(l) <= widest) left = std::max(left, display_width(l));
    std::string out;
    for (const auto& [l, r] : rows) {
        out += "  " + l;
        if (display_width(l) > widest)
            out += "\n  " + std::string(left, ' ');
        else
            out += std::string(left - display_width(l), ' ');
        out += "  " + r + "\n";
    }
    return out;
}

std::string options_block(const Command& command) {
    std::vector<std::pair<std::string, std::string>> rows;
    for (const auto& o : command.options)
        if (!o.hidden) rows.emplace_back(option_heading(o), option_text(o));
    rows.emplace_back(option_heading(help_option()), option_text(help_option()));
    return columns(rows);
}

} // namespace

std::string option_heading(const OptionSpec& o) {
    std::string s =
        o.short_name ? std::string("-") + o.short_name + ", --" + o.name : "--" + o.name;
    if (o.kind != ValueKind::none) s += " " + value_of(o);
    return s;
}

std::string option_text(const OptionSpec& o) {
    std::string s = o.description;
    if (o.kind == ValueKind::choice) {
        // "text 中文文本；json 每个文件一个对象", or "odt、docx、fodt" when the values say it all.
        std::string list;
        for (const auto& c : o.choices) {
            if (!list.empty()) list += c.meaning.empty() ? "、" : "；";
            list += c.value + (c.meaning.empty() ? "" : " " + c.meaning);
        }
        s += "：" + list;
    }
    if (!o.default_value.empty()) s += "（默认 " + o.default_value + "）";
    if (o.repeatable) s += "（可重复）";
    return s;
}

std::string synopsis(const Command& command) {
    std::string s = "nianbao " + command.name;
    for (const auto& o : command.options) {
        if (o.hidden) continue;
        std::string one = o.short_name ? std::string("-") + o.short_name : "--" + o.name;
        if (o.kind != ValueKind::none) one += " " + value_of(o);
        s += " [" + one + "]" + (o.repeatable ? "…" : "");
    }
    const auto& p = command.positional;
    if (!p.value_name.empty()) {
        const std::string files = p.value_name + (p.max == 1 ? "" : "…");
        s += " " + (p.missing.empty() ? "[" + files + "]" : files);
    }
    return s;
}

std::string program_help() {
    std::string s = std::string("nianbao：") + program_summary + "。\n\n用法：\n";
    for (const auto& c : commands())
        s += "  " + synopsis(c) + "\n      " + c.summary + "。\n";
    s += "\n选项：\n" + options_block(program());
    s += "\n每个命令的选项说明：nianbao 命令 --help（例如 nianbao check --help）。\n";
    return s + exit_status_text + "\n";
}

std::string command_help(const Command& command) {
    std::string s = "用法：" + synopsis(command) + "\n\n" + command.summary + "。\n";
    if (!command.details.empty()) s += command.details + "\n";
    s += "\n选项：\n" + options_block(command);
    return s + "\n" + exit_status_text + "\n";
}

} // namespace nianbao::cli
