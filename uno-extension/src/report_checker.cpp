// The org.nianbao.ReportChecker service: the public API for the menu, macros and our tools.
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/nianbao/XReportChecker.hpp>

#include "findings.hpp"
#include "log.hpp"
#include "nianbao/engine.hpp"
#include "nianbao/reader.hpp"
#include "writer_document.hpp"
#include "writer_fill.hpp"

namespace nianbao::uno {
namespace {

using css::uno::Reference;
using css::uno::Sequence;

class ReportChecker : public cppu::WeakImplHelper2<org::nianbao::XReportChecker, css::lang::XServiceInfo> {
public:
    explicit ReportChecker(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    Sequence<org::nianbao::Finding> SAL_CALL checkDocument(const Reference<css::text::XTextDocument>& document) override {
        return guarded(context_, "checkDocument", [&] {
            if (!document.is()) throw css::uno::RuntimeException(to_ou("checkDocument：没有给出文档"));
            WriterDocument doc = read_writer_document(document);
            auto findings = check(doc.report);
            logger(context_)->info("checkDocument: {} findings", findings.size());
            return to_uno(findings, &doc);
        });
    }

    Sequence<org::nianbao::CellChange> SAL_CALL fillTotals(const Reference<css::text::XTextDocument>& document,
                                                           sal_Bool blank_as_zero) override {
        return guarded(context_, "fillTotals", [&] {
            if (!document.is()) throw css::uno::RuntimeException(to_ou("fillTotals：没有给出文档"));
            FillOutcome out = fill_totals(context_, document, blank_as_zero);
            if (!out.refusal.empty()) throw css::uno::RuntimeException(to_ou(out.refusal));
            logger(context_)->info("fillTotals: {} cells", out.changes.size());
            return Sequence<org::nianbao::CellChange>(out.changes.data(), sal_Int32(out.changes.size()));
        });
    }

    Sequence<org::nianbao::Finding> SAL_CALL checkText(const OUString& text) override {
        return guarded(context_, "checkText", [&] {
            ReadResult r = read_text_report(to_std(text));
            if (!r.ok) throw css::uno::RuntimeException(to_ou("无法作为年度报告读取：" + r.error));
            return to_uno(check(r.report), nullptr);
        });
    }

    OUString SAL_CALL getImplementationName() override { return "org.nianbao.ReportCheckerImpl"; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        Sequence<OUString> names(1);
        names.getArray()[0] = "org.nianbao.ReportChecker";
        return names;
    }

private:
    Reference<css::uno::XComponentContext> context_;
};

} // namespace
} // namespace nianbao::uno

extern "C" SAL_DLLPUBLIC_EXPORT com::sun::star::uno::XInterface*
org_nianbao_ReportChecker_get_implementation(com::sun::star::uno::XComponentContext* context,
                                             const com::sun::star::uno::Sequence<com::sun::star::uno::Any>&) {
    auto* impl = new nianbao::uno::ReportChecker(context);
    impl->acquire();
    return static_cast<cppu::OWeakObject*>(impl);
}
