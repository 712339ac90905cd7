// The checked documents' prose marks, their Writer identifiers, the session's ignored marks and
// the listeners told to proofread again. One mutex guards it all; it is never held while calling
// the office (the iterator calls back into us, Writer takes its own lock).
#include "prose_mark_registry.hpp"

#include "main_thread.hpp"

#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/linguistic2/LinguServiceEventFlags.hpp>
#include <com/sun/star/linguistic2/XProofreadingIterator.hpp>
#include <com/sun/star/text/TextMarkupType.hpp>
#include <com/sun/star/text/XFlatParagraphIteratorProvider.hpp>
#include <cppuhelper/weakref.hxx>
#include <list>
#include <mutex>
#include <set>

namespace nianbao::uno {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;

struct Entry {
    css::uno::WeakReference<css::frame::XModel> document;
    const void* identity = nullptr; // the model's normalised XInterface, compared while it lives
    OUString id;                    // Writer's identifier, once learnt
    ProseMarks marks;
};

std::mutex mutex;
std::list<Entry> entries; // documents that had a prose mark in this session: few
std::set<OUString> ignored;
std::vector<Reference<css::linguistic2::XLinguServiceEventListener>> listeners;

// Set while this thread asks the iterator to proofread a paragraph of a checked document.
thread_local OUString* learning = nullptr;

const void* identity_of(const Reference<css::frame::XModel>& document) {
    return Reference<css::uno::XInterface>(document, UNO_QUERY).get();
}

// Call with the mutex held.
Entry* find_locked(const Reference<css::frame::XModel>& document) {
    entries.remove_if(
        [](const Entry& e) { return !Reference<css::frame::XModel>(e.document).is(); });
    const void* id = identity_of(document);
    for (auto& e : entries)
        if (e.identity == id) return &e;
    return nullptr;
}

// Whether Writer's marks would change. The paragraph and the offset are left out: typing in a
// marked paragraph changes them at every re-check, while Writer has already proofread that
// paragraph after each edit (finding the words by text), and asking it to proofread again means
// every paragraph of every open document, for every grammar checker.
bool same_marks(const ProseMarks& a, const ProseMarks& b) {
    const std::size_t na = a ? a->size() : 0, nb = b ? b->size() : 0;
    if (na != nb) return false;
    for (std::size_t k = 0; k < na; ++k) {
        const ProseMark &x = (*a)[k], &y = (*b)[k];
        if (x.words != y.words || x.unique_in_document != y.unique_in_document ||
            x.explanation != y.explanation || x.rule != y.rule)
            return false;
    }
    return true;
}

// Asks Writer's iterator to proofread the paragraph holding the first mark: the iterator calls
// our doProofreading on this thread with the document's identifier. Empty when another grammar
// checker serves the paragraph's language (then ours is never asked, and marks nothing).
OUString learn_document_id(const Reference<css::uno::XComponentContext>& context,
                           const Reference<css::frame::XModel>& document, const ProseMark& mark) {
    Reference<css::text::XFlatParagraphIteratorProvider> provider(document, UNO_QUERY);
    if (!provider.is()) return {};
    auto paragraphs =
        provider->getFlatParagraphIterator(css::text::TextMarkupType::PROOFREADING, false);
    if (!paragraphs.is()) return {};
    Reference<css::text::XFlatParagraph> paragraph = paragraphs->getFirstPara();
    for (int n = 0; paragraph.is() && paragraph->getText() != mark.paragraph && n < 100000; ++n)
        paragraph = paragraphs->getNextPara();
    if (!paragraph.is()) return {};
    Reference<css::linguistic2::XProofreadingIterator> iterator(
        context->getServiceManager()->createInstanceWithContext(
            "com.sun.star.linguistic2.ProofreadingIterator", context),
        UNO_QUERY);
    if (!iterator.is()) return {};
    OUString id;
    learning = &id;
    try {
        iterator->checkSentenceAtPosition(
            document, paragraph, mark.paragraph,
            paragraph->getLanguageOfText(mark.offset, mark.words.getLength()), mark.offset,
            mark.offset + mark.words.getLength(), mark.offset);
    } catch (...) {
        learning = nullptr;
        throw;
    }
    learning = nullptr;
    return id;
}

void proofread_again(const Reference<css::uno::XComponentContext>& context) {
    run_on_main_thread(context, "proofread again", [] {
        std::vector<Reference<css::linguistic2::XLinguServiceEventListener>> told;
        {
            std::lock_guard lock(mutex);
            told = listeners;
        }
        css::linguistic2::LinguServiceEvent event;
        event.nEvent = css::linguistic2::LinguServiceEventFlags::PROOFREAD_AGAIN;
        for (const auto& l : told) {
            event.Source = l;
            l->processLinguServiceEvent(event);
        }
    });
}

} // namespace

void publish_prose_marks(const Reference<css::uno::XComponentContext>& context,
                         const Reference<css::frame::XModel>& document, const Review& review) {
    if (!document.is()) return;
    auto marks = std::make_shared<const std::vector<ProseMark>>(prose_marks(review));
    bool changed = false;
    bool learn = false;
    {
        std::lock_guard lock(mutex);
        Entry* e = find_locked(document);
        if (!e && marks->empty()) return; // a clean or ordinary document: nothing to keep
        if (!e) {
            entries.push_back(Entry{document, identity_of(document), {}, nullptr});
            e = &entries.back();
        }
        changed = !same_marks(e->marks, marks);
        e->marks = marks;
        learn = e->id.isEmpty() && !marks->empty();
    }
    if (learn) {
        OUString id;
        try {
            id = learn_document_id(context, document, marks->front());
        } catch (const css::uno::Exception& e) {
            // No underlines then; the check and the panel are not concerned.
            logger(context)->warn("proofreader: {}", to_std(e.Message));
        }
        logger(context)->info("proofreader: document {}",
                              id.isEmpty() ? std::string("not served (another grammar checker?)")
                                           : "id " + to_std(id));
        if (id.isEmpty()) return;
        std::lock_guard lock(mutex);
        if (Entry* e = find_locked(document)) e->id = id;
        changed = true;
    }
    if (changed) proofread_again(context);
}

ProseMarks prose_marks_of(const OUString& document_id) {
    std::lock_guard lock(mutex);
    for (const auto& e : entries)
        if (!e.id.isEmpty() && e.id == document_id) return e.marks;
    return nullptr;
}

void note_document_id(const OUString& document_id) {
    if (learning) *learning = document_id;
}

void ignore_mark_rule(const OUString& rule) {
    std::lock_guard lock(mutex);
    ignored.insert(rule);
}

void reset_ignored_mark_rules() {
    std::lock_guard lock(mutex);
    ignored.clear();
}

bool mark_rule_ignored(const OUString& rule) {
    std::lock_guard lock(mutex);
    return ignored.count(rule) != 0;
}

void add_proofread_listener(const Reference<css::linguistic2::XLinguServiceEventListener>& l) {
    if (!l.is()) return;
    std::lock_guard lock(mutex);
    for (const auto& x : listeners)
        if (x == l) return;
    listeners.push_back(l);
}

void remove_proofread_listener(const Reference<css::linguistic2::XLinguServiceEventListener>& l) {
    std::lock_guard lock(mutex);
    std::erase(listeners, l);
}

} // namespace nianbao::uno
