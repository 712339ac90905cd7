// The command line as a user meets it, for every command and option in the declaration table:
// help lists each option, bash completes it, the man page renders it, and mistakes get Chinese
// messages and exit 2. Driven from the table, so a new option is tested without writing a test.
#include "command_table.hpp"
#include "help_text.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace nianbao::cli {
namespace {

struct Output {
    int status = -1;
    std::string out, err;
};

std::string read_all(const std::filesystem::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

// Runs a shell command line (the arguments are quoted by the caller) and collects its output.
Output shell(const std::string& command_line) {
    const auto err =
        std::filesystem::temp_directory_path() / ("nianbao-cli-test-" + std::to_string(::getpid()));
    Output r;
    FILE* p = ::popen((command_line + " 2>'" + err.string() + "'").c_str(), "r");
    if (!p) return r;
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;)
        r.out.append(buf, n);
    const int status = ::pclose(p);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.err = read_all(err);
    std::filesystem::remove(err);
    return r;
}

// 'text' for sh, whatever the text holds.
std::string quoted(const std::string& text) {
    std::string q = "'";
    for (char c : text)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

Output nianbao(const std::string& args) {
    return shell(std::string("'") + NIANBAO_CLI + "' " + args);
}

// COMPREPLY after completing `words` (bash syntax, the last word being completed).
std::string complete(const std::string& words) {
    const std::string script =
        std::string("source <('") + NIANBAO_CLI + "' --completion bash); COMP_WORDS=(" + words +
        "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _nianbao; echo \"${COMPREPLY[*]}\"";
    Output r = shell("bash -c " + quoted(script));
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    return " " + r.out.substr(0, r.out.find('\n')) + " ";
}

// What Boost.Program_options would say in English if a message escaped untranslated.
void expect_no_library_english(const std::string& text) {
    for (const char* word : {"option", "argument", "arg ", "unrecognised", "required", "Allowed"})
        EXPECT_EQ(text.find(word), std::string::npos) << "“" << word << "” in: " << text;
}

std::vector<const OptionSpec*> visible_options(const Command& c) {
    std::vector<const OptionSpec*> v;
    for (const auto& o : c.options)
        if (!o.hidden) v.push_back(&o);
    return v;
}

TEST(CommandLine, ProgramHelpListsEveryCommand) {
    Output r = nianbao("--help");
    EXPECT_EQ(r.status, 0);
    for (const auto& c : commands()) {
        EXPECT_NE(r.out.find(synopsis(c)), std::string::npos) << c.name;
        EXPECT_NE(r.out.find(c.summary), std::string::npos) << c.name;
    }
    for (const auto& o : program().options)
        EXPECT_EQ(r.out.find("--" + o.name) != std::string::npos, !o.hidden) << o.name;
    EXPECT_EQ(nianbao("help").out, r.out);
    EXPECT_EQ(nianbao("-h").out, r.out);
    expect_no_library_english(r.out);
    Output none = nianbao("");
    EXPECT_EQ(none.status, 2); // no command: the help, as a usage error
    EXPECT_EQ(none.out, r.out);
}

TEST(CommandLine, HelpOfEachCommandListsEveryDeclaredOption) {
    for (const auto& c : commands()) {
        SCOPED_TRACE(c.name);
        Output r = nianbao(c.name + " --help");
        EXPECT_EQ(r.status, 0) << r.err;
        EXPECT_TRUE(r.out.starts_with("用法：nianbao " + c.name)) << r.out;
        for (const auto* o : visible_options(c)) {
            EXPECT_NE(r.out.find(option_heading(*o)), std::string::npos) << o->name << " in:\n"
                                                                         << r.out;
            EXPECT_NE(r.out.find(option_text(*o)), std::string::npos) << o->name << " in:\n"
                                                                      << r.out;
        }
        for (const auto& o : c.options) {
            if (o.hidden) {
                EXPECT_EQ(r.out.find("--" + o.name), std::string::npos) << o.name;
            }
        }
        EXPECT_EQ(nianbao(c.name + " -h").out, r.out);
        EXPECT_EQ(nianbao("help " + c.name).out, r.out);
        expect_no_library_english(r.out);
    }
}

TEST(CommandLine, VersionIsTheProjectVersion) {
    Output r = nianbao("--version");
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out, std::string("nianbao ") + NIANBAO_PROJECT_VERSION + "\n");
}

TEST(CommandLine, UnknownOptionIsRefusedInChinese) {
    for (const auto& c : commands()) {
        Output r = nianbao(c.name + " --no-such-option x");
        EXPECT_EQ(r.status, 2) << c.name;
        EXPECT_EQ(r.err, "nianbao: " + c.name + " 命令不认识选项“--no-such-option”（nianbao " +
                             c.name + " --help 查看用法）\n");
        EXPECT_EQ(r.out, "");
    }
    Output r = nianbao("--no-such-option");
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "nianbao: 不认识选项“--no-such-option”（nianbao --help 查看用法）\n");
    // No abbreviations: a prefix is not taken for the option it begins.
    EXPECT_EQ(nianbao("check --form json x").status, 2);
}

