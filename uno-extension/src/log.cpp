// The extension's log file in the user profile.
#include "log.hpp"

#include <com/sun/star/util/PathSubstitution.hpp>
#include <osl/file.hxx>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/null_sink.h>

#include <mutex>

namespace nianbao::uno {

std::string to_std(const OUString& s) { return OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr(); }

OUString to_ou(const std::string& s) { return OStringToOUString(OString(s.c_str(), sal_Int32(s.size())), RTL_TEXTENCODING_UTF8); }

std::shared_ptr<spdlog::logger> logger(const css::uno::Reference<css::uno::XComponentContext>& context) {
    static std::mutex mutex;
    static std::shared_ptr<spdlog::logger> instance;
    std::lock_guard lock(mutex);
    if (instance) return instance;
    try {
        OUString url = css::util::PathSubstitution::create(context)->substituteVariables("$(user)/nianbao.log", true);
        OUString path;
        osl::FileBase::getSystemPathFromFileURL(url, path);
        instance = std::make_shared<spdlog::logger>("nianbao", std::make_shared<spdlog::sinks::basic_file_sink_mt>(to_std(path)));
        instance->flush_on(spdlog::level::info);
    } catch (...) {
        instance = std::make_shared<spdlog::logger>("nianbao", std::make_shared<spdlog::sinks::null_sink_mt>());
    }
    return instance;
}

} // namespace nianbao::uno
