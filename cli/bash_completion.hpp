// The bash completion script for `nianbao`, made from the declarations
// (`nianbao --completion bash`; the build installs it as completions/nianbao).
#pragma once

#include <string>

namespace nianbao::cli {

std::string bash_completion();

} // namespace nianbao::cli
