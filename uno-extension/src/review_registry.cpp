// The per-frame reviews, and the automatic re-check after edits.
#include "review_registry.hpp"

#include "main_thread.hpp"
#include "prose_mark_registry.hpp"

#include <chrono>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>
#include <list>
#include <mutex>
#include <thread>

namespace nianbao::uno {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using Clock = std::chrono::steady_clock;

struct Entry {
    css::uno::WeakReference<css::frame::XFrame> frame;
    const void* identity = nullptr; // the frame's normalised XInterface, compared while it lives
    ReviewState state;
    ReviewView* view = nullptr;
    Reference<css::util::XModifyListener> listener; // watching the document, once reviewed
    std::optional<Clock::time_point> due;           // an edit is waiting for its re-check
};

std::mutex mutex;
std::list<Entry> entries; // few: one per open document window that was checked or showed the panel
bool timer_running = false;
Reference<css::uno::XComponentContext> timer_context;

const void* identity_of(const Reference<css::frame::XFrame>& frame) {
    return Reference<css::uno::XInterface>(frame, UNO_QUERY).get();
}

// The live entry of a frame (pruning those whose frame is gone); call with the mutex held.
Entry* find_locked(const Reference<css::frame::XFrame>& frame, bool create) {
    for (auto it = entries.begin(); it != entries.end();) {
        if (!Reference<css::frame::XFrame>(it->frame).is() && !it->view)
            it = entries.erase(it);
        else
            ++it;
    }
    const void* id = identity_of(frame);
    for (auto& e : entries)
        if (e.identity == id && Reference<css::frame::XFrame>(e.frame).is()) return &e;
    if (!create) return nullptr;
    entries.push_back(Entry{frame, id, {}, nullptr, nullptr, std::nullopt});
    return &entries.back();
}

void tell_view(const Reference<css::uno::XComponentContext>& context,
               const Reference<css::frame::XFrame>& frame) {
    css::uno::WeakReference<css::frame::XFrame> weak(frame);
    run_on_main_thread(context, "refresh panel", [weak] {
        Reference<css::frame::XFrame> f(weak);
        if (!f.is()) return;
        ReviewView* view = nullptr;
        {
            std::lock_guard lock(mutex);
            if (Entry* e = find_locked(f, false)) view = e->view;
        }
        // The view is detached (on this thread, or under the mutex) before it goes away.
        if (view) view->review_changed();
    });
}

// Runs while an edit waits for its re-check: every 100 ms it re-checks the due ones itself and
// ends when none waits. (No condition variable:
// std::condition_variable::wait needs a newer libstdc++ and glibc than the .oxt may require,
// docs/extension.md.)
void timer_loop() {
    std::unique_lock lock(mutex);
    for (;;) {
        bool waiting = false;
        std::vector<css::uno::WeakReference<css::frame::XFrame>> due;
        const auto now = Clock::now();
        for (auto& e : entries) {
            if (!e.due) continue;
            if (*e.due <= now) {
                due.push_back(e.frame);
                e.due.reset();
            } else {
                waiting = true;
            }
        }
        if (!due.empty()) {
            auto context = timer_context;
            lock.unlock();
            // Read here, not on the main thread: every document call takes the office's lock
            // for itself alone, so keys typed meanwhile are handled between two calls instead of
            // waiting for the whole read (a full report: 35-50 ms; 10 000 findings: seconds).
            // Only the panel's refresh goes to the main thread (store_review).
            for (auto& weak : due) {
                try {
                    Reference<css::frame::XFrame> f(weak);
                    if (f.is()) recheck(context, f);
                } catch (...) { // closed or changed under the read: the next edit checks again
                    log_caught(context, "automatic re-check");
                }
            }
            lock.lock();
            continue;
        }
        if (!waiting) {
            timer_running = false;
            return;
        }
        lock.unlock();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        lock.lock();
    }
}

class EditListener : public cppu::WeakImplHelper1<css::util::XModifyListener> {
public:
    explicit EditListener(const Reference<css::frame::XFrame>& frame) : frame_(frame) {}

