// Chooses the reader for each input file (see report_input.hpp).
#include "report_input.hpp"

#include <exception>
#include <fstream>

#include "nianbao/pdf.hpp"

#include "input_files.hpp"

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

bool ReportInputs::reads_concurrently(const std::string& path) {
    const InputKind kind = input_kind(path);
    return kind == InputKind::text || kind == InputKind::html || kind == InputKind::other;
}

// Placeholder until the office reader lands (issue 11 point 1): it writes the comments through
// the headless office it starts for the batch.
bool ReportInputs::annotated_copy(const std::string& input, const std::vector<Finding>& findings,
                                  const std::string& output, std::string& error) {
    (void)input, (void)findings, (void)output;
    error = "为 Word/WPS/Writer 文档写批注副本需要 LibreOffice（本程序尚不能启动它）";
    return false;
}

} // namespace nianbao::cli
