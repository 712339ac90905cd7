// When a report had to be published (条例 art. 49, format.md §1) and how its date compares:
// departments by January 31, people's governments by March 31 of the following year.
#pragma once

#include "nianbao/model.hpp"

#include <optional>
#include <string>

namespace nianbao::cli::review {

struct DeadlineVerdict {
    std::optional<Date> deadline; // unknown without a year or a kind
    std::string words; // "按期", "逾期 5 天", "未写日期", "早于年度结束" …
    bool late = false;
};

DeadlineVerdict judge_deadline(const Metadata& meta);

std::string date_words(const Date& date); // "2025-02-05"

} // namespace nianbao::cli::review
