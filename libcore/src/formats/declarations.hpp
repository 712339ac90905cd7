// Internal: the builders of each table's declarations, one file per table.
#pragma once

#include "nianbao/format.hpp"

namespace nianbao::formats {

TableFormat disclosure_2021();
TableFormat disclosure_2019();
TableFormat requests_2021();
TableFormat requests_2019();
TableFormat disputes(FormatVersion version);

} // namespace nianbao::formats
