// The real-report corpus as Word and Writer documents, read the way `nianbao check` reads them:
// through the CLI's private headless office (ReportInputs, the extension's Writer-reading code).
// The .docx are those in tests/data/real/variants (made by Writer from the real pages,
// scripts/make-real-variants.sh); the .doc and .odt are made from them by Writer
// (scripts/make-real-office-copies.sh; ctest makes them first, into NIANBAO_REAL_OFFICE).
// Each .docx is compared
// - with the person's transcription of the report's cells (<name>.cells.tsv): recognition, the
//   cells that differ and the findings are a golden file (tests/golden/real/<stem>.docx.expected);
// - with the findings of its source document (tests/golden/real/<source>.expected): the same
//   findings, except those listed with the reason in tests/golden/real/<stem>.docx.differences.
// Its .doc and .odt must read exactly as the .docx does.
// NIANBAO_UPDATE_GOLDEN=1 rewrites the .expected files (and writes a .differences file where there
// is none); review the diff and explain every difference before committing.
// One process for the whole suite (ctest runs the executable once): one office for every document.
#include "nianbao/engine.hpp"
#include "report_input.hpp"
#include "support/builder.hpp"
#include "support/corpus.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <memory>

namespace nianbao {
namespace {

namespace fs = std::filesystem;
using namespace testing;

struct OfficeDocument {
    std::string stem;   // the report: <stem>.cells.tsv, variants/<stem>.docx
    std::string source; // the document as found (<stem>.html/.txt/.md): its golden holds its findings
};

void PrintTo(const OfficeDocument& d, std::ostream* os) {
    *os << d.stem;
}

std::vector<OfficeDocument> office_documents() {
    std::vector<OfficeDocument> out;
    const fs::path real = data_path("real");
    for (const auto& entry : fs::directory_iterator(real / "variants")) {
        const std::string file = entry.path().filename().string();
        if (!file.ends_with(".docx")) continue;
        const std::string stem = file.substr(0, file.size() - 5);
        if (!fs::exists(real / (stem + ".cells.tsv"))) continue;
        for (const char* ext : {".html", ".txt", ".md"})
            if (fs::exists(real / (stem + ext))) out.push_back({stem, stem + ext});
    }
    std::sort(out.begin(), out.end(),
              [](const OfficeDocument& a, const OfficeDocument& b) { return a.stem < b.stem; });
    return out;
}

std::string golden_path(const std::string& name, const char* suffix) {
    return std::string(NIANBAO_SOURCE_DIR) + "/tests/golden/real/" + name + suffix;
}

// One reader for the suite, so one office; stopped when the suite ends, before main returns (its
// private profile is removed then — not in a static destructor after the plug-in may be gone).
std::unique_ptr<cli::ReportInputs> shared_inputs;

cli::ReportInputs& inputs() {
    if (!shared_inputs) shared_inputs = std::make_unique<cli::ReportInputs>();
    return *shared_inputs;
}

class StopOffice : public ::testing::Environment {
public:
    void TearDown() override { shared_inputs.reset(); }
};
const auto* const stop_office = ::testing::AddGlobalTestEnvironment(new StopOffice);

// Recognition, cells against the transcription and findings of one document, or why it was unreadable.
std::string described(const fs::path& path, const OfficeDocument& d) {
    if (!fs::exists(path)) {
        ADD_FAILURE() << path << " is missing: run scripts/make-real-office-copies.sh "
                      << NIANBAO_REAL_OFFICE;
        return {};
    }
    ReadResult res = inputs().read(path.string());
    if (!res.ok) return "unreadable\t" + res.error + "\n";
    const Transcription want = load_transcription(data_path("real/" + d.stem + ".cells.tsv"));
    return describe(res.report, want, check(res.report));
}

class RealOffice : public ::testing::TestWithParam<OfficeDocument> {
protected:
    fs::path docx() const { return data_path("real/variants/" + GetParam().stem + ".docx"); }
};

TEST(RealOfficeCorpus, HasTheRealDocx) {
    EXPECT_GE(office_documents().size(), 3u);
}

TEST_P(RealOffice, DocxReadsWhatThePersonTranscribed) {
    const OfficeDocument& d = GetParam();
    const std::string actual = described(docx(), d);
    const std::string path = golden_path(d.stem + ".docx", ".expected");
    if (std::getenv("NIANBAO_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        GTEST_SKIP() << "rewrote " << path;
    }
    ASSERT_TRUE(fs::exists(path)) << "no golden file for " << d.stem
                                  << ".docx (NIANBAO_UPDATE_GOLDEN=1, then review it)";
    EXPECT_EQ(actual, read_file(path));
}

TEST_P(RealOffice, DocxFindsWhatItsSourceFinds) {
    const OfficeDocument& d = GetParam();
    ReadResult res = inputs().read(docx().string());
    ASSERT_TRUE(res.ok) << res.error;
    const std::string path = golden_path(d.stem + ".docx", ".differences");
    const SourceDifferences diff = differences_from_source(
        render_findings(check(res.report)), read_file(golden_path(d.source, ".expected")), path);
    if (diff.written) GTEST_SKIP() << "wrote " << path << ": explain each line";
    EXPECT_EQ(diff.not_listed, "") << "differences from " << d.source << " not listed in " << path;
    EXPECT_EQ(diff.no_longer, "") << "listed in " << path << " but no longer a difference";
    EXPECT_EQ(diff.without_reason, "") << "differences without a '# why' comment in " << path;
}

// city-2025.docx is Writer's conversion of a web page: the report's title is the page's <title>,
// which Writer keeps only as the document's Title property (docProps/core.xml dc:title), not as a
// line of the text. The reader takes it as the PDF reader takes a PDF's: the agency is then known
// to be a people's government (测试市), not 机关类别不明.
TEST(RealOfficeTitle, TitleKeptOnlyInTheDocumentPropertiesIsTheReportsTitle) {
    const fs::path docx = data_path("real/variants/city-2025.docx");
    for (const fs::path& path : {docx, fs::path(NIANBAO_REAL_OFFICE) / "city-2025.doc",
                                 fs::path(NIANBAO_REAL_OFFICE) / "city-2025.odt"}) {
        ReadResult res = inputs().read(path.string());
        ASSERT_TRUE(res.ok) << path << ": " << res.error;
        EXPECT_EQ(res.report.meta.title, "测试市2025年政府信息公开工作年度报告") << path;
        EXPECT_EQ(res.report.meta.agency, "测试市") << path;
        EXPECT_EQ(res.report.meta.kind, AgencyKind::government) << path;
        EXPECT_EQ(res.report.meta.title_year, 2025) << path;
        for (const Finding& f : check(res.report))
            EXPECT_NE(f.rule, "structure/title") << path << ": " << f.message;
    }
}

// Word 97 and ODF copies of the same document: the same recognition and findings, line for line.
TEST_P(RealOffice, DocAndOdtReadAsTheDocx) {
    const OfficeDocument& d = GetParam();
    const std::string want = described(docx(), d);
    for (const char* ext : {".doc", ".odt"})
        EXPECT_EQ(described(fs::path(NIANBAO_REAL_OFFICE) / (d.stem + ext), d), want) << d.stem << ext;
}

INSTANTIATE_TEST_SUITE_P(Corpus, RealOffice, ::testing::ValuesIn(office_documents()),
                         [](const auto& info) {
                             std::string n = info.param.stem;
                             for (auto& c : n)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return n;
                         });

} // namespace
} // namespace nianbao
