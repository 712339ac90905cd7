// `nianbao rules`: id, default severity and the one-sentence summary of every rule.
#include <iostream>

#include "commands.hpp"
#include "nianbao/registry.hpp"

namespace nianbao::cli {

int usage_error(const std::string& message) {
    std::cerr << "nianbao: " << message << "\n";
    return unusable;
}

int rules_command(const std::vector<std::string>& args) {
    if (!args.empty()) return usage_error("rules 命令不接受参数");
    for (const Rule* r : all_rules()) {
        const RuleInfo& i = r->info();
        std::string id(i.id);
        id.resize(std::max<std::size_t>(id.size(), 28), ' ');
        std::string sev(severity_key(i.severity));
        sev.resize(8, ' ');
        std::cout << id << sev << i.summary << "\n";
    }
    return ok;
}

} // namespace nianbao::cli
