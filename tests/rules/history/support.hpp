// Test support for history rules: a previous year's report attached to the current one.
#pragma once

#include <functional>

#include "rules/text/support.hpp"

namespace nianbao::testing {

inline std::function<void(Report&)> with_previous(std::function<void(Report&)> change_previous,
                                                  std::function<void(Report&)> change_current = nullptr) {
    return [=](Report& r) {
        auto previous = std::make_shared<Report>(valid_report());
        if (change_previous) change_previous(*previous);
        if (change_current) change_current(r);
        r.previous = previous;
    };
}

} // namespace nianbao::testing
