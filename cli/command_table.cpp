// The table of commands (see command_table.hpp). To add a command: declare it in commands.hpp,
// define it in its own <name>_command.cpp, and list it here.
#include "command_table.hpp"

#include "commands.hpp"

#include <iostream>

namespace nianbao::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> all = {
        check_command(), review_command(), fill_command(), show_command(), template_command(), rules_command(),
    };
    return all;
}

const Command* find_command(std::string_view name) {
    for (const auto& c : commands())
        if (c.name == name) return &c;
    return nullptr;
}

const Command& program() {
    static const Command p{
        .name = "",
        .summary = program_summary,
        .details = {},
        .options =
            {
                {.name = "version", .description = "显示版本"},
                // Generators for the build (man page) and for shells; not for everyday use.
                {.name = "completion",
                 .kind = ValueKind::choice,
                 .choices = {{"bash", ""}},
                 .hidden = true,
                 .description = "输出 shell 的补全脚本"},
                {.name = "man", .hidden = true, .description = "输出 man 手册页（roff）"},
            },
        .positional = {.value_name = "命令", .max = 1, .missing = {}},
        .run = nullptr,
    };
    return p;
}

int usage_error(const std::string& message) {
    std::cerr << "nianbao: " << message << "\n";
    return unusable;
}

} // namespace nianbao::cli
