// The panel's words in zh-CN and en-US.
#include "l10n.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

namespace nianbao::uno {
namespace {

struct Words {
    Text id;
    const char* zh;
    const char* en;
};

constexpr Words words[] = {
    {Text::check, "检查", "Check"},
    {Text::check_tip, "按国家标准格式检查全文和三张统计表",
     "Check the whole report and its three tables against the standard format"},
    {Text::fill, "填充合计", "Fill totals"},
    {Text::fill_tip, "把计算出的合计写入统计表（可一步撤销）",
     "Write the computed totals into the tables (one undo step)"},
    // Short: a third of the sidebar's default width (the tooltip says the rest).
    {Text::compare, "与上年比对…", "Last year…"},
    {Text::compare_tip, "选择上年的年度报告，一并检查结转数和重复文字",
     "Pick last year's report and also check carry-overs and copied text"},
    {Text::insert_comments, "插入批注", "Insert comments"},
    {Text::insert_comments_tip, "把每个问题作为批注插入到其位置（作者“年报检查”）",
     "Insert every finding as a comment at its place (author 年报检查)"},
    {Text::remove_comments, "移除批注", "Remove comments"},
    {Text::remove_comments_tip, "只移除本检查插入的批注，其他批注保留",
     "Remove only the comments this checker inserted"},
    {Text::fix, "修正", "Fix"},
    {Text::fix_tip, "只修正所选的问题（可一步撤销）",
     "Apply the fix of the selected finding only (one undo step)"},
    {Text::dismiss, "忽略", "Dismiss"},
    {Text::dismiss_tip, "确认所选问题无需修改；记录保存在文档中，数字变化后会重新提示",
     "Accept the selected finding; kept in the document until its figures change"},
    {Text::restore, "恢复", "Restore"},
    {Text::restore_tip, "撤销对所选问题的忽略", "Show the selected dismissed finding again"},
    {Text::expand, "展开", "Expand"},
    {Text::collapse, "收起", "Collapse"},
    {Text::expand_tip, "展开或收起所选的一组同类问题（也可按回车）",
     "Expand or collapse the selected group (or press Enter)"},
    {Text::reason_label, "忽略理由（可选）：", "Reason (optional):"},
    {Text::reason_tip, "写明为何无需修改，供复核人查看",
     "Why no change is needed, for the reviewer"},
    {Text::list_tip, "选中一条，文档中会选中对应的位置",
     "Select a finding to select its place in the document"},
    {Text::not_checked, "尚未检查。点击“检查”。", "Not checked yet. Press Check."},
    {Text::dismissed_heading, "已忽略", "Dismissed"},
    {Text::read_only, "文档为只读：不能修正、忽略或填充合计。请另存为可编辑的文档。",
     "The document is read-only: fixes, dismissals and totals are disabled. Save a copy to edit."},
    {Text::no_fix, "此问题没有可自动写入的修正值。", "This finding has no value to write."},
    {Text::fix_preview, "修正将写入：", "Fix writes: "},
    {Text::select_hint, "选中问题后可修正或忽略。", "Select a finding to fix or dismiss it."},
    {Text::group_fix_preview, "修正将写入这一组的 ", "Fix writes the group's "},
    {Text::checking_stale, "文档已修改，正在重新检查…", "The document changed; checking again…"},
};

} // namespace

bool chinese_ui(const css::uno::Reference<css::uno::XComponentContext>& context) {
    // A function-local static, not std::call_once (pthread_once needs glibc 2.34:
    // docs/extension.md).
    static const bool chinese = [&] {
        try {
            auto provider = css::configuration::theDefaultProvider::get(context);
            css::uno::Sequence<css::uno::Any> args(1);
            args.getArray()[0] <<= css::beans::NamedValue(
                "nodepath", css::uno::Any(OUString("/org.openoffice.Setup/L10N")));
            css::uno::Reference<css::container::XNameAccess> l10n(
                provider->createInstanceWithArguments(
                    "com.sun.star.configuration.ConfigurationAccess", args),
                css::uno::UNO_QUERY_THROW);
            OUString locale;
            l10n->getByName("ooLocale") >>= locale;
            logger(context)->info("UI locale {}", to_std(locale));
            return locale.startsWith("zh");
        } catch (...) {
            log_caught(context, "reading the UI locale");
            return false;
        }
    }();
    return chinese;
}

const char* text(const css::uno::Reference<css::uno::XComponentContext>& context, Text id) {
    const bool zh = chinese_ui(context);
    for (const auto& w : words)
        if (w.id == id) return zh ? w.zh : w.en;
    return "";
}

} // namespace nianbao::uno
