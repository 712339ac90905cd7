// Boost.Process starts soffice.bin directly (not /usr/bin/soffice, a script whose oosplash
// forks the real office: the death signal would land on the wrong process). The on_exec_setup
// handler runs in the child between fork and exec: PR_SET_PDEATHSIG makes the kernel kill the
// office when we die, even by SIGKILL, so no soffice is ever left behind; setpgid keeps a
// terminal's Ctrl+C to us (we then die, and the office with us).
#include "office_process.hpp"

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <boost/process/args.hpp>
#include <boost/process/env.hpp>
#include <boost/process/exe.hpp>
#include <boost/process/environment.hpp>
#include <boost/process/extend.hpp>
#include <boost/process/handles.hpp>
#include <boost/process/io.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

namespace nianbao::cli::office {

namespace bp = boost::process;

OfficeProcess::OfficeProcess(std::string program, std::string work) : program_(std::move(program)), work_(std::move(work)) {}

OfficeProcess::~OfficeProcess() { kill(); }

int OfficeProcess::pid() const { return child_.valid() ? child_.id() : -1; }

long OfficeProcess::cpu_ms() const {
    std::ifstream in("/proc/" + std::to_string(pid()) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::istringstream fields(stat.substr(stat.rfind(')') + 2));  // after "pid (comm) "
    std::string skip;
    long utime = 0, stime = 0;
    for (int i = 3; i < 14; ++i) fields >> skip;  // state … cmajflt: fields 3-13
    fields >> utime >> stime;
    return (utime + stime) * 1000 / ::sysconf(_SC_CLK_TCK);
}

std::string OfficeProcess::connect_url() const {
    return "uno:pipe,name=" + pipe_ + ";urp;StarOffice.ComponentContext";
}

bool OfficeProcess::start(std::string& error) {
    std::filesystem::create_directories(work_ + "/home");
    pipe_ = "nianbao-" + std::to_string(::getpid()) + "-" + std::to_string(++counter_);
    // HOME too: LibreOffice writes $HOME/.cache/dconf and creates $HOME/.config even with its
    // own profile; the user's home stays untouched.
    bp::environment env = boost::this_process::environment();
    env["HOME"] = work_ + "/home";
    // And its temporary files (lu*.tmp) inside ours, removed with it even after a SIGKILL.
    std::filesystem::create_directories(work_ + "/tmp");
    env["TMPDIR"] = work_ + "/tmp";
    const pid_t parent = ::getpid();
    std::error_code ec;
    child_ = bp::child(
        bp::exe = program_ + "/soffice.bin",
        bp::args = {"--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                    "-env:UserInstallation=file://" + work_ + "/profile", "--accept=pipe,name=" + pipe_ + ";urp;"},
        bp::env = env, bp::std_in < bp::null, (bp::std_out & bp::std_err) > (work_ + "/office.log"),
        bp::limit_handles,
        bp::extend::on_exec_setup = [parent](auto&) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != parent) ::_exit(127);  // we died before prctl took effect
            ::setpgid(0, 0);
        },
        ec);
    if (ec) {
        error = "无法启动 LibreOffice（" + program_ + "/soffice.bin）：" + ec.message();
        return false;
    }
    return true;
}

bool OfficeProcess::running() {
    std::error_code ec;
    return child_.valid() && child_.running(ec);
}

int OfficeProcess::exit_code() { return child_.valid() ? child_.exit_code() : -1; }

bool OfficeProcess::restart_if_81(std::string& error) {
    if (!child_.valid() || running() || child_.exit_code() != 81) return false;
    child_ = bp::child();
    return start(error);
}

void OfficeProcess::stop(std::chrono::milliseconds grace) {
    if (!child_.valid()) return;
    std::error_code ec;
    const auto deadline = std::chrono::steady_clock::now() + grace;
    while (child_.running(ec) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (child_.running(ec)) child_.terminate(ec);  // SIGKILL to this PID, and reaps it
    child_.wait(ec);
    child_ = bp::child();
    // A killed office (here or by the watchdog) leaves its pipe's socket file: remove it (ours by name).
    std::filesystem::remove("/tmp/OSL_PIPE_" + std::to_string(::getuid()) + "_" + pipe_, ec);
}

} // namespace nianbao::cli::office
