// Tables rebuilt from geometry; see table_rows.hpp for the method.
#include "table_rows.hpp"

#include "nianbao/text.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace nianbao::pdf {
namespace {

constexpr double same_edge = 2.0; // pt: edges of one column, tops of one row
constexpr double wrapped_gap =
    2.5; // pt: lines of one cell are closer than this, rows are farther apart
constexpr double header_reach =
    2.0; // pt: a segment reaching this far into the value columns ends a table

struct Value {
    std::size_t line = 0, seg = 0;
    int page = 0;
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    std::string text;
    bool alive = true;
    int row = -1;
    double key(int k) const { return k == 0 ? x0 : k == 1 ? (x0 + x1) / 2 : x1; }
    double centre_y() const { return (y0 + y1) / 2; }
};

struct Block { // a label cell: one or more lines of text in one column
    int page = 0;
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    std::string text;
    std::size_t first_line = 0;
    bool taken = false;
};

struct Row {
    std::vector<int> values;
    std::vector<int> blocks;
    int page = 0;
    double y0 = 0, y1 = 0;
    double top = 0, centre = 0, bottom = 0; // of the row's first value
    std::size_t first_line = 0, last_line = 0;
    bool accepted = false;
};

struct Table {
    std::vector<int> rows;       // value rows, in order
    std::vector<double> columns; // value clusters
    std::vector<double> headers; // the header cells' centres, when they show more columns
    int key = 0;                 // 0 left edges, 1 centres, 2 right edges
    double first_x = 0;
};

bool digits_only(const std::string& t) {
    return !t.empty() &&
           std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Clusters sorted numbers: a new cluster starts where the gap to the previous one is wider
// than `tolerance`. Returns the cluster means.
std::vector<double> clusters(std::vector<double> xs, double tolerance) {
    std::sort(xs.begin(), xs.end());
    std::vector<double> out;
    double sum = 0;
    int n = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (n && xs[i] - xs[i - 1] > tolerance) {
            out.push_back(sum / n);
            sum = 0;
            n = 0;
        }
        sum += xs[i];
        ++n;
    }
    if (n) out.push_back(sum / n);
    return out;
}

class Builder {
public:
    explicit Builder(std::vector<PageLine>& lines) : lines_(lines) {}

    std::vector<DocumentLine> build() {
        collect_values();
        join_broken_numbers();
        group_rows();
        accept_rows();
        split_tables();
        for (auto& t : tables_)
            place_columns(t);
        // A document whose rows stand at tab stops anywhere is text printed as it is (a
        // tab-separated or markdown copy exported to PDF), not a document of tables: all its
        // lines stay text, as the text reader would read them.
        if (tab_stops_)
            for (auto& t : tables_)
                refuse_grid(t);
        std::erase_if(tables_, [](const Table& t) { return t.rows.empty(); });
        for (auto& t : tables_)
            gather_labels(t);
        return emit();
    }

private:
    std::vector<PageLine>& lines_;
    std::vector<Value> values_;
    std::vector<Row> rows_;
    std::vector<Block> blocks_;
    std::vector<Table> tables_;
    bool tab_stops_ = false; // some rows stand at tab stops, not in a grid
    // Rows that are all blank: a label block between a table's rows; with the table they belong to.
    std::vector<std::pair<int, int>> blank_rows_; // (block, table)

    void collect_values() {
        for (std::size_t l = 0; l < lines_.size(); ++l) {
            if (lines_[l].pipes) continue; // a markdown table as text: split like text
            for (std::size_t s = 0; s < lines_[l].segments.size(); ++s) {
                const Segment& g = lines_[l].segments[s];
                if (!g.value) continue;
                values_.push_back({l, s, lines_[l].page, g.x0, g.x1, g.y0, g.y1, g.text});
            }
        }
    }

    // Other values whose top is at this value's top (the rest of its row).
    bool has_peers(const Value& v) const {
        for (const auto& o : values_)
            if (&o != &v && o.alive && o.page == v.page && std::abs(o.y0 - v.y0) < 1.0 &&
                std::abs(o.x0 - v.x0) > same_edge)
                return true;
        return false;
    }

    // Other values beside the two pieces (a row of several cells, the one-line cells centred).
    bool has_row_mates(const Value& a, const Value& b) const {
        for (const auto& o : values_)
            if (o.alive && o.page == a.page && std::abs(o.x0 - a.x0) > same_edge && o.y0 < b.y1 &&
                o.y1 > a.y0)
                return true;
        return false;
    }

