// The results window, built from UNO dialog models (no .xdl file to ship).
#include "results_window.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase2.hxx>
#include <rtl/ref.hxx>

#include "comments.hpp"
#include "findings.hpp"
#include "nianbao/place.hpp"
#include "ui.hpp"

namespace nianbao::uno {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

void set(const Reference<css::beans::XPropertySet>& p, const char* name, const Any& value) {
    p->setPropertyValue(OUString::createFromAscii(name), value);
}

Reference<css::beans::XPropertySet> add_control(const Reference<css::lang::XMultiServiceFactory>& dialog_model,
                                                const char* type, const char* name, sal_Int32 x, sal_Int32 y,
                                                sal_Int32 w, sal_Int32 h) {
    Reference<css::beans::XPropertySet> m(dialog_model->createInstance(OUString::createFromAscii(type)), UNO_QUERY_THROW);
    set(m, "PositionX", Any(x));
    set(m, "PositionY", Any(y));
    set(m, "Width", Any(w));
    set(m, "Height", Any(h));
    Reference<css::container::XNameContainer>(dialog_model, UNO_QUERY_THROW)->insertByName(OUString::createFromAscii(name), Any(m));
    return m;
}

std::string line_for(const Finding& f) {
    // Bracketed words, not emoji: the office's fonts have no emoji glyphs.
    std::string icon = "【" + std::string(severity_label(f.severity)) + "】";
    const std::string place = place_in_words(f.location);
    std::string where = place.empty() ? std::string() : "（" + place + "）";
    return icon + "  " + f.message + where;
}

class ResultsWindow : public cppu::WeakImplHelper2<css::awt::XActionListener, css::awt::XItemListener> {
public:
    ResultsWindow(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                  const Reference<css::text::XTextDocument>& document, WriterDocument doc, std::vector<Finding> findings)
        : context_(context), frame_(frame), document_(document), doc_(std::move(doc)), findings_(std::move(findings)) {}

