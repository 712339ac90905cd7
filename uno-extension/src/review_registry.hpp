// The reviews of the open documents, one per frame, outside any panel: the sidebar disposes its
// panel when it is closed and makes a new one when it is shown again, and commands (also from a
// script, headless) act on a document whose panel may not exist. A panel registers itself to be
// told when its frame's review changes.
//
// Threads: commands run on the main thread or on a script's bridge thread, the automatic
// re-check on its timer thread (reading there keeps typing responsive: docs/extension.md); the
// panel is only ever told on the main thread. The registry's mutex is never held while calling the document or
// a window (the office's own lock is taken by those: holding ours meanwhile could deadlock).
#pragma once

#include "review.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <memory>
#include <set>
#include <string>

namespace nianbao::uno {

// A panel: told on the main thread that its frame's review or expanded groups changed.
class ReviewView {
public:
    virtual void review_changed() = 0;

protected:
    ~ReviewView() = default;
};

struct ReviewState {
    std::shared_ptr<const Review> review; // empty: not checked yet
    std::set<std::string> expanded;       // group keys
};

ReviewState review_state(const css::uno::Reference<css::frame::XFrame>& frame);

// Stores a new review for the frame and tells its panel (on the main thread); an edit made after
// the review's reading began keeps its pending re-check. The first review
// of a document starts watching it for edits: 1.5 s after the last one it is checked again.
void store_review(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame,
                  std::shared_ptr<const Review> review);

// Expands or collapses a group (by group_key) and tells the panel.
void toggle_group(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, const std::string& key);

void attach_view(const css::uno::Reference<css::frame::XFrame>& frame, ReviewView* view);
void detach_view(ReviewView* view);

// Checks the frame's document again (keeping last year's report of the last comparison) and
// stores the review; returns it, or empty when the frame has no text document any more.
std::shared_ptr<const Review>
recheck(const css::uno::Reference<css::uno::XComponentContext>& context,
        const css::uno::Reference<css::frame::XFrame>& frame);

// How long after the last edit the automatic re-check runs.
inline constexpr int recheck_delay_ms = 1500;

} // namespace nianbao::uno
