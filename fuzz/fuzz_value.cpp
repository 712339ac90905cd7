// libFuzzer target: the value parser, the label/value short cut and the Chinese numeral reader on
// any string.
// The properties are in properties.hpp, shared with tests/fuzz_regressions_test.cpp.
#include <cstdint>
#include <string_view>

#include "properties.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!nianbao::fuzz::value_properties_hold(std::string_view(reinterpret_cast<const char*>(data), size)))
        __builtin_trap();
    return 0;
}
