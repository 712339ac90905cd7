// Internal: statements of figures in the prose ("本年度共收到政府信息公开申请70件") and claims that
// nothing was received, found by patterns that prefer silence to a guess.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "nianbao/model.hpp"

namespace nianbao::prose {

// A sentence of a paragraph, with its character span (code points) in the paragraph.
struct Sentence {
    std::string section;
    int paragraph = 0;
    int start = 0, end = 0;
    std::u32string text;  // as written
    SourcePos source;
};

// Sentences of the prose sections (and the preamble, section "preamble").
std::vector<Sentence> sentences(const Report& report);

// What a sentence states.
enum class Topic {
    no_requests,        // 未收到政府信息公开申请
    requests_received,  // 收到/受理/新收 … 申请 N 件
    granted,            // 予以公开 N 件 (表三（一）)
    granted_or_partly,  // 予以公开及部分公开 N 件 (表三（一）+（二）)
    refused,            // 不予公开 N 件 (表三（三）, all its rows)
    unable,             // 无法提供 N 件 (表三（四）)
    not_processed,      // 不予处理 N 件 (表三（五）)
    other_handling,     // 其他处理 N 件 (表三（六）)
    review,             // 行政复议 N 件
    suit,               // 行政诉讼 N 件
    normative_in_force, // 现行有效规范性文件 N 件
    normative_issued,   // 制发 N 件
    normative_repealed, // 废止/失效 N 件
    licensing,          // 行政许可决定 N 件
    penalty,            // 行政处罚决定 N 件
    coercion,           // 行政强制决定 N 件
    all_upheld,         // 行政复议…诉讼…均获维持 (every case of the blocks named upheld)
    all_completed,      // 所有申请均已办理完成 / 全部办结 (nothing carried over: 表三 四 is 0)
};

struct Claim {
    Topic topic;
    std::int64_t value = 0;
    const Sentence* sentence = nullptr;
};

// Claims of one sentence. Sentences whose scope is narrower than the report's (a quarter, a
// month, half a year, "其中", one office inside the agency) give none. `agency` is the report's
// agency: when it is itself an office (…办公厅, …办公室), naming an office does not narrow the scope.
std::vector<Claim> claims(const Sentence& sentence, std::string_view agency = {});

std::string excerpt(const Sentence& s, std::size_t max_chars = 40);

} // namespace nianbao::prose
