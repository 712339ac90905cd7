// Parses a command's arguments with Boost.Program_options from the command's declarations, and
// turns every mistake into a Chinese message: program_options' own English never reaches the user.
#include "command_spec.hpp"

#include <algorithm>
#include <boost/program_options.hpp>

namespace nianbao::cli {
namespace {

namespace po = boost::program_options;

// The key file arguments are collected under; typed as an option, it is refused like any unknown.
constexpr const char* positional_key = "\x01positional";

po::options_description describe(const Command& command) {
    po::options_description d;
    auto add = [&](const OptionSpec& o) {
        const std::string names = o.short_name ? o.name + "," + o.short_name : o.name;
        if (o.kind == ValueKind::none)
            d.add_options()(names.c_str(), po::bool_switch());
        else
            d.add_options()(names.c_str(), po::value<std::string>()->value_name(o.value_name));
    };
    for (const auto& o : command.options)
        add(o);
    add(help_option());
    d.add_options()(positional_key, po::value<std::string>());
    return d;
}

const OptionSpec* find_option(const Command& command, std::string_view name) {
    if (name == help_option().name) return &help_option();
    for (const auto& o : command.options)
        if (o.name == name) return &o;
    return nullptr;
}

// "check 命令", or nothing before any command.
std::string who(const Command& command) {
    return command.name.empty() ? std::string() : command.name + " 命令";
}

std::string help_hint(const Command& command) {
    return "（nianbao " + (command.name.empty() ? std::string() : command.name + " ") +
           "--help 查看用法）";
}

// po names an option by its long form, "--output" also when -o was typed.
const OptionSpec* option_named(const Command& command, std::string po_name) {
    while (po_name.starts_with("-"))
        po_name.erase(0, 1);
    return find_option(command, po_name);
}

// How a message names the option: "-o" when that is what the user wrote last (a value can only
// be missing at the end of the line), else its long form.
std::string label_for(const OptionSpec& o, const std::vector<std::string>& args) {
    if (o.short_name && !args.empty() && args.back() == std::string("-") + o.short_name)
        return args.back();
    return "--" + o.name;
}

[[noreturn]] void translate(const po::error& e, const Command& command,
                            const std::vector<std::string>& args) {
    using syntax = po::invalid_command_line_syntax;
    if (const auto* u = dynamic_cast<const po::unknown_option*>(&e))
        throw UsageError(who(command) + "不认识选项“" + u->get_option_name() + "”" +
                         help_hint(command));
    if (const auto* s = dynamic_cast<const syntax*>(&e)) {
        if (const OptionSpec* o = option_named(command, s->get_option_name())) {
            const std::string label = label_for(*o, args);
            if (s->kind() == syntax::missing_parameter ||
                s->kind() == syntax::empty_adjacent_parameter)
                throw UsageError(label + " 后面应写" + value_phrase(*o));
            if (s->kind() == syntax::extra_parameter)
                throw UsageError("选项 " + label + " 不带值，只写 " + label + " 即可");
            throw UsageError(who(command) + "的选项“" + label + "”写法有误" + help_hint(command));
        }
    }
    throw UsageError(who(command) + "的参数有误" + help_hint(command)); // po's text is English
}

std::string choice_list(const OptionSpec& o) {
    std::string s;
    for (std::size_t i = 0; i < o.choices.size(); ++i) {
        if (i) s += i + 1 == o.choices.size() ? " 或 " : "、";
        s += o.choices[i].value;
    }
    return s;
}

} // namespace

const OptionSpec& help_option() {
    static const OptionSpec help{.name = "help", .short_name = 'h', .description = "显示本帮助"};
    return help;
}

std::string option_label(const OptionSpec& option) {
    return option.short_name ? std::string("-") + option.short_name + "/--" + option.name
                             : "--" + option.name;
}

std::string value_phrase(const OptionSpec& option) {
    if (option.kind == ValueKind::choice) return " " + choice_list(option);
    return "“" + option.value_name + "”";
}

bool Arguments::given(std::string_view option) const {
    spec(option);
    return given_.contains(option);
}

const std::string& Arguments::value(std::string_view option) const {
    const OptionSpec& s = spec(option);
    auto it = given_.find(option);
    return it == given_.end() ? s.default_value : it->second.back();
}

std::vector<std::string> Arguments::values(std::string_view option) const {
    spec(option);
    auto it = given_.find(option);
    return it == given_.end() ? std::vector<std::string>{} : it->second;
}

const OptionSpec& Arguments::spec(std::string_view option) const {
    for (const auto& o : *options_)
        if (o.name == option) return o;
    throw std::logic_error("option not declared: " +
                           std::string(option)); // a bug, not a user error
}

Arguments parse_arguments(const Command& command, const std::vector<std::string>& args) {
    namespace style = po::command_line_style;
    po::positional_options_description positional;
    positional.add(positional_key, -1);
    po::parsed_options parsed(nullptr);
    try {
        // No guessing: "--form" is not "--format", so adding an option never changes old command
        // lines.
        parsed = po::command_line_parser(args)
                     .options(describe(command))
                     .positional(positional)
                     .style(style::default_style & ~style::allow_guessing)
                     .run();
    } catch (const po::error& e) {
        translate(e, command, args);
    }
    std::vector<std::string> files;
    std::vector<std::pair<std::string, std::string>> values;
    bool help = false;
    for (const auto& o : parsed.options) {
        if (o.position_key >= 0) {
            files.push_back(o.value.at(0));
        } else if (o.string_key == positional_key) {
            throw UsageError(who(command) + "不认识选项“" + o.original_tokens.at(0) + "”" +
                             help_hint(command));
        } else if (o.string_key == help_option().name) {
            help = true;
        } else {
            values.emplace_back(o.string_key, o.value.empty() ? std::string() : o.value.front());
        }
    }
    Arguments result(command.options, files);
    if (help) {
        result.request_help();
        return result;
    }
    for (auto& [name, value] : values) {
        const OptionSpec& o = *find_option(command, name);
        if (o.kind == ValueKind::choice &&
            std::none_of(o.choices.begin(), o.choices.end(),
                         [&](const Choice& c) { return c.value == value; }))
            throw UsageError("--" + o.name + " 的值应为 " + choice_list(o) + "，而不是“" + value +
                             "”");
        result.add(name, std::move(value));
    }
    const auto& p = command.positional;
    if (files.empty() && !p.missing.empty()) throw UsageError(p.missing);
    if (p.max >= 0 && files.size() > std::size_t(p.max)) {
        const std::string& extra = files[std::size_t(p.max)];
        if (p.max == 0)
            throw UsageError(who(command) + "不接受参数“" + extra + "”" + help_hint(command));
        const std::string count = p.max == 1 ? "一个" : std::to_string(p.max) + " 个";
        throw UsageError(who(command) + "一次只处理" + count + p.value_name + "（多出了“" + extra +
                         "”）");
    }
    return result;
}

} // namespace nianbao::cli
