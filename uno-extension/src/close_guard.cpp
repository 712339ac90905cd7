// The close veto while a document is read.
#include "close_guard.hpp"

#include <atomic>
#include <com/sun/star/util/CloseVetoException.hpp>
#include <com/sun/star/util/XCloseListener.hpp>
#include <cppuhelper/implbase1.hxx>

namespace nianbao::uno {
namespace {

class Veto : public cppu::WeakImplHelper1<css::util::XCloseListener> {
public:
    void SAL_CALL queryClosing(const css::lang::EventObject&, sal_Bool gets_ownership) override {
        if (gets_ownership) owner = true;
        throw css::util::CloseVetoException(to_ou("年报检查正在读取此文档，稍后关闭"),
                                            static_cast<cppu::OWeakObject*>(this));
    }
    void SAL_CALL notifyClosing(const css::lang::EventObject&) override {}
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

    std::atomic<bool> owner = false;
};

} // namespace

CloseGuard::CloseGuard(const css::uno::Reference<css::uno::XInterface>& document)
    : closeable_(document, css::uno::UNO_QUERY) {
    if (!closeable_.is()) return;
    listener_ = new Veto;
    closeable_->addCloseListener(listener_);
}

CloseGuard::~CloseGuard() {
    if (!closeable_.is()) return;
    try {
        closeable_->removeCloseListener(listener_);
        if (static_cast<Veto*>(listener_.get())->owner)
            closeable_->close(true); // the close we held back
    } catch (...) { // a destructor cannot report; the document is going away anyway
    }
}

} // namespace nianbao::uno
