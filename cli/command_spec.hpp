// What a command of `nianbao` is, as data: its name, its one-line summary, every option declared
// once with its Chinese description. Parsing (Boost.Program_options), `--help`, the man page and
// the bash completion are all made from these declarations, so they cannot disagree.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::cli {

// What an option's value is: says how help shows it and what the shell completes.
enum class ValueKind {
    none,         // a switch: --force
    text,         // free text: --agency 机关名称
    file,         // a file name (completes file names)
    directory,    // a directory name (completes directories)
    choice,       // one of `choices` (checked, and completed)
    rule_setting, // 规则=级别 (completes rule ids, then levels)
};

struct Choice {
    std::string value{};
    std::string meaning{}; // Chinese; may be empty
};

struct OptionSpec {
    std::string name{};  // the long name without "--"
    char short_name = 0; // 'o' for -o; 0 for none
    ValueKind kind = ValueKind::none;
    std::string value_name{}; // shown after the option in help: 文件, 规则=级别 (choices: a|b)
    std::vector<Choice> choices{}; // for ValueKind::choice
    std::string default_value{};   // what the command sees when the option is not given
    bool repeatable = false;       // every value is kept (otherwise the last one counts)
    bool hidden = false;           // left out of help, man page and completion
    std::string description{};     // Chinese, one sentence; choices and default are added to it
};

// The file arguments of a command.
struct PositionalSpec {
    std::string value_name{}; // 文件; empty: the command takes none
    int max = 0;              // -1: any number
    std::string missing{};    // message when none is given; empty: none are needed
};

// A user's mistake on the command line; the message is Chinese and printed as it is, exit 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The parsed command line of one command, by option name.
class Arguments {
public:
    Arguments(const std::vector<OptionSpec>& options, std::vector<std::string> files)
        : options_(&options), files_(std::move(files)) {}
    void add(const std::string& option, std::string value) {
        given_[option].push_back(std::move(value));
    }

    bool given(std::string_view option) const;
    // The last value given, else the declared default.
    const std::string& value(std::string_view option) const;
    // Every value given, in order.
    std::vector<std::string> values(std::string_view option) const;
    const std::vector<std::string>& files() const { return files_; }
    bool help() const { return help_; }
    void request_help() { help_ = true; }

private:
    const OptionSpec& spec(std::string_view option) const;

    const std::vector<OptionSpec>* options_;
    std::map<std::string, std::vector<std::string>, std::less<>> given_;
    std::vector<std::string> files_;
    bool help_ = false;
};

struct Command {
    std::string name{};    // check
    std::string summary{}; // one line, Chinese
    std::string details{}; // further sentences for `nianbao check --help` and the man page
    std::vector<OptionSpec> options{};
    PositionalSpec positional{};
    int (*run)(const Arguments&) = nullptr; // returns the exit status
};

// The -h/--help every command has.
const OptionSpec& help_option();

// Parses `args` (after the command's name) by `command`'s declarations. Throws UsageError with a
// Chinese message. With -h/--help nothing else is checked: the caller shows the help.
Arguments parse_arguments(const Command& command, const std::vector<std::string>& args);

// "--format" or "-o/--output": how messages name an option.
std::string option_label(const OptionSpec& option);
// What the option's value must be, in words: "text 或 json", "规则=级别".
std::string value_phrase(const OptionSpec& option);

} // namespace nianbao::cli
