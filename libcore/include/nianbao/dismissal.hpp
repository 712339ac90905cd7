// One dismissal (忽略) as the report carries it; reading, writing and matching: dismissals.hpp.
#pragma once

#include <string>

namespace nianbao {

struct Dismissal {
    std::string rule;
    std::string place;       // place_key() of the finding
    std::string fingerprint; // figures_fingerprint() of the finding
    std::string reason;      // optional, the reviewer's words

    bool operator==(const Dismissal&) const = default;
};

} // namespace nianbao
