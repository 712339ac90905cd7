// Both halves of the in-office reader: the component (exported with component_getFactory, which
// the office's SharedLibrary loader calls) and the command's side that activates and calls it.
#include "office_reader.hpp"

#include "comments.hpp"
#include "log.hpp"
#include "office_load.hpp"
#include "writer_document.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XSingleComponentFactory.hpp>
#include <com/sun/star/loader/XImplementationLoader.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <dlfcn.h>
#include <exception>
#include <mutex>
#include <uno/environment.h>
#include <uno/lbnames.h>

using rtl::OUString;

namespace nianbao::cli::office {
namespace {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using nianbao::uno::to_ou;

Sequence<OUString> reader_services() {
    const OUString name = OUString::createFromAscii(office_reader_name);
    return Sequence<OUString>(&name, 1);
}

Sequence<sal_Int8> as_bytes(const std::vector<std::uint8_t>& bytes) {
    return Sequence<sal_Int8>(reinterpret_cast<const sal_Int8*>(bytes.data()), sal_Int32(bytes.size()));
}

class OfficeReader : public cppu::WeakImplHelper2<css::task::XJob, css::lang::XServiceInfo> {
public:
    // Arguments: Document (the loaded XTextDocument); Keep (optional, true: keep what was read
    // for Comments); Comments (optional, the encoded comments to insert instead of reading).
    // Result: the encoded DocumentWire, or with Comments the number inserted.
    css::uno::Any SAL_CALL execute(const Sequence<css::beans::NamedValue>& arguments) override {
        Reference<css::text::XTextDocument> document;
        bool keep = false, annotate = false;
        Sequence<sal_Int8> comments;
        for (const auto& a : arguments) {
            if (a.Name == "Document") a.Value >>= document;
            else if (a.Name == "Keep") a.Value >>= keep;
            else if (a.Name == "Comments") annotate = (a.Value >>= comments);
        }
        if (!document.is()) throw css::uno::RuntimeException("OfficeReader: no Document");
        std::lock_guard lock(mutex_);
        try {
            if (annotate) {
                // The ranges of the document read last with Keep, or those of a fresh read.
                if (kept_document_ != Reference<css::uno::XInterface>(document, UNO_QUERY_THROW))
                    kept_ = nianbao::uno::read_writer_document(document);
                const int n = nianbao::uno::insert_comments(
                    document, kept_,
                    decode_comments(reinterpret_cast<const std::uint8_t*>(comments.getConstArray()),
                                    std::size_t(comments.getLength())));
                forget();
                return css::uno::Any(sal_Int32(n));
            }
            forget();
            nianbao::uno::WriterDocument doc = nianbao::uno::read_writer_document(document);
            const std::vector<std::uint8_t> bytes =
                encode(DocumentWire{std::move(doc.lines), std::move(doc.report.dismissals)});
            if (keep) {  // the comments need only the ranges of the lines' paragraphs
                kept_ = std::move(doc);
                kept_document_.set(document, UNO_QUERY_THROW);
            }
            return css::uno::Any(as_bytes(bytes));
        } catch (const css::uno::Exception&) {
            forget();
            throw;
        } catch (const std::exception& e) {
            forget();
            // A C++ exception must not cross the bridge: it would end the office.
            throw css::uno::RuntimeException(to_ou(std::string("处理文档时出错：") + e.what()));
        }
    }
    OUString SAL_CALL getImplementationName() override {
        return OUString::createFromAscii(office_reader_name);
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return cppu::supportsService(this, name);
    }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return reader_services(); }

private:
    // Nothing of a document is held past its annotation (or the next read).
    void forget() {
        kept_ = {};
        kept_document_.clear();
    }
    std::mutex mutex_;
    nianbao::uno::WriterDocument kept_;
    Reference<css::uno::XInterface> kept_document_;
};

Reference<css::uno::XInterface> create_reader(const Reference<css::uno::XComponentContext>&) {
    return static_cast<cppu::OWeakObject*>(new OfficeReader);
}

} // namespace

std::string plugin_file() {
    Dl_info info{};
    if (::dladdr(reinterpret_cast<void*>(&plugin_file), &info) == 0 || !info.dli_fname) return {};
    return info.dli_fname;
}

Reference<css::task::XJob>
activate_office_reader(const Reference<css::uno::XComponentContext>& remote,
                       const std::string& library) {
    Reference<css::loader::XImplementationLoader> loader(
        remote->getServiceManager()->createInstanceWithContext("com.sun.star.loader.SharedLibrary",
                                                               remote),
        UNO_QUERY_THROW);
    Reference<css::lang::XSingleComponentFactory> factory(
        loader->activate(OUString::createFromAscii(office_reader_name), OUString(),
                         file_url(library), nullptr),
        UNO_QUERY_THROW);
    return Reference<css::task::XJob>(factory->createInstanceWithContext(remote), UNO_QUERY_THROW);
}

DocumentWire read_in_office(const Reference<css::task::XJob>& reader,
                            const Reference<css::text::XTextDocument>& document, bool keep) {
    Sequence<css::beans::NamedValue> args(2);
    args.getArray()[0].Name = "Document";
    args.getArray()[0].Value <<= document;
    args.getArray()[1].Name = "Keep";
    args.getArray()[1].Value <<= keep;
    Sequence<sal_Int8> bytes;
    if (!(reader->execute(args) >>= bytes))
        throw css::uno::RuntimeException("OfficeReader: no result");
    return decode(reinterpret_cast<const std::uint8_t*>(bytes.getConstArray()),
                  std::size_t(bytes.getLength()));
}

int annotate_in_office(const Reference<css::task::XJob>& reader,
                       const Reference<css::text::XTextDocument>& document,
                       const std::vector<nianbao::uno::Comment>& comments) {
    Sequence<css::beans::NamedValue> args(2);
    args.getArray()[0].Name = "Document";
    args.getArray()[0].Value <<= document;
    args.getArray()[1].Name = "Comments";
    args.getArray()[1].Value <<= as_bytes(encode(comments));
    sal_Int32 n = 0;
    if (!(reader->execute(args) >>= n)) throw css::uno::RuntimeException("OfficeReader: no result");
    return int(n);
}

} // namespace nianbao::cli::office

// Called by the office's com.sun.star.loader.SharedLibrary when activate_office_reader() asks.
extern "C" SAL_DLLPUBLIC_EXPORT void
component_getImplementationEnvironment(const char** env_type_name, uno_Environment**) {
    *env_type_name = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}

extern "C" SAL_DLLPUBLIC_EXPORT void* component_getFactory(const char* implementation, void*,
                                                           void*) {
    if (!implementation || std::string(implementation) != nianbao::cli::office::office_reader_name)
        return nullptr;
    com::sun::star::uno::Reference<com::sun::star::lang::XSingleComponentFactory> factory =
        cppu::createSingleComponentFactory(
            &nianbao::cli::office::create_reader,
            OUString::createFromAscii(nianbao::cli::office::office_reader_name),
            nianbao::cli::office::reader_services());
    factory->acquire();
    return factory.get();
}
