// Finding mapping.
#include "findings.hpp"

#include "nianbao/place.hpp"

namespace nianbao::uno {

org::nianbao::Finding to_uno(const Finding& f, const WriterDocument* doc) {
    org::nianbao::Finding out;
    out.RuleId = to_ou(f.rule);
    out.Severity = to_ou(std::string(severity_key(f.severity)));
    out.Message = to_ou(f.message);
    out.TableName = to_ou(f.location.source.table_name);
    out.CellName = f.location.kind == Location::Kind::cell ? to_ou(f.location.source.cell_name) : OUString();
    out.Paragraph = -1;
    out.Start = f.location.start;
    out.End = f.location.end;
    const int line = f.location.source.line;
    if (f.location.kind == Location::Kind::text && line > 0) {
        if (doc && std::size_t(line) <= doc->paragraph_of_line.size()) out.Paragraph = doc->paragraph_of_line[std::size_t(line - 1)];
        else if (!doc) out.Paragraph = line - 1;  // checkText: the line of the text
    }
    out.Table = to_ou(f.location.table);
    out.Row = to_ou(f.location.row);
    out.Column = to_ou(f.location.column);
    out.Fix = f.fix ? to_ou(*f.fix) : OUString();
    out.Place = to_ou(place_in_words(f.location));
    return out;
}

css::uno::Sequence<org::nianbao::Finding> to_uno(const std::vector<Finding>& findings, const WriterDocument* doc) {
    css::uno::Sequence<org::nianbao::Finding> out(sal_Int32(findings.size()));
    for (std::size_t i = 0; i < findings.size(); ++i) out.getArray()[i] = to_uno(findings[i], doc);
    return out;
}

std::string summary(const std::vector<Finding>& findings) {
    if (findings.empty()) return "未发现问题";
    int n[3] = {0, 0, 0};
    for (const auto& f : findings) ++n[int(f.severity)];
    return "错误 " + std::to_string(n[2]) + " 个，警告 " + std::to_string(n[1]) + " 个，提示 " + std::to_string(n[0]) + " 个";
}

} // namespace nianbao::uno
