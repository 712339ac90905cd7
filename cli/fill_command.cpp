// `nianbao fill FILE [-o OUT] [--blank-as-zero]`: shows the autofill edits and, with -o, writes a
// corrected copy. The input file is never written.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "nianbao/autofill.hpp"
#include "nianbao/identities.hpp"
#include "nianbao/reader.hpp"
#include "report_input.hpp"

namespace nianbao::cli {
namespace {

std::string describe_cell(const Report& report, TableId id, const std::string& row, const std::string& column) {
    const Table* t = report.table(id);
    const Cell* c = t ? t->cell(row, column) : nullptr;
    if (!t || !c) return std::string(table_short_name(id)) + " " + row + "/" + column;
    return std::string(table_short_name(id)) + cell_label(*t, *c);
}

// Writes through a temporary file of a unique name next to `out`, then renames it: a reader of
// `out` sees the old file or the new one, and two runs at once never share a temporary file.
bool write_atomically(const std::filesystem::path& out, const std::string& text, std::string& error) {
    std::string tmp = out.string() + ".nianbao-XXXXXX";
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) { error = "无法创建输出文件（目录不存在或没有写入权限）"; return false; }
    const mode_t mask = ::umask(0);  // mkstemp makes 0600; the copy gets the usual permissions
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    bool written = true;
    for (std::size_t done = 0; written && done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        written = n > 0;
        if (written) done += std::size_t(n);
    }
    written = ::close(fd) == 0 && written;
    std::error_code ec;
    if (!written) {
        std::filesystem::remove(tmp, ec);
        error = "写入输出文件时出错（磁盘已满？）";
        return false;
    }
    std::filesystem::rename(tmp, out, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        error = "无法写入输出文件";
        return false;
    }
    return true;
}

int run_fill(const Arguments& args) {
    const std::string& input = args.files().at(0);
    const std::string& output = args.value("output");
    FillOptions options;
    options.blank_as_zero = args.given("blank-as-zero");

    ReportInputs inputs;
    const bool office_input = inputs.is_office_document(input);
    if (office_input && !output.empty()) {
        const auto extension = [](const std::string& p) {
            std::string e = std::filesystem::path(p).extension().string();
            for (auto& c : e) c = char(std::tolower(static_cast<unsigned char>(c)));
            return e;
        };
        if (extension(input) != extension(output))
            return usage_error("输出文件应与原文件格式相同：请用扩展名为“" + extension(input) + "”的输出文件名");
    }
    ReadResult r = inputs.read(input);
    if (!r.ok) {
        std::cerr << "nianbao: " << input << "：无法作为年度报告读取：" << r.error << "\n";
        return unusable;
    }
    if (!output.empty() && r.encoding == "PDF") {
        // A PDF cannot be corrected in place of its text: the totals are printed, not written.
        std::cerr << "nianbao: " << input << "：PDF 文件不能写出修正后的副本，请在原文档（Word/WPS）中修改；"
                     "不加 -o 运行可列出应填的合计\n";
        return unusable;
    }
    if (!output.empty()) {
        std::error_code ec;
        if (std::filesystem::exists(output, ec) && std::filesystem::equivalent(input, output, ec))
            return usage_error("输出文件不能是输入文件本身：nianbao 不修改原文件，请用 -o 指定另一个文件名");
    }
    FillResult result = autofill(r.report, options);
    if (result.zeros_written > 0) std::cout << "已把 " << result.zeros_written << " 个空白单元格按 0 填写。\n";
    for (const auto& e : result.edits) {
        if (e.reason == "blank-as-zero") continue;
        std::cout << describe_cell(r.report, e.table, e.row, e.column) << "：“" << e.old_text << "” → " << e.new_text
                  << "  [" << e.reason << "]\n";
    }
    for (const auto& u : result.unfilled)
        std::cout << "无法填充：" << table_short_name(u.table) << u.message << "\n";
    if (result.edits.empty()) std::cout << "各项合计均已正确，无需修改。\n";

    if (output.empty()) {
        if (!result.edits.empty()) std::cout << "（未写入任何文件；用 -o 输出文件 写出修正后的副本）\n";
        return ok;
    }
    std::string error;
    if (office_input) {
        // The copy is written by the office with the extension's 填充合计 code, in the input's format.
        if (!inputs.filled_copy(input, options.blank_as_zero, output, error)) {
            std::cerr << "nianbao: " << output << "：" << error << "\n";
            return unusable;
        }
        std::cout << "已写出修正后的副本：" << output << "\n";
        return ok;
    }
    int skipped = 0;
    std::string fixed = apply_edits_to_text(r.text, result.edits, skipped);
    if (!write_atomically(output, fixed, error)) {
        std::cerr << "nianbao: " << output << "：" << error << "\n";
        return unusable;
    }
    std::cout << "已写出修正后的副本：" << output;
    if (r.encoding != "UTF-8") std::cout << "（原文件为 " << r.encoding << " 编码，副本为 UTF-8）";
    std::cout << "\n";
    if (skipped > 0) std::cout << "注意：有 " << skipped << " 处修改无法定位到原文，未写入副本。\n";
    return ok;
}

} // namespace

Command fill_command() {
    return {
        .name = "fill",
        .summary = "列出“填充合计”会写入的数值；给出 -o 时写出修正后的副本（不修改原文件）",
        .details = {},
        .options =
            {
                {.name = "output",
                 .short_name = 'o',
                 .kind = ValueKind::file,
                 .value_name = "输出文件",
                 .description = "把修正后的副本写到这个文件（UTF-8）"},
                {.name = "blank-as-zero", .description = "把空白的数值单元格按 0 处理并写入 0"},
            },
        .positional =
            {.value_name = "文件",
             .max = 1,
             .missing =
                 "请给出要填充合计的报告文件，例如：nianbao fill 报告.txt -o 报告-已填充.txt"},
        .run = run_fill,
    };
}

} // namespace nianbao::cli
