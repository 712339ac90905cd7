// The shared Writer reader run inside the private office. Reading a document over the pipe
// costs one UNO round trip per paragraph step and per table cell (about 1 000 for a real report,
// each a few context switches in both processes); the office instead loads this library itself
// (com.sun.star.loader.SharedLibrary, no extension installed in the profile) and runs
// read_writer_document() next to the document, answering with the lines in one call. For
// `nianbao review` it also inserts the findings as comments (office/comments.cpp) into the same
// loaded document there, in one more call, where over the pipe each comment cost several round
// trips and the document had to be loaded a second time.
#pragma once

#include "document_wire.hpp"

#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <string>

namespace nianbao::cli::office {

namespace css = com::sun::star;

inline constexpr const char* office_reader_name = "org.nianbao.cli.OfficeReader";

// Activates the reader in the office behind `remote` from `library` (this plug-in's file);
// throws a UNO exception when the office cannot load it.
css::uno::Reference<css::task::XJob>
activate_office_reader(const css::uno::Reference<css::uno::XComponentContext>& remote,
                       const std::string& library);

// One call: the document's lines and dismissals as read_writer_document() sees them in the office.
// With `keep`, the reader keeps what it read (where each line's paragraph is) for
// annotate_in_office() on the same document; otherwise it keeps nothing.
DocumentWire read_in_office(const css::uno::Reference<css::task::XJob>& reader,
                            const css::uno::Reference<css::text::XTextDocument>& document, bool keep = false);

// One call: `comments` inserted into `document` in the office (insert_comments(), the extension's
// code) at the places read_in_office(keep) found — read again there if that was another document.
// Returns how many; the reader keeps nothing afterwards.
int annotate_in_office(const css::uno::Reference<css::task::XJob>& reader,
                       const css::uno::Reference<css::text::XTextDocument>& document,
                       const std::vector<nianbao::uno::Comment>& comments);

// This plug-in's own file, for activate_office_reader().
std::string plugin_file();

} // namespace nianbao::cli::office
