// Posting work to the office's main thread through css.awt.AsyncCallback.
#include "main_thread.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>
#include <string>
#include <utility>

namespace nianbao::uno {
namespace {

class Callback : public cppu::WeakImplHelper1<css::awt::XCallback> {
public:
    Callback(css::uno::Reference<css::uno::XComponentContext> context, const char* what,
             std::function<void()> fn)
        : context_(std::move(context)), what_(what), fn_(std::move(fn)) {}

    void SAL_CALL notify(const css::uno::Any&) override {
        try {
            fn_();
        } catch (const css::uno::Exception& e) {
            logger(context_)->error("{} (main thread): {}", what_, to_std(e.Message));
        } catch (const std::exception& e) {
            logger(context_)->error("{} (main thread): {}", what_, e.what());
        } catch (...) {
            logger(context_)->error("{} (main thread): unknown exception", what_);
        }
    }

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    std::string what_;
    std::function<void()> fn_;
};

} // namespace

void run_on_main_thread(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const char* what, std::function<void()> fn) {
    css::uno::Reference<css::awt::XCallback> callback(new Callback(context, what, std::move(fn)));
    css::awt::AsyncCallback::create(context)->addCallback(callback, css::uno::Any());
}

} // namespace nianbao::uno
