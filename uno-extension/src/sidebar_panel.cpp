// The 年报检查 panel of the sidebar and its factory (Sidebar.xcu, Factories.xcu): UNO AWT controls
// in the window the sidebar gives us; what they show comes from the frame's review
// (review_registry.hpp), what they do from the commands (review_actions.hpp, commands.hpp).
// Every method here runs on the main thread (the sidebar's layout, the controls' listeners, and
// review_changed, queued there by the registry) except dispose(), which may come from a script's
// thread when it closes the document.
#include "commands.hpp"
#include "l10n.hpp"
#include "review_actions.hpp"
#include "review_registry.hpp"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/WindowAttribute.hpp>
#include <com/sun/star/awt/WindowClass.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/implbase7.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weakref.hxx>
#include <chrono>
#include <mutex>
#include <rtl/ref.hxx>

namespace nianbao::uno {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

constexpr const char* panel_url = "private:resource/toolpanel/NianbaoPanelFactory/NianbaoPanel";

Args row_args(sal_Int32 row, const OUString& reason = {}) {
    Args args(reason.isEmpty() ? 2 : 3);
    args.getArray()[0].Name = "Row";
    args.getArray()[0].Value <<= row;
    args.getArray()[1].Name = "Interactive";
    args.getArray()[1].Value <<= true;
    if (!reason.isEmpty()) {
        args.getArray()[2].Name = "Reason";
        args.getArray()[2].Value <<= reason;
    }
    return args;
}

class Panel
    : public cppu::WeakImplHelper7<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                   css::lang::XComponent, css::awt::XWindowListener,
                                   css::awt::XActionListener, css::awt::XItemListener>,
      public ReviewView {
public:
    Panel(const Context& context, const Frame& frame, const Reference<css::awt::XWindow>& parent,
          const Reference<css::ui::XSidebar>& sidebar)
        : context_(context), frame_(frame), parent_(parent), sidebar_(sidebar) {}

    void build() {
        toolkit_.set(css::awt::Toolkit::create(context_), UNO_QUERY_THROW);
        css::awt::WindowDescriptor d;
        d.Type = css::awt::WindowClass_CONTAINER;
        d.WindowServiceName = "window";
        d.Parent.set(parent_, UNO_QUERY_THROW);
        d.ParentIndex = -1;
        d.Bounds = css::awt::Rectangle(0, 0, 300, 500);
        d.WindowAttributes = css::awt::WindowAttribute::SHOW;
        peer_ = toolkit_->createWindow(d);
        window_.set(peer_, UNO_QUERY_THROW);

        summary_ = control("FixedText");
        set(summary_, "MultiLine", Any(true));
        check_ = button("check", Text::check, Text::check_tip);
        fill_ = button("fill", Text::fill, Text::fill_tip);
        compare_ = button("compare", Text::compare, Text::compare_tip);
        list_ = control("ListBox");
        set(list_, "HelpText", Any(to_ou(text(context_, Text::list_tip))));
        Reference<css::awt::XListBox> list(list_, UNO_QUERY_THROW);
        list->addItemListener(this);
        list->addActionListener(this); // Enter or a double click: expand or collapse a group
        detail_ = control("FixedText");
        set(detail_, "MultiLine", Any(true));
        reason_label_ = control("FixedText");
        set(reason_label_, "Label", Any(to_ou(text(context_, Text::reason_label))));
        reason_ = control("Edit");
        set(reason_, "HelpText", Any(to_ou(text(context_, Text::reason_tip))));
        fix_ = button("fix", Text::fix, Text::fix_tip);
        dismiss_ = button("dismiss", Text::dismiss, Text::dismiss_tip);
        toggle_ = button("toggle", Text::expand, Text::expand_tip);
        insert_ = button("insert", Text::insert_comments, Text::insert_comments_tip);
        remove_ = button("remove", Text::remove_comments, Text::remove_comments_tip);

        parent_->addWindowListener(this);
        attach_view(Frame(frame_), this);
        review_changed();
        const css::awt::Rectangle r = parent_->getPosSize();
        layout(r.Width, r.Height);
    }

    // ReviewView
    void review_changed() override {
        if (disposed_) return;
        try {
            const auto start = std::chrono::steady_clock::now();
            Frame frame(frame_);
            state_ = review_state(frame);
            rows_.clear();
            if (state_.review)
                rows_ = review_rows(*state_.review, state_.expanded,
                                    text(context_, Text::dismissed_heading));
            Sequence<OUString> items(sal_Int32(rows_.size()));
            for (std::size_t i = 0; i < rows_.size(); ++i)
                items.getArray()[i] = to_ou(rows_[i].text);
            set(list_, "StringItemList", Any(items));
            std::string summary =
                state_.review ? review_summary(*state_.review) : text(context_, Text::not_checked);
            if (state_.review && state_.review->read_only)
                summary += "\n" + std::string(text(context_, Text::read_only));
            set(summary_, "Label", Any(to_ou(summary)));
            if (selected_ >= 0 && std::size_t(selected_) < rows_.size())
                Reference<css::awt::XListBox>(list_, UNO_QUERY_THROW)
                    ->selectItemPos(sal_Int16(selected_), true);
            else
                selected_ = -1;
            selection_changed(false);
            logger(context_)->info(
                "panel: {} rows shown in {:.1f} ms", rows_.size(),
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count());
        } catch (...) {
            log_caught(context_, "panel refresh");
        }
    }

    // XUIElement
    Reference<css::frame::XFrame> SAL_CALL getFrame() override { return Frame(frame_); }
    OUString SAL_CALL getResourceURL() override { return OUString::createFromAscii(panel_url); }
    sal_Int16 SAL_CALL getType() override { return css::ui::UIElementType::TOOLPANEL; }
    Reference<css::uno::XInterface> SAL_CALL getRealInterface() override {
        return static_cast<css::ui::XToolPanel*>(this);
    }

    // XToolPanel
    Reference<css::awt::XWindow> SAL_CALL getWindow() override { return window_; }
    Reference<css::accessibility::XAccessible>
        SAL_CALL createAccessible(const Reference<css::accessibility::XAccessible>&) override {
        return Reference<css::accessibility::XAccessible>(window_, UNO_QUERY);
    }

    // XSidebarPanel: the list takes the deck's spare height.
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32) override {
        return css::ui::LayoutSize(360, -1, 560);
    }
    sal_Int32 SAL_CALL getMinimalWidth() override { return 280; }

