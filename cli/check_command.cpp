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

int check_command(const std::vector<std::string>& args) {
    std::vector<std::string> args_files;
    int jobs = default_jobs();
    std::string format = "text", color = "auto", previous_file;
    CheckOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const char* name) -> std::optional<std::string> {
            if (i + 1 >= args.size()) return std::nullopt;
            (void)name;
            return args[++i];
        };
        if (a == "--format") {
            auto v = value("--format");
            if (!v || (*v != "text" && *v != "json")) return usage_error("--format 的值应为 text 或 json");
            format = *v;
        } else if (a.starts_with("--format=")) {
            format = a.substr(9);
            if (format != "text" && format != "json") return usage_error("--format 的值应为 text 或 json");
        } else if (a == "--severity") {
            auto v = value("--severity");
            if (!v) return usage_error("--severity 后面应写“规则编号=级别”");
            if (auto err = add_severity_setting(options, *v); !err.empty()) return usage_error(err);
        } else if (a == "--previous") {
            auto v = value("--previous");
            if (!v) return usage_error("--previous 后面应写上年报告的文件名");
            previous_file = *v;
        } else if (a == "--color") {
            auto v = value("--color");
            if (!v || (*v != "auto" && *v != "always" && *v != "never")) return usage_error("--color 的值应为 auto、always 或 never");
            color = *v;
        } else if (a == "--jobs" || a == "-j") {
            auto v = value("--jobs");
            auto n = v ? parse_jobs(*v) : std::nullopt;
            if (!n) return usage_error("--jobs 的值应为 1 到 64 之间的整数（同时检查的文件数）");
            jobs = *n;
        } else if (a.starts_with("-") && a != "-") {
            return usage_error("check 命令不认识选项“" + a + "”");
        } else {
            args_files.push_back(a);
        }
    }
    if (args_files.empty()) return usage_error("请给出要检查的报告文件或目录，例如：nianbao check 报告.txt");
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
            print_findings(std::cout, file, r.report, c.findings, use_color);
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

} // namespace nianbao::cli
