// Chooses the reader for each input file (see report_input.hpp).
#include "report_input.hpp"

#include <exception>
#include <fstream>

#include "nianbao/pdf.hpp"

namespace nianbao::cli {

ReportInputs::ReportInputs() = default;
ReportInputs::~ReportInputs() = default;

ReadResult ReportInputs::read(const std::string& path) {
    try {
        char head[1024] = {};
        std::ifstream in(path, std::ios::binary);
        in.read(head, sizeof head);
        // By content (a PDF named .txt is a PDF); an empty .pdf gets the PDF reader's message.
        const std::size_t got = std::size_t(in.gcount());
        if (looks_like_pdf(std::string_view(head, got)) || (got == 0 && (path.ends_with(".pdf") || path.ends_with(".PDF")))) return read_pdf_file(path);
        return read_text_file(path);
    } catch (const std::exception& e) {
        ReadResult r;
        r.error = std::string("读取时出错：") + e.what();
        return r;
    }
}

} // namespace nianbao::cli
