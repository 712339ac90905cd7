// A PDF report: text layer → visual lines → document lines (tables rebuilt from geometry) → the
// same assembly and binder as every other input.
#include "nianbao/document.hpp"
#include "nianbao/pdf.hpp"
#include "page_lines.hpp"
#include "page_text.hpp"
#include "table_rows.hpp"

#include <filesystem>

namespace nianbao {

bool looks_like_pdf(std::string_view head) {
    // Readers accept junk before the header within the first KiB (some generators write a BOM).
    return head.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

ReadResult read_pdf_file(const std::string& path) {
    ReadResult result;
    result.encoding = "PDF";
    result.report.source_name = std::filesystem::path(path).filename().string();
    pdf::PdfText text = pdf::read_page_text(path);
    if (!text.error.empty()) {
        result.error = text.error;
        return result;
    }
    std::vector<pdf::PageLine> lines = pdf::page_lines(text.pages);
    std::vector<DocumentLine> doc = pdf::document_lines(lines);
    // A report title kept only in the document's properties (a web page's <title> exported by
    // Writer) is the title the text reader would see: a line before the first page's text — the
    // rule the Writer reader follows too (add_title_line).
    add_title_line(doc, text.title);
    // The text the positions refer to: one line per document line, cells separated by tabs.
    for (const auto& d : doc)
        result.text += d.text + "\n";
    assemble_into(result, doc);
    return result;
}

} // namespace nianbao
