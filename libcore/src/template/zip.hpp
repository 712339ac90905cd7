// Internal: a minimal zip writer (stored entries, no compression) for .odt packages.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace nianbao::zip {

// Entries in order; ODF wants "mimetype" first and uncompressed, which stored entries are.
std::string store(const std::vector<std::pair<std::string, std::string>>& entries);

} // namespace nianbao::zip
