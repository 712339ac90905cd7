// libFuzzer target: the binder on any grid — lines split at newlines, cells at tabs, with some
// rows marked as boundaries — to reach table layouts the reader would not produce.
// The properties are in properties.hpp, shared with tests/fuzz_regressions_test.cpp.
#include <cstdint>
#include <string_view>

#include "properties.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!nianbao::fuzz::binder_properties_hold(std::string_view(reinterpret_cast<const char*>(data), size)))
        __builtin_trap();
    return 0;
}
