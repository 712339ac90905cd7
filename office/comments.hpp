// Findings as Writer comments (批注, author “年报检查”), and their removal — ours only.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>

#include <string>
#include <vector>

#include "nianbao/finding.hpp"
#include "writer_document.hpp"

namespace nianbao::uno {

inline constexpr const char* comment_author = "年报检查";
inline constexpr const char* comment_initials = "年报";

// A finding as its comment: where it goes (a cell of a table, else the start of a line's
// paragraph, else the document's start) and what it says. Plain data, so that the command can
// hand its findings to the office it runs in one call (cli/office/office_reader.hpp).
struct Comment {
    std::string table_name, cell_name;  // both set: at the end of that cell
    int line = 0;                       // WriterDocument line (1-based), when not in a cell
    std::string content;                // 【错误】place：message（可改为 fix） [rule]
};

Comment comment_for(const Finding& finding);

// Inserts one comment per finding at its cell or paragraph, in one undo step; returns how many.
int insert_comments(const css::uno::Reference<css::text::XTextDocument>& document, const WriterDocument& doc,
                    const std::vector<Finding>& findings);
int insert_comments(const css::uno::Reference<css::text::XTextDocument>& document, const WriterDocument& doc,
                    const std::vector<Comment>& comments);

// Removes exactly the comments insert_comments made (author and initials both ours); a comment
// that cannot be removed is logged and skipped.
int remove_comments(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::text::XTextDocument>& document);

} // namespace nianbao::uno
