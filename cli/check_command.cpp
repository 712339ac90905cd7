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

int check_command(const std::vector<std::string>& args) {
    std::vector<std::string> files;
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
        } else if (a.starts_with("-") && a != "-") {
            return usage_error("check 命令不认识选项“" + a + "”");
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) return usage_error("请给出要检查的报告文件，例如：nianbao check 报告.txt");

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
        std::cout.flush();  // a long batch of office documents shows each result as it comes
    }
    if (format == "json") std::cout << "\n]\n";
    return status;
}

} // namespace nianbao::cli
