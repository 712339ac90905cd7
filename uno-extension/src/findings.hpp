// Maps libcore findings to the public org.nianbao.Finding struct, with Writer names.
#pragma once

#include <org/nianbao/Finding.hpp>

#include <vector>

#include "nianbao/finding.hpp"
#include "writer_document.hpp"

namespace nianbao::uno {

org::nianbao::Finding to_uno(const Finding& finding, const WriterDocument* doc);
css::uno::Sequence<org::nianbao::Finding> to_uno(const std::vector<Finding>& findings, const WriterDocument* doc);

// A one-line summary: "错误 3 个，警告 1 个，提示 0 个" or "未发现问题".
std::string summary(const std::vector<Finding>& findings);

} // namespace nianbao::uno
