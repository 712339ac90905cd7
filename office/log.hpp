// Logging to <user profile>/nianbao.log, and the guard every UNO entry point runs inside: nothing
// thrown by our code may reach the office.
#pragma once

#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>
#include <spdlog/logger.h>

#include <exception>
#include <memory>
#include <string>
#include <string_view>

namespace nianbao::uno {

namespace css = com::sun::star;
using rtl::OString;
using rtl::OUString;

std::shared_ptr<spdlog::logger> logger(const css::uno::Reference<css::uno::XComponentContext>& context);

std::string to_std(const OUString& s);
OUString to_ou(const std::string& s);

// Logs the exception being handled, whatever its type; call it inside a catch block. Every catch
// at the boundary with the office logs through it, so that "详情见 nianbao.log" is true.
void log_caught(const css::uno::Reference<css::uno::XComponentContext>& context, std::string_view what) noexcept;

// Runs fn; any exception is logged and rethrown as a RuntimeException carrying a Chinese message
// (an API caller gets an error, the office keeps running).
template <class F>
auto guarded(const css::uno::Reference<css::uno::XComponentContext>& context, const char* what, F&& fn)
    -> decltype(fn()) {
    try {
        return fn();
    } catch (const css::uno::RuntimeException& e) {
        logger(context)->error("{}: {}", what, to_std(e.Message));
        throw;
    } catch (const css::uno::Exception& e) {
        logger(context)->error("{}: {}", what, to_std(e.Message));
        throw css::uno::RuntimeException(to_ou(std::string("年报检查出错：") + to_std(e.Message)));
    } catch (const std::exception& e) {
        logger(context)->error("{}: {}", what, e.what());
        throw css::uno::RuntimeException(to_ou(std::string("年报检查出错：") + e.what()));
    } catch (...) {
        logger(context)->error("{}: unknown exception", what);
        throw css::uno::RuntimeException(to_ou("年报检查出错：未知错误"));
    }
}

} // namespace nianbao::uno
