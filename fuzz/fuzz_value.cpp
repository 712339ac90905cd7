// libFuzzer target: the value parser and the Chinese numeral reader on any string.
#include <cstdint>
#include <string>

#include "nianbao/text.hpp"
#include "nianbao/value.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string s(reinterpret_cast<const char*>(data), size);
    nianbao::Value v = nianbao::parse_value(s);
    if (v.has_number()) {
        // Whatever is read back from its own formatting must be the same number.
        nianbao::Value again = nianbao::parse_value(nianbao::format_amount(v.amount));
        if (!again.has_number() || !(again.amount == v.amount)) __builtin_trap();
    }
    // The label/value test takes a short cut; it must agree with the full parse.
    const bool value_like = v.state != nianbao::ValueState::blank && v.state != nianbao::ValueState::text;
    if (nianbao::looks_like_value(s) != value_like) __builtin_trap();
    (void)nianbao::parse_chinese_numeral(nianbao::to_u32(s));
    (void)nianbao::normalize_label(s);
    return 0;
}
