// Reading and writing the NianbaoDismissals document property.
#include "dismissal_property.hpp"

#include "nianbao/dismissals.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/util/XModifiable.hpp>

namespace nianbao::uno {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

Reference<css::beans::XPropertyContainer>
user_properties(const Reference<css::lang::XComponent>& document) {
    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY);
    if (!supplier.is()) return nullptr;
    Reference<css::document::XDocumentProperties> props = supplier->getDocumentProperties();
    return props.is() ? props->getUserDefinedProperties() : nullptr;
}

} // namespace

std::vector<Dismissal> read_dismissals(const Reference<css::lang::XComponent>& document,
                                       std::vector<std::string>* errors) {
    Reference<css::beans::XPropertySet> set(user_properties(document), UNO_QUERY);
    const OUString name = OUString::createFromAscii(dismissals_property);
    if (!set.is() || !set->getPropertySetInfo()->hasPropertyByName(name)) return {};
    OUString value;
    if (!(set->getPropertyValue(name) >>= value)) {
        if (errors)
            errors->push_back(std::string("文档属性 ") + dismissals_property +
                              " 不是文本，忽略记录未读取");
        return {};
    }
    ParsedDismissals parsed = parse_dismissals(to_std(value));
    if (errors) errors->insert(errors->end(), parsed.errors.begin(), parsed.errors.end());
    return std::move(parsed.dismissals);
}

void write_dismissals(const Reference<css::lang::XComponent>& document,
                      const std::vector<Dismissal>& list) {
    Reference<css::beans::XPropertyContainer> container = user_properties(document);
    if (!container.is())
        throw css::uno::RuntimeException(to_ou("此文档不能保存文档属性，忽略无法记录"));
    Reference<css::beans::XPropertySet> set(container, UNO_QUERY_THROW);
    const OUString name = OUString::createFromAscii(dismissals_property);
    const bool present = set->getPropertySetInfo()->hasPropertyByName(name);
    const std::string text = format_dismissals(list);
    if (text.empty()) {
        if (present) container->removeProperty(name);
    } else if (present) {
        set->setPropertyValue(name, css::uno::Any(to_ou(text)));
    } else {
        container->addProperty(name, css::beans::PropertyAttribute::REMOVABLE,
                               css::uno::Any(to_ou(text)));
    }
    Reference<css::util::XModifiable> modifiable(document, UNO_QUERY);
    if (modifiable.is()) modifiable->setModified(true);
}

} // namespace nianbao::uno