    // XComponent
    void SAL_CALL dispose() override {
        {
            std::lock_guard lock(dispose_mutex_);
            if (disposed_) return;
            disposed_ = true;
        }
        detach_view(this);
        try {
            parent_->removeWindowListener(this);
            for (auto* c : {&summary_, &check_, &fill_, &compare_, &list_, &detail_, &reason_label_,
                            &reason_, &fix_, &dismiss_, &toggle_, &insert_, &remove_})
                if (c->is()) Reference<css::lang::XComponent>(*c, UNO_QUERY_THROW)->dispose();
            if (window_.is()) Reference<css::lang::XComponent>(window_, UNO_QUERY_THROW)->dispose();
        } catch (...) {
            log_caught(context_, "disposing the panel");
        }
    }
    void SAL_CALL addEventListener(const Reference<css::lang::XEventListener>&) override {}
    void SAL_CALL removeEventListener(const Reference<css::lang::XEventListener>&) override {}

    // XWindowListener on the sidebar's window: our window and controls follow its size.
    void SAL_CALL windowResized(const css::awt::WindowEvent& e) override {
        layout(e.Width, e.Height);
    }
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& e) override {
        selected_ = e.Selected;
        selection_changed(true);
    }

    void SAL_CALL actionPerformed(const css::awt::ActionEvent& e) override {
        try {
            act(to_std(e.ActionCommand));
        } catch (...) { // nothing may escape into the office's event loop
            log_caught(context_, "panel button " + to_std(e.ActionCommand));
        }
    }

