// The plug-in's Session: one private office per run, started on the first document, restarted
// when it dies, every document bounded by a time limit, stopped and its directory removed at the end.
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "office_api.hpp"
#include "office_load.hpp"
#include "office_process.hpp"
#include "office_watchdog.hpp"
#include "writer_document.hpp"

namespace nianbao::cli::office {

namespace css = com::sun::star;

class OfficeSession final : public Session {
public:
    explicit OfficeSession(std::string program);
    ~OfficeSession() override;

    ReadResult read(const std::string& path, const std::string& filter) override;
    bool fill_copy(const std::string& input, const std::string& filter, bool blank_as_zero, const std::string& output,
                   std::string& error) override;
    ReadResult read_annotated(const std::string& path, const std::string& filter,
                              const std::function<std::vector<Finding>(Report&)>& findings_of, const std::string& output,
                              std::string& copy_error) override;

private:
    // A step on one document: returns a Chinese error, or empty on success; may throw UNO exceptions.
    using Step = std::function<std::string(const css::uno::Reference<css::uno::XComponentContext>&,
                                           const css::uno::Reference<css::frame::XDesktop2>&)>;
    // Runs a step under the watchdog; restarts a dead office and retries the step once.
    bool run(const std::string& path, const Step& step, std::string& error);
    bool ensure_started(std::string& error);
    void stop_office(bool gently);
    void start_reader();
    // For a step that reads: loaded without a view (or with one under NIANBAO_OFFICE_VIEW_LOAD).
    Loaded load_for_reading(const css::uno::Reference<css::uno::XComponentContext>& context,
                            const css::uno::Reference<css::frame::XDesktop2>& desktop, const std::string& path,
                            const std::string& filter);
    // The loaded document read in the office (one call; `keep` for annotate_in_office) or, without
    // the in-office reader, over the pipe; its report assembled.
    nianbao::uno::WriterDocument read_loaded(const css::uno::Reference<css::text::XTextDocument>& document, bool keep);
    // Adds " name N ms" to phases_ and restarts `mark`, under NIANBAO_OFFICE_LOG.
    void phase(const char* name, std::chrono::steady_clock::time_point& mark);
    std::string work_file(const std::string& extension);

    std::string program_, work_;
    std::unique_ptr<OfficeProcess> process_;
    css::uno::Reference<css::uno::XComponentContext> local_, remote_;
    css::uno::Reference<css::frame::XDesktop2> desktop_;
    // The shared reader inside the office (office_reader.hpp); empty: read over the pipe, call
    // by call (NIANBAO_OFFICE_REMOTE_READ=1, or an office that could not load it).
    css::uno::Reference<css::task::XJob> reader_;
    Watchdog watchdog_;
    std::chrono::milliseconds limit_;
    bool verbose_ = false;
    bool remote_read_ = false;
    bool view_load_ = false;  // NIANBAO_OFFICE_VIEW_LOAD=1: load with a hidden frame, as before (benchmark)
    std::string phases_;  // " load N ms read N ms close N ms" of the last document, for NIANBAO_OFFICE_LOG
    int files_ = 0;      // numbers our private copies
    int documents_ = 0;  // done, for NIANBAO_OFFICE_LOG
};

} // namespace nianbao::cli::office
