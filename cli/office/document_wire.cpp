// Length-prefixed fields in a fixed order; every field of DocumentLine, GridRow, GridCell and
// SourcePos is carried, so that assemble_report() on the command's side sees exactly the lines
// the reader made inside the office; and every field of a Comment.
#include "document_wire.hpp"

#include <cstring>
#include <stdexcept>

namespace nianbao::cli::office {
namespace {

class Writer {
public:
    void number(std::uint64_t v) {
        for (int i = 0; i < 8; ++i)
            out.push_back(std::uint8_t(v >> (8 * i)));
    }
    void text(const std::string& s) {
        number(s.size());
        out.insert(out.end(), s.begin(), s.end());
    }
    void source(const SourcePos& p) {
        number(std::uint64_t(std::int64_t(p.line)));
        number(std::uint64_t(std::int64_t(p.column)));
        number(p.offset);
        number(p.length);
        text(p.cell_name);
        text(p.table_name);
        number(std::uint64_t(std::int64_t(p.page)));
    }
    std::vector<std::uint8_t> out;
};

class Reader {
public:
    Reader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
    std::uint64_t number() {
        need(8);
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v |= std::uint64_t(data_[at_ + i]) << (8 * i);
        at_ += 8;
        return v;
    }
    int integer() { return int(std::int64_t(number())); }
    std::string text() {
        const std::uint64_t n = number();
        need(n);
        std::string s(reinterpret_cast<const char*>(data_ + at_), std::size_t(n));
        at_ += std::size_t(n);
        return s;
    }
    SourcePos source() {
        SourcePos p;
        p.line = integer();
        p.column = integer();
        p.offset = std::size_t(number());
        p.length = std::size_t(number());
        p.cell_name = text();
        p.table_name = text();
        p.page = integer();
        return p;
    }
    bool done() const { return at_ == size_; }

private:
    void need(std::uint64_t n) const {
        if (n > size_ - at_) throw std::runtime_error("LibreOffice 返回的文档内容不完整");
    }
    const std::uint8_t* data_;
    std::size_t size_, at_ = 0;
};

} // namespace

std::vector<std::uint8_t> encode(const DocumentWire& wire) {
    Writer w;
    w.number(wire.lines.size());
    for (const DocumentLine& line : wire.lines) {
        w.text(line.text);
        w.source(line.source);
        w.number(line.table_row);
        w.source(line.row.source);
        w.number(line.row.boundary);
        w.number(line.row.cells.size());
        for (const GridCell& cell : line.row.cells) {
            w.text(cell.text);
            w.source(cell.source);
            w.number(cell.blank);
        }
    }
    w.number(wire.dismissals.size());
    for (const Dismissal& d : wire.dismissals) {
        w.text(d.rule);
        w.text(d.place);
        w.text(d.fingerprint);
        w.text(d.reason);
    }
    return std::move(w.out);
}

DocumentWire decode(const std::uint8_t* data, std::size_t size) {
    Reader r(data, size);
    DocumentWire wire;
    const std::uint64_t lines = r.number();
    for (std::uint64_t i = 0; i < lines; ++i) {
        DocumentLine line;
        line.text = r.text();
        line.source = r.source();
        line.table_row = r.number() != 0;
        line.row.source = r.source();
        line.row.boundary = r.number() != 0;
        const std::uint64_t cells = r.number();
        for (std::uint64_t c = 0; c < cells; ++c) {
            GridCell cell;
            cell.text = r.text();
            cell.source = r.source();
            cell.blank = r.number() != 0;
            line.row.cells.push_back(std::move(cell));
        }
        wire.lines.push_back(std::move(line));
    }
    const std::uint64_t dismissals = r.number();
    for (std::uint64_t i = 0; i < dismissals; ++i) {
        Dismissal d;
        d.rule = r.text();
        d.place = r.text();
        d.fingerprint = r.text();
        d.reason = r.text();
        wire.dismissals.push_back(std::move(d));
    }
    if (!r.done()) throw std::runtime_error("LibreOffice 返回的文档内容有多余数据");
    return wire;
}

std::vector<std::uint8_t> encode(const std::vector<nianbao::uno::Comment>& comments) {
    Writer w;
    w.number(comments.size());
    for (const nianbao::uno::Comment& c : comments) {
        w.text(c.table_name);
        w.text(c.cell_name);
        w.number(std::uint64_t(std::int64_t(c.line)));
        w.text(c.content);
    }
    return std::move(w.out);
}

std::vector<nianbao::uno::Comment> decode_comments(const std::uint8_t* data, std::size_t size) {
    Reader r(data, size);
    std::vector<nianbao::uno::Comment> comments;
    const std::uint64_t n = r.number();
    for (std::uint64_t i = 0; i < n; ++i) {
        nianbao::uno::Comment c;
        c.table_name = r.text();
        c.cell_name = r.text();
        c.line = r.integer();
        c.content = r.text();
        comments.push_back(std::move(c));
    }
    if (!r.done()) throw std::runtime_error("批注数据不完整");
    return comments;
}

} // namespace nianbao::cli::office
