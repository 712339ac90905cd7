// The public JSON form of check results (schema: docs/json-output.md). In nianbao::output
// (libcore/output/json.cpp, Boost.JSON), not in libnianbao-core.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nianbao/finding.hpp"
#include "nianbao/model.hpp"

namespace nianbao {

std::string json_escape(std::string_view text);
std::string location_json(const Location& location);
std::string finding_json(const Finding& finding);
// One object: {"file","format","tables":[...],"findings":[...]} (plus "error" when the file was
// unreadable; "tables" only when it was read).
std::string file_result_json(const std::string& file, const Report* report, const std::vector<Finding>& findings,
                             const std::string& error = {});

} // namespace nianbao
