// `nianbao review DIR|FILE… -o OUT`: the supervising office's review of a region — every report
// read and checked, an annotated copy of each, OUT/汇总.xlsx and OUT/index.html (docs/review.md).
#include "../batch.hpp"
#include "../commands.hpp"
#include "../input_files.hpp"
#include "../report_input.hpp"
#include "annotated_page.hpp"
#include "index_html.hpp"
#include "output_file.hpp"
#include "reviewed.hpp"
#include "rollup.hpp"
#include "summary_xlsx.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>

namespace nianbao::cli {
namespace fs = std::filesystem;
using namespace review;

namespace {

struct ReviewOptions {
    std::vector<std::string> inputs;
    std::string out;
    int jobs = default_jobs();
    CheckOptions check;
};

fs::path canonical(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(p, ec);
    return ec ? fs::absolute(p) : c;
}

bool inside(const fs::path& path, const fs::path& dir) {
    auto [d, p] = std::mismatch(dir.begin(), dir.end(), path.begin(), path.end());
    return d == dir.end();
}

// The annotated copy's name under OUT: 批注/<name as found>.批注.html, or the input's own extension
// for office documents and web pages (批注/<name>.批注.docx, 批注/<name>.批注.htm); a second file
// of the same name gets "-2" and so on.
std::string copy_name(const std::string& name, bool own_format, std::set<std::string>& taken) {
    fs::path base = fs::path("批注") / fs::path(name).relative_path();
    std::string stem = (base.parent_path() / base.stem()).generic_string();
    std::string ext = own_format ? base.extension().string() : base.extension().string() + ".html";
    std::string candidate = stem + ".批注" + ext;
    for (int k = 2; !taken.insert(candidate).second; ++k)
        candidate = stem + "-" + std::to_string(k) + ".批注" + ext;
    return candidate;
}

int run_review(const Arguments& args) {
    ReviewOptions o;
    o.inputs = args.files();
    o.out = args.value("output");
    if (o.out.empty()) return usage_error("请用 -o 给出输出目录，例如：nianbao review 收到的年报/ -o 审查结果/");
    const std::optional<int> jobs = parse_jobs(args.value("jobs"));
    if (!jobs) return usage_error("--jobs 的值应为 1 到 64 之间的整数（同时检查的文件数）");
    o.jobs = *jobs;
    for (const auto& setting : args.values("severity"))
        if (auto err = add_severity_setting(o.check, setting); !err.empty()) return usage_error(err);

    const fs::path out = canonical(o.out);
    std::error_code ec;
    if (fs::exists(out, ec) && !fs::is_directory(out, ec))
        return usage_error("输出位置“" + o.out + "”已存在且不是目录");
    for (const std::string& in : o.inputs)
        if (inside(canonical(in), out))
            return usage_error("输出目录“" + o.out +
                               "”不能是要审查的目录，也不能包含要审查的文件“" + in +
                               "”（以免覆盖原件）");
    fs::create_directories(out, ec);
    if (ec) return usage_error("无法创建输出目录“" + o.out + "”：" + ec.message());

    const InputList list = collect_inputs(o.inputs, {out});
    if (list.files.empty() && list.unlisted.empty())
        return usage_error("给出的目录中没有年度报告文件（.txt .md .html .htm .pdf .docx .doc .odt "
                           ".rtf .wps .fodt）");

    // The office copies' names first, in input order (they can only clash with each other), so
    // that each office document is annotated in the one load that reads it.
    std::set<std::string> taken;
    std::vector<std::string> office_copies(list.files.size());
    for (std::size_t i = 0; i < list.files.size(); ++i)
        if (input_kind(list.files[i].path) == InputKind::office)
            office_copies[i] = copy_name(list.files[i].name, true, taken);

    ReportInputs inputs;
    std::vector<Reviewed> reports(list.files.size());
    Progress progress(list.files.size(), "审查");
    check_batch(inputs, list.files, o.check, o.jobs, &progress, {},
                [&](std::size_t i, CheckedFile& c) {
                    Reviewed& r = reports[i];
                    r.input = list.files[i];
                    r.kind = input_kind(r.input.path);
                    r.ok = c.read.ok;
                    r.error = c.read.error;
                    r.report = std::move(c.read.report);
                    r.text = std::move(c.read.text);
                    r.findings = std::move(c.findings);
                    for (const Finding& f : r.findings)
                        (f.severity == Severity::error     ? r.errors
                         : f.severity == Severity::warning ? r.warnings
                                                           : r.hints)++;
                    if (!c.copy.empty()) {
                        r.copy = office_copies[i];
                    } else if (!office_copies[i].empty()) {
                        // No copy: the folders made for it go again (only those left empty).
                        std::error_code kept;
                        for (fs::path d = (out / office_copies[i]).parent_path(); d != out && fs::remove(d, kept);)
                            d = d.parent_path();
                        if (r.ok) r.copy_note = "未能写出带批注的原格式副本（" + c.copy_error + "），改为网页副本";
                    }
                },
                [&](std::size_t i) -> std::string {
                    if (office_copies[i].empty()) return {};
                    // The office writes the file only: the report's folder below 批注/ is made here.
                    std::error_code made;
                    fs::create_directories((out / office_copies[i]).parent_path(), made);
                    return (out / office_copies[i]).string();
                });
    progress.finish();
    for (std::size_t k = 0; k < list.unlisted.size(); ++k) {
        Reviewed r;
        r.input = list.unlisted[k];
        r.error = list.unlisted_errors[k];
        reports.push_back(std::move(r));
    }
    mark_duplicates(reports);

    int status = ok;
    std::size_t copies = 0;
    for (Reviewed& r : reports) {
        if (!r.ok) {
            std::cerr << "nianbao: " << r.input.path << "：无法作为年度报告读取：" << r.error
                      << "\n";
            status = unusable;
            continue;
        }
        if (r.errors) status = std::max<int>(status, findings);
        if (!r.copy.empty()) {  // written by the office while reading
            ++copies;
            continue;
        }
        std::string error;
        const std::string name = copy_name(r.input.name, r.kind == InputKind::html, taken);
        if (write_output(out / name, annotated_page(r), error)) {
            r.copy = name;
            ++copies;
        } else {
            std::cerr << "nianbao: " << error << "\n";
            r.copy_note = error;
            status = unusable;
        }
    }

    const Rollup rollup = compute_rollup(reports);
    std::string error;
    if (!write_summary_xlsx((out / "汇总.xlsx").string(), reports, rollup, error)) {
        std::cerr << "nianbao: " << error << "\n";
        status = unusable;
    }
    if (!write_output(out / "index.html", index_html(reports, rollup), error)) {
        std::cerr << "nianbao: " << error << "\n";
        status = unusable;
    }

    std::size_t read = 0, with_errors = 0;
    for (const Reviewed& r : reports) {
        read += r.ok;
        with_errors += r.ok && r.errors;
    }
    std::cout << "已审查 " << reports.size() << " 个文件：读取 " << read << " 份报告，其中有错误 "
              << with_errors << " 份；无法读取 " << reports.size() - read << " 个。\n";
    if (rollup.year) {
        std::cout << rollup.year.value() << " 年度汇总：";
        for (const TableRollup& t : rollup.tables)
            std::cout << table_short_name(t.id) << " " << t.included.size() << " 份"
                      << (t.id == TableId::disputes ? "" : "，");
        std::cout << "（其余未纳入的原因见汇总表）\n";
    }
    if (read != reports.size()) {
        std::cout << "无法读取的文件：\n";
        for (const Reviewed& r : reports)
            if (!r.ok) std::cout << "  " << r.input.path << "：" << r.error << "\n";
    }
    std::cout << "结果：" << (fs::path(o.out) / "index.html").string() << "、"
              << (fs::path(o.out) / "汇总.xlsx").string() << "，批注副本 " << copies << " 份在 "
              << (fs::path(o.out) / "批注").string() << "/\n";
    return status;
}

} // namespace

Command review_command() {
    return {
        .name = "review",
        .summary = "审查一个地区收到的全部年度报告",
        .details = "每份报告写出带批注的副本，另写汇总.xlsx（报告清单、问题清单、表二至表四的汇总）"
                   "和 index.html，都在输出目录中；不修改原文件。",
        .options =
            {
                {.name = "output", .short_name = 'o', .kind = ValueKind::directory, .value_name = "输出目录",
                 .description = "写出审查结果的目录（不能在要审查的目录之内）"},
                {.name = "jobs", .short_name = 'j', .kind = ValueKind::text, .value_name = "N",
                 .default_value = std::to_string(default_jobs()),
                 .description = "同时检查的文本/网页文件数（线程数，1 到 64）"},
                {.name = "severity", .kind = ValueKind::rule_setting, .value_name = "规则=级别",
                 .repeatable = true,
                 .description = "改变一条规则的级别：error、warning、info 或 off（关闭）；"
                                "规则编号见 nianbao rules"},
            },
        .positional = {.value_name = "目录或文件", .max = -1,
                       .missing = "请给出要审查的目录或报告文件，例如：nianbao review 收到的年报/ -o 审查结果/"},
        .run = run_review,
    };
}

} // namespace nianbao::cli
