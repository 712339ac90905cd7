// `nianbao check FILE|DIR…`: reads each report (directories walked), runs every rule, prints
// text or JSON, and after a batch a summary that names the files that could not be read.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>

#include "batch.hpp"
#include "commands.hpp"
#include "input_files.hpp"
#include "nianbao/engine.hpp"
#include "nianbao/json.hpp"
#include "nianbao/reader.hpp"
#include "report_input.hpp"
#include "text_output.hpp"

namespace nianbao::cli {
namespace {

int run_check(const Arguments& args) {
    const std::vector<std::string>& args_files = args.files();
    const std::string& format = args.value("format");
    const std::string& color = args.value("color");
    const std::string& previous_file = args.value("previous");
    CheckOptions options;
    for (const auto& setting : args.values("severity"))
        if (auto err = add_severity_setting(options, setting); !err.empty()) return usage_error(err);
    const std::optional<int> parsed_jobs = parse_jobs(args.value("jobs"));
    if (!parsed_jobs) return usage_error("--jobs 的值应为 1 到 64 之间的整数（同时检查的文件数）");
    const int jobs = *parsed_jobs;

    const InputList list = collect_inputs(args_files);
    const std::vector<InputFile>& files = list.files;
    if (files.empty() && list.unlisted.empty()) return usage_error("给出的目录中没有年度报告文件（.txt .md .html .htm .pdf .docx .doc .odt .rtf .wps .fodt）");

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
    const bool all = args.given("all");
    const bool use_color = color == "always" || (color == "auto" && isatty(1) && !std::getenv("NO_COLOR"));
    int status = ok;
    std::size_t with_errors = 0, clean = 0;
    std::vector<std::pair<std::string, std::string>> unreadable;  // file, reason
    for (std::size_t k = 0; k < list.unlisted.size(); ++k) {
        std::cerr << "nianbao: " << list.unlisted[k].path << "：" << list.unlisted_errors[k] << "\n";
        unreadable.emplace_back(list.unlisted[k].path, list.unlisted_errors[k]);
        status = unusable;
    }
    if (format == "json") {
        std::cout << "[";
        for (std::size_t k = 0; k < list.unlisted.size(); ++k)
            std::cout << (k ? ",\n" : "\n") << file_result_json(list.unlisted[k].path, nullptr, {}, list.unlisted_errors[k]);
    }
    Progress progress(files.size(), "检查");
    check_batch(inputs, files, options, jobs, &progress,
                [&](Report& report) { report.previous = previous; },
                [&](std::size_t k, CheckedFile& c) {
        const ReadResult& r = c.read;
        const std::string& file = files[k].path;
        if (format == "json") {
            std::cout << (k + list.unlisted.size() ? ",\n" : "\n") << file_result_json(file, r.ok ? &r.report : nullptr, c.findings, r.error);
        } else if (!r.ok) {
            std::cerr << "nianbao: " << file << "：无法作为年度报告读取：" << r.error << "\n";
        } else {
            print_findings(std::cout, file, r.report, c.findings,
                           {.color = use_color, .all = all});
        }
        int file_status = !r.ok ? unusable : ok;
        for (const auto& f : c.findings)
            if (f.severity == Severity::error && file_status == ok) file_status = findings;
        if (!r.ok) unreadable.emplace_back(file, r.error);
        else if (file_status == findings) ++with_errors;
        else if (c.findings.empty()) ++clean;
        status = std::max(status, file_status);
    });
    progress.finish();
    if (format == "text" && files.size() + list.unlisted.size() > 1) {
        const std::size_t read = files.size() - (unreadable.size() - list.unlisted.size());
        std::cout << "\n共 " << files.size() + list.unlisted.size() << " 个文件：读取 " << read << " 份报告，其中有错误 "
                  << with_errors << " 份、只有警告或提示 " << read - with_errors - clean << " 份、未发现问题 " << clean
                  << " 份；无法读取 " << unreadable.size() << " 个。\n";
        if (!unreadable.empty()) {
            std::cout << "无法读取的文件：\n";
            for (const auto& [file, reason] : unreadable) std::cout << "  " << file << "：" << reason << "\n";
        }
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
                   "一次可检查多个文件，退出状态取其中最严重的。给出目录时检查其中全部报告文件"
                   "（.txt .md .html .htm .pdf .docx .doc .odt .rtf .wps .fodt，按路径排序）。",
        .options =
            {
                {.name = "format",
                 .kind = ValueKind::choice,
                 .choices = {{"text", "中文文本，按部分分组，重复的问题合为一行（见 --all）"},
                             {"json", "每个文件一个对象，见 docs/json-output.md"}},
                 .default_value = "text",
                 .description = "输出格式"},
                {.name = "severity",
                 .kind = ValueKind::rule_setting,
                 .value_name = "规则=级别",
                 .repeatable = true,
                 .description = "改变一条规则的级别：error、warning、info 或 off（关闭）；"
                                "规则编号见 nianbao rules"},
                {.name = "all",
                 .description = "文本输出逐条列出每个问题，不把同一规则在一列、一行或一部分中重复的问题合为一行"
                                "（JSON 输出总是逐条）"},
                {.name = "color", .kind = ValueKind::choice,
                 .choices = {{"auto", "输出到终端且未设置 NO_COLOR 时着色"}, {"always", "总是着色"}, {"never", "不着色"}},
                 .default_value = "auto", .description = "文本输出是否着色"},
                {.name = "jobs", .short_name = 'j', .kind = ValueKind::text, .value_name = "N",
                 .default_value = std::to_string(default_jobs()),
                 .description = "同时检查的文本/网页文件数（线程数，1 到 64）"},
                {.name = "previous", .kind = ValueKind::file, .value_name = "上年报告",
                 .description = "同时比对上年报告（此时只检查一个文件）"},
            },
        .positional = {.value_name = "文件或目录", .max = -1,
                       .missing = "请给出要检查的报告文件或目录，例如：nianbao check 报告.txt"},
        .run = run_check,
    };
}

} // namespace nianbao::cli
