// Loading with an interaction handler of our own: headless LibreOffice asks through it for a
// password (DocumentPasswordRequest, DocumentMSPasswordRequest2) or whether to repair a damaged
// package (BrokenPackageRequest). We answer "abort" and remember what was asked, to say why the
// document could not be read.
#include "office_load.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/XLoadable.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>
#include <rtl/ref.hxx>

#include <filesystem>
#include <vector>

#include "log.hpp"

namespace nianbao::cli::office {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using nianbao::uno::to_ou;
using nianbao::uno::to_std;
using rtl::OUString;

class AbortingHandler : public cppu::WeakImplHelper1<css::task::XInteractionHandler> {
public:
    void SAL_CALL handle(const Reference<css::task::XInteractionRequest>& request) override {
        const std::string type = to_std(request->getRequest().getValueTypeName());
        if (type.find("PasswordRequest") != std::string::npos) password = true;
        else if (type.find("BrokenPackage") != std::string::npos) broken = true;
        for (const auto& c : request->getContinuations()) {
            Reference<css::task::XInteractionAbort> abort(c, UNO_QUERY);
            if (abort.is()) {
                abort->select();
                return;
            }
        }
    }
    bool password = false, broken = false;
};

css::beans::PropertyValue property(const char* name, const Any& value) {
    css::beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

css::uno::Sequence<css::beans::PropertyValue> sequence(const std::vector<css::beans::PropertyValue>& v) {
    css::uno::Sequence<css::beans::PropertyValue> s(sal_Int32(v.size()));
    for (std::size_t i = 0; i < v.size(); ++i) s.getArray()[i] = v[i];
    return s;
}

} // namespace

rtl::OUString file_url(const std::string& path) {
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::absolute(path, ec);
    OUString url;
    osl::FileBase::getFileURLFromSystemPath(to_ou(absolute.lexically_normal().string()), url);
    return url;
}

namespace {

// The error for a document that did not load, from what the handler was asked.
std::string load_error(const AbortingHandler& handler) {
    if (handler.password) return "文档有密码保护，无法读取：请提供未加密的副本";
    if (handler.broken) return "文档已损坏（压缩包不完整或内容有误），LibreOffice 无法打开";
    return "LibreOffice 无法打开这个文件：文件已损坏，或不是 Word/WPS/Writer 文档";
}

std::vector<css::beans::PropertyValue> load_arguments(const std::string& filter, bool read_only,
                                                      const rtl::Reference<AbortingHandler>& handler) {
    return {
        property("Hidden", Any(true)),
        property("ReadOnly", Any(read_only)),
        property("Silent", Any(true)),
        property("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE)),
        property("UpdateDocMode", Any(css::document::UpdateDocMode::NO_UPDATE)),
        property("FilterName", Any(to_ou(filter))),
        property("InteractionHandler", Any(Reference<css::task::XInteractionHandler>(handler.get()))),
    };
}

} // namespace

Loaded load_document(const Reference<css::frame::XDesktop2>& desktop, const std::string& path, const std::string& filter,
                     bool read_only) {
    rtl::Reference<AbortingHandler> handler(new AbortingHandler);
    Loaded out;
    Reference<css::lang::XComponent> component;
    try {
        component = desktop->loadComponentFromURL(file_url(path), "_blank", 0,
                                                  sequence(load_arguments(filter, read_only, handler)));
    } catch (const css::lang::IllegalArgumentException&) {
        // "type detection aborted": a question was answered "abort" (see below).
    }
    out.document.set(component, UNO_QUERY);
    if (out.document.is()) return out;
    if (component.is()) {
        Reference<css::util::XCloseable>(component, UNO_QUERY)->close(true);
        out.error = "这不是文字处理文档（LibreOffice 打开后不是 Writer 文档）";
    } else {
        out.error = load_error(*handler);
    }
    return out;
}

Loaded load_model(const Reference<css::uno::XComponentContext>& context, const std::string& path, const std::string& filter) {
    rtl::Reference<AbortingHandler> handler(new AbortingHandler);
    Loaded out;
    Reference<css::text::XTextDocument> document(
        context->getServiceManager()->createInstanceWithContext("com.sun.star.text.TextDocument", context),
        css::uno::UNO_QUERY_THROW);
    std::vector<css::beans::PropertyValue> args = load_arguments(filter, true, handler);
    args.push_back(property("URL", Any(file_url(path))));
    try {
        Reference<css::frame::XLoadable>(document, css::uno::UNO_QUERY_THROW)->load(sequence(args));
        out.document = document;
        return out;
    } catch (const css::io::IOException&) {            // unreadable, or a question answered "abort"
    } catch (const css::lang::IllegalArgumentException&) {
    }
    close_document(document);
    out.error = load_error(*handler);
    return out;
}

void close_document(const Reference<css::text::XTextDocument>& document) noexcept {
    try {
        Reference<css::util::XCloseable> closeable(document, UNO_QUERY);
        if (closeable.is()) closeable->close(true);
        else if (document.is()) document->dispose();
    } catch (...) {  // the office died or the document is already gone: nothing left to close
    }
}

void store_copy(const Reference<css::text::XTextDocument>& document, const std::string& path, const std::string& filter) {
    std::vector<css::beans::PropertyValue> args{property("FilterName", Any(to_ou(filter))),
                                                property("Overwrite", Any(true))};
    Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW)->storeToURL(file_url(path), sequence(args));
}

} // namespace nianbao::cli::office
