// Both halves of the in-office reader: the component (exported with component_getFactory, which
// the office's SharedLibrary loader calls) and the command's side that activates and calls it.
#include "office_reader.hpp"

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

class OfficeReader : public cppu::WeakImplHelper2<css::task::XJob, css::lang::XServiceInfo> {
public:
    // Arguments: Document (the loaded XTextDocument). Result: the encoded DocumentWire.
    css::uno::Any SAL_CALL execute(const Sequence<css::beans::NamedValue>& arguments) override {
        Reference<css::text::XTextDocument> document;
        for (const auto& a : arguments)
            if (a.Name == "Document") a.Value >>= document;
        if (!document.is()) throw css::uno::RuntimeException("OfficeReader: no Document");
        try {
            nianbao::uno::WriterDocument doc = nianbao::uno::read_writer_document(document);
            const std::vector<std::uint8_t> bytes =
                encode(DocumentWire{std::move(doc.lines), std::move(doc.report.dismissals)});
            return css::uno::Any(Sequence<sal_Int8>(reinterpret_cast<const sal_Int8*>(bytes.data()),
                                                    sal_Int32(bytes.size())));
        } catch (const css::uno::Exception&) {
            throw;
        } catch (const std::exception& e) {
            // A C++ exception must not cross the bridge: it would end the office.
            throw css::uno::RuntimeException(to_ou(std::string("读取文档时出错：") + e.what()));
        }
    }
    OUString SAL_CALL getImplementationName() override {
        return OUString::createFromAscii(office_reader_name);
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return cppu::supportsService(this, name);
    }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return reader_services(); }
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
                            const Reference<css::text::XTextDocument>& document) {
    Sequence<css::beans::NamedValue> args(1);
    args.getArray()[0].Name = "Document";
    args.getArray()[0].Value <<= document;
    Sequence<sal_Int8> bytes;
    if (!(reader->execute(args) >>= bytes))
        throw css::uno::RuntimeException("OfficeReader: no result");
    return decode(reinterpret_cast<const std::uint8_t*>(bytes.getConstArray()),
                  std::size_t(bytes.getLength()));
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
