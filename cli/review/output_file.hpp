// Writes one output file of the review, creating its directory; never follows the name onto an
// input (the command refuses an output directory that holds inputs, review_command.cpp).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace nianbao::cli::review {

bool write_output(const std::filesystem::path& path, std::string_view content, std::string& error);

} // namespace nianbao::cli::review
