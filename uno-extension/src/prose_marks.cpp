// From a review's text-span findings to marks: the words of each span, found in its Writer
// paragraph as read (libcore's spans count code points of the paragraph without markup; Writer
// counts UTF-16 units of the whole paragraph, so the words are looked up rather than the offsets
// converted).
#include "prose_marks.hpp"

#include "log.hpp"
#include "nianbao/dismissals.hpp"
#include "nianbao/registry.hpp"
#include "nianbao/rule.hpp"

#include <string_view>

namespace nianbao::uno {
namespace {

// The text a text-span location counts in: a paragraph, a heading, the title or a signature
// line, recognised by the document line it was read from.
const std::string* located_text(const Report& report, const Location& where) {
    const int line = where.source.line;
    if (line <= 0) return nullptr;
    if (where.section == "title")
        return report.meta.title_source.line == line ? &report.meta.title : nullptr;
    if (where.section == "preamble") {
        for (const auto& p : report.preamble)
            if (p.source.line == line) return &p.text;
        return nullptr;
    }
    for (const auto& s : report.sections) {
        if (s.key != where.section) continue;
        if (where.paragraph < 0 && s.source.line == line) return &s.heading;
        if (where.paragraph >= 0)
            for (const auto& p : s.paragraphs)
                if (p.source.line == line) return &p.text;
    }
    for (const auto& p : report.signature)
        if (p.source.line == line) return &p.text;
    return nullptr;
}

// Code points [start, end) of a UTF-8 text as UTF-16; end < 0 or past the end: to the end.
OUString code_point_span(const std::string& text, int start, int end) {
    const OUString all = to_ou(text);
    sal_Int32 from = 0;
    int k = 0;
    while (k < start && from < all.getLength()) {
        all.iterateCodePoints(&from);
        ++k;
    }
    sal_Int32 to = from;
    while ((end < 0 || k < end) && to < all.getLength()) {
        all.iterateCodePoints(&to);
        ++k;
    }
    return all.copy(from, to - from).trim();
}

int occurrences(const OUString& text, const OUString& words) {
    int n = 0;
    for (sal_Int32 at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1))
        ++n;
    return n;
}

// The Writer paragraphs of the document, as the proofreader is given them: the lines read from
// one paragraph joined by its manual line breaks. Indexed by WriterDocument::paragraph_of_line.
std::vector<OUString> writer_paragraphs(const WriterDocument& doc) {
    std::vector<OUString> out;
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        if (doc.lines[i].table_row || doc.paragraph_of_line[i] < 0) continue;
        const auto p = std::size_t(doc.paragraph_of_line[i]);
        if (out.size() <= p)
            out.resize(p + 1);
        else
            out[p] += "\n";
        out[p] += to_ou(doc.lines[i].text);
    }
    return out;
}

} // namespace

std::vector<ProseMark> prose_marks(const Review& review) {
    std::vector<ProseMark> marks;
    const WriterDocument& doc = review.doc;
    if (!doc.error.empty()) return marks; // not a report: nothing to say about its prose
    std::vector<OUString> paragraphs;
    for (const Finding& f : review.outcome.findings) {
        const Location& where = f.location;
        if (where.kind != Location::Kind::text) continue;
        const auto line = std::size_t(where.source.line);
        if (line == 0 || line > doc.lines.size() || doc.lines[line - 1].table_row) continue;
        const std::string* text = located_text(doc.report, where);
        if (!text) continue;
        const OUString words = code_point_span(*text, where.start, where.end);
        if (words.isEmpty()) continue;
        if (paragraphs.empty()) paragraphs = writer_paragraphs(doc);
        const sal_Int32 p = doc.paragraph_of_line[line - 1];
        if (p < 0 || std::size_t(p) >= paragraphs.size()) continue;
        const OUString& paragraph = paragraphs[std::size_t(p)];
        // Twice in its paragraph: which one the finding means is not known, so neither is marked.
        if (occurrences(paragraph, words) != 1) continue;
        int elsewhere = 0;
        for (const auto& other : paragraphs)
            if (&other != &paragraph && other.indexOf(words) >= 0) ++elsewhere;
        ProseMark m;
        m.paragraph = paragraph;
        m.offset = paragraph.indexOf(words);
        m.words = words;
        m.unique_in_document = elsewhere == 0;
        m.message = to_ou(f.message);
        std::string explanation = f.message;
        if (const Rule* rule = find_rule(f.rule))
            explanation += "。" + std::string(rule->info().summary) + "（年报检查 " + f.rule + "）";
        m.explanation = to_ou(explanation);
        m.rule = to_ou(f.rule + "\t" + place_key(where) + "\t" + figures_fingerprint(f));
        marks.push_back(std::move(m));
    }
    return marks;
}

std::vector<MarkAt> marks_in(const std::vector<ProseMark>& marks, const OUString& text) {
    std::vector<MarkAt> out;
    for (const ProseMark& m : marks) {
        sal_Int32 at = -1;
        if (text == m.paragraph) {
            at = m.offset;
        } else if (m.unique_in_document) {
            at = text.indexOf(m.words);
            if (at >= 0 && text.indexOf(m.words, at + 1) >= 0) at = -1;
        }
        if (at >= 0) out.push_back({&m, at, m.words.getLength()});
    }
    return out;
}

} // namespace nianbao::uno
