// Findings as Writer comments (批注, author “年报检查”), and their removal — ours only.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>

#include <vector>

#include "nianbao/finding.hpp"
#include "writer_document.hpp"

namespace nianbao::uno {

inline constexpr const char* comment_author = "年报检查";
inline constexpr const char* comment_initials = "年报";

// Inserts one comment per finding at its cell or paragraph, in one undo step; returns how many.
int insert_comments(const css::uno::Reference<css::text::XTextDocument>& document, const WriterDocument& doc,
                    const std::vector<Finding>& findings);

// Removes exactly the comments insert_comments made (author and initials both ours); a comment
// that cannot be removed is logged and skipped.
int remove_comments(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::text::XTextDocument>& document);

} // namespace nianbao::uno
