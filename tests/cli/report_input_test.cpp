// Which files a batch may read on its worker threads. Office documents and PDFs go through one
// office process or reader at a time (batch.hpp), so they must be recognised by their content:
// a .docx saved under a .txt name, read on a worker thread beside the main thread's office
// document, would use the office from two threads at once.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "report_input.hpp"

namespace fs = std::filesystem;
using nianbao::cli::ReportInputs;

namespace {

class ReadsConcurrently : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("nianbao-report-input-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    // `source` copied under the name `name` in the test's own folder.
    std::string copy_as(const fs::path& source, const std::string& name) {
        const fs::path to = dir_ / name;
        fs::copy_file(source, to, fs::copy_options::overwrite_existing);
        return to.string();
    }
    fs::path dir_;
};

const fs::path data = NIANBAO_TEST_DATA;

TEST_F(ReadsConcurrently, TextAndWebPagesMay) {
    EXPECT_TRUE(ReportInputs::reads_concurrently(copy_as(data / "samples/zhanhe-zhujian-2024.txt", "report.txt")));
    EXPECT_TRUE(ReportInputs::reads_concurrently(copy_as(data / "samples/zhanhe-zhujian-2024.txt", "report.html")));
}

TEST_F(ReadsConcurrently, AnOfficeDocumentUnderATextNameMayNot) {
    EXPECT_FALSE(ReportInputs::reads_concurrently(copy_as(data / "real/variants/city-2025.docx", "really-a-docx.txt")));
    EXPECT_FALSE(ReportInputs::reads_concurrently(copy_as(data / "real/variants/city-2025.docx", "report.html")));
}

TEST_F(ReadsConcurrently, APdfUnderATextNameMayNot) {
    EXPECT_FALSE(ReportInputs::reads_concurrently(copy_as(data / "real/variants/city-2025.pdf", "really-a-pdf.txt")));
}

} // namespace
