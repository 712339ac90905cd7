// Comment insertion and removal.
#include "comments.hpp"
#include "nianbao/place.hpp"
#include "undo.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

namespace nianbao::uno {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

// Where a comment goes: the end of its cell, or the start of its paragraph.
Reference<css::text::XTextRange> anchor_of(const Reference<css::text::XTextDocument>& document,
                                           const WriterDocument& doc, const Comment& c) {
    if (!c.table_name.empty() && !c.cell_name.empty()) return cell_text(document, c.table_name, c.cell_name)->getEnd();
    if (c.line > 0 && std::size_t(c.line) <= doc.ranges.size() && doc.ranges[std::size_t(c.line - 1)].is())
        return doc.ranges[std::size_t(c.line - 1)]->getStart();
    return document->getText()->getStart();
}

} // namespace

Comment comment_for(const Finding& f) {
    const SourcePos& s = f.location.source;
    Comment c{s.table_name, s.cell_name, s.line, {}};
    const std::string place = place_in_words(f.location);
    c.content = "【" + std::string(severity_label(f.severity)) + "】" + (place.empty() ? "" : place + "：") + f.message;
    if (f.fix) c.content += "（可改为 " + *f.fix + "）";
    c.content += " [" + f.rule + "]";
    return c;
}

int insert_comments(const Reference<css::text::XTextDocument>& document, const WriterDocument& doc,
                    const std::vector<Finding>& findings) {
    std::vector<Comment> comments;
    for (const Finding& f : findings) comments.push_back(comment_for(f));
    return insert_comments(document, doc, comments);
}

int insert_comments(const Reference<css::text::XTextDocument>& document, const WriterDocument& doc,
                    const std::vector<Comment>& comments) {
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    UndoStep undo(document, to_ou("插入检查批注"));
    int n = 0;
    for (const Comment& c : comments) {
        Reference<css::text::XTextRange> at = anchor_of(document, doc, c);
        Reference<css::text::XTextContent> field(factory->createInstance("com.sun.star.text.textfield.Annotation"), UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> props(field, UNO_QUERY_THROW);
        props->setPropertyValue("Author", Any(to_ou(comment_author)));
        props->setPropertyValue("Initials", Any(to_ou(comment_initials)));
        props->setPropertyValue("Content", Any(to_ou(c.content)));
        at->getText()->insertTextContent(at, field, false);
        ++n;
    }
    return n;
}

int remove_comments(const Reference<css::uno::XComponentContext>& context,
                    const Reference<css::text::XTextDocument>& document) {
    Reference<css::text::XTextFieldsSupplier> sup(document, UNO_QUERY_THROW);
    Reference<css::container::XEnumeration> e = sup->getTextFields()->createEnumeration();
    std::vector<Reference<css::text::XTextContent>> ours;
    while (e->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(e->nextElement(), UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.textfield.Annotation")) continue;
        Reference<css::beans::XPropertySet> props(info, UNO_QUERY);
        Reference<css::text::XTextContent> content(info, UNO_QUERY);
        if (!props.is() || !content.is()) continue;  // an annotation we cannot read is not ours to remove
        OUString author, initials;
        props->getPropertyValue("Author") >>= author;
        props->getPropertyValue("Initials") >>= initials;
        if (author == to_ou(comment_author) && initials == to_ou(comment_initials))
            ours.push_back(content);
    }
    if (ours.empty()) return 0;
    UndoStep undo(document, to_ou("移除检查批注"));
    int n = 0;
    for (const auto& field : ours) {
        try {
            field->getAnchor()->getText()->removeTextContent(field);
            ++n;
        } catch (...) {
            log_caught(context, "removing a comment");
        }
    }
    return n;
}

} // namespace nianbao::uno
