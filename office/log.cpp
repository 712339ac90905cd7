// The extension's log file in the user profile.
#include "log.hpp"

#include <com/sun/star/util/PathSubstitution.hpp>
#include <osl/file.hxx>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/null_sink.h>

#include <mutex>
#include <stdexcept>

namespace nianbao::uno {

std::string to_std(const OUString& s) { return OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr(); }

OUString to_ou(const std::string& s) { return OStringToOUString(OString(s.c_str(), sal_Int32(s.size())), RTL_TEXTENCODING_UTF8); }

void log_caught(const css::uno::Reference<css::uno::XComponentContext>& context, std::string_view what) noexcept {
    try {
        std::string detail;
        try {
            throw;
        } catch (const css::uno::Exception& e) {
            detail = to_std(e.Message);
            if (detail.empty()) detail = "UNO exception without a message";
        } catch (const std::exception& e) {
            detail = e.what();
        } catch (...) {
            detail = "unknown exception";
        }
        logger(context)->error("{}: {}", what, detail);
    } catch (...) {  // no log file (or no active exception): nothing more can be said
    }
}

std::shared_ptr<spdlog::logger> logger(const css::uno::Reference<css::uno::XComponentContext>& context) {
    static std::mutex mutex;
    static std::shared_ptr<spdlog::logger> instance;
    std::lock_guard lock(mutex);
    if (instance) return instance;
    try {
        OUString url = css::util::PathSubstitution::create(context)->substituteVariables("$(user)/nianbao.log", true);
        OUString path;
        if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
            throw std::runtime_error("the user profile is not a local directory");
        instance = std::make_shared<spdlog::logger>("nianbao", std::make_shared<spdlog::sinks::basic_file_sink_mt>(to_std(path)));
        instance->flush_on(spdlog::level::info);
    } catch (...) {
        instance = std::make_shared<spdlog::logger>("nianbao", std::make_shared<spdlog::sinks::null_sink_mt>());
    }
    return instance;
}

} // namespace nianbao::uno
