// The standard report template (2021 format), generated from the same format declarations the
// checker uses, laid out as an official document (GB/T 9704-2012).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "nianbao/export.hpp"
#include "nianbao/model.hpp"

namespace nianbao {

struct TemplateOptions {
    std::string agency;             // empty: a field “（机关名称）” to fill in
    std::optional<int> year;        // empty: “（年度）”
    AgencyKind kind = AgencyKind::department;  // a people's government gets its extra guidance
};

// Checks the options; returns a Chinese message when they cannot make a 2021-format report.
NIANBAO_API std::string validate_template_options(const TemplateOptions& options);

// Which font name each style gives first: the free CJK font for LibreOffice (which asks fontconfig
// only for the first name on Linux), the official font for a file to be converted to .docx/.dotx
// (Word and WPS keep the first name). See odf_template.cpp.
enum class TemplateFonts { libreoffice, word };

// The template as a Flat ODF text document (.fodt), UTF-8 XML.
NIANBAO_API std::string render_template_fodt(const TemplateOptions& options,
                                             TemplateFonts fonts = TemplateFonts::libreoffice);

// The same document as the parts of an .odt package, in package order: mimetype first, then
// content.xml, styles.xml, meta.xml and META-INF/manifest.xml (name, bytes).
NIANBAO_API std::vector<std::pair<std::string, std::string>> render_template_odf_parts(
    const TemplateOptions& options, TemplateFonts fonts = TemplateFonts::libreoffice);

// Those parts packed as .odt (a zip: mimetype stored, the rest deflated). In nianbao::output
// (libcore/output/odt_package.cpp, libzip), not in libnianbao-core; throws std::runtime_error
// (Chinese message) only when libzip cannot build the archive in memory.
std::string render_template_odt(const TemplateOptions& options, TemplateFonts fonts = TemplateFonts::libreoffice);

// A file name that every file system accepts, from an agency name: “某县/住建局” -> “某县_住建局”.
NIANBAO_API std::string safe_file_name(const std::string& name);

} // namespace nianbao
