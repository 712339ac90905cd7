// The batch runner and its progress bar (see batch.hpp).
#include "batch.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace nianbao::cli {

std::optional<int> parse_jobs(std::string_view text) {
    int n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n < 1 || n > 64)
        return std::nullopt;
    return n;
}

int default_jobs() {
    return 1;
}

Progress::Progress(std::size_t total, std::string_view verb)
    : total_(total), verb_(verb), enabled_(total > 1 && ::isatty(2)) {}

Progress::~Progress() {
    finish();
}

void Progress::step(const std::string& name) {
    ++done_;
    if (!enabled_) return;
    constexpr std::size_t width = 30;
    const std::size_t filled = total_ ? done_ * width / total_ : width;
    std::string bar(filled, '#');
    bar.append(width - filled, '.');
    // The name is cut by code points so that a terminal never gets half a character.
    std::string shown;
    std::size_t points = 0;
    for (std::size_t i = 0; i < name.size() && points < 40; ++points) {
        std::size_t len = 1;
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (c >= 0xF0)
            len = 4;
        else if (c >= 0xE0)
            len = 3;
        else if (c >= 0xC0)
            len = 2;
        shown += name.substr(i, len);
        i += len;
    }
    std::cout << std::flush; // results printed so far go out before the bar is drawn under them
    std::cerr << "\r\033[K" << verb_ << " [" << bar << "] " << done_ << "/" << total_ << " "
              << shown << std::flush;
    drawn_ = true;
}

void Progress::clear() {
    if (drawn_) std::cerr << "\r\033[K" << std::flush;
    drawn_ = false;
}

void Progress::finish() {
    clear();
    enabled_ = false;
}

void check_batch(ReportInputs& inputs, const std::vector<InputFile>& files,
                 const CheckOptions& options, int jobs, Progress* progress,
                 const std::function<void(Report&)>& prepare,
                 const std::function<void(std::size_t, CheckedFile&)>& done,
                 const std::function<std::string(std::size_t)>& copy_to) {
    const std::size_t n = files.size();
    std::vector<CheckedFile> results(n);
    std::vector<char> finished(n, 0);
    std::mutex mutex;
    std::condition_variable ready;

    auto work = [&](std::size_t i) {
        CheckedFile r;
        auto findings_of = [&](Report& report) {
            if (prepare) prepare(report);
            r.findings = check(report, options);
            return r.findings;
        };
        const std::string copy = copy_to ? copy_to(i) : std::string();
        if (!copy.empty()) {
            r.read = inputs.read_annotated(files[i].path, findings_of, copy, r.copy_error);
            if (r.read.ok && r.copy_error.empty()) r.copy = copy;
        } else {
            r.read = inputs.read(files[i].path);
            if (r.read.ok) findings_of(r.read.report);
        }
        std::lock_guard lock(mutex);
        results[i] = std::move(r);
        finished[i] = 1;
        ready.notify_all();
    };

    std::vector<std::size_t> shared, serial; // shared: any thread may take them
    for (std::size_t i = 0; i < n; ++i)
        (ReportInputs::reads_concurrently(files[i].path) ? shared : serial).push_back(i);
    std::atomic<std::size_t> next{0};
    auto take_shared = [&]() -> bool {
        const std::size_t k = next.fetch_add(1);
        if (k >= shared.size()) return false;
        work(shared[k]);
        return true;
    };
    std::vector<std::jthread> workers;
    const int extra = std::max(0, std::min<int>(jobs, int(shared.size())) - 1);
    for (int t = 0; t < extra; ++t)
        workers.emplace_back([&] {
            while (take_shared()) {
            }
        });

    std::size_t emitted = 0;
    auto emit_ready = [&](bool wait) {
        while (emitted < n) {
            {
                std::unique_lock lock(mutex);
                if (!finished[emitted]) {
                    if (!wait) return;
                    ready.wait(lock, [&] { return finished[emitted] != 0; });
                }
            }
            if (progress) progress->clear();
            done(emitted, results[emitted]);
            if (progress) progress->step(files[emitted].name);
            results[emitted] = CheckedFile{}; // a long batch keeps only what is not printed yet
            ++emitted;
        }
    };
    // The calling thread takes the files only it may read in order, and shared files in between,
    // printing whatever is ready after each one.
    std::size_t s = 0;
    while (s < serial.size() || next.load() < shared.size()) {
        if (s < serial.size() && (serial[s] <= emitted || next.load() >= shared.size()))
            work(serial[s++]);
        else if (!take_shared() && s < serial.size())
            work(serial[s++]);
        emit_ready(false);
    }
    emit_ready(true);
}

} // namespace nianbao::cli
