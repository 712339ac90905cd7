// A PDF report: text layer → visual lines → document lines (tables rebuilt from geometry) → the
// same assembly and binder as every other input.
#include <filesystem>

#include "nianbao/document.hpp"
#include "nianbao/pdf.hpp"
#include "page_lines.hpp"
#include "page_text.hpp"
#include "table_rows.hpp"

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
    // The text the positions refer to: one line per document line, cells separated by tabs.
    for (const auto& d : doc) result.text += d.text + "\n";
    Assembled a = assemble_report(doc);
    a.report.source_name = result.report.source_name;
    result.report = std::move(a.report);
    if (!a.error.empty()) {
        result.error = a.error;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace nianbao
