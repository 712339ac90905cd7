// The non-modal 检查报告 results window: a summary line, one line per finding (selecting one
// selects its cell or paragraph), and buttons to insert the findings as comments or remove them.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <vector>

#include "nianbao/finding.hpp"
#include "writer_document.hpp"

namespace nianbao::uno {

void show_results_window(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const css::uno::Reference<css::frame::XFrame>& frame,
                         const css::uno::Reference<css::text::XTextDocument>& document, WriterDocument doc,
                         std::vector<Finding> findings);

// Selects the place of a finding in the document (a cell, or a paragraph / span of it).
void select_finding(const css::uno::Reference<css::text::XTextDocument>& document, const WriterDocument& doc,
                    const Finding& finding);

} // namespace nianbao::uno
