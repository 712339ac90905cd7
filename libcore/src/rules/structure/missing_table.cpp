// structure/missing-table: tables 2, 3 and 4 are present and recognised completely.
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    for (TableId id : {TableId::disclosure, TableId::requests, TableId::disputes}) {
        const Table* t = report.table(id);
        if (!t) {
            sink.report(Location::document(), "缺少" + std::string(table_name(id)) + "，或其标签无法识别");
            continue;
        }
        for (const auto& p : t->problems) {
            Location where = Location::of_table(*t);
            if (p.source.known()) where.source = p.source;
            if (!p.row.empty()) where.row = p.row;
            sink.report(where, std::string(table_name(id)) + "：" + p.message);
        }
    }
}

const SimpleRule rule{{"structure/missing-table", Severity::error, "表二、表三、表四都应存在，且每一行、每一格都能识别。"}, check};

} // namespace

const Rule& structure_missing_table() { return rule; }

} // namespace nianbao::rules
