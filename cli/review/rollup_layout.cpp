// Lays out a summed table like the standard form (see rollup_layout.hpp).
#include "rollup_layout.hpp"

#include "nianbao/identities.hpp"

namespace nianbao::cli::review {
namespace {

void add(Layout& l, int row, int col, int rows, int cols, std::string text, LayoutCell::Kind kind) {
    l.cells.push_back({row, col, rows, cols, std::move(text), kind});
    l.height = std::max(l.height, row + rows);
    l.width = std::max(l.width, col + cols);
}

const Cell& sum_cell(const TableRollup& t, std::string_view row, std::string_view column) {
    return *t.sum.cell(row, column);
}

// 表二: a block per article — its heading, a header of its columns, then its rows.
void disclosure(Layout& l, const TableRollup& t) {
    const TableFormat& f = *t.sum.format;
    int width = 1;
    for (const RowDecl& r : f.rows)
        width = std::max(width, 1 + int(r.columns.size()));
    int y = 0;
    for (const GroupDecl& g : f.groups) {
        add(l, y++, 0, 1, width, std::string(g.label), LayoutCell::Kind::header);
        const RowDecl* first = nullptr;
        for (const RowDecl& r : f.rows)
            if (r.group == g.key && !first) first = &r;
        if (!first) continue;
        add(l, y, 0, 1, 1, "信息内容", LayoutCell::Kind::header);
        const int span = (width - 1) / int(first->columns.size());
        for (std::size_t c = 0; c < first->columns.size(); ++c)
            add(l, y, 1 + int(c) * span, 1, span, std::string(f.column(first->columns[c])->label),
                LayoutCell::Kind::header);
        ++y;
        for (const RowDecl& r : f.rows) {
            if (r.group != g.key) continue;
            add(l, y, 0, 1, 1, std::string(r.label), LayoutCell::Kind::label);
            for (std::size_t c = 0; c < r.columns.size(); ++c)
                add(l, y, 1 + int(c) * span, 1, span, sum_cell(t, r.key, r.columns[c]).raw,
                    LayoutCell::Kind::value);
            ++y;
        }
    }
}

// The group a row of 表三 belongs to at the first level: "三、本年度办理结果" for 3.x rows.
std::string_view outer_group(const TableFormat& f, const RowDecl& r) {
    if (r.group.empty()) return {};
    const std::string_view g = r.group;
    const std::size_t dot = g.find('.');
    const GroupDecl* outer = f.group(dot == std::string_view::npos ? g : g.substr(0, dot));
    return outer ? outer->key : std::string_view{};
}

// 表三: three label columns (一、… / （三）不予公开 / 1.属于国家秘密), 申请人情况 over the values.
void requests(Layout& l, const TableRollup& t) {
    const TableFormat& f = *t.sum.format;
    const int c0 = 3, n = int(f.columns.size());
    add(l, 0, 0, 3, 3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        LayoutCell::Kind::header);
    add(l, 0, c0, 1, n, "申请人情况", LayoutCell::Kind::header);
    add(l, 1, c0, 2, 1, std::string(f.columns.front().label), LayoutCell::Kind::header);
    add(l, 1, c0 + 1, 1, n - 2, "法人或其他组织", LayoutCell::Kind::header);
    for (int c = 1; c + 1 < n; ++c)
        add(l, 2, c0 + c, 1, 1, std::string(f.columns[std::size_t(c)].label),
            LayoutCell::Kind::header);
    add(l, 1, c0 + n - 1, 2, 1, std::string(f.columns.back().label), LayoutCell::Kind::header);
    const int y0 = 3;
    const int rows = int(f.rows.size());
    // Runs of equal outer / inner groups become one merged label cell.
    auto run = [&](int from, auto key) {
        int to = from;
        while (to + 1 < rows && key(f.rows[std::size_t(to + 1)]) == key(f.rows[std::size_t(from)]))
            ++to;
        return to - from + 1;
    };
    auto outer = [&](const RowDecl& r) { return outer_group(f, r); };
    auto inner = [&](const RowDecl& r) {
        return r.group == outer(r) ? std::string_view{} : r.group;
    };
    for (int i = 0; i < rows; ++i) {
        const RowDecl& r = f.rows[std::size_t(i)];
        const int y = y0 + i;
        const std::string_view o = outer(r), in = inner(r);
        int x = 0;
        if (!o.empty()) {
            if (i == 0 || outer(f.rows[std::size_t(i - 1)]) != o)
                add(l, y, 0, run(i, outer), 1, std::string(f.group(o)->label),
                    LayoutCell::Kind::label);
            x = 1;
        }
        if (!in.empty()) {
            if (i == 0 || inner(f.rows[std::size_t(i - 1)]) != in)
                add(l, y, 1, run(i, inner), 1, std::string(f.group(in)->label),
                    LayoutCell::Kind::label);
            x = 2;
        }
        add(l, y, x, 1, 3 - x, std::string(r.label), LayoutCell::Kind::label);
        for (int c = 0; c < n; ++c)
            add(l, y, c0 + c, 1, 1, sum_cell(t, r.key, f.columns[std::size_t(c)].key).raw,
                LayoutCell::Kind::value);
    }
}

// 表四: 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉), five columns each, one row of values.
void disputes(Layout& l, const TableRollup& t) {
    const TableFormat& f = *t.sum.format;
    const RowDecl& row = f.rows.front();
    add(l, 0, 0, 2, 5, "行政复议", LayoutCell::Kind::header);
    add(l, 0, 5, 1, 10, "行政诉讼", LayoutCell::Kind::header);
    add(l, 1, 5, 1, 5, "未经复议直接起诉", LayoutCell::Kind::header);
    add(l, 1, 10, 1, 5, "复议后起诉", LayoutCell::Kind::header);
    for (std::size_t c = 0; c < row.columns.size(); ++c) {
        std::string label(f.column(row.columns[c])->label);
        if (auto dot = label.find("·"); dot != std::string::npos)
            label = label.substr(dot + std::string("·").size());
        add(l, 2, int(c), 1, 1, label, LayoutCell::Kind::header);
        add(l, 3, int(c), 1, 1, sum_cell(t, row.key, row.columns[c]).raw, LayoutCell::Kind::value);
    }
}

} // namespace

Layout rollup_layout(const TableRollup& t, std::optional<int> year) {
    Layout l;
    static constexpr const char* names[] = {"主动公开政府信息情况",
                                            "收到和处理政府信息公开申请情况",
                                            "政府信息公开行政复议、行政诉讼情况"};
    l.title = std::string(table_short_name(t.id)) + " " + names[int(t.id)] + "（" +
              (year ? std::to_string(*year) + " 年度，" : std::string()) + "汇总 " +
              std::to_string(t.included.size()) + " 份报告）";
    switch (t.id) {
    case TableId::disclosure:
        disclosure(l, t);
        break;
    case TableId::requests:
        requests(l, t);
        break;
    case TableId::disputes:
        disputes(l, t);
        break;
    }
    return l;
}

} // namespace nianbao::cli::review
