// The prose findings of a review as marks for Writer's proofreading (wavy underlines): each holds
// the words it covers and the Writer paragraph they were in when checked, so that a paragraph is
// recognised by its text — never by its index, which changes while the clerk types.
#pragma once

#include "review.hpp"

#include <rtl/ustring.hxx>
#include <vector>

namespace nianbao::uno {

struct ProseMark {
    OUString paragraph;   // the whole Writer paragraph as it was checked (lines joined by '\n')
    sal_Int32 offset = 0; // where `words` stood in it (UTF-16 units)
    OUString words;       // the finding's text span: the sentence that makes the claim
    // The words stood in no other paragraph of the document: they may be found again in this
    // paragraph after it was edited elsewhere (else the mark waits for the re-check).
    bool unique_in_document = false;
    OUString message;     // the finding's Chinese message
    OUString explanation; // the message and the rule's one sentence
    OUString rule;        // rule id, tab, place key, tab, figures: what 忽略 in the menu ignores
};

// Marks for the findings whose location is a text span the Writer document still shows word for
// word; none when the document is not a report. Findings a dismissal accepted are not marked.
std::vector<ProseMark> prose_marks(const Review& review);

struct MarkAt {
    const ProseMark* mark = nullptr;
    sal_Int32 start = 0, length = 0;
};

// The marks that fall in this paragraph text: at their checked place when the paragraph is
// unchanged; else where their words stand, when they stand there exactly once and stood in no
// other paragraph. Nothing when the words are gone: a mark is never placed on other words.
std::vector<MarkAt> marks_in(const std::vector<ProseMark>& marks, const OUString& text);

} // namespace nianbao::uno
