// Chooses the reader for each input file (see report_input.hpp).
#include "report_input.hpp"

#include <exception>

namespace nianbao::cli {

ReportInputs::ReportInputs() = default;
ReportInputs::~ReportInputs() = default;

ReadResult ReportInputs::read(const std::string& path) {
    try {
        return read_text_file(path);
    } catch (const std::exception& e) {
        ReadResult r;
        r.error = std::string("读取时出错：") + e.what();
        return r;
    }
}

} // namespace nianbao::cli
