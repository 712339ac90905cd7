// The declaration of each subcommand of `nianbao`, defined next to the code that runs it.
#pragma once

#include "command_spec.hpp"

namespace nianbao::cli {

enum Exit { ok = 0, findings = 1, unusable = 2 };

Command check_command();
Command fill_command();
Command review_command();
Command rules_command();
Command show_command();
Command template_command();

// Prints "nianbao: <message>" to stderr and returns `unusable`.
int usage_error(const std::string& message);

} // namespace nianbao::cli
