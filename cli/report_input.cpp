// Chooses the reader for each input file (see report_input.hpp).
#include "report_input.hpp"

#include <exception>
#include <fstream>

#include "nianbao/pdf.hpp"

#include "input_files.hpp"

#include "office/office_inputs.hpp"

namespace nianbao::cli {

ReportInputs::ReportInputs() = default;
ReportInputs::~ReportInputs() = default;

office::OfficeInputs& ReportInputs::office() {
    if (!office_) office_ = std::make_unique<office::OfficeInputs>();
    return *office_;
}

namespace {

// The first kilobyte of a file: enough to tell a PDF by its signature.
std::string head_of(const std::string& path) {
    char head[1024] = {};
    std::ifstream in(path, std::ios::binary);
    in.read(head, sizeof head);
    return std::string(head, std::size_t(in.gcount()));
}

bool is_pdf(const std::string& path, const std::string& head) {
    // By content (a PDF named .txt is a PDF); an empty .pdf gets the PDF reader's message.
    return looks_like_pdf(head) || (head.empty() && (path.ends_with(".pdf") || path.ends_with(".PDF")));
}

} // namespace

ReadResult ReportInputs::read(const std::string& path) {
    try {
        if (is_pdf(path, head_of(path))) return read_pdf_file(path);
        // Word/WPS/Writer documents by their content, whatever their extension.
        if (auto file = office::office_file(path)) return office().read(path, *file);
        return read_text_file(path);
    } catch (const std::exception& e) {
        ReadResult r;
        r.error = std::string("读取时出错：") + e.what();
        return r;
    }
}

bool ReportInputs::reads_concurrently(const std::string& path) {
    const InputKind kind = input_kind(path);
    if (kind != InputKind::text && kind != InputKind::html && kind != InputKind::other) return false;
    // By content, as `read` chooses the reader: a PDF or an office document under a text name
    // would otherwise reach the one office (or poppler) from two threads at once.
    return !is_pdf(path, head_of(path)) && !office::office_file(path);
}

bool ReportInputs::is_office_document(const std::string& path) const { return office::office_file(path).has_value(); }

bool ReportInputs::filled_copy(const std::string& input, bool blank_as_zero, const std::string& output, std::string& error) {
    auto file = office::office_file(input);
    if (!file) {
        error = "不是 Word/WPS/Writer 文档";
        return false;
    }
    if (!file->error.empty()) {
        error = file->error;
        return false;
    }
    return office().fill_copy(input, *file, blank_as_zero, output, error);
}

ReadResult ReportInputs::read_annotated(const std::string& path,
                                       const std::function<std::vector<Finding>(Report&)>& findings_of,
                                       const std::string& output, std::string& copy_error) {
    auto file = office::office_file(path);
    if (!file) {
        ReadResult r = read(path);
        if (r.ok) findings_of(r.report);
        copy_error = "不是 Word/WPS/Writer 文档，无法插入批注";
        return r;
    }
    return office().read_annotated(path, *file, findings_of, output, copy_error);
}

} // namespace nianbao::cli
