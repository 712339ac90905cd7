// Loads a staged UNO component as the office's shared-library loader does — dlopen, then the
// constructor function the .components file names — and calls the service once:
//   load_component COMPONENT.so REPORT.txt RULE-ID
// Passes when checkText on the report returns a finding of RULE-ID. Proves that the binary of
// this architecture links, finds libnianbao-core through $ORIGIN, exports its constructors and
// runs (for arm64: under qemu, against Debian's arm64 UNO libraries). It does not prove that a
// LibreOffice machine has every library the component needs: check_binaries.sh and the
// bare-machine test do that.
#include <dlfcn.h>

#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/nianbao/XReportChecker.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

namespace {

using Constructor = css::uno::XInterface* (*)(css::uno::XComponentContext*, const css::uno::Sequence<css::uno::Any>&);

std::string utf8(const rtl::OUString& s) { return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr(); }

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: load_component COMPONENT.so REPORT.txt RULE-ID\n");
        return 2;
    }
    void* library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        std::fprintf(stderr, "FAIL: cannot load %s: %s\n", argv[1], dlerror());
        return 1;
    }
    for (const char* name : {"org_nianbao_ReportChecker_get_implementation", "org_nianbao_ProtocolHandler_get_implementation"}) {
        if (!dlsym(library, name)) {
            std::fprintf(stderr, "FAIL: %s does not export %s\n", argv[1], name);
            return 1;
        }
    }
    auto construct = reinterpret_cast<Constructor>(dlsym(library, "org_nianbao_ReportChecker_get_implementation"));
    std::ifstream in(argv[2], std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    if (text.empty()) {
        std::fprintf(stderr, "FAIL: cannot read %s\n", argv[2]);
        return 1;
    }
    int found = 0;
    try {
        // No component context: checkText needs none (the office would pass its own).
        css::uno::Reference<css::uno::XInterface> object(construct(nullptr, {}), SAL_NO_ACQUIRE);
        css::uno::Reference<org::nianbao::XReportChecker> checker(object, css::uno::UNO_QUERY_THROW);
        const css::uno::Sequence<org::nianbao::Finding> findings =
            checker->checkText(rtl::OStringToOUString(rtl::OString(text.c_str(), sal_Int32(text.size())), RTL_TEXTENCODING_UTF8));
        for (const auto& f : findings) {
            std::printf("%s\t%s\t%s\n", utf8(f.RuleId).c_str(), utf8(f.Severity).c_str(), utf8(f.Message).c_str());
            if (utf8(f.RuleId) == argv[3]) ++found;
        }
    } catch (const css::uno::Exception& e) {
        std::fprintf(stderr, "FAIL: the service threw: %s\n", utf8(e.Message).c_str());
        return 1;
    }
    if (!found) {
        std::fprintf(stderr, "FAIL: no %s finding among the service's answer\n", argv[3]);
        return 1;
    }
    std::printf("PASS: %s loaded and answered (%d %s findings)\n", argv[1], found, argv[3]);
    return 0;
}
