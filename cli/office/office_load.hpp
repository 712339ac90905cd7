// Opening a document in the private office the way no dialog can block it, closing it, and
// saving a copy in the input's own format.
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace nianbao::cli::office {

namespace css = com::sun::star;

struct Loaded {
    css::uno::Reference<css::text::XTextDocument> document;
    std::string error;  // Chinese, when `document` is empty
};

// Hidden, macros never run, links never updated, every question (password, repair) answered
// "abort". `read_only`: no lock file beside the user's file (and a killed office leaves none).
Loaded load_document(const css::uno::Reference<css::frame::XDesktop2>& desktop, const std::string& path,
                     const std::string& filter, bool read_only);

// The same for reading only, without a window, view or layout: a TextDocument model filled by
// XLoadable::load (no frame). Writer lays out a document only for a view, and the reader needs
// none (paragraph and cell text, tables, document properties): half the office's CPU per
// document (BENCHMARKS.md).
Loaded load_model(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& path,
                  const std::string& filter);

// Closes the document; an office that died meanwhile is not an error here.
void close_document(const css::uno::Reference<css::text::XTextDocument>& document) noexcept;

// Stores a copy with `filter` at `path` (a file in our private directory).
void store_copy(const css::uno::Reference<css::text::XTextDocument>& document, const std::string& path,
                const std::string& filter);

// A file URL for an absolute or relative local path.
rtl::OUString file_url(const std::string& path);

} // namespace nianbao::cli::office
