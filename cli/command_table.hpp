// The commands of `nianbao`, in the order help lists them: the one place a command is added.
#pragma once

#include "command_spec.hpp"

#include <string_view>
#include <vector>

namespace nianbao::cli {

const std::vector<Command>& commands();
const Command* find_command(std::string_view name);

// `nianbao` itself before a command: --help, --version and the hidden generators.
const Command& program();

// One sentence each, for help and the man page.
constexpr const char* program_summary = "检查和填充政府信息公开工作年度报告";
constexpr const char* exit_status_text =
    "退出状态：0 没有错误级别的问题；1 有错误级别的问题；2 文件无法读取或用法有误。";

} // namespace nianbao::cli
