// nianbao: checks China's government-information disclosure annual reports from the command line.
#include <iostream>

#include "commands.hpp"

namespace {

constexpr const char* help = R"(用法：
  nianbao check 文件或目录… [--jobs N] [--format text|json] [--severity 规则=级别]… [--color auto|always|never]
  nianbao check 本年报告 --previous 上年报告
      检查年度报告：结构、表格数值和勾稽关系、正文与表格、日期；给出上年报告时还比对
      结转、现行有效件数和正文重复比例。级别为 error、warning、info 或 off。
      给出目录时检查其中全部报告文件（.txt .md .html .htm .pdf .docx .doc .odt .rtf .wps .fodt，
      按路径排序）；--jobs N 用 N 个线程同时检查文本/网页文件（默认 1）。
  nianbao review 目录或文件… -o 输出目录 [--jobs N] [--severity 规则=级别]…
      审查一个地区收到的全部年度报告：每份报告的批注副本、汇总.xlsx（报告清单、问题清单、
      表二至表四的汇总）和 index.html，都写在输出目录中（不修改原文件）。
  nianbao fill 文件 [-o 输出文件] [--blank-as-zero]
      列出“填充合计”会写入的数值；给出 -o 时写出修正后的副本（不修改原文件）。
      --blank-as-zero：把空白的数值单元格按 0 处理并写入 0。
  nianbao rules
      列出全部检查规则（编号、默认级别、说明）。
  nianbao template [--agency 机关名称] [--year 年度] [--kind department|government] -o 文件.odt|.docx|.fodt
  nianbao template --agencies 名单.txt --year 年度 --out-dir 目录 [--format odt|docx|fodt]
      生成 2021 年格式的标准报告模板（按名单每个机关一份）；.docx 需要 LibreOffice。
  nianbao show 文件
      显示识别出的标题、各部分和表格中每一格的数值及所在行。

退出状态：0 没有错误级别的问题；1 有错误级别的问题；2 文件无法读取或用法有误。
)";

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
        std::cout << help;
        return args.empty() ? nianbao::cli::unusable : nianbao::cli::ok;
    }
    if (args[0] == "--version") {
        std::cout << "nianbao 0.1.0\n";
        return nianbao::cli::ok;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    try {
        if (command == "check") return nianbao::cli::check_command(args);
        if (command == "fill") return nianbao::cli::fill_command(args);
        if (command == "review") return nianbao::cli::review_command(args);
        if (command == "rules") return nianbao::cli::rules_command(args);
        if (command == "show") return nianbao::cli::show_command(args);
        if (command == "template") return nianbao::cli::template_command(args);
    } catch (const std::exception& e) {
        std::cerr << "nianbao: 内部错误：" << e.what() << "\n";
        return nianbao::cli::unusable;
    }
    return nianbao::cli::usage_error("未知的命令“" + command + "”（可用：check、fill、review、rules、show、template；nianbao --help 查看用法）");
}
