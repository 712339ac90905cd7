// `nianbao check FILE…`: reads each report, runs every rule, prints text or JSON.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "nianbao/engine.hpp"
#include "nianbao/json.hpp"
#include "nianbao/reader.hpp"
#include "report_input.hpp"
#include "text_output.hpp"

namespace nianbao::cli {
namespace {

int run_check(const Arguments& args) {
    const std::vector<std::string>& files = args.files();
    const std::string& format = args.value("format");
    const std::string& color = args.value("color");
    const std::string& previous_file = args.value("previous");
    CheckOptions options;
    for (const auto& setting : args.values("severity"))
        if (auto err = add_severity_setting(options, setting); !err.empty())
            return usage_error(err);

    ReportInputs inputs;
    std::shared_ptr<const Report> previous;
    if (!previous_file.empty()) {
        if (files.size() != 1) return usage_error("使用 --previous 时一次只能检查一个文件（本年报告）");
        ReadResult p = inputs.read(previous_file);
        if (!p.ok) {
            std::cerr << "nianbao: " << previous_file << "：上年报告无法作为年度报告读取：" << p.error << "\n";
            return unusable;
        }
        previous = std::make_shared<const Report>(std::move(p.report));
    }
    const bool use_color = color == "always" || (color == "auto" && isatty(1) && !std::getenv("NO_COLOR"));
    int status = ok;
    if (format == "json") std::cout << "[";
    for (std::size_t k = 0; k < files.size(); ++k) {
        ReadResult r = inputs.read(files[k]);
        std::vector<Finding> found;
        r.report.previous = previous;
        if (r.ok) found = check(r.report, options);
        if (format == "json") {
            std::cout << (k ? ",\n" : "\n") << file_result_json(files[k], r.ok ? &r.report : nullptr, found, r.error);
        } else if (!r.ok) {
            std::cerr << "nianbao: " << files[k] << "：无法作为年度报告读取：" << r.error << "\n";
        } else {
            print_findings(std::cout, files[k], r.report, found, use_color);
        }
        int file_status = !r.ok ? unusable : ok;
        for (const auto& f : found)
            if (f.severity == Severity::error && file_status == ok) file_status = findings;
        status = std::max(status, file_status);
    }
    if (format == "json") std::cout << "\n]\n";
    return status;
}

} // namespace

Command check_command() {
    return {
        .name = "check",
        .summary = "检查年度报告：结构、表格数值和勾稽关系、正文与表格、日期",
        .details = "给出上年报告时还比对结转、现行有效件数和正文重复比例。"
                   "一次可检查多个文件，退出状态取其中最严重的。",
        .options =
            {
                {.name = "format",
                 .kind = ValueKind::choice,
                 .choices = {{"text", "中文文本，按部分分组"},
                             {"json", "每个文件一个对象，见 docs/json-output.md"}},
                 .default_value = "text",
                 .description = "输出格式"},
                {.name = "severity",
                 .kind = ValueKind::rule_setting,
                 .value_name = "规则=级别",
                 .repeatable = true,
                 .description = "改变一条规则的级别：error、warning、info 或 off（关闭）；"
                                "规则编号见 nianbao rules"},
                {.name = "color",
                 .kind = ValueKind::choice,
                 .choices = {{"auto", "输出到终端且未设置 NO_COLOR 时着色"},
                             {"always", "总是着色"},
                             {"never", "不着色"}},
                 .default_value = "auto",
                 .description = "文本输出是否着色"},
                {.name = "previous",
                 .kind = ValueKind::file,
                 .value_name = "上年报告",
                 .description = "同时比对上年报告（此时只检查一个文件）"},
            },
        .positional = {.value_name = "文件",
                       .max = -1,
                       .missing = "请给出要检查的报告文件，例如：nianbao check 报告.txt"},
        .run = run_check,
    };
}

} // namespace nianbao::cli
