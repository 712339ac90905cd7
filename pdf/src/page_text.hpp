// The text layer of a PDF as poppler gives it: per page, pieces of text (≈ words; a run of CJK
// is one piece per line) with their boxes in points, origin top-left, y growing downwards.
#pragma once

#include <string>
#include <vector>

namespace nianbao::pdf {

struct TextBox {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    std::string text;     // UTF-8
    double font_size = 0; // estimated from the box height

    double height() const { return y1 - y0; }
    double centre_y() const { return (y0 + y1) / 2; }
};

struct PageText {
    int number = 0; // 1-based
    double width = 0, height = 0;
    std::vector<TextBox> boxes;
};

struct PdfText {
    std::vector<PageText> pages;
    std::string title; // the document's Title property (Writer fills it from an HTML <title>)
    std::string error; // Chinese; set when the file cannot be read as a PDF with text
};

// Loads the file and extracts every page's text boxes. Empty, damaged, password-protected and
// scanned (no text layer) files give an error instead of pages.
PdfText read_page_text(const std::string& path);

} // namespace nianbao::pdf
