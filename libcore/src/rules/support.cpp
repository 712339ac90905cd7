// Helpers shared by rules.
#include "rules/support.hpp"

#include "nianbao/autofill.hpp"

namespace nianbao::rules {

Location heading_location(const Section& section) {
    return Location::of_text(section.key, -1, 0, int(section.heading.size()), section.source);
}

Location title_location(const Report& report) {
    if (report.meta.title.empty()) return Location::document();
    return Location::of_text("title", -1, 0, int(report.meta.title.size()), report.meta.title_source);
}

std::string chinese_number(int n) {
    static const char* names[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    return n >= 0 && n <= 10 ? names[n] : std::to_string(n);
}

std::optional<FormatVersion> applicable_format(const Report& report) {
    if (!report.meta.year) return std::nullopt;
    return format_for_year(*report.meta.year);
}

std::vector<const Paragraph*> section_paragraphs(const Report& report, std::string_view key) {
    std::vector<const Paragraph*> out;
    for (const auto& s : report.sections)
        if (s.key == key)
            for (const auto& p : s.paragraphs) out.push_back(&p);
    return out;
}

void for_each_cell(const Report& report, const std::function<void(const Table&, const Cell&)>& fn) {
    for (const auto& t : report.tables)
        for (const auto& c : t.cells)
            if (c.present) fn(t, c);
}

void check_identity_rule(const Report& report, Sink& sink, std::string_view rule, DescribeFn describe) {
    for (const auto& table : report.tables) {
        for (const auto& inst : identity_instances(table, rule)) {
            IdentityResult r = evaluate(inst);
            if (r.overflow) {
                sink.report(Location::of_cell(table, *inst.target),
                            cell_label(table, *inst.target) + "相关的数值过大，无法求和");
                continue;
            }
            if (!r.computable() || r.holds()) continue;
            std::vector<Location> related;
            for (const auto* side : {&inst.lhs, &inst.rhs})
                for (const Cell* c : *side)
                    if (c != inst.target) related.push_back(Location::of_cell(table, *c));
            std::optional<std::string> fix;
            if (auto v = solve_for_target(inst); v && !v->negative() &&
                                                 (!inst.decl->fill_only_blank || inst.target->value.state == ValueState::blank))
                fix = format_amount(*v);
            sink.report(Location::of_cell(table, *inst.target), describe(table, inst, *r.lhs, *r.rhs),
                        std::move(related), std::move(fix));
        }
    }
}

} // namespace nianbao::rules