private:
    Reference<css::awt::XControl> control(const char* type) {
        auto smgr = context_->getServiceManager();
        const OUString name = "com.sun.star.awt.UnoControl" + OUString::createFromAscii(type);
        Reference<css::awt::XControlModel> model(
            smgr->createInstanceWithContext(name + "Model", context_), UNO_QUERY_THROW);
        Reference<css::awt::XControl> c(smgr->createInstanceWithContext(name, context_),
                                        UNO_QUERY_THROW);
        c->setModel(model);
        c->createPeer(toolkit_, peer_);
        return c;
    }

    Reference<css::awt::XControl> button(const char* command, Text label, Text tip) {
        Reference<css::awt::XControl> b = control("Button");
        set(b, "Label", Any(to_ou(text(context_, label))));
        set(b, "HelpText", Any(to_ou(text(context_, tip))));
        Reference<css::awt::XButton> xb(b, UNO_QUERY_THROW);
        xb->setActionCommand(OUString::createFromAscii(command));
        xb->addActionListener(this);
        return b;
    }

    static void set(const Reference<css::awt::XControl>& c, const char* name, const Any& value) {
        Reference<css::beans::XPropertySet>(c->getModel(), UNO_QUERY_THROW)
            ->setPropertyValue(OUString::createFromAscii(name), value);
    }

    static void place(const Reference<css::awt::XControl>& c, sal_Int32 x, sal_Int32 y, sal_Int32 w,
                      sal_Int32 h) {
        Reference<css::awt::XWindow>(c, UNO_QUERY_THROW)
            ->setPosSize(x, y, std::max<sal_Int32>(w, 1), std::max<sal_Int32>(h, 1),
                         css::awt::PosSize::POSSIZE);
    }

    void layout(sal_Int32 width, sal_Int32 height) {
        if (disposed_ || !window_.is() || width <= 0 || height <= 0) return;
        try {
            window_->setPosSize(0, 0, width, height, css::awt::PosSize::POSSIZE);
            const sal_Int32 m = 6, gap = 4, bh = 26, w = width - 2 * m;
            sal_Int32 y = m;
            place(summary_, m, y, w, 36);
            y += 36 + gap;
            const sal_Int32 third = (w - 2 * gap) / 3;
            place(check_, m, y, third, bh);
            place(fill_, m + third + gap, y, third, bh);
            place(compare_, m + 2 * (third + gap), y, w - 2 * (third + gap), bh);
            y += bh + gap;
            // Below the list: detail (the selected row's whole text wrapped, and what 修正
            // writes: up to 6 lines), reason, two rows of buttons.
            const sal_Int32 detail_h = 100;
            const sal_Int32 below = detail_h + gap + 22 + gap + bh + gap + bh + m;
            const sal_Int32 list_h = std::max<sal_Int32>(80, height - y - below - gap);
            place(list_, m, y, w, list_h);
            y += list_h + gap;
            place(detail_, m, y, w, detail_h);
            y += detail_h + gap;
            place(reason_label_, m, y + 3, 120, 20);
            place(reason_, m + 122, y, w - 122, 22);
            y += 22 + gap;
            place(fix_, m, y, third, bh);
            place(dismiss_, m + third + gap, y, third, bh);
            place(toggle_, m + 2 * (third + gap), y, w - 2 * (third + gap), bh);
            y += bh + gap;
            const sal_Int32 half = (w - gap) / 2;
            place(insert_, m, y, half, bh);
            place(remove_, m + half + gap, y, w - half - gap, bh);
        } catch (...) {
            log_caught(context_, "panel layout");
        }
    }

    static std::string trimmed(const std::string& row) {
        const auto first = row.find_first_not_of(' ');
        return first == std::string::npos ? std::string() : row.substr(first);
    }

    const ReviewRow* selected_row() const {
        return selected_ >= 0 && std::size_t(selected_) < rows_.size()
                   ? &rows_[std::size_t(selected_)]
                   : nullptr;
    }

    // Buttons and the detail line follow the selected row; `user` (a click or a key, not a refresh)
    // also selects the finding's place in the document.
    void selection_changed(bool user) {
        try {
            const ReviewRow* r = selected_row();
            const bool have = static_cast<bool>(state_.review);
            const bool read_only = have && state_.review->read_only;
            const OUString ro_tip = to_ou(text(context_, Text::read_only));
            const bool is_finding =
                r && (r->kind == ReviewRow::Kind::finding || r->kind == ReviewRow::Kind::group);
            const bool is_dismissed = r && r->kind == ReviewRow::Kind::dismissed;
            std::string detail = text(context_, Text::select_hint);
            bool fixable = false;
            Frame frame(frame_);
            // The row's whole text first: at the sidebar's usual width a finding's line is cut
            // off in the list, and this label wraps it.
            const std::string whole = r ? trimmed(r->text) : std::string();
            if (is_finding) {
                CommandResult p = preview_command(context_, frame, row_args(selected_));
                fixable = p.ok;
                detail = whole + "\n" + p.message;
            } else if (is_dismissed) {
                const auto& d =
                    state_.review->outcome.dismissed[std::size_t(r->dismissed)].dismissal;
                detail = d.reason.empty() ? whole + "\n" + text(context_, Text::restore_tip)
                                          : whole;
            } else if (r) {
                detail = whole;
            }
            set(list_, "HelpText",
                Any(to_ou(whole.empty() ? std::string(text(context_, Text::list_tip)) : whole)));
            if (read_only && (is_finding || is_dismissed))
                detail += "\n" + std::string(text(context_, Text::read_only));
            set(detail_, "Label", Any(to_ou(detail)));
            set(fix_, "Enabled", Any(fixable && !read_only));
            set(dismiss_, "Enabled", Any((is_finding || is_dismissed) && !read_only));
            set(dismiss_, "Label",
                Any(to_ou(text(context_, is_dismissed ? Text::restore : Text::dismiss))));
            set(dismiss_, "HelpText",
                Any(read_only ? ro_tip
                              : to_ou(text(context_,
                                           is_dismissed ? Text::restore_tip : Text::dismiss_tip))));
            set(fix_, "HelpText", Any(read_only ? ro_tip : to_ou(text(context_, Text::fix_tip))));
            set(fill_, "Enabled", Any(!read_only));
            set(fill_, "HelpText", Any(read_only ? ro_tip : to_ou(text(context_, Text::fill_tip))));
            set(insert_, "Enabled",
                Any(!read_only && have && !state_.review->outcome.findings.empty()));
            set(remove_, "Enabled", Any(!read_only));
            const bool group = r && r->kind == ReviewRow::Kind::group;
            set(toggle_, "Enabled", Any(group));
            set(toggle_, "Label",
                Any(to_ou(text(context_, group && state_.expanded.count(r->group)
                                             ? Text::collapse
                                             : Text::expand))));
            if (user && r && (is_finding || is_dismissed))
                select_command(context_, frame, row_args(selected_));
        } catch (...) {
            log_caught(context_, "panel selection");
        }
    }

    void act(const std::string& command) {
        Frame frame(frame_);
        if (!frame.is()) return;
        Args interactive(1);
        interactive.getArray()[0].Name = "Interactive";
        interactive.getArray()[0].Value <<= true;
        CommandResult r{true, 0, {}, std::nullopt};
        if (command == "check")
            r = check_command(context_, frame, interactive);
        else if (command == "fill")
            r = fill_command(context_, frame, interactive);
        else if (command == "compare")
            r = compare_command(context_, frame, interactive);
        else if (command == "insert")
            r = insert_comments_command(context_, frame, interactive);
        else if (command == "remove")
            r = remove_comments_command(context_, frame, interactive);
        else if (selected_ < 0)
            return;
        else if (command == "fix")
            r = fix_finding_command(context_, frame, row_args(selected_));
        else if (command == "toggle" || command.empty())
            r = toggle_command(context_, frame, row_args(selected_));
        else if (command == "dismiss") {
            const ReviewRow* row = selected_row();
            if (row && row->kind == ReviewRow::Kind::dismissed) {
                r = restore_command(context_, frame, row_args(selected_));
            } else {
                Reference<css::awt::XTextComponent> reason(reason_, UNO_QUERY_THROW);
                r = dismiss_command(context_, frame, row_args(selected_, reason->getText()));
                if (r.ok) reason->setText(OUString());
            }
        }
        // A refusal or a result is shown where the preview was; the list refreshes by itself.
        if (!r.message.empty() && command != "check" && command != "fill" && command != "compare" &&
            command != "insert" && command != "remove")
            set(detail_, "Label", Any(to_ou(r.message)));
    }

    Context context_;
    css::uno::WeakReference<css::frame::XFrame> frame_;
    Reference<css::awt::XWindow> parent_;
    Reference<css::ui::XSidebar> sidebar_;
    Reference<css::awt::XToolkit> toolkit_;
    Reference<css::awt::XWindowPeer> peer_;
    Reference<css::awt::XWindow> window_;
    Reference<css::awt::XControl> summary_, check_, fill_, compare_, list_, detail_, reason_label_,
        reason_, fix_, dismiss_, toggle_, insert_, remove_;
    ReviewState state_;
    std::vector<ReviewRow> rows_;
    sal_Int32 selected_ = -1;
    std::mutex dispose_mutex_;
    bool disposed_ = false;
};

