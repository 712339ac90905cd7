// Selecting a finding's place in the document: its cell, or its paragraph.
#pragma once

#include "nianbao/finding.hpp"
#include "writer_document.hpp"

#include <com/sun/star/text/XTextDocument.hpp>

namespace nianbao::uno {

// Selects the place of a finding in the document (a cell, or a paragraph / span of it). A cell
// or table that no longer exists selects nothing (throws: the caller logs).
void select_finding(const css::uno::Reference<css::text::XTextDocument>& document,
                    const WriterDocument& doc, const Finding& finding);

} // namespace nianbao::uno
