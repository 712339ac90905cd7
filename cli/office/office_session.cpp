// The private office's life: started lazily, connected over its pipe, restarted after a crash
// (the document that took it down is tried once more), killed when a document exceeds its
// time limit, and at the end terminated, killed if it does not stop, its directory removed.
#include "office_session.hpp"

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <cppuhelper/bootstrap.hxx>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>

#include "comments.hpp"
#include "log.hpp"
#include "office_load.hpp"
#include "office_reader.hpp"
#include "writer_document.hpp"
#include "writer_fill.hpp"

namespace nianbao::cli::office {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using Clock = std::chrono::steady_clock;

// The first start of a fresh profile (and LibreOffice's first-run graphics test on a loaded
// machine) can take a minute.
constexpr auto start_limit = std::chrono::seconds(120);

std::chrono::milliseconds document_limit() {
    const char* env = std::getenv("NIANBAO_OFFICE_TIMEOUT");
    const double seconds = env && *env ? std::atof(env) : 60.0;
    return std::chrono::milliseconds(long(seconds > 0 ? seconds * 1000 : 60000));
}

long ms_since(Clock::time_point t) {
    return long(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t).count());
}

// A run ended by a signal (Ctrl+C) cannot remove its directory: its office died with it
// (PR_SET_PDEATHSIG), and the next run removes what is left of every run no longer alive.
void remove_dead_runs(const std::string& tmp) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(tmp, ec)) {
        const std::string name = entry.path().filename().string();
        const std::string prefix = "nianbao-office-";
        if (!name.starts_with(prefix)) continue;
        const std::string pid = name.substr(prefix.size(), name.find('-', prefix.size()) - prefix.size());
        struct stat st {};
        if (pid.empty() || pid.find_first_not_of("0123456789") != std::string::npos) continue;
        if (::stat(entry.path().c_str(), &st) != 0 || st.st_uid != ::getuid()) continue;
        if (std::filesystem::exists("/proc/" + pid, ec)) continue;
        std::filesystem::remove_all(entry.path(), ec);
    }
}

std::string private_directory() {
    const char* env = std::getenv("TMPDIR");
    const std::string tmp = env && *env ? env : "/tmp";
    remove_dead_runs(tmp);
    std::string dir = tmp + "/nianbao-office-" + std::to_string(::getpid()) + "-XXXXXX";
    if (!::mkdtemp(dir.data())) throw std::runtime_error("mkdtemp");
    return dir;
}

// Writes `from` (ours) to `output` through a temporary file beside it and a rename, so that
// `output` is either the old file or the complete new one.
bool place_output(const std::string& from, const std::string& output, std::string& error) {
    std::error_code ec;
    const std::string tmp = output + ".nianbao-" + std::to_string(::getpid());
    std::filesystem::copy_file(from, tmp, std::filesystem::copy_options::overwrite_existing, ec);
    if (!ec) std::filesystem::rename(tmp, output, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        error = "无法写入输出文件（目录不存在或没有写入权限）";
        return false;
    }
    return true;
}

} // namespace

OfficeSession::OfficeSession(std::string program)
    : program_(std::move(program)), limit_(document_limit()), verbose_(std::getenv("NIANBAO_OFFICE_LOG") != nullptr),
      remote_read_(std::getenv("NIANBAO_OFFICE_REMOTE_READ") != nullptr),
      view_load_(std::getenv("NIANBAO_OFFICE_VIEW_LOAD") != nullptr) {
    // Our own UNO environment from the office's types and services (the SDK's usual way).
    ::setenv("URE_BOOTSTRAP", ("vnd.sun.star.pathname:" + program_ + "/fundamentalrc").c_str(), 1);
}