class PanelFactory
    : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
public:
    explicit PanelFactory(const Context& context) : context_(context) {}

    Reference<css::ui::XUIElement> SAL_CALL
    createUIElement(const OUString& url, const Sequence<css::beans::PropertyValue>& args) override {
        Frame frame;
        Reference<css::awt::XWindow> parent;
        Reference<css::ui::XSidebar> sidebar;
        for (const auto& a : args) {
            if (a.Name == "Frame")
                a.Value >>= frame;
            else if (a.Name == "ParentWindow")
                a.Value >>= parent;
            else if (a.Name == "Sidebar")
                a.Value >>= sidebar;
        }
        if (!url.equalsAscii(panel_url) || !frame.is() || !parent.is())
            throw css::lang::IllegalArgumentException(
                "nianbao panel: unknown URL or no frame/parent window",
                static_cast<cppu::OWeakObject*>(this), 0);
        rtl::Reference<Panel> panel(new Panel(context_, frame, parent, sidebar));
        try {
            panel->build();
        } catch (...) {
            log_caught(context_, "building the panel");
            panel->dispose();
            throw;
        }
        return Reference<css::ui::XUIElement>(panel.get());
    }

    OUString SAL_CALL getImplementationName() override { return "org.nianbao.PanelFactoryImpl"; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return cppu::supportsService(this, name);
    }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        Sequence<OUString> names(1);
        names.getArray()[0] = "org.nianbao.PanelFactory";
        return names;
    }

private:
    Context context_;
};

} // namespace
} // namespace nianbao::uno

extern "C" SAL_DLLPUBLIC_EXPORT com::sun::star::uno::XInterface*
org_nianbao_PanelFactory_get_implementation(
    com::sun::star::uno::XComponentContext* context,
    const com::sun::star::uno::Sequence<com::sun::star::uno::Any>&) {
    auto* impl = new nianbao::uno::PanelFactory(context);
    impl->acquire();
    return static_cast<cppu::OWeakObject*>(impl);
}
