// The prose marks of the checked documents, shared between the checks (main thread, or a script's
// bridge thread) and Writer's grammar-checking thread, which asks for them paragraph by paragraph
// through the proofreader (proofreader.cpp).
//
// Writer names a document to the proofreader only by an identifier of its own ("1", "2", …: the
// ProofreadingIterator's counter). The identifier of a checked document is learnt by asking the
// iterator, once, to proofread one of its paragraphs (checkSentenceAtPosition): the iterator then
// calls our proofreader with that document's identifier on this thread. A document that was not
// checked as a report is never given an identifier here, so the proofreader marks nothing in it.
#pragma once

#include "prose_marks.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/linguistic2/XLinguServiceEventListener.hpp>
#include <memory>

namespace nianbao::uno {

using ProseMarks = std::shared_ptr<const std::vector<ProseMark>>;

// Keeps the marks of a review of this document, and tells Writer to proofread again when they
// changed. Documents that never had a mark cost nothing here.
void publish_prose_marks(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const css::uno::Reference<css::frame::XModel>& document,
                         const Review& review);

// The marks of the document Writer calls `document_id`; empty when it is not a checked report.
ProseMarks prose_marks_of(const OUString& document_id);

// Called by the proofreader with every document identifier: learns it when this thread is
// asking for one (see above).
void note_document_id(const OUString& document_id);

// 忽略 in Writer's context menu: per finding (rule, place, figures), for this session.
void ignore_mark_rule(const OUString& rule);
void reset_ignored_mark_rules();
bool mark_rule_ignored(const OUString& rule);

// Writer's ProofreadingIterator registers here to be told to proofread again.
void add_proofread_listener(
    const css::uno::Reference<css::linguistic2::XLinguServiceEventListener>& l);
void remove_proofread_listener(
    const css::uno::Reference<css::linguistic2::XLinguServiceEventListener>& l);

} // namespace nianbao::uno