    // The right edge of the column a value stands in: the widest other text starting at its left
    // edge (a header, other values); none known: infinite, nothing is taken for a broken number.
    double column_right(const Value& v, const Value& below) const {
        double right = -1;
        for (std::size_t l = 0; l < lines_.size(); ++l) {
            if (lines_[l].page != v.page) continue;
            for (std::size_t k = 0; k < lines_[l].segments.size(); ++k) {
                const Segment& s = lines_[l].segments[k];
                if ((l == v.line && k == v.seg) || (l == below.line && k == below.seg)) continue;
                if (std::abs(s.x0 - v.x0) <= same_edge) right = std::max(right, s.x1);
            }
        }
        return right < 0 ? std::numeric_limits<double>::max() : std::max(right, v.x1);
    }

    // Text below the value on its page, overlapping its column: then the value is not the end
    // of its page's column, and a number starting the next page did not break off it (a browser
    // copy printed one cell per line: a lone "0", the next row's label, page break, "0").
    bool below_in_its_column(const Value& v) const {
        for (const auto& l : lines_)
            if (l.page == v.page && l.y0 > v.y1)
                for (const auto& s : l.segments)
                    if (s.x0 < v.x1 && s.x1 > v.x0) return true;
        return false;
    }

    // "2" over "6" in a narrow column is 26: a digit piece that fills its column (the next
    // digit would not fit beside it) and digits right below it at the same left edge, closer than
    // one and a half lines — when other values stand beside the pieces (a row of a table whose
    // columns are that narrow), unless both lines are rows of their own (each has values beside
    // it).
    void join_broken_numbers() {
        std::vector<std::size_t> order(values_.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const Value &x = values_[a], &y = values_[b];
            return std::tie(x.page, x.y0) < std::tie(y.page, y.y0);
        });
        for (std::size_t i = 0; i < order.size(); ++i) {
            Value& a = values_[order[i]];
            if (!a.alive || !digits_only(a.text)) continue;
            for (std::size_t j = i + 1; j < order.size(); ++j) {
                Value& b = values_[order[j]];
                if (b.page != a.page || b.y0 - a.y1 > 1.5 * (a.y1 - a.y0)) break;
                if (!b.alive || !digits_only(b.text) || b.y0 - a.y1 < -1.0 ||
                    std::abs(a.x0 - b.x0) > same_edge)
                    continue;
                const double digit_width = (b.x1 - b.x0) / double(b.text.size());
                // "行政处罚 0" over "行政强制 0" printed as text: two lone numbers, no 00.
                if (a.x1 + digit_width <= column_right(a, b) + 0.5 || !has_row_mates(a, b) ||
                    (has_peers(a) && has_peers(b)))
                    break;
                a.text += b.text;
                a.x1 = std::max(a.x1, b.x1);
                a.y1 = b.y1;
                b.alive = false;
                lines_[b.line].segments[b.seg].used = true;
                break;
            }
        }
        // Cut by a page break: the rest stands alone on the first line of the next page.
        for (auto& b : values_) {
            if (!b.alive || !digits_only(b.text) || b.line == 0 ||
                lines_[b.line - 1].page == b.page || lines_[b.line].segments.size() != 1)
                continue;
            Value* a = nullptr;
            for (auto& v : values_)
                if (v.alive && v.page == b.page - 1 && std::abs(v.x0 - b.x0) <= same_edge &&
                    (!a || v.y0 > a->y0))
                    a = &v;
            if (!a || !digits_only(a->text) || below_in_its_column(*a)) continue;
            const double digit_width = (b.x1 - b.x0) / double(b.text.size());
            if (a->x1 + digit_width <= column_right(*a, b) + 0.5) continue;
            a->text += b.text;
            b.alive = false;
            lines_[b.line].segments[b.seg].used = true;
        }
    }

