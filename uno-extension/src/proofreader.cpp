// org.nianbao.ProofreaderImpl: Writer's grammar-checking thread asks it, paragraph by paragraph,
// for the wavy underlines of a zh-CN text. It checks nothing itself: it returns the prose
// findings the last check of this document left (prose_mark_registry.hpp) that fall in the
// paragraph. A document that was not checked as a report costs one lookup in a short list.
#include "log.hpp"
#include "prose_mark_registry.hpp"

#include <com/sun/star/lang/XServiceDisplayName.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/linguistic2/XLinguServiceEventBroadcaster.hpp>
#include <com/sun/star/linguistic2/XProofreader.hpp>
#include <com/sun/star/text/TextMarkupType.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>

namespace nianbao::uno {
namespace {

using css::lang::Locale;
using css::uno::Reference;
using css::uno::Sequence;

// The reports are written in simplified Chinese. Writer asks the proofreader of the language of
// the text's script: for Chinese characters, the document's Asian language (zh-CN by default on
// a Chinese office, and in documents made by Chinese Word or WPS).
bool served(const Locale& locale) {
    return locale.Language == "zh" && locale.Country == "CN";
}

class Proofreader
    : public cppu::WeakImplHelper4<css::linguistic2::XProofreader,
                                   css::linguistic2::XLinguServiceEventBroadcaster,
                                   css::lang::XServiceInfo, css::lang::XServiceDisplayName> {
public:
    Proofreader() = default;

    css::linguistic2::ProofreadingResult SAL_CALL
    doProofreading(const OUString& document_id, const OUString& text, const Locale& locale,
                   sal_Int32 start, sal_Int32 /*suggested_end*/,
                   const Sequence<css::beans::PropertyValue>& properties) override {
        css::linguistic2::ProofreadingResult result;
        result.aDocumentIdentifier = document_id;
        result.aText = text;
        result.aLocale = locale;
        result.aProperties = properties;
        result.xProofreader = this;
        result.nStartOfSentencePosition = start;
        // The marks are per paragraph, not per sentence: the rest of the paragraph is one
        // "sentence", so Writer asks once per paragraph.
        result.nBehindEndOfSentencePosition = text.getLength();
        result.nStartOfNextSentencePosition = result.nBehindEndOfSentencePosition;
        note_document_id(document_id);
        const ProseMarks marks = prose_marks_of(document_id);
        if (!marks || marks->empty()) return result;
        std::vector<css::linguistic2::SingleProofreadingError> errors;
        for (const MarkAt& at : marks_in(*marks, text)) {
            if (at.start < start || mark_rule_ignored(at.mark->rule)) continue;
            css::linguistic2::SingleProofreadingError e;
            e.nErrorStart = at.start;
            e.nErrorLength = at.length;
            e.nErrorType = css::text::TextMarkupType::PROOFREADING;
            e.aRuleIdentifier = at.mark->rule;
            e.aShortComment = at.mark->message;
            e.aFullComment = at.mark->explanation;
            // No suggestion: a prose finding has no replacement for its words (its figures are
            // in the tables, and a clerk rewrites the sentence); Writer's menu shows the comment.
            errors.push_back(std::move(e));
        }
        result.aErrors = Sequence<css::linguistic2::SingleProofreadingError>(
            errors.data(), sal_Int32(errors.size()));
        return result;
    }

    sal_Bool SAL_CALL isSpellChecker() override { return false; }
    void SAL_CALL ignoreRule(const OUString& rule, const Locale&) override {
        ignore_mark_rule(rule);
    }
    void SAL_CALL resetIgnoreRules() override { reset_ignored_mark_rules(); }

    Sequence<Locale> SAL_CALL getLocales() override {
        Sequence<Locale> locales(1);
        locales.getArray()[0] = Locale("zh", "CN", OUString());
        return locales;
    }
    sal_Bool SAL_CALL hasLocale(const Locale& locale) override { return served(locale); }

    sal_Bool SAL_CALL addLinguServiceEventListener(
        const Reference<css::linguistic2::XLinguServiceEventListener>& l) override {
        add_proofread_listener(l);
        return true;
    }
    sal_Bool SAL_CALL removeLinguServiceEventListener(
        const Reference<css::linguistic2::XLinguServiceEventListener>& l) override {
        remove_proofread_listener(l);
        return true;
    }

    OUString SAL_CALL getServiceDisplayName(const Locale& locale) override {
        return locale.Language == "zh"
                   ? to_ou("年报检查（政府信息公开工作年度报告）")
                   : OUString("nianbao (government information disclosure annual reports)");
    }

    OUString SAL_CALL getImplementationName() override { return "org.nianbao.ProofreaderImpl"; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return cppu::supportsService(this, name);
    }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        Sequence<OUString> names(1);
        names.getArray()[0] = "com.sun.star.linguistic2.Proofreader";
        return names;
    }
};

} // namespace
} // namespace nianbao::uno

extern "C" SAL_DLLPUBLIC_EXPORT com::sun::star::uno::XInterface*
org_nianbao_Proofreader_get_implementation(
    com::sun::star::uno::XComponentContext*,
    const com::sun::star::uno::Sequence<com::sun::star::uno::Any>&) {
    auto* impl = new nianbao::uno::Proofreader();
    impl->acquire();
    return static_cast<cppu::OWeakObject*>(impl);
}
