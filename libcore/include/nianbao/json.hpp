// The public JSON form of check results (schema: docs/json-output.md).
#pragma once

#include <string>
#include <vector>

#include "nianbao/export.hpp"
#include "nianbao/finding.hpp"
#include "nianbao/model.hpp"

namespace nianbao {

NIANBAO_API std::string json_escape(std::string_view text);
NIANBAO_API std::string location_json(const Location& location);
NIANBAO_API std::string finding_json(const Finding& finding);
// One object: {"file","format","tables":[...],"findings":[...]} (plus "error" when the file was
// unreadable; "tables" only when it was read).
NIANBAO_API std::string file_result_json(const std::string& file, const Report* report,
                                         const std::vector<Finding>& findings,
                                         const std::string& error = {});

} // namespace nianbao
