// The real-report corpus as PDFs, read by the PDF reader (issue 11): every report as found and
// every Word conversion in variants/, exported by LibreOffice Writer (scripts/make-real-pdfs.sh;
// ctest makes them first, into NIANBAO_REAL_PDFS). Each PDF is compared
// - with the person's transcription of the report's cells (<name>.cells.tsv): recognition, the
//   cells that differ and the findings are a golden file (tests/golden/real/<pdf>.expected);
// - with the findings of its source document (tests/golden/real/<source>.expected): the same
//   findings, except those listed with the reason in tests/golden/real/<pdf>.differences.
// NIANBAO_UPDATE_GOLDEN=1 rewrites the .expected files (and writes a .differences file where there
// is none); review the diff and explain every difference before committing.
#include "nianbao/engine.hpp"
#include "nianbao/pdf.hpp"
#include "support/builder.hpp"
#include "support/corpus.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>

namespace nianbao {
namespace {

namespace fs = std::filesystem;
using namespace testing;

struct PdfDocument {
    std::string name;   // the PDF's file name: <stem>.pdf or <stem>.docx.pdf
    std::string source; // the document as found it was made from (its golden holds its findings)
    fs::path transcription;
};

void PrintTo(const PdfDocument& d, std::ostream* os) {
    *os << d.name;
}

// From the sources, not from the PDFs: the list is known before the PDFs are made.
std::vector<PdfDocument> pdf_documents() {
    std::vector<PdfDocument> out;
    const fs::path real = data_path("real");
    for (const auto& entry : fs::directory_iterator(real)) {
        const std::string file = entry.path().filename().string();
        if (!file.ends_with(".cells.tsv")) continue;
        const std::string stem = file.substr(0, file.size() - 10);
        for (const char* ext : {".html", ".txt", ".md"}) {
            if (!fs::exists(real / (stem + ext))) continue;
            out.push_back({stem + ".pdf", stem + ext, entry.path()});
            if (fs::exists(real / "variants" / (stem + ".docx")))
                out.push_back({stem + ".docx.pdf", stem + ext, entry.path()});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const PdfDocument& a, const PdfDocument& b) { return a.name < b.name; });
    return out;
}

std::string golden_path(const std::string& name, const char* suffix) {
    return std::string(NIANBAO_SOURCE_DIR) + "/tests/golden/real/" + name + suffix;
}

class RealPdf : public ::testing::TestWithParam<PdfDocument> {
protected:
    ReadResult read() const {
        const fs::path pdf = fs::path(NIANBAO_REAL_PDFS) / GetParam().name;
        if (!fs::exists(pdf)) {
            ADD_FAILURE() << pdf << " is missing: run scripts/make-real-pdfs.sh "
                          << NIANBAO_REAL_PDFS;
            return {};
        }
        return read_pdf_file(pdf.string());
    }
};

TEST(RealPdfCorpus, HasAtLeastTenPdfs) {
    EXPECT_GE(pdf_documents().size(), 10u);
}

TEST_P(RealPdf, ReadsWhatThePersonTranscribed) {
    const PdfDocument& d = GetParam();
    const Transcription want = load_transcription(d.transcription);
    ReadResult res = read();
    if (::testing::Test::HasFailure()) return;
    const std::vector<Finding> findings = res.ok ? check(res.report) : std::vector<Finding>{};
    const std::string actual =
        res.ok ? describe(res.report, want, findings) : "unreadable\t" + res.error + "\n";
    const std::string path = golden_path(d.name, ".expected");
    if (std::getenv("NIANBAO_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        GTEST_SKIP() << "rewrote " << path;
    }
    ASSERT_TRUE(fs::exists(path)) << "no golden file for " << d.name
                                  << " (NIANBAO_UPDATE_GOLDEN=1, then review it)";
    EXPECT_EQ(actual, read_file(path));
}

// The findings differ from the source document's only where <pdf>.differences says why: groups
// separated by blank lines, each opening with comment lines "# why" and then its lines
// "+<TAB>finding" (only the PDF has it) or "-<TAB>finding" (only the source has it).
TEST_P(RealPdf, FindsWhatItsSourceFinds) {
    const PdfDocument& d = GetParam();
    ReadResult res = read();
    if (::testing::Test::HasFailure()) return;
    const std::string pdf_golden = res.ok ? render_findings(check(res.report)) : std::string();
    const std::string path = golden_path(d.name, ".differences");
    const SourceDifferences diff =
        differences_from_source(pdf_golden, read_file(golden_path(d.source, ".expected")), path);
    if (diff.written) GTEST_SKIP() << "wrote " << path << ": explain each line";
    EXPECT_EQ(diff.not_listed, "") << "differences from " << d.source << " not listed in " << path;
    EXPECT_EQ(diff.no_longer, "") << "listed in " << path << " but no longer a difference";
    EXPECT_EQ(diff.without_reason, "") << "differences without a '# why' comment in " << path;
}

INSTANTIATE_TEST_SUITE_P(Corpus, RealPdf, ::testing::ValuesIn(pdf_documents()),
                         [](const auto& info) {
                             std::string n = info.param.name;
                             for (auto& c : n)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return n;
                         });

} // namespace
} // namespace nianbao