TEST(CommandLine, MissingValueNamesTheOptionAndWhatBelongsThere) {
    for (const auto& c : commands()) {
        for (const auto* o : visible_options(c)) {
            if (o->kind == ValueKind::none) continue;
            SCOPED_TRACE(c.name + " --" + o->name);
            Output r = nianbao(c.name + " --" + o->name);
            EXPECT_EQ(r.status, 2);
            EXPECT_TRUE(r.err.starts_with("nianbao: --" + o->name + " 后面应写")) << r.err;
            EXPECT_NE(
                r.err.find(o->kind == ValueKind::choice ? o->choices.front().value : o->value_name),
                std::string::npos)
                << r.err;
            expect_no_library_english(r.err);
            if (o->short_name) {
                Output s = nianbao(c.name + " -" + o->short_name);
                EXPECT_EQ(s.status, 2);
                EXPECT_TRUE(
                    s.err.starts_with(std::string("nianbao: -") + o->short_name + " 后面应写"))
                    << s.err;
            }
        }
    }
}

TEST(CommandLine, WrongChoiceAndValueOnASwitchAreRefused) {
    for (const auto& c : commands()) {
        for (const auto* o : visible_options(c)) {
            SCOPED_TRACE(c.name + " --" + o->name);
            if (o->kind == ValueKind::choice) {
                Output r = nianbao(c.name + " --" + o->name + "=bogus x");
                EXPECT_EQ(r.status, 2);
                EXPECT_TRUE(r.err.starts_with("nianbao: --" + o->name + " 的值应为 " +
                                              o->choices.front().value))
                    << r.err;
                EXPECT_NE(r.err.find("“bogus”"), std::string::npos) << r.err;
            } else if (o->kind == ValueKind::none) {
                Output r = nianbao(c.name + " --" + o->name + "=1 x");
                EXPECT_EQ(r.status, 2);
                EXPECT_EQ(r.err,
                          "nianbao: 选项 --" + o->name + " 不带值，只写 --" + o->name + " 即可\n");
            }
        }
    }
}

TEST(CommandLine, ValueAfterEqualsOrAsTheNextWord) {
    const std::string file =
        std::string("'") + NIANBAO_TEST_DATA + "/samples/zezhou-zhujian-2023.txt'";
    Output joined = nianbao("check --format=json " + file);
    Output apart = nianbao("check --format json " + file);
    EXPECT_EQ(joined.status, 1);
    EXPECT_EQ(apart.status, 1);
    EXPECT_TRUE(joined.out.starts_with("[")) << joined.out;
    EXPECT_EQ(joined.out, apart.out);
    // Options may follow the files; the last of a repeated single option counts.
    EXPECT_EQ(nianbao("check " + file + " --format text --format json").out, joined.out);
}

TEST(CommandLine, DoubleDashEndsTheOptions) {
    Output r = nianbao("check -- --frobnicate");
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("--frobnicate：无法作为年度报告读取"), std::string::npos) << r.err;
}

TEST(CommandLine, ExtraFilesAreNamed) {
    Output r = nianbao("show a.txt b.txt");
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "nianbao: show 命令一次只处理一个文件（多出了“b.txt”）\n");
    r = nianbao("rules extra");
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "nianbao: rules 命令不接受参数“extra”（nianbao rules --help 查看用法）\n");
}

TEST(CommandLine, BashCompletesCommandsOptionsAndValues) {
    std::string all;
    for (const auto& c : commands()) {
        SCOPED_TRACE(c.name);
        all = complete("nianbao ''");
        EXPECT_NE(all.find(" " + c.name + " "), std::string::npos) << all;
        EXPECT_NE(complete("nianbao " + c.name.substr(0, 3)).find(" " + c.name + " "),
                  std::string::npos);
        const std::string options = complete("nianbao " + c.name + " -");
        for (const auto* o : visible_options(c)) {
            EXPECT_NE(options.find(" --" + o->name + " "), std::string::npos)
                << o->name << ":" << options;
            if (o->kind == ValueKind::choice) {
                const std::string values = complete("nianbao " + c.name + " --" + o->name + " ''");
                for (const auto& ch : o->choices)
                    EXPECT_NE(values.find(" " + ch.value + " "), std::string::npos);
                // "--format=j": bash splits the word at "=".
                const std::string& last = o->choices.back().value;
                EXPECT_EQ(complete("nianbao " + c.name + " --" + o->name + " = " + last),
                          " " + last + " ");
            }
        }
        for (const auto& o : c.options) {
            if (o.hidden) {
                EXPECT_EQ(options.find("--" + o.name), std::string::npos);
            }
        }
    }
    EXPECT_EQ(complete("nianbao check --severity table/bal"), " table/balance= ");
    EXPECT_EQ(complete("nianbao check --severity table/balance = wa"), " warning ");
    const std::string files =
        complete(std::string("nianbao check '") + NIANBAO_TEST_DATA + "/layouts/ta'");
    EXPECT_NE(files.find("/layouts/tabs.txt"), std::string::npos) << files;
}

TEST(CommandLine, ManPageRendersEveryCommandAndOption) {
    // The page the build generated is what the program prints now.
    EXPECT_EQ(read_all(NIANBAO_MAN_PAGE), nianbao("--man").out);
    Output r = shell(std::string("MANWIDTH=80 man --warnings -l '") + NIANBAO_MAN_PAGE + "'");
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.err, "") << "groff warns about the page";
    for (const auto& c : commands()) {
        EXPECT_NE(r.out.find("nianbao " + c.name), std::string::npos) << c.name;
        for (const auto* o : visible_options(c))
            EXPECT_NE(r.out.find("--" + o->name), std::string::npos) << o->name;
    }
    EXPECT_NE(r.out.find(std::string("nianbao ") + NIANBAO_PROJECT_VERSION), std::string::npos);
    EXPECT_NE(r.out.find("退出状态"), std::string::npos);
}

} // namespace
} // namespace nianbao::cli
