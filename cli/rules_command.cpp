// `nianbao rules`: id, default severity and the one-sentence summary of every rule.
#include <iostream>

#include "commands.hpp"
#include "nianbao/registry.hpp"

namespace nianbao::cli {

namespace {

int run_rules(const Arguments&) {
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

} // namespace

Command rules_command() {
    return {.name = "rules",
            .summary = "列出全部检查规则（编号、默认级别、说明）",
            .details = "规则的级别可用 nianbao check --severity 规则=级别 改变。",
            .options = {},
            .positional = {},
            .run = run_rules};
}

} // namespace nianbao::cli
