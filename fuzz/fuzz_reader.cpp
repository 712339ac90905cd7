// libFuzzer target: any bytes through the text reader, every rule and autofill (and applying the
// edits to the text). Must never crash, hang or trip a sanitizer.
// The properties are in properties.hpp, shared with tests/fuzz_regressions_test.cpp.
#include <cstdint>
#include <string_view>

#include "properties.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!nianbao::fuzz::reader_properties_hold(std::string_view(reinterpret_cast<const char*>(data), size)))
        __builtin_trap();
    return 0;
}
