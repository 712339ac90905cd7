// Loads nianbao-office.so (beside the nianbao executable) only when LibreOffice is installed.
#include "office_inputs.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>

namespace nianbao::cli::office {
namespace {

// NIANBAO_LIBREOFFICE: another LibreOffice's program directory (and, set to a directory without
// one, how the tests see a machine without LibreOffice).
std::string program_directory() {
    const char* env = std::getenv("NIANBAO_LIBREOFFICE");
    return env && *env ? env : "/usr/lib/libreoffice/program";
}

std::string plugin_path() {
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return (ec ? std::filesystem::path("nianbao-office.so") : exe.parent_path() / "nianbao-office.so").string();
}

} // namespace

OfficeInputs::OfficeInputs() = default;

OfficeInputs::~OfficeInputs() {
    session_.reset();  // the plug-in's code must still be mapped while the session stops the office
    // The plug-in stays mapped: LibreOffice's UNO libraries do not support being unloaded.
}

Session* OfficeInputs::session(std::string& error) {
    if (session_) return session_.get();
    if (unavailable_.empty()) {
        const std::string program = program_directory();
        std::error_code ec;
        if (!std::filesystem::exists(std::filesystem::path(program) / "soffice.bin", ec)) {
            unavailable_ = "读取 Word/WPS/Writer 文档需要 LibreOffice，本机没有安装（Debian/统信/麒麟：安装 libreoffice-writer）；"
                           "也可在 WPS 或 Word 中另存为文本（.txt）或网页（.html）后再检查";
        } else if (library_ = ::dlopen(plugin_path().c_str(), RTLD_NOW | RTLD_LOCAL); !library_) {
            unavailable_ = std::string("无法加载 nianbao 的 LibreOffice 组件（") + ::dlerror() +
                           "）：这个 nianbao 在编译时没有 LibreOffice SDK，或安装不完整";
        } else if (auto create = reinterpret_cast<CreateSession>(::dlsym(library_, create_session_symbol)); !create) {
            unavailable_ = "nianbao-office.so 不是本版本的 LibreOffice 组件";
        } else {
            session_.reset(create(program.c_str()));
            return session_.get();
        }
    }
    error = unavailable_;
    return nullptr;
}

ReadResult OfficeInputs::through_session(const std::string& path, const OfficeFile& file,
                                         const std::function<ReadResult(Session&)>& how) {
    ReadResult r;
    if (!file.error.empty()) r.error = file.error;
    else if (Session* s = session(r.error)) r = how(*s);
    r.report.source_name = path;
    return r;
}

ReadResult OfficeInputs::read(const std::string& path, const OfficeFile& file) {
    return through_session(path, file, [&](Session& s) { return s.read(path, file.filter); });
}

bool OfficeInputs::fill_copy(const std::string& input, const OfficeFile& file, bool blank_as_zero,
                             const std::string& output, std::string& error) {
    Session* s = session(error);
    return s && s->fill_copy(input, file.filter, blank_as_zero, output, error);
}

ReadResult OfficeInputs::read_annotated(const std::string& path, const OfficeFile& file,
                                       const std::function<std::vector<Finding>(Report&)>& findings_of,
                                       const std::string& output, std::string& copy_error) {
    return through_session(path, file, [&](Session& s) {
        return s.read_annotated(path, file.filter, [&](Report& report) {
            report.source_name = path;  // as read() gives it, before the rules see the report
            return findings_of(report);
        }, output, copy_error);
    });
}

} // namespace nianbao::cli::office
