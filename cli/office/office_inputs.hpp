// The CLI's side of office documents: finds LibreOffice and the plug-in on the first office
// document of a run, and passes every document of the run to the one session it started.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "nianbao/finding.hpp"
#include "nianbao/reader.hpp"
#include "office_api.hpp"
#include "office_files.hpp"

namespace nianbao::cli::office {

class OfficeInputs {
public:
    OfficeInputs();
    ~OfficeInputs();  // stops the office, whatever happened
    ReadResult read(const std::string& path, const OfficeFile& file);
    bool fill_copy(const std::string& input, const OfficeFile& file, bool blank_as_zero, const std::string& output,
                   std::string& error);
    ReadResult read_annotated(const std::string& path, const OfficeFile& file,
                              const std::function<std::vector<Finding>(Report&)>& findings_of, const std::string& output,
                              std::string& copy_error);

private:
    Session* session(std::string& error);  // nullptr with a Chinese error when there is no office
    // `how` on the run's session, the result named after `path`; without it, the file's known
    // error or why there is no office.
    ReadResult through_session(const std::string& path, const OfficeFile& file,
                               const std::function<ReadResult(Session&)>& how);
    void* library_ = nullptr;
    std::unique_ptr<Session> session_;
    std::string unavailable_;  // why there is no office, once known
};

} // namespace nianbao::cli::office
