// Expands directories into report files (see input_files.hpp).
#include "input_files.hpp"

#include <algorithm>
#include <system_error>

namespace nianbao::cli {
namespace fs = std::filesystem;

namespace {

std::string lower_extension(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
    return ext;
}

// Hidden files, and the owner files Word and LibreOffice leave next to an open document: they
// are never reports, and reading them would only add noise to the summary.
bool skipped_name(const std::string& name) {
    return name.empty() || name[0] == '.' || name.starts_with("~$");
}

fs::path canonical_or_absolute(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(p, ec);
    return ec ? fs::absolute(p, ec) : c;
}

bool under(const fs::path& path, const fs::path& dir) {
    auto [d, p] = std::mismatch(dir.begin(), dir.end(), path.begin(), path.end());
    return d == dir.end();
}

} // namespace

InputKind input_kind(const fs::path& path) {
    const std::string ext = lower_extension(path);
    if (ext == ".txt" || ext == ".md") return InputKind::text;
    if (ext == ".html" || ext == ".htm") return InputKind::html;
    if (ext == ".pdf") return InputKind::pdf;
    if (ext == ".docx" || ext == ".doc" || ext == ".odt" || ext == ".rtf" || ext == ".wps" ||
        ext == ".fodt")
        return InputKind::office;
    return InputKind::other;
}

bool is_report_file(const fs::path& path) {
    return input_kind(path) != InputKind::other;
}

InputList collect_inputs(const std::vector<std::string>& args, const std::vector<fs::path>& skip) {
    std::vector<fs::path> skipped;
    for (const auto& s : skip)
        skipped.push_back(canonical_or_absolute(s));
    InputList list;
    for (const std::string& arg : args) {
        std::error_code ec;
        if (!fs::is_directory(arg, ec)) {
            list.files.push_back({arg, fs::path(arg).filename().string()});
            continue;
        }
        std::vector<InputFile> found;
        const fs::path root(arg);
        fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied,
                                            ec);
        if (ec) {
            list.unlisted.push_back({arg, arg});
            list.unlisted_errors.push_back("无法列出目录中的文件（没有读取权限或目录已不存在）");
            continue;
        }
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) {
                list.unlisted.push_back(
                    {it->path().string(), it->path().lexically_relative(root).string()});
                list.unlisted_errors.push_back("无法列出目录中的文件");
                ec.clear();
                break;
            }
            const fs::path& p = it->path();
            const std::string name = p.filename().string();
            std::error_code e2;
            const bool dir = it->is_directory(e2);
            if (skipped_name(name) ||
                (dir && std::any_of(skipped.begin(), skipped.end(), [&](const fs::path& s) {
                     return under(canonical_or_absolute(p), s);
                 }))) {
                if (dir) it.disable_recursion_pending();
                continue;
            }
            if (dir || !is_report_file(p)) continue;
            found.push_back({p.string(), p.lexically_relative(root).generic_string()});
        }
        std::sort(found.begin(), found.end(),
                  [](const InputFile& a, const InputFile& b) { return a.name < b.name; });
        for (auto& f : found)
            list.files.push_back(std::move(f));
    }
    return list;
}

} // namespace nianbao::cli
