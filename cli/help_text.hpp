// The Chinese `nianbao --help` and `nianbao COMMAND --help`, made from the declarations.
#pragma once

#include "command_spec.hpp"

#include <string>

namespace nianbao::cli {

// "nianbao check [--format text|json] … 文件…"
std::string synopsis(const Command& command);
// "--format text|json", "-o, --output 输出文件"
std::string option_heading(const OptionSpec& option);
// The description with its choices, its default and whether it repeats.
std::string option_text(const OptionSpec& option);

std::string program_help();
std::string command_help(const Command& command);

} // namespace nianbao::cli
