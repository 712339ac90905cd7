// One headless soffice.bin owned by this process: its own profile and HOME under a private
// directory, a pipe named after our PID, started with Boost.Process, killed by its PID.
#pragma once

#include <boost/process/child.hpp>

#include <chrono>
#include <string>

namespace nianbao::cli::office {

class OfficeProcess {
public:
    // `program`: LibreOffice's program directory; `work`: a private directory (profile, HOME, log).
    OfficeProcess(std::string program, std::string work);
    ~OfficeProcess();  // kill()
    OfficeProcess(const OfficeProcess&) = delete;
    OfficeProcess& operator=(const OfficeProcess&) = delete;

    // Starts soffice.bin listening on a new pipe; false with a Chinese error when it cannot be run.
    bool start(std::string& error);
    // The UNO URL of the running office's component context.
    std::string connect_url() const;
    // Whether it still runs; the first start of a fresh profile exits with 81 ("start me
    // again"): restart_if_81() then starts it once more and returns true.
    bool running();
    bool restart_if_81(std::string& error);
    int exit_code();
    // Waits up to `grace` for it to end by itself (after Desktop::terminate), then SIGKILLs it;
    // removes the pipe it leaves behind when killed.
    void stop(std::chrono::milliseconds grace);
    void kill() { stop(std::chrono::milliseconds(0)); }
    int pid() const;
    // CPU time the office has used so far (user + system), for NIANBAO_OFFICE_LOG: on a busy
    // machine a document's wall time says little about what it costs.
    long cpu_ms() const;

private:
    std::string program_, work_, pipe_;
    boost::process::child child_;
    int counter_ = 0;
};

} // namespace nianbao::cli::office
