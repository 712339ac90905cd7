// Reads a Writer document into document lines for libcore — paragraphs, and text tables with
// their Writer cell names — and remembers where each line came from, to map findings back.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <vector>

#include "log.hpp"
#include "nianbao/document.hpp"

namespace nianbao::uno {

struct WriterDocument {
    std::vector<DocumentLine> lines;                                  // SourcePos.line = index + 1
    std::vector<sal_Int32> paragraph_of_line;                         // document paragraph index, or -1
    std::vector<css::uno::Reference<css::text::XTextRange>> ranges;   // the paragraph of each line
    Report report;
    std::string error;  // Chinese: why this is not a report
    std::vector<std::string> dismissal_errors; // Chinese: unreadable lines of NianbaoDismissals
};

WriterDocument read_writer_document(const css::uno::Reference<css::text::XTextDocument>& document);

// The report (and error) from `doc.lines`: the last step of read_writer_document(), also run by
// the CLI on lines its office read (cli/office/office_reader.hpp).
void assemble_writer_report(WriterDocument& doc);

// The text of the Writer cell a source position names (table name and cell name); throws when the
// table or cell no longer exists.
css::uno::Reference<css::text::XText> cell_text(const css::uno::Reference<css::text::XTextDocument>& document,
                                                const std::string& table_name, const std::string& cell_name);

} // namespace nianbao::uno
