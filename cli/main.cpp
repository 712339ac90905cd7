// nianbao: checks China's government-information disclosure annual reports from the command line.
// Finds the command in the table, parses its arguments by its declarations and runs it.
#include "bash_completion.hpp"
#include "command_table.hpp"
#include "commands.hpp"
#include "help_text.hpp"
#include "man_page.hpp"

#include <iostream>

namespace nianbao::cli {
namespace {

// `nianbao --help [命令]`, `--version` and the generators: options before any command.
int run_program_options(const std::vector<std::string>& args) {
    const Arguments a = parse_arguments(program(), args);
    if (a.given("version")) {
        std::cout << "nianbao " << NIANBAO_VERSION << "\n";
    } else if (a.given("completion")) {
        std::cout << bash_completion();
    } else if (a.given("man")) {
        std::cout << man_page();
    } else if (!a.files().empty()) { // nianbao --help check
        const Command* c = find_command(a.files()[0]);
        if (!c) throw UsageError("未知的命令“" + a.files()[0] + "”（nianbao --help 查看用法）");
        std::cout << command_help(*c);
    } else {
        std::cout << program_help();
    }
    return ok;
}

int run(std::vector<std::string> args) {
    if (args.empty()) {
        std::cout << program_help();
        return unusable;
    }
    if (args[0] == "help") args[0] = "--help";
    if (args[0].starts_with("-")) return run_program_options(args);
    const Command* command = find_command(args[0]);
    if (!command) {
        std::string names;
        for (const auto& c : commands())
            names += (names.empty() ? "" : "、") + c.name;
        return usage_error("未知的命令“" + args[0] + "”（可用：" + names +
                           "；nianbao --help 查看用法）");
    }
    const Arguments a = parse_arguments(*command, {args.begin() + 1, args.end()});
    if (a.help()) {
        std::cout << command_help(*command);
        return ok;
    }
    return command->run(a);
}

} // namespace
} // namespace nianbao::cli

int main(int argc, char** argv) {
    using namespace nianbao::cli;
    try {
        return run({argv + 1, argv + argc});
    } catch (const UsageError& e) {
        return usage_error(e.what());
    } catch (const std::exception& e) {
        std::cerr << "nianbao: 内部错误：" << e.what() << "\n";
        return unusable;
    }
}