    void group_rows() {
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < values_.size(); ++i)
            if (values_[i].alive) order.push_back(i);
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const Value &x = values_[a], &y = values_[b];
            return std::tie(x.page, x.y0, x.x0) < std::tie(y.page, y.y0, y.x0);
        });
        for (std::size_t i : order) {
            Value& v = values_[i];
            int found = -1;
            for (int r = int(rows_.size()) - 1; r >= 0 && r >= int(rows_.size()) - 3; --r) {
                const Row& row = rows_[std::size_t(r)];
                if (row.page != v.page) continue;
                // Or overlapping the row's values by half a line: a cell of two lines ("251000"
                // over "元") beside cells of one, all centred.
                const double overlap = std::min(row.y1, v.y1) - std::max(row.y0, v.y0);
                if (std::abs(row.top - v.y0) < same_edge ||
                    std::abs(row.centre - v.centre_y()) < same_edge ||
                    std::abs(row.bottom - v.y1) < same_edge || overlap > 0.5 * (v.y1 - v.y0)) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                Row row;
                row.page = v.page;
                row.y0 = v.y0;
                row.y1 = v.y1;
                row.top = v.y0;
                row.centre = v.centre_y();
                row.bottom = v.y1;
                row.first_line = row.last_line = v.line;
                rows_.push_back(row);
                found = int(rows_.size()) - 1;
            }
            Row& row = rows_[std::size_t(found)];
            row.values.push_back(int(i));
            row.y0 = std::min(row.y0, v.y0);
            row.y1 = std::max(row.y1, v.y1);
            row.first_line = std::min(row.first_line, v.line);
            row.last_line = std::max(row.last_line, v.line);
            v.row = found;
        }
    }

    // A row of two or more values is a table row; a lone value only when another value on its
    // page or the next shares its column (a number in prose between wide gaps does not).
    void accept_rows() {
        for (auto& row : rows_) {
            if (row.values.size() >= 2) {
                row.accepted = true;
                continue;
            }
            const Value& v = values_[std::size_t(row.values.front())];
            for (const auto& o : values_) {
                if (&o == &v || !o.alive || std::abs(o.page - v.page) > 1) continue;
                if (std::abs(o.x0 - v.x0) <= same_edge || std::abs(o.x1 - v.x1) <= same_edge) {
                    row.accepted = true;
                    break;
                }
            }
        }
    }

    // Between two rows of one table there is only label text left of the values.
    bool table_break(const Row& a, const Row& b) const {
        if (b.page - a.page > 1) return true;
        double first_x = std::numeric_limits<double>::max();
        for (const Row* r : {&a, &b})
            for (int v : r->values)
                first_x = std::min(first_x, values_[std::size_t(v)].x0);
        for (std::size_t l = a.last_line + 1; l < b.first_line; ++l) {
            if (lines_[l].pipes) return true;
            for (const auto& s : lines_[l].segments)
                if (!s.value && !s.used && s.x1 > first_x + header_reach) return true;
        }
        return false;
    }

    void split_tables() {
        int previous = -1;
        for (int r = 0; r < int(rows_.size()); ++r) {
            if (!rows_[std::size_t(r)].accepted) continue;
            if (previous < 0 || table_break(rows_[std::size_t(previous)], rows_[std::size_t(r)]))
                tables_.push_back({});
            tables_.back().rows.push_back(r);
            previous = r;
        }
    }

    // Columns: the clusters of left edges, centres or right edges of the table's values —
    // whichever alignment gives the fewest (cells of one column share that edge). A column
    // whose cells are all blank has no value to show it: where the header above the table has
    // more bottom-most header cells than there are value columns, the header's cells are the
    // columns, and each value goes to the header cell its alignment puts it under.
    void place_columns(Table& t) {
        std::size_t best = std::numeric_limits<std::size_t>::max();
        for (int k = 0; k < 3; ++k) {
            std::vector<double> xs;
            for (int r : t.rows)
                for (int v : rows_[std::size_t(r)].values)
                    xs.push_back(values_[std::size_t(v)].key(k));
            std::vector<double> c = clusters(xs, same_edge);
            if (c.size() < best) {
                best = c.size();
                t.columns = std::move(c);
                t.key = k;
            }
        }
        // Values that share no edge are no grid: text laid out with tab stops (a tab-separated
        // copy printed by Writer) puts a column wherever the text before it ends. Its lines stay
        // text, split into cells at the gaps, as the text reader splits them at the tabs.
        std::size_t widest = 0;
        for (int r : t.rows)
            widest = std::max(widest, rows_[std::size_t(r)].values.size());
        if (t.columns.size() > widest + 1) {
            refuse_grid(t);
            return;
        }
        t.first_x = std::numeric_limits<double>::max();
        for (int r : t.rows)
            for (int v : rows_[std::size_t(r)].values)
                t.first_x = std::min(t.first_x, values_[std::size_t(v)].x0);
        // Nor are they when a row's label reaches past the first value column's left edge: a
        // table cell ends before the next, but a tab-separated line's label ("规范性文件" wider
        // than "规章") pushes its values one tab stop on, which looks like a blank cell.
        if (label_crosses_values(t)) {
            refuse_grid(t);
            return;
        }
        for (int r : t.rows)
            for (int v : rows_[std::size_t(r)].values) {
                const Value& val = values_[std::size_t(v)];
                lines_[val.line].segments[val.seg].used = true;
            }
        std::vector<double> leaves = header_columns(t);
        if (leaves.size() <= t.columns.size() || leaves.size() > 16) return;
        // Every value column must land under a header cell of its own.
        std::vector<int> under;
        for (double c : t.columns)
            under.push_back(header_of(leaves, t.key, c));
        for (std::size_t i = 0; i < under.size(); ++i)
            if (under[i] < 0 || (i > 0 && under[i] <= under[i - 1])) return;
        t.headers = std::move(leaves);
    }

    // The table's lines stay text; its values are no labels of another table either.
    void refuse_grid(Table& t) {
        for (int r : t.rows)
            for (int v : rows_[std::size_t(r)].values) {
                const Value& val = values_[std::size_t(v)];
                lines_[val.line].segments[val.seg].text_value = true;
                lines_[val.line].segments[val.seg].used = false;
            }
        t.rows.clear();
        tab_stops_ = true;
    }

    bool label_crosses_values(const Table& t) const {
        for (int r : t.rows) {
            const Row& row = rows_[std::size_t(r)];
            for (std::size_t l = row.first_line; l <= row.last_line; ++l)
                for (const auto& s : lines_[l].segments)
                    if (!s.value && !s.used && s.x0 < t.first_x &&
                        s.x1 > t.first_x + header_reach && s.y0 < row.y1 && s.y1 > row.y0)
                        return true;
        }
        return false;
    }

    // Which header cell (by its centre) a value position falls under: left-aligned values stand
    // at their cell's left edge, right of the previous header's centre and at most at their own
    // header's centre (headers are centred); right-aligned ones mirror that.
    static int header_of(const std::vector<double>& centres, int key, double x) {
        if (key == 0) {
            for (std::size_t i = 0; i < centres.size(); ++i)
                if (centres[i] >= x - same_edge) return int(i);
            return -1;
        }
        if (key == 2) {
            for (std::size_t i = centres.size(); i-- > 0;)
                if (centres[i] <= x + same_edge) return int(i);
            return -1;
        }
        int best = 0;
        for (std::size_t i = 1; i < centres.size(); ++i)
            if (std::abs(centres[i] - x) < std::abs(centres[std::size_t(best)] - x)) best = int(i);
        return centres.empty() ? -1 : best;
    }

    static bool heading_text(const std::string& t) {
        for (const char* n : {"一、", "二、", "三、", "四、", "五、", "六、", "七、"})
            if (t.starts_with(n)) return true;
        return false;
    }

    // The centres of the bottom-most header cells above the table's first row: text over the
    // value columns, up to the previous table's values or a section heading (also on the page
    // before: a header cut by a page break).
    std::vector<double> header_columns(const Table& t) const {
        const Row& first = rows_[std::size_t(t.rows.front())];
        struct H {
            double x0, x1, y0, y1;
        };
        std::vector<H> hs;
        double page_offset = 0;
        int page = first.page;
        for (std::size_t l = first.first_line; l-- > 0;) {
            const PageLine& line = lines_[l];
            if (line.page != page) {
                page_offset -= 2000; // lines of the page before lie above
                page = line.page;
            }
            if (line.page < first.page - 1 || line.pipes) break;
            if (line.page == first.page && line.y1 > first.y0) continue;
            bool stop = false;
            for (const auto& s : line.segments) {
                if (s.value) stop = true;
                if (line.segments.size() == 1 && heading_text(s.text)) stop = true;
            }
            if (stop) break;
            // Over the value columns: a header cell reaches into them (a centred header of the
            // first column may start left of that column's narrower values).
            for (const auto& s : line.segments)
                if (s.x0 >= t.first_x - 6 || s.x1 > t.first_x + 3 * header_reach)
                    hs.push_back({s.x0, s.x1, page_offset + s.y0, page_offset + s.y1});
        }
        std::vector<double> out;
        for (const H& h : hs) {
            bool leaf = true;
            for (const H& o : hs)
                if (&o != &h && o.y0 > h.y1 - 1 && o.x0 < h.x1 - 0.5 && o.x1 > h.x0 + 0.5)
                    leaf = false;
            if (leaf) out.push_back((h.x0 + h.x1) / 2);
        }
        std::sort(out.begin(), out.end());
        // A table cut at the page edge (laid out wider than the page) lacks the columns beyond
        // it, a header cell centred at the edge shows it: the header cannot say which are blank.
        const double width = lines_[first.first_line].page_width;
        if (!out.empty() && width > 0 && out.back() > width - 8) return {};
        // Two leaves of one cell side by side ("法" "律" split by a space): one column.
        std::vector<double> merged;
        for (double c : out)
            if (merged.empty() || c - merged.back() > 12) merged.push_back(c);
        return merged;
    }

    struct Piece { // a label segment, or several of one cell on one line
        double x0, x1, y0, y1;
        std::string text;
        std::size_t line;
        int page;
        double spread = -1; // the gap between the words joined into it (a justified line)
    };

    // Label text left of the table's values, from a little above its first row to its last row.
    void gather_labels(Table& t) {
        const Row& first = rows_[std::size_t(t.rows.front())];
        const Row& last = rows_[std::size_t(t.rows.back())];
        std::vector<Piece> pieces;
        std::size_t l = first.first_line;
        while (l > 0 && lines_[l - 1].page == first.page && lines_[l - 1].y1 > first.y0 - 60)
            --l;
        for (; l < lines_.size(); ++l) {
            const PageLine& line = lines_[l];
            if (line.page > last.page || (line.page == last.page && line.y0 >= last.y1)) break;
            if (line.pipes) continue;
            for (const auto& s : line.segments) {
                if (s.used || s.text_value || s.x1 > t.first_x + header_reach) continue;
                pieces.push_back({s.x0, s.x1, s.y0, s.y1, s.text, l, line.page});
            }
        }
        // Label-side text beside the column headers (信息内容 over the labels) is header, not
        // label.
        std::vector<std::pair<double, double>> header_rows;
        for (std::size_t h = first.first_line; h-- > 0 && lines_[h].page == first.page;) {
            for (const auto& s : lines_[h].segments) {
                if (s.value) break;
                if (!s.used && s.x1 > t.first_x + header_reach && s.y1 <= first.y0 + 0.5)
                    header_rows.push_back({s.y0, s.y1});
            }
            if (lines_[h].y1 < first.y0 - 120) break;
        }
        std::erase_if(pieces, [&](const Piece& p) {
            if (p.page != first.page || p.y1 > first.y1) return false;
            for (const auto& [y0, y1] : header_rows)
                if (p.y0 < y1 - 0.5 && p.y1 > y0 + 0.5) return true;
            return false;
        });
        join_spaced_words(pieces);
        const double gap = line_gap(t, pieces);
        std::vector<int> mine;
        for (const Piece& s : pieces) {
            // The lines of one cell: overlapping x, below the block's last line by a line gap.
            // Two lines each level with a value of another row are two rows' labels, however
            // close ("行政处罚 0" over "行政强制 0" in printed text, 1.4 pt apart).
            int into = -1;
            const double h = s.y1 - s.y0;
            const int row_of_s = row_level_with(t, s.page, (s.y0 + s.y1) / 2);
            for (int b : mine) {
                const Block& k = blocks_[std::size_t(b)];
                if (k.page == s.page && s.x0 < k.x1 && s.x1 > k.x0 && s.y0 - k.y1 < gap &&
                    s.y0 > k.y0) {
                    const int row_of_k = row_level_with(t, k.page, k.y1 - h / 2);
                    if (row_of_s < 0 || row_of_k < 0 || row_of_s == row_of_k) into = b;
                }
            }
            if (into >= 0) {
                Block& k = blocks_[std::size_t(into)];
                k.text += s.text;
                k.x0 = std::min(k.x0, s.x0);
                k.x1 = std::max(k.x1, s.x1);
                k.y1 = std::max(k.y1, s.y1);
            } else {
                blocks_.push_back({s.page, s.x0, s.x1, s.y0, s.y1, s.text, s.line});
                mine.push_back(int(blocks_.size()) - 1);
            }
        }
        assign_blocks(t, mine);
    }

    // Words of one cell spaced wider than the gap between cells ("1. 属 于" in a narrow cell):
    // pieces side by side on one line whose next line runs under both of them are one cell; so
    // is a piece after them at the same gap (the last word of a justified line, "2. 重 复" over
    // the shorter "申请", whose next line does not reach under it).
    static void join_spaced_words(std::vector<Piece>& pieces) {
        for (std::size_t i = 0; i + 1 < pieces.size();) {
            Piece& a = pieces[i];
            const Piece& b = pieces[i + 1];
            const double gap = b.x0 - a.x1;
            bool join = b.line == a.line && a.spread >= 0 && std::abs(gap - a.spread) < 0.5;
            if (!join && b.line == a.line && gap < (a.y1 - a.y0))
                for (const Piece& c : pieces)
                    if (c.page == a.page && c.y0 > a.y1 - 1 && c.y0 - a.y1 < 2 * (a.y1 - a.y0) &&
                        c.x0 < a.x1 && c.x1 > b.x0)
                        join = true;
            if (!join) {
                ++i;
                continue;
            }
            a.spread = gap;
            a.text += b.text;
            a.x1 = b.x1;
            a.y0 = std::min(a.y0, b.y0);
            a.y1 = std::max(a.y1, b.y1);
            pieces.erase(pieces.begin() + long(i) + 1);
        }
    }

    // The zone of a row: from midway to the row above to midway to the row below, on its page.
    std::pair<double, double> zone(const Table& t, std::size_t i) const {
        const Row& r = rows_[std::size_t(t.rows[i])];
        double top = -1e9, bottom = 1e9;
        if (i > 0 && rows_[std::size_t(t.rows[i - 1])].page == r.page)
            top = (rows_[std::size_t(t.rows[i - 1])].y1 + r.y0) / 2;
        if (i + 1 < t.rows.size() && rows_[std::size_t(t.rows[i + 1])].page == r.page)
            bottom = (r.y1 + rows_[std::size_t(t.rows[i + 1])].y0) / 2;
        return {top, bottom};
    }

    int zone_of(const Table& t, int page, double y) const {
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            if (rows_[std::size_t(t.rows[i])].page != page) continue;
            auto [top, bottom] = zone(t, i);
            if (y >= top && y < bottom) return int(i);
        }
        return -1;
    }

    // The gap between the lines of one cell in this table (1.7 pt in Writer's single-spaced
    // cells, 19 pt in a Word page with double spacing): the smallest gap seen at least twice
    // between a label line and the one right below it within one row's zone.
    double line_gap(const Table& t, const std::vector<Piece>& pieces) const {
        std::map<int, int> seen; // half-points -> count
        for (const Piece& a : pieces) {
            double below = 1e9;
            for (const Piece& b : pieces) {
                if (&b == &a || b.page != a.page || b.y0 <= a.y0 || b.x0 >= a.x1 || b.x1 <= a.x0)
                    continue;
                below = std::min(below, b.y0 - a.y1);
            }
            if (below > 60 || below < -1) continue;
            const int za = zone_of(t, a.page, (a.y0 + a.y1) / 2),
                      zb = zone_of(t, a.page, a.y1 + below + 1);
            if (za >= 0 && za == zb) ++seen[int(std::lround(std::max(0.0, below) * 2))];
        }
        for (const auto& [half, n] : seen)
            if (n >= 2) return half / 2.0 + 1.0;
        return wrapped_gap;
    }

    // The row of the table with a value whose centre is level with y (within 1.5 pt), or -1.
    int row_level_with(const Table& t, int page, double y) const {
        for (int r : t.rows) {
            const Row& row = rows_[std::size_t(r)];
            if (row.page != page || y < row.y0 - 2 || y > row.y1 + 2) continue;
            for (int v : row.values)
                if (std::abs(values_[std::size_t(v)].centre_y() - y) < 1.5) return r;
        }
        return -1;
    }

    static bool overlaps(const Block& b, const Row& r) {
        return b.page == r.page && b.y0 < r.y1 - 0.5 && b.y1 > r.y0 + 0.5;
    }

    void assign_blocks(Table& t, const std::vector<int>& mine) {
        // A label cut by a page break: the block at the top of a page, above the page's first
        // row and overlapping none, continues the label in its column on the page before.
        for (int b : mine) {
            Block& k = blocks_[std::size_t(b)];
            int first_on_page = -1;
            for (int r : t.rows)
                if (rows_[std::size_t(r)].page == k.page) {
                    first_on_page = r;
                    break;
                }
            if (first_on_page < 0 || first_on_page == t.rows.front()) continue;
            const Row& fr = rows_[std::size_t(first_on_page)];
            if (k.y1 > fr.y0 + 0.5) continue;
            int target = -1;
            for (int o : mine) {
                const Block& p = blocks_[std::size_t(o)];
                if (p.page == k.page - 1 && k.x0 < p.x1 && k.x1 > p.x0 &&
                    (target < 0 || p.y0 > blocks_[std::size_t(target)].y0))
                    target = o;
            }
            if (target < 0) continue;
            blocks_[std::size_t(target)].text += k.text;
            k.taken = true;
            mark_used(k);
        }
        // Each other block goes to the first row whose values it overlaps (a label merged over
        // several rows goes to the first, as in Writer's table model); one overlapping none goes
        // to the row whose zone holds its centre — or, in the innermost label column of a row
        // that has its own label there, is a row of its own whose cells are all blank.
        std::map<int, std::vector<int>> by_zone;
        for (int b : mine) {
            Block& k = blocks_[std::size_t(b)];
            if (k.taken) continue;
            int row = -1;
            for (int r : t.rows)
                if (overlaps(k, rows_[std::size_t(r)])) {
                    row = r;
                    break;
                }
            if (row >= 0) {
                attach(rows_[std::size_t(row)], b);
                continue;
            }
            const int z = zone_of(t, k.page, (k.y0 + k.y1) / 2);
            if (z >= 0) by_zone[z].push_back(b); // else above the first row: a header, kept as text
        }
        for (auto& [z, blocks] : by_zone) {
            Row& row = rows_[std::size_t(t.rows[std::size_t(z)])];
            double innermost = -1;
            for (int b : blocks)
                innermost = std::max(innermost, blocks_[std::size_t(b)].x0);
            for (int b : row.blocks)
                innermost = std::max(innermost, blocks_[std::size_t(b)].x0);
            bool own_label = false;
            for (int b : row.blocks)
                if (std::abs(blocks_[std::size_t(b)].x0 - innermost) <= same_edge) own_label = true;
            // A row's own innermost label, starting with its ordinal: a block above it and above
            // the row's values, in its column or one further in, starting with an ordinal of its
            // own, which the row before does not need (it has its label in that column or
            // further in), is the label of a row with no value at all ("（六）其他处理" over
            // "（七）总计"; "5.要求…" after "4.无正当理由…" beside them).
            const Block* own = nullptr;
            for (int b : row.blocks)
                if (!own || blocks_[std::size_t(b)].x0 > own->x0) own = &blocks_[std::size_t(b)];
            const Row* before = z > 0 ? &rows_[std::size_t(t.rows[std::size_t(z - 1)])] : nullptr;
            for (int b : blocks) {
                Block& k = blocks_[std::size_t(b)];
                bool before_has_label = false;
                if (before)
                    for (int p : before->blocks)
                        before_has_label =
                            before_has_label || blocks_[std::size_t(p)].x0 >= k.x0 - same_edge;
                const bool above_own = own && before_has_label && k.page == own->page &&
                                       k.y1 <= own->y0 + 0.5 && k.y1 <= row.y0 + 0.5 &&
                                       k.x0 >= own->x0 - same_edge && starts_ordinal(own->text) &&
                                       starts_ordinal(k.text);
                if (above_own || (own_label && std::abs(k.x0 - innermost) <= same_edge)) {
                    k.taken = true;
                    mark_used(k);
                    blank_rows_.push_back({b, int(&t - tables_.data())});
                    continue;
                }
                attach(row, b);
            }
        }
    }

    static bool starts_ordinal(const std::string& text) {
        return ordinal_length(normalize_label(text)) > 0;
    }

    // A block joins the row's label in its column (two blocks of one cell when the line gap was
    // not recognised), else it is a label cell of its own.
    void attach(Row& row, int b) {
        Block& k = blocks_[std::size_t(b)];
        k.taken = true;
        mark_used(k);
        for (int o : row.blocks) {
            Block& p = blocks_[std::size_t(o)];
            if (p.page != k.page || k.x0 >= p.x1 || k.x1 <= p.x0) continue;
            p.text = k.y0 > p.y0 ? p.text + k.text : k.text + p.text;
            p.y0 = std::min(p.y0, k.y0);
            p.y1 = std::max(p.y1, k.y1);
            return;
        }
        row.blocks.push_back(b);
    }

    void mark_used(const Block& k) {
        for (std::size_t l = k.first_line;
             l < lines_.size() && lines_[l].page == k.page && lines_[l].y0 <= k.y1; ++l)
            for (auto& s : lines_[l].segments)
                if (!s.used && s.x0 >= k.x0 - 0.5 && s.x1 <= k.x1 + 0.5 && s.y0 >= k.y0 - 0.5 &&
                    s.y1 <= k.y1 + 0.5)
                    s.used = true;
    }

    int column_of(const Table& t, const Value& v) const {
        if (!t.headers.empty()) return header_of(t.headers, t.key, v.key(t.key));
        int best = 0;
        for (int c = 1; c < int(t.columns.size()); ++c)
            if (std::abs(v.key(t.key) - t.columns[std::size_t(c)]) <
                std::abs(v.key(t.key) - t.columns[std::size_t(best)]))
                best = c;
        return best;
    }

    struct Item {
        int page = 0;
        double y = 0;
        DocumentLine line;
    };

    Item table_row(const Table& t, const std::vector<int>& blocks, const Row* row) {
        Item it;
        std::vector<int> labels = blocks;
        std::sort(labels.begin(), labels.end(), [&](int a, int b) {
            return blocks_[std::size_t(a)].x0 < blocks_[std::size_t(b)].x0;
        });
        it.page = row ? row->page : blocks_[std::size_t(labels.front())].page;
        it.y = row ? row->y0 : blocks_[std::size_t(labels.front())].y0;
        for (int b : labels) {
            it.y = std::min(it.y, blocks_[std::size_t(b)].y0);
            it.line.row.cells.push_back({blocks_[std::size_t(b)].text, {}, false});
        }
        std::vector<std::string> cells(t.headers.empty() ? t.columns.size() : t.headers.size());
        if (row)
            for (int v : row->values) {
                const Value& val = values_[std::size_t(v)];
                std::string& c = cells[std::size_t(column_of(t, val))];
                c += (c.empty() ? "" : " ") + val.text;
            }
        for (auto& c : cells)
            it.line.row.cells.push_back({c, {}, c.empty()});
        it.line.table_row = true;
        for (const auto& c : it.line.row.cells)
            it.line.text += (it.line.text.empty() ? "" : "\t") + c.text;
        return it;
    }

    std::vector<DocumentLine> emit() {
        std::vector<Item> items;
        for (const auto& t : tables_) {
            for (int r : t.rows)
                items.push_back(table_row(t, rows_[std::size_t(r)].blocks, &rows_[std::size_t(r)]));
        }
        for (const auto& [b, t] : blank_rows_)
            items.push_back(table_row(tables_[std::size_t(t)], {b}, nullptr));
        for (const auto& l : lines_) {
            Item it;
            it.page = l.page;
            it.y = l.y0;
            const Segment* prev = nullptr;
            for (const auto& s : l.segments) {
                if (s.used) continue;
                if (prev) it.line.text += ' ';
                it.line.text += s.text;
                it.line.row.cells.push_back({s.text, {}, false});
                prev = &s;
            }
            if (it.line.row.cells.empty()) continue;
            // A markdown heading printed as text ("## 一、总体情况"): its marks are no cell.
            auto& cells = it.line.row.cells;
            if (cells.size() > 1 &&
                cells.front().text.find_first_not_of('#') == std::string::npos) {
                cells[1].text = cells.front().text + " " + cells[1].text;
                cells.erase(cells.begin());
            }
            items.push_back(std::move(it));
        }
        std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
            return std::tie(a.page, a.y) < std::tie(b.page, b.y);
        });
        std::vector<DocumentLine> out;
        for (auto& it : items) {
            DocumentLine& d = it.line;
            d.source.line = int(out.size()) + 1;
            d.source.column = 1;
            d.source.page = it.page;
            if (!d.table_row &&
                (d.text.find('|') != std::string::npos || d.text.find('\t') != std::string::npos)) {
                d.row = paragraph_cells(d.text, d.source);
            } else {
                int column = 0;
                for (auto& c : d.row.cells) {
                    c.source = d.source;
                    c.source.column = ++column;
                }
                d.row.source = d.source;
            }
            out.push_back(std::move(d));
        }
        return out;
    }
};

} // namespace

std::vector<DocumentLine> document_lines(std::vector<PageLine>& lines) {
    return Builder(lines).build();
}

} // namespace nianbao::pdf