    void open() {
        auto smgr = context_->getServiceManager();
        Reference<css::awt::XControlModel> model(smgr->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", context_), UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> mp(model, UNO_QUERY_THROW);
        set(mp, "PositionX", Any(sal_Int32(40)));
        set(mp, "PositionY", Any(sal_Int32(40)));
        set(mp, "Width", Any(sal_Int32(460)));
        set(mp, "Height", Any(sal_Int32(210)));
        set(mp, "Title", Any(to_ou("年报检查结果")));
        Reference<css::lang::XMultiServiceFactory> mf(model, UNO_QUERY_THROW);
        auto summary_label = add_control(mf, "com.sun.star.awt.UnoControlFixedTextModel", "summary", 6, 6, 448, 12);
        set(summary_label, "Label", Any(to_ou(summary(findings_) + (findings_.empty() ? "。" : "。选中一条，文档中会选中对应的位置。"))));
        auto list = add_control(mf, "com.sun.star.awt.UnoControlListBoxModel", "list", 6, 22, 448, 160);
        Sequence<OUString> items(sal_Int32(findings_.size()));
        for (std::size_t i = 0; i < findings_.size(); ++i) items.getArray()[i] = to_ou(line_for(findings_[i]));
        set(list, "StringItemList", Any(items));
        auto insert = add_control(mf, "com.sun.star.awt.UnoControlButtonModel", "insert", 6, 188, 100, 16);
        set(insert, "Label", Any(to_ou("插入为批注")));
        set(insert, "Enabled", Any(!findings_.empty()));
        auto remove = add_control(mf, "com.sun.star.awt.UnoControlButtonModel", "remove", 112, 188, 100, 16);
        set(remove, "Label", Any(to_ou("移除检查批注")));
        auto close = add_control(mf, "com.sun.star.awt.UnoControlButtonModel", "close", 394, 188, 60, 16);
        set(close, "Label", Any(to_ou("关闭")));

        dialog_.set(smgr->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", context_), UNO_QUERY_THROW);
        dialog_->setModel(model);
        Reference<css::awt::XWindowPeer> parent(frame_->getContainerWindow(), UNO_QUERY);
        Reference<css::awt::XToolkit> toolkit(css::awt::Toolkit::create(context_), UNO_QUERY_THROW);
        dialog_->createPeer(toolkit, parent);
        Reference<css::awt::XControlContainer> cc(dialog_, UNO_QUERY_THROW);
        Reference<css::awt::XListBox>(cc->getControl("list"), UNO_QUERY_THROW)->addItemListener(this);
        for (const char* name : {"insert", "remove", "close"}) {
            Reference<css::awt::XButton> b(cc->getControl(OUString::createFromAscii(name)), UNO_QUERY_THROW);
            b->setActionCommand(OUString::createFromAscii(name));
            b->addActionListener(this);
        }
        Reference<css::awt::XWindow>(dialog_, UNO_QUERY_THROW)->setVisible(true);
    }

    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override {
        try {
            if (event.Selected >= 0 && std::size_t(event.Selected) < findings_.size())
                select_finding(document_, doc_, findings_[std::size_t(event.Selected)]);
        } catch (...) {  // nothing may escape into the office's event loop
            log_caught(context_, "select finding");
        }
    }

    void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override {
        try {
            const std::string command = to_std(event.ActionCommand);
            if (command == "close") {
                close();
            } else if (command == "insert") {
                int n = insert_comments(document_, doc_, findings_);
                message_box(context_, frame_, css::awt::MessageBoxType_INFOBOX, css::awt::MessageBoxButtons::BUTTONS_OK,
                            "年报检查", "已插入 " + std::to_string(n) + " 条批注（作者“年报检查”）。");
            } else if (command == "remove") {
                int n = remove_comments(context_, document_);
                message_box(context_, frame_, css::awt::MessageBoxType_INFOBOX, css::awt::MessageBoxButtons::BUTTONS_OK,
                            "年报检查", "已移除 " + std::to_string(n) + " 条检查批注，其他批注未受影响。");
            }
        } catch (...) {  // nothing may escape into the office's event loop
            log_caught(context_, "results window");
        }
    }

    void SAL_CALL disposing(const css::lang::EventObject&) override {}

    void abandon() {
        try {
            close();
        } catch (...) {
            log_caught(context_, "closing a half-built results window");
        }
    }

private:
    void close() {
        Reference<css::lang::XComponent> c(dialog_, UNO_QUERY);
        dialog_.clear();
        if (c.is()) c->dispose();
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
    Reference<css::text::XTextDocument> document_;
    WriterDocument doc_;
    std::vector<Finding> findings_;
    Reference<css::awt::XControl> dialog_;
};

} // namespace

void select_finding(const Reference<css::text::XTextDocument>& document, const WriterDocument& doc, const Finding& f) {
    Reference<css::view::XSelectionSupplier> selection(document->getCurrentController(), UNO_QUERY);
    if (!selection.is()) return;
    const SourcePos& s = f.location.source;
    if (!s.table_name.empty() && !s.cell_name.empty()) {
        Reference<css::text::XTextCursor> cursor = cell_text(document, s.table_name, s.cell_name)->createTextCursor();
        cursor->gotoStart(false);
        cursor->gotoEnd(true);
        selection->select(Any(cursor));
        return;
    }
    if (s.line > 0 && std::size_t(s.line) <= doc.ranges.size() && doc.ranges[std::size_t(s.line - 1)].is()) {
        auto range = doc.ranges[std::size_t(s.line - 1)];
        Reference<css::text::XTextCursor> cursor = range->getText()->createTextCursorByRange(range);
        selection->select(Any(cursor));
    }
}

void show_results_window(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                         const Reference<css::text::XTextDocument>& document, WriterDocument doc,
                         std::vector<Finding> findings) {
    rtl::Reference<ResultsWindow> window(new ResultsWindow(context, frame, document, std::move(doc), std::move(findings)));
    try {
        window->open();  // the controls hold the window as their listener until it is closed
    } catch (...) {
        window->abandon();  // never leave a half-built dialog behind
        throw;
    }
}

} // namespace nianbao::uno