    void SAL_CALL modified(const css::lang::EventObject&) override {
        Reference<css::frame::XFrame> frame(frame_);
        if (!frame.is()) return;
        std::lock_guard lock(mutex);
        if (Entry* e = find_locked(frame, false)) {
            e->due = Clock::now() + std::chrono::milliseconds(recheck_delay_ms);
            if (!timer_running) {
                timer_running = true;
                std::thread(timer_loop).detach(); // ends when no edit waits
            }
        }
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    css::uno::WeakReference<css::frame::XFrame> frame_;
};

Reference<css::util::XModifyBroadcaster>
broadcaster_of(const Reference<css::frame::XFrame>& frame) {
    if (!frame.is() || !frame->getController().is()) return nullptr;
    return Reference<css::util::XModifyBroadcaster>(frame->getController()->getModel(), UNO_QUERY);
}

} // namespace

ReviewState review_state(const Reference<css::frame::XFrame>& frame) {
    std::lock_guard lock(mutex);
    Entry* e = find_locked(frame, false);
    return e ? e->state : ReviewState{};
}

void store_review(const Reference<css::uno::XComponentContext>& context,
                  const Reference<css::frame::XFrame>& frame,
                  std::shared_ptr<const Review> review) {
    Reference<css::util::XModifyListener> new_listener;
    const std::shared_ptr<const Review> published = review;
    {
        std::lock_guard lock(mutex);
        Entry* e = find_locked(frame, true);
        // This review is the document as it was when its reading began: an edit made since
        // (typed during a re-check) still waits for its own.
        if (e->due && review &&
            *e->due - std::chrono::milliseconds(recheck_delay_ms) < review->started)
            e->due.reset();
        e->state.review = std::move(review);
        if (!e->listener.is()) {
            e->listener = new EditListener(frame);
            new_listener = e->listener;
        }
        if (!timer_context.is()) timer_context = context;
    }
    if (new_listener.is())
        if (auto b = broadcaster_of(frame); b.is()) b->addModifyListener(new_listener);
    // The prose findings, for Writer's wavy underlines (proofreader.cpp).
    if (frame.is() && frame->getController().is() && published)
        publish_prose_marks(context, frame->getController()->getModel(), *published);
    tell_view(context, frame);
}

void toggle_group(const Reference<css::uno::XComponentContext>& context,
                  const Reference<css::frame::XFrame>& frame, const std::string& key) {
    {
        std::lock_guard lock(mutex);
        Entry* e = find_locked(frame, true);
        if (!e->state.expanded.erase(key)) e->state.expanded.insert(key);
    }
    tell_view(context, frame);
}

void attach_view(const Reference<css::frame::XFrame>& frame, ReviewView* view) {
    std::lock_guard lock(mutex);
    find_locked(frame, true)->view = view;
}

void detach_view(ReviewView* view) {
    std::lock_guard lock(mutex);
    for (auto& e : entries)
        if (e.view == view) e.view = nullptr;
}

std::shared_ptr<const Review> recheck(const Reference<css::uno::XComponentContext>& context,
                                      const Reference<css::frame::XFrame>& frame) {
    if (!frame.is() || !frame->getController().is()) return nullptr;
    Reference<css::text::XTextDocument> document(frame->getController()->getModel(), UNO_QUERY);
    if (!document.is()) return nullptr;
    auto previous = review_state(frame).review;
    auto review = run_review(document, previous ? previous->previous : nullptr);
    logger(context)->info("check: {} findings, {} dismissed, {:.1f} ms",
                          review->outcome.findings.size(), review->outcome.dismissed.size(),
                          review->milliseconds);
    store_review(context, frame, review);
    return review;
}

} // namespace nianbao::uno