OfficeSession::~OfficeSession() {
    // The office's CPU over the whole run and ours (both processes' work for the documents).
    const long office_cpu = verbose_ && process_ && process_->running() ? process_->cpu_ms() : -1;
    stop_office(true);
    if (!work_.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(work_, ec);
    }
    if (verbose_) {
        struct rusage self {};
        ::getrusage(RUSAGE_SELF, &self);
        const long own = (self.ru_utime.tv_sec + self.ru_stime.tv_sec) * 1000L +
                         (self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1000L;
        std::cerr << "office: " << documents_ << " documents (office CPU " << office_cpu << " ms, nianbao CPU " << own
                  << " ms)\n";
    }
}

std::string OfficeSession::work_file(const std::string& extension) {
    return work_ + "/file-" + std::to_string(++files_) + extension;
}

bool OfficeSession::ensure_started(std::string& error) {
    if (desktop_.is() && process_ && process_->running()) return true;
    if (process_) std::cerr << "nianbao: LibreOffice 已意外退出，正在重新启动\n";  // died between two documents
    stop_office(false);
    const auto began = Clock::now();
    try {
        if (work_.empty()) work_ = private_directory();
        if (!local_.is()) local_ = cppu::defaultBootstrap_InitialComponentContext();
        process_ = std::make_unique<OfficeProcess>(program_, work_);
        if (!process_->start(error)) return false;
        auto resolver = css::bridge::UnoUrlResolver::create(local_);
        while (Clock::now() - began < start_limit) {
            if (!process_->running() && !process_->restart_if_81(error)) {
                if (error.empty())
                    error = "LibreOffice 启动后立即退出（退出状态 " + std::to_string(process_->exit_code()) + "），详见 " + work_ + "/office.log";
                stop_office(false);
                return false;
            }
            try {
                // The pipe's name changes when the office is started again after exit code 81.
                remote_.set(resolver->resolve(nianbao::uno::to_ou(process_->connect_url())), UNO_QUERY_THROW);
                desktop_ = css::frame::Desktop::create(remote_);
                start_reader();
                if (verbose_)
                    std::cerr << "office: started in " << ms_since(began) << " ms (pid " << process_->pid()
                              << ", office CPU " << process_->cpu_ms() << " ms)\n";
                return true;
            } catch (const css::connection::NoConnectException&) {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        }
        error = "LibreOffice 在 " + std::to_string(start_limit.count()) + " 秒内没有启动完成";
    } catch (const css::uno::Exception& e) {
        error = "无法连接 LibreOffice：" + nianbao::uno::to_std(e.Message);
    } catch (const std::exception& e) {
        error = std::string("无法启动 LibreOffice：") + e.what();
    }
    stop_office(false);
    return false;
}

void OfficeSession::start_reader() {
    if (remote_read_) return;
    const std::string library = plugin_file();
    try {
        reader_ = activate_office_reader(remote_, library);
    } catch (const css::uno::Exception& e) {
        // Still correct, only slower: every paragraph and cell is then read over the pipe.
        if (verbose_) std::cerr << "office: reader not loaded into the office (" << library << "): "
                                << nianbao::uno::to_std(e.Message) << "\n";
    }
}

void OfficeSession::stop_office(bool gently) {
    if (gently && desktop_.is() && process_ && process_->running()) {
        watchdog_.arm(process_->pid(), std::chrono::seconds(10));
        try {
            desktop_->terminate();
        } catch (...) {  // the bridge dies with the office: expected
        }
        watchdog_.disarm();
    }
    reader_.clear();
    desktop_.clear();
    remote_.clear();
    if (process_) process_->stop(gently ? std::chrono::milliseconds(5000) : std::chrono::milliseconds(0));
    process_.reset();
}

bool OfficeSession::run(const std::string& path, const Step& step, std::string& error) {
    for (int attempt = 1;; ++attempt) {
        if (!ensure_started(error)) return false;
        const auto began = Clock::now();
        const long cpu_before = verbose_ ? process_->cpu_ms() : 0;
        watchdog_.arm(process_->pid(), limit_);
        phases_.clear();
        bool office_lost = false;
        try {
            error = step(remote_, desktop_);
            const bool fired = watchdog_.disarm();
            ++documents_;
            if (verbose_)
                std::cerr << "office: " << path << " " << ms_since(began) << " ms (office CPU "
                          << process_->cpu_ms() - cpu_before << " ms)" << phases_ << "\n";
            if (!fired) return error.empty();
            office_lost = true;
        } catch (const css::lang::DisposedException&) {
            office_lost = true;
        } catch (const css::uno::Exception& e) {
            office_lost = !process_->running();
            if (!office_lost) error = "LibreOffice 处理该文档时出错：" + nianbao::uno::to_std(e.Message);
        } catch (const std::exception& e) {
            office_lost = !process_->running();
            if (!office_lost) error = std::string("处理该文档时出错：") + e.what();
        }
        if (watchdog_.disarm()) {
            stop_office(false);
            error = "LibreOffice 处理该文档超过 " + std::to_string(limit_.count() / 1000) +
                    " 秒仍未完成，已放弃（文档过大或使 LibreOffice 停止响应）";
            std::cerr << "nianbao: " << path << "：LibreOffice 超时，已结束并将重新启动\n";
            return false;
        }
        if (!office_lost) return false;
        stop_office(false);
        if (attempt >= 2) {
            error = "LibreOffice 读取该文档时意外退出（重新启动后再试一次仍然如此）";
            return false;
        }
        std::cerr << "nianbao: " << path << "：LibreOffice 意外退出，已重新启动并重试\n";
    }
}

void OfficeSession::phase(const char* name, Clock::time_point& mark) {
    if (verbose_) phases_ += std::string(" ") + name + " " + std::to_string(ms_since(mark)) + " ms";
    mark = Clock::now();
}

Loaded OfficeSession::load_for_reading(const Reference<css::uno::XComponentContext>& context,
                                       const Reference<css::frame::XDesktop2>& desktop, const std::string& path,
                                       const std::string& filter) {
    return view_load_ ? load_document(desktop, path, filter, true) : load_model(context, path, filter);
}

nianbao::uno::WriterDocument OfficeSession::read_loaded(const Reference<css::text::XTextDocument>& document, bool keep) {
    if (!reader_.is()) return nianbao::uno::read_writer_document(document);
    nianbao::uno::WriterDocument doc;
    DocumentWire wire = read_in_office(reader_, document, keep);
    doc.lines = std::move(wire.lines);
    nianbao::uno::assemble_writer_report(doc);
    doc.report.dismissals = std::move(wire.dismissals);
    return doc;
}

ReadResult OfficeSession::read(const std::string& path, const std::string& filter) {
    ReadResult r;
    r.encoding = "Word/WPS/Writer 文档（LibreOffice 过滤器 " + filter + "）";
    std::string error;
    const bool ok = run(path, [&](const auto& context, const auto& desktop) -> std::string {
        auto mark = Clock::now();
        Loaded loaded = load_for_reading(context, desktop, path, filter);
        phase("load", mark);
        if (!loaded.document.is()) return loaded.error;
        nianbao::uno::WriterDocument doc;
        try {
            doc = read_loaded(loaded.document, false);
        } catch (...) {
            close_document(loaded.document);
            throw;
        }
        phase("read", mark);
        close_document(loaded.document);
        phase("close", mark);
        r.report = std::move(doc.report);
        return doc.error;
    }, error);
    r.ok = ok;
    r.error = error;
    return r;
}

ReadResult OfficeSession::read_annotated(const std::string& path, const std::string& filter,
                                         const std::function<std::vector<Finding>(Report&)>& findings_of,
                                         const std::string& output, std::string& copy_error) {
    ReadResult r;
    r.encoding = "Word/WPS/Writer 文档（LibreOffice 过滤器 " + filter + "）";
    const std::string extension = std::filesystem::path(path).extension().string();
    // Once the report is read and checked, a failure (the office dying while annotating, a time
    // limit, a copy that cannot be stored) costs only the annotated copy; a retry after a crash
    // loads and reads the document again for the comments' places, but checks nothing twice.
    bool checked = false;
    std::vector<nianbao::uno::Comment> comments;
    std::string error;
    const bool ok = run(path, [&](const auto& context, const auto& desktop) -> std::string {
        auto mark = Clock::now();
        // Loaded read-only like any read: the comments go into the office's copy in memory, which
        // is stored to our private directory; the input is never opened for writing.
        Loaded loaded = load_for_reading(context, desktop, path, filter);
        phase("load", mark);
        if (!loaded.document.is()) return loaded.error;
        const std::string result = work_file(extension);
        try {
            nianbao::uno::WriterDocument doc = read_loaded(loaded.document, true);
            phase("read", mark);
            if (!checked) {
                if (!doc.error.empty()) {
                    close_document(loaded.document);
                    return doc.error;
                }
                for (const Finding& f : findings_of(doc.report)) comments.push_back(nianbao::uno::comment_for(f));
                r.report = std::move(doc.report);
                checked = true;
            }
            if (reader_.is()) annotate_in_office(reader_, loaded.document, comments);
            else nianbao::uno::insert_comments(loaded.document, doc, comments);
            store_copy(loaded.document, result, filter);
            phase("annotate", mark);
        } catch (...) {
            close_document(loaded.document);
            throw;
        }
        close_document(loaded.document);
        phase("close", mark);
        std::string placed;
        return place_output(result, output, placed) ? std::string() : placed;
    }, error);
    r.ok = checked;
    if (!checked) r.error = error;
    else if (!ok) copy_error = error;
    return r;
}

bool OfficeSession::fill_copy(const std::string& input, const std::string& filter, bool blank_as_zero,
                              const std::string& output, std::string& error) {
    const std::string extension = std::filesystem::path(input).extension().string();
    return run(input, [&](const auto& context, const auto& desktop) -> std::string {
        // A writable copy of our own: the input is never opened for writing, and no lock file
        // appears beside it.
        const std::string copy = work_file(extension), result = work_file(extension);
        std::filesystem::copy_file(input, copy);
        Loaded loaded = load_document(desktop, copy, filter, false);
        if (!loaded.document.is()) return loaded.error;
        std::string refusal;
        try {
            nianbao::uno::FillOutcome out = nianbao::uno::fill_totals(context, loaded.document, blank_as_zero);
            refusal = out.refusal;
            if (refusal.empty()) store_copy(loaded.document, result, filter);
        } catch (...) {
            close_document(loaded.document);
            throw;
        }
        close_document(loaded.document);
        if (!refusal.empty()) return refusal;
        std::string placed;
        return place_output(result, output, placed) ? std::string() : placed;
    }, error);
}

} // namespace nianbao::cli::office

extern "C" __attribute__((visibility("default"))) nianbao::cli::office::Session*
nianbao_office_create_session(const char* program) {
    return new nianbao::cli::office::OfficeSession(program);
}
