// The dismissals (忽略) of a document, kept in it as the user-defined document property
// `NianbaoDismissals` (text, format in libcore dismissals.hpp): Writer saves user-defined
// properties in .odt (meta.xml) and .docx (docProps/custom.xml) alike.
#pragma once

#include "log.hpp"
#include "nianbao/dismissal.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <string>
#include <vector>

namespace nianbao::uno {

inline constexpr const char* dismissals_property = "NianbaoDismissals";

// The document's dismissals; an unreadable line is skipped and its Chinese reason added to
// `errors`. A document without the property (or without properties at all) has none.
std::vector<Dismissal> read_dismissals(const css::uno::Reference<css::lang::XComponent>& document,
                                       std::vector<std::string>* errors = nullptr);

// Replaces the property's text (removes the property when the list is empty); marks the
// document modified. Throws on a read-only document.
void write_dismissals(const css::uno::Reference<css::lang::XComponent>& document,
                      const std::vector<Dismissal>& list);

} // namespace nianbao::uno
