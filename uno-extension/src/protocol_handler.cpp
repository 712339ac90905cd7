// The vnd.nianbao: protocol handler: routes the menu and toolbar URLs to the commands, reports
// the outcome to callers that ask (dispatchWithNotification), and lets no exception out.
// An interactive command shows windows, so it runs on the office's main thread whoever dispatched
// it; with Interactive=false it shows none and runs on the caller's thread, which lets a script
// get its result before dispatchWithNotification returns.
#include "commands.hpp"
#include "main_thread.hpp"
#include "review_actions.hpp"
#include "ui.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weakref.hxx>
#include <rtl/ref.hxx>

namespace nianbao::uno {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;

class ProtocolHandler : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                                      css::lang::XInitialization, css::lang::XServiceInfo> {
public:
    explicit ProtocolHandler(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    void SAL_CALL initialize(const Sequence<Any>& arguments) override {
        for (const auto& a : arguments) {
            Reference<css::frame::XFrame> f;
            if (a >>= f) frame_ = f;
        }
    }

    Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url, const OUString&, sal_Int32) override {
        if (url.Protocol == "vnd.nianbao:" && known(url.Path)) return this;
        return nullptr;
    }

    Sequence<Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const Sequence<css::frame::DispatchDescriptor>& requests) override {
        Sequence<Reference<css::frame::XDispatch>> out(requests.getLength());
        for (sal_Int32 i = 0; i < requests.getLength(); ++i)
            out.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
        return out;
    }

    void SAL_CALL dispatch(const css::util::URL& url, const Args& args) override { route(url, args, nullptr); }

    void SAL_CALL dispatchWithNotification(const css::util::URL& url, const Args& args,
                                           const Reference<css::frame::XDispatchResultListener>& listener) override {
        route(url, args, listener);
    }

    void SAL_CALL addStatusListener(const Reference<css::frame::XStatusListener>&, const css::util::URL&) override {}
    void SAL_CALL removeStatusListener(const Reference<css::frame::XStatusListener>&, const css::util::URL&) override {}

    OUString SAL_CALL getImplementationName() override { return "org.nianbao.ProtocolHandlerImpl"; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        Sequence<OUString> names(1);
        names.getArray()[0] = "com.sun.star.frame.ProtocolHandler";
        return names;
    }

private:
    static bool known(const OUString& path) {
        for (const char* name :
             {"check", "fill", "compare", "insertComments", "removeComments", "panel", "toggle",
              "select", "preview", "fixFinding", "dismiss", "restore"})
            if (path.equalsAscii(name)) return true;
        return false;
    }

    void route(const css::util::URL& url, const Args& args, const Reference<css::frame::XDispatchResultListener>& listener) {
        try {
            if (!bool_arg(args, "Interactive", true)) {
                run(url, args, listener);
                return;
            }
            rtl::Reference<ProtocolHandler> self(this);  // alive until the queued command has run
            run_on_main_thread(context_, "dispatch", [self, url, args, listener] { self->run(url, args, listener); });
        } catch (const css::uno::Exception& e) {
            logger(context_)->error("{}: {}", to_std(url.Complete), to_std(e.Message));
        } catch (const std::exception& e) {
            logger(context_)->error("{}: {}", to_std(url.Complete), e.what());
        } catch (...) {
            logger(context_)->error("{}: unknown exception", to_std(url.Complete));
        }
    }

    void run(const css::util::URL& url, const Args& args, const Reference<css::frame::XDispatchResultListener>& listener) {
        CommandResult result{false, 0, {}, std::nullopt};
        const Frame frame(frame_);  // empty once the window is gone: the commands refuse then
        try {
            if (url.Path == "check") result = check_command(context_, frame, args);
            else if (url.Path == "fill") result = fill_command(context_, frame, args);
            else if (url.Path == "compare") result = compare_command(context_, frame, args);
            else if (url.Path == "insertComments") result = insert_comments_command(context_, frame, args);
            else if (url.Path == "removeComments") result = remove_comments_command(context_, frame, args);
            else if (url.Path == "panel")
                result = panel_command(context_, frame, args);
            else if (url.Path == "toggle")
                result = toggle_command(context_, frame, args);
            else if (url.Path == "select")
                result = select_command(context_, frame, args);
            else if (url.Path == "preview")
                result = preview_command(context_, frame, args);
            else if (url.Path == "fixFinding")
                result = fix_finding_command(context_, frame, args);
            else if (url.Path == "dismiss")
                result = dismiss_command(context_, frame, args);
            else if (url.Path == "restore")
                result = restore_command(context_, frame, args);
        } catch (const css::uno::Exception& e) {
            result = {false, 0, "年报检查出错：" + to_std(e.Message)};
        } catch (const std::exception& e) {
            result = {false, 0, std::string("年报检查出错：") + e.what()};
        } catch (...) {
            result = {false, 0, "年报检查出错：未知错误"};
        }
        if (!result.ok) {
            logger(context_)->error("{}: {}", to_std(url.Complete), result.message);
            if (bool_arg(args, "Interactive", true) && result.message.starts_with("年报检查出错")) {
                try {
                    message_box(context_, frame, css::awt::MessageBoxType_ERRORBOX,
                                css::awt::MessageBoxButtons::BUTTONS_OK, "年报", result.message + "\n（详情见用户配置目录中的 nianbao.log）");
                } catch (...) {
                    log_caught(context_, "error message box");
                }
            }
        }
        if (listener.is()) {
            css::frame::DispatchResultEvent event;
            event.Source = static_cast<cppu::OWeakObject*>(this);
            event.State = result.ok ? css::frame::DispatchResultState::SUCCESS : css::frame::DispatchResultState::FAILURE;
            Sequence<css::beans::PropertyValue> detail(result.rows ? 3 : 2);
            detail.getArray()[0].Name = "Count";
            detail.getArray()[0].Value <<= result.count;
            detail.getArray()[1].Name = "Message";
            detail.getArray()[1].Value <<= to_ou(result.message);
            if (result.rows) {
                Sequence<OUString> rows(sal_Int32(result.rows->size()));
                for (std::size_t i = 0; i < result.rows->size(); ++i)
                    rows.getArray()[i] = to_ou((*result.rows)[i]);
                detail.getArray()[2].Name = "Rows";
                detail.getArray()[2].Value <<= rows;
            }
            event.Result <<= detail;
            try {
                listener->dispatchFinished(event);
            } catch (...) {
                log_caught(context_, "dispatch listener");
            }
        }
    }

    Reference<css::uno::XComponentContext> context_;
    // Weak: the frame caches its dispatch providers (this handler among them); a strong
    // reference back would keep both alive after the window is closed.
    css::uno::WeakReference<css::frame::XFrame> frame_;
};

} // namespace
} // namespace nianbao::uno

extern "C" SAL_DLLPUBLIC_EXPORT com::sun::star::uno::XInterface*
org_nianbao_ProtocolHandler_get_implementation(com::sun::star::uno::XComponentContext* context,
                                               const com::sun::star::uno::Sequence<com::sun::star::uno::Any>&) {
    auto* impl = new nianbao::uno::ProtocolHandler(context);
    impl->acquire();
    return static_cast<cppu::OWeakObject*>(impl);
}
