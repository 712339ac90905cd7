// A cell's value as format.md §5 defines it: blank, 0, "/", "—", 无 are different facts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "nianbao/export.hpp"

namespace nianbao {

// Fixed-point decimal with six places (money cells use up to 6 decimals in 万元).
struct Amount {
    static constexpr std::int64_t scale = 1'000'000;
    std::int64_t micros = 0;

    static Amount whole(std::int64_t n) { return {n * scale}; }
    bool is_integer() const { return micros % scale == 0; }
    bool negative() const { return micros < 0; }
    friend bool operator==(Amount, Amount) = default;
    friend auto operator<=>(Amount, Amount) = default;
};

// Adds with overflow detection; nullopt on overflow.
NIANBAO_API std::optional<Amount> checked_add(Amount a, Amount b);
NIANBAO_API std::optional<Amount> checked_sub(Amount a, Amount b);
// "70", "0.5", "24457.4", "-3": as few decimals as needed.
NIANBAO_API std::string format_amount(Amount a);

enum class ValueState {
    number,        // a number was read
    blank,         // nothing written
    dash,          // "—", "-", "－"
    slash,         // "/"
    none_word,     // "无"
    not_applicable,// "不适用"
    text,          // something that is not a number
};

struct Value {
    ValueState state = ValueState::blank;
    Amount amount{};      // valid when state == number
    std::string note;     // "其中修订16件" from "22（其中修订16件）"
    std::string unit;     // "件", "元", "万元" when written after the number
    std::string converted_from;  // "5000元" when a 元 amount was read in its 万元 column (units.hpp)
    std::string problem;  // Chinese reason when state is text (e.g. "数值过大")

    bool has_number() const { return state == ValueState::number; }
};

NIANBAO_API Value parse_value(std::string_view raw);

// True when the raw text reads as a value (a number or one of the "no value" markers,
// but not blank and not free text). Used to tell value cells from labels.
NIANBAO_API bool looks_like_value(std::string_view raw);

// Chinese numerals in prose or cells: 七, 十二, 一百零五, 两千. nullopt when not a numeral.
NIANBAO_API std::optional<std::int64_t> parse_chinese_numeral(std::u32string_view text);

// A short Chinese description of the state for messages: "空白", "“/”", "“无”" …
NIANBAO_API std::string describe_state(const Value& value, std::string_view raw);

} // namespace nianbao
