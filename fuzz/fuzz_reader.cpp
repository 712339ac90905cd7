// libFuzzer target: any bytes through the text reader, every rule and autofill (and applying the
// edits to the text). Must never crash, hang or trip a sanitizer.
#include <cstdint>
#include <string_view>

#include "nianbao/autofill.hpp"
#include "nianbao/engine.hpp"
#include "nianbao/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    nianbao::ReadResult r = nianbao::read_text_report(bytes);
    if (!r.ok) return 0;
    auto findings = nianbao::check(r.report);
    auto fill = nianbao::autofill(r.report, nianbao::FillOptions{.blank_as_zero = size % 2 == 0});
    int skipped = 0;
    std::string fixed = nianbao::apply_edits_to_text(r.text, fill.edits, skipped);
    nianbao::apply_edits(r.report, fill.edits);
    if (!fill.edits.empty() && nianbao::autofill(r.report, nianbao::FillOptions{.blank_as_zero = size % 2 == 0}).edits.size() > 0)
        __builtin_trap();  // a second run must yield no edit
    (void)findings;
    return 0;
}
