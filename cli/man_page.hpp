// The man page nianbao(1) in roff, made from the declarations (the build writes it to nianbao.1).
#pragma once

#include <string>

namespace nianbao::cli {

std::string man_page();

} // namespace nianbao::cli
