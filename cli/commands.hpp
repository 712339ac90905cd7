// The subcommands of `nianbao`; each returns the process exit status.
#pragma once

#include <string>
#include <vector>

namespace nianbao::cli {

enum Exit { ok = 0, findings = 1, unusable = 2 };

int check_command(const std::vector<std::string>& args);
int fill_command(const std::vector<std::string>& args);
int review_command(const std::vector<std::string>& args);
int rules_command(const std::vector<std::string>& args);
int show_command(const std::vector<std::string>& args);
int template_command(const std::vector<std::string>& args);

// Prints "nianbao: <message>" to stderr and returns `unusable`.
int usage_error(const std::string& message);

} // namespace nianbao::cli
