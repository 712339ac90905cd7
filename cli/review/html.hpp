// Bits of HTML every page of the review writes: escaping and the severity classes.
#pragma once

#include "nianbao/finding.hpp"

#include <string>
#include <string_view>

namespace nianbao::cli::review {

std::string html_escape(std::string_view text);
// "error" / "warning" / "info": the CSS class of a finding's severity.
std::string severity_class(Severity s);
// Percent-encodes a relative path for an href (keeps '/', encodes spaces, '#', '%', '?', UTF-8).
std::string href(std::string_view relative_path);

} // namespace nianbao::cli::review
