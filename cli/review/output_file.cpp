// Writing an output file (see output_file.hpp).
#include "output_file.hpp"

#include <fstream>

namespace nianbao::cli::review {

bool write_output(const std::filesystem::path& path, std::string_view content, std::string& error) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) {
        error = "无法创建目录 " + path.parent_path().string() + "：" + ec.message();
        return false;
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(content.data(), std::streamsize(content.size()));
    out.close();
    if (!out) {
        error = "无法写入文件 " + path.string() + "（没有写入权限或磁盘已满）";
        return false;
    }
    return true;
}

} // namespace nianbao::cli::review
