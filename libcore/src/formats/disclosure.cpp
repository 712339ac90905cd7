// Table 2 — 主动公开政府信息情况 (format.md §2), 2021 format and 2019 trial format.
// No sum identity holds inside table 2.
#include "formats/declarations.hpp"

namespace nianbao::formats {

TableFormat disclosure_2021() {
    return TableFormat{
        TableId::disclosure,
        FormatVersion::v2021,
        {
            {"article20.1", "第二十条第（一）项", {"第二十条第(一)项"}},
            {"article20.5", "第二十条第（五）项", {}},
            {"article20.6", "第二十条第（六）项", {}},
            {"article20.8", "第二十条第（八）项", {}},
        },
        {
            {"regulations", "规章", {}, "article20.1", {"issued", "repealed", "in_force"}},
            {"normative_docs", "行政规范性文件", {"规范性文件"}, "article20.1",
             {"issued", "repealed", "in_force"}},
            {"licensing", "行政许可", {}, "article20.5", {"decisions"}},
            {"penalty", "行政处罚", {}, "article20.6", {"decisions"}},
            {"coercion", "行政强制", {}, "article20.6", {"decisions"}},
            {"fees", "行政事业性收费", {}, "article20.8", {"amount"}},
        },
        {
            {"issued", "本年制发件数", {"本年制发数量", "本年新制发件数"}},
            {"repealed", "本年废止件数", {"本年废止数量"}},
            {"in_force", "现行有效件数", {"现行有效数量"}},
            {"decisions", "本年处理决定数量", {"本年处理决定件数", "处理决定数量"}},
            {"amount", "本年收费金额（单位：万元）", {"本年收费金额(单位:万元)", "本年收费金额", "本年收费金额(万元)"},
             ValueKind::money, false, "万元"},
        },
        {},
    };
}

TableFormat disclosure_2019() {
    return TableFormat{
        TableId::disclosure,
        FormatVersion::v2019,
        {
            {"article20.1", "第二十条第（一）项", {}},
            {"article20.5", "第二十条第（五）项", {}},
            {"article20.6", "第二十条第（六）项", {}},
            {"article20.8", "第二十条第（八）项", {}},
            {"article20.9", "第二十条第（九）项", {}},
        },
        {
            {"regulations", "规章", {}, "article20.1", {"made", "published", "total_published"}},
            {"normative_docs", "规范性文件", {"行政规范性文件"}, "article20.1",
             {"made", "published", "total_published"}},
            {"licensing", "行政许可", {}, "article20.5", {"last_year", "change", "decisions"}},
            {"other_services", "其他对外管理服务事项", {}, "article20.5",
             {"last_year", "change", "decisions"}},
            {"penalty", "行政处罚", {}, "article20.6", {"last_year", "change", "decisions"}},
            {"coercion", "行政强制", {}, "article20.6", {"last_year", "change", "decisions"}},
            {"fees", "行政事业性收费", {}, "article20.8", {"last_year", "change"}},
            {"procurement", "政府集中采购", {}, "article20.9", {"items", "amount"}},
        },
        {
            {"made", "本年新制作数量", {}},
            {"published", "本年新公开数量", {}},
            {"total_published", "对外公开总数量", {}},
            {"last_year", "上一年项目数量", {}},
            {"change", "本年增/减", {"本年增减"}, ValueKind::count, true},
            {"decisions", "处理决定数量", {}},
            {"items", "采购项目数量", {}},
            {"amount", "采购总金额", {}, ValueKind::money},
        },
        {},
    };
}

} // namespace nianbao::formats
