// `nianbao template`: the standard report, pre-filled with agency and year, for one agency or a
// whole list. .fodt and .odt are written directly; .docx goes through headless LibreOffice.
// Nothing is half-written: files are made in a temporary folder and moved into place at the end.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "commands.hpp"
#include "nianbao/encoding.hpp"
#include "nianbao/template.hpp"
#include "nianbao/text.hpp"

namespace nianbao::cli {
namespace {

namespace fs = std::filesystem;

std::string office_binary() {
    for (const char* p : {"/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"})
        if (fs::exists(p)) return p;
    return {};
}

// Converts .odt files in `dir` to .docx with a private office profile; true on success.
bool convert_to_docx(const fs::path& dir, std::string& error) {
    const std::string office = office_binary();
    if (office.empty()) {
        error = "生成 .docx 需要安装 LibreOffice（Debian：libreoffice-writer）；也可改用 .odt";
        return false;
    }
    const fs::path profile = dir / ".profile";
    std::string cmd = "cd '" + dir.string() + "' && timeout 600 '" + office +
                      "' --headless --norestore --nologo -env:UserInstallation=file://" + profile.string() +
                      " --convert-to 'docx:MS Word 2007 XML' --outdir . *.odt >/dev/null 2>&1";
    int rc = std::system(cmd.c_str());
    fs::remove_all(profile);
    if (rc != 0) {
        error = "LibreOffice 转换为 .docx 失败（退出状态 " + std::to_string(rc) + "）";
        return false;
    }
    return true;
}

struct Job {
    TemplateOptions options;
    std::string file;  // file name (without folder)
};

std::string extension_of(const std::string& path) {
    std::string e = fs::path(path).extension().string();
    for (auto& c : e) c = char(std::tolower(static_cast<unsigned char>(c)));
    return e;
}

int write_jobs(const std::vector<Job>& jobs, const fs::path& out_dir, const std::string& format, bool force) {
    for (const auto& j : jobs)
        if (!force && fs::exists(out_dir / j.file))
            return usage_error("“" + (out_dir / j.file).string() + "”已存在；nianbao 不覆盖已有文件（确需覆盖请加 --force）");
    std::error_code ec;
    if (fs::exists(out_dir, ec) && !fs::is_directory(out_dir, ec))
        return usage_error("输出位置“" + out_dir.string() + "”已存在，但不是目录");
    fs::create_directories(out_dir, ec);
    if (ec) return usage_error("无法创建输出目录“" + out_dir.string() + "”（没有写入权限？）");
    const fs::path tmp = out_dir / (".nianbao-template-" + std::to_string(::getpid()));
    fs::create_directories(tmp, ec);
    if (ec) return usage_error("无法在“" + out_dir.string() + "”中写入文件（没有写入权限？）");
    auto fail = [&](const std::string& why) {
        fs::remove_all(tmp, ec);
        std::cerr << "nianbao: " << why << "（没有写出任何文件）\n";
        return int(unusable);
    };
    for (const auto& j : jobs) {
        const std::string stem = fs::path(j.file).stem().string();
        // A .docx is for Word and WPS: the official font names first.
        const TemplateFonts fonts = format == ".docx" ? TemplateFonts::word : TemplateFonts::libreoffice;
        const std::string data = format == ".fodt" ? render_template_fodt(j.options, fonts) : render_template_odt(j.options, fonts);
        std::ofstream f(tmp / (stem + (format == ".fodt" ? ".fodt" : ".odt")), std::ios::binary);
        if (!(f << data)) return fail("写入“" + j.file + "”时出错");
    }
    if (format == ".docx") {
        std::string error;
        if (!convert_to_docx(tmp, error)) return fail(error);
    }
    for (const auto& j : jobs) {
        const fs::path made = tmp / (fs::path(j.file).stem().string() + format);
        if (!fs::exists(made)) return fail("没有生成“" + j.file + "”");
    }
    for (const auto& j : jobs) {
        fs::rename(tmp / (fs::path(j.file).stem().string() + format), out_dir / j.file, ec);
        if (ec) return fail("无法把“" + j.file + "”移到输出目录");
    }
    fs::remove_all(tmp, ec);
    for (const auto& j : jobs) std::cout << "已生成：" << (out_dir / j.file).string() << "\n";
    return ok;
}

int run_template(const Arguments& args) {
    TemplateOptions options;
    options.agency = args.value("agency");
    const std::string& output = args.value("output");
    const std::string& list = args.value("agencies");
    const std::string& out_dir = args.value("out-dir");
    const std::string& format = args.value("format");
    const std::string& kind = args.value("kind");
    const bool force = args.given("force");
    if (args.given("year")) {
        const std::string& year = args.value("year");
        try {
            std::size_t used = 0;
            options.year = std::stoi(year, &used);
            if (used != year.size()) throw std::invalid_argument("year");
        } catch (...) {
            return usage_error("年度“" + year + "”不是四位数字");
        }
    }
    auto kind_for = [&](const std::string& agency) {
        if (kind == "government") return AgencyKind::government;
        if (kind == "department") return AgencyKind::department;
        return agency_kind(agency);
    };

    if (!list.empty()) {
        if (out_dir.empty()) return usage_error("使用 --agencies 时请用 --out-dir 指定输出目录");
        std::ifstream in(list, std::ios::binary);
        if (!in) return usage_error("无法读取机关名单“" + list + "”（文件不存在或没有读取权限）");
        std::stringstream ss;
        ss << in.rdbuf();
        Decoded d = decode_text(ss.str());
        if (!d.error.empty()) return usage_error("机关名单“" + list + "”：" + d.error);
        std::vector<Job> jobs;
        std::set<std::string> names;
        std::istringstream lines(d.text);
        std::string line;
        int n = 0;
        while (std::getline(lines, line)) {
            ++n;
            std::string name = trim(line);
            if (name.empty() || name.starts_with("#")) continue;
            Job j{options, ""};
            j.options.agency = name;
            j.options.kind = kind_for(name);
            if (auto err = validate_template_options(j.options); !err.empty())
                return usage_error("机关名单第 " + std::to_string(n) + " 行：" + err);
            std::string base = safe_file_name(name) + (options.year ? std::to_string(*options.year) + "年" : "") + "政府信息公开工作年度报告";
            if (!names.insert(base).second) return usage_error("机关名单第 " + std::to_string(n) + " 行：“" + name + "”重复");
            j.file = base + "." + format;
            jobs.push_back(std::move(j));
        }
        if (jobs.empty()) return usage_error("机关名单“" + list + "”中没有机关名称");
        if (auto err = validate_template_options(options); !err.empty()) return usage_error(err);
        return write_jobs(jobs, out_dir, "." + format, force);
    }

    if (output.empty()) return usage_error("请用 -o 指定输出文件（.odt、.docx 或 .fodt），例如：nianbao template --agency 某县住建局 --year 2025 -o 报告.odt");
    options.kind = kind_for(options.agency);
    if (auto err = validate_template_options(options); !err.empty()) return usage_error(err);
    const std::string ext = extension_of(output);
    if (ext != ".odt" && ext != ".docx" && ext != ".fodt") return usage_error("输出文件的扩展名应为 .odt、.docx 或 .fodt");
    fs::path out(output);
    Job j{options, out.filename().string()};
    return write_jobs({j}, out.has_parent_path() ? out.parent_path() : fs::path("."), ext, force);
}

} // namespace

Command template_command() {
    return {
        .name = "template",
        .summary = "生成 2021 年格式的标准报告模板，或按机关名单每个机关一份",
        .details =
            "一份：nianbao template --agency 机关名称 --year 年度 -o 文件.odt|.docx|.fodt\n"
            "按名单：nianbao template --agencies 名单.txt --year 年度 --out-dir 目录 [--format "
            "odt|docx|fodt]\n"
            ".docx 需要 LibreOffice。已有的文件不覆盖（除非给出 --force），出错时不写出任何文件。",
        .options =
            {
                {.name = "agency",
                 .kind = ValueKind::text,
                 .value_name = "机关名称",
                 .description = "报告所属机关，写入标题和正文"},
                {.name = "year",
                 .kind = ValueKind::text,
                 .value_name = "年度",
                 .description = "报告年度，四位数字（2021 年起为 2021 年格式）"},
                {.name = "kind",
                 .kind = ValueKind::choice,
                 .choices = {{"department", "部门"}, {"government", "人民政府"}},
                 .description = "机关类别，不给出时按机关名称判断"},
                {.name = "output",
                 .short_name = 'o',
                 .kind = ValueKind::file,
                 .value_name = "文件",
                 .description = "生成一份模板到这个文件：.odt、.docx 或 .fodt"},
                {.name = "agencies",
                 .kind = ValueKind::file,
                 .value_name = "名单",
                 .description = "机关名单，每行一个机关名称（# 开头的行是注释），每个机关生成一份"},
                {.name = "out-dir",
                 .kind = ValueKind::directory,
                 .value_name = "目录",
                 .description = "按名单生成时的输出目录"},
                {.name = "format",
                 .kind = ValueKind::choice,
                 .choices = {{"odt", ""}, {"docx", ""}, {"fodt", ""}},
                 .default_value = "odt",
                 .description = "按名单生成时的文件格式"},
                {.name = "force", .description = "覆盖已有的文件"},
            },
        .positional = {},
        .run = run_template,
    };
}

} // namespace nianbao::cli
