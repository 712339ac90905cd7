// Walks the document body in order: paragraphs become lines; every row of a text table becomes a
// line of cells named as Writer names them ("B3"), merged and split cells included.
#include "writer_document.hpp"

#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

#include <map>

#include "dismissal_property.hpp"

namespace nianbao::uno {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

// "B12" -> 12; "B2.1.1" (a split cell) -> 2: cells are grouped by the row of their top-level name.
int row_of(const std::string& name) {
    std::size_t i = 0;
    while (i < name.size() && std::isalpha(static_cast<unsigned char>(name[i]))) ++i;
    int row = 0;
    while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i]))) row = row * 10 + (name[i++] - '0');
    return row;
}

void add_table(WriterDocument& doc, const Reference<css::text::XTextTable>& table, sal_Int32 paragraph) {
    const std::string table_name = to_std(Reference<css::container::XNamed>(table, UNO_QUERY_THROW)->getName());
    std::map<int, std::vector<GridCell>> rows;
    for (const OUString& name : table->getCellNames()) {
        const std::string cell_name = to_std(name);
        Reference<css::text::XText> text(table->getCellByName(name), UNO_QUERY);
        GridCell cell;
        cell.text = text.is() ? to_std(text->getString()) : std::string();
        for (auto& ch : cell.text)
            if (ch == '\n' || ch == '\r') ch = ' ';  // a label broken over lines inside one cell
        cell.source.cell_name = cell_name;
        cell.source.table_name = table_name;
        rows[row_of(cell_name)].push_back(std::move(cell));
    }
    for (auto& [row, cells] : rows) {
        DocumentLine line;
        line.table_row = true;
        line.source.line = int(doc.lines.size()) + 1;
        line.source.table_name = table_name;
        if (!cells.empty()) line.source.cell_name = cells.front().source.cell_name;
        for (auto& c : cells) c.source.line = line.source.line;
        line.row.cells = std::move(cells);
        line.row.source = line.source;
        doc.lines.push_back(std::move(line));
        doc.paragraph_of_line.push_back(paragraph);
        doc.ranges.push_back(nullptr);
    }
}

// The document's Title property (文件 ▸ 属性 ▸ 说明 ▸ 标题; Word's 标题), or empty.
std::string title_property(const Reference<css::text::XTextDocument>& document) {
    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY);
    if (!supplier.is()) return {};
    Reference<css::document::XDocumentProperties> properties = supplier->getDocumentProperties();
    return properties.is() ? to_std(properties->getTitle()) : std::string();
}

} // namespace

Reference<css::text::XText> cell_text(const Reference<css::text::XTextDocument>& document, const std::string& table_name,
                                      const std::string& cell_name) {
    Reference<css::text::XTextTablesSupplier> supplier(document, UNO_QUERY_THROW);
    Reference<css::text::XTextTable> table(supplier->getTextTables()->getByName(to_ou(table_name)), UNO_QUERY_THROW);
    return Reference<css::text::XText>(table->getCellByName(to_ou(cell_name)), UNO_QUERY_THROW);
}

void assemble_writer_report(WriterDocument& doc) {
    Assembled a = assemble_report(doc.lines);
    doc.report = std::move(a.report);
    // The lines are the reader's own: a clerk finds a place in Writer by section and paragraph.
    doc.report.places = Report::Places::paragraphs;
    doc.error = a.error;
}

WriterDocument read_writer_document(const Reference<css::text::XTextDocument>& document) {
    WriterDocument doc;
    Reference<css::container::XEnumerationAccess> body(document->getText(), UNO_QUERY_THROW);
    Reference<css::container::XEnumeration> items = body->createEnumeration();
    sal_Int32 paragraph = 0;
    while (items->hasMoreElements()) {
        css::uno::Any item = items->nextElement();
        Reference<css::lang::XServiceInfo> info(item, UNO_QUERY);
        if (!info.is()) continue;
        if (info->supportsService("com.sun.star.text.TextTable")) {
            add_table(doc, Reference<css::text::XTextTable>(item, UNO_QUERY_THROW), paragraph);
            continue;
        }
        Reference<css::text::XTextRange> range(item, UNO_QUERY);
        if (!range.is()) continue;
        // A manual line break (Shift+Enter) keeps several lines in one paragraph: a title and
        // a heading, or a label and its values. Each is a line of its own.
        const std::string text = to_std(range->getString());
        std::size_t begin = 0;
        for (;;) {
            std::size_t end = text.find('\n', begin);
            DocumentLine line;
            line.text = text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
            line.source.line = int(doc.lines.size()) + 1;
            line.source.column = 1;
            line.row = paragraph_cells(line.text, line.source);
            doc.lines.push_back(std::move(line));
            doc.paragraph_of_line.push_back(paragraph);
            doc.ranges.push_back(range);
            if (end == std::string::npos) break;
            begin = end + 1;
        }
        ++paragraph;
    }
    // A page converted to .docx by Writer keeps the page's <title> only as the Title property:
    // it is the report's title when the text has none (as the PDF reader takes a PDF's title).
    // That line is in no paragraph: a finding on it is anchored at the start of the document.
    if (add_title_line(doc.lines, title_property(document))) {
        doc.paragraph_of_line.insert(doc.paragraph_of_line.begin(), -1);
        doc.ranges.insert(doc.ranges.begin(), nullptr);
    }
    assemble_writer_report(doc);
    // Findings a reviewer accepted (忽略), kept in the file: every check honours them.
    doc.report.dismissals = read_dismissals(Reference<css::lang::XComponent>(document, UNO_QUERY),
                                            &doc.dismissal_errors);
    return doc;
}

} // namespace nianbao::uno
