// Bounds each document: LibreOffice has no load timeout, so a thread kills the office by its PID
// when a document takes too long; the blocked UNO call then fails with DisposedException.
#pragma once

#include <signal.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace nianbao::cli::office {

class Watchdog {
public:
    Watchdog() : thread_([this] { run(); }) {}
    ~Watchdog() {
        {
            std::lock_guard lock(mutex_);
            quit_ = true;
        }
        wake_.notify_all();
        thread_.join();
    }
    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;

    void arm(int pid, std::chrono::milliseconds limit) {
        std::lock_guard lock(mutex_);
        pid_ = pid;
        deadline_ = std::chrono::steady_clock::now() + limit;
        armed_ = true;
        fired_ = false;
        wake_.notify_all();
    }
    // Returns whether it fired (the office was killed) since arm().
    bool disarm() {
        std::lock_guard lock(mutex_);
        armed_ = false;
        return fired_;
    }

private:
    void run() {
        std::unique_lock lock(mutex_);
        while (!quit_) {
            if (!armed_) {
                wake_.wait(lock);
            } else if (wake_.wait_until(lock, deadline_) == std::cv_status::timeout && armed_ &&
                       std::chrono::steady_clock::now() >= deadline_) {
                if (pid_ > 0) ::kill(pid_, SIGKILL);  // only the office this process started
                fired_ = true;
                armed_ = false;
            }
        }
    }

    std::mutex mutex_;
    std::condition_variable wake_;
    std::chrono::steady_clock::time_point deadline_;
    int pid_ = -1;
    bool armed_ = false, fired_ = false, quit_ = false;
    std::thread thread_;
};

} // namespace nianbao::cli::office
