// The corpus of real published reports (tests/data/real, sources in SOURCES.md), each with the
// cells a person transcribed from the document (<name>.cells.tsv) — never from our output.
// Every document — the report as found and its variants made with real tools (Chromium's copy,
// Writer's PDF read by pdftotext) — is read and compared with that transcription:
// - a report as found whose tables are complete must be read completely: every transcribed
//   cell in its place with its text, and no structure/missing-table finding;
// - for every document, the recognition per table, each cell that differs from the
//   transcription and the findings are a golden file (tests/golden/real/<document>.expected),
//   reviewed by a person against the report (the review is <name>.review.md).
// NIANBAO_UPDATE_GOLDEN=1 rewrites the golden files; review the diff before committing.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "nianbao/engine.hpp"
#include "support/builder.hpp"
#include "support/corpus.hpp"

namespace nianbao {
namespace {

namespace fs = std::filesystem;
using testing::Transcription;
using testing::load_transcription;
using testing::complete;
using testing::cell_key;
using testing::describe;

struct Document {
    std::string name;       // the document's file name (golden file stem)
    fs::path path;
    fs::path transcription;
    bool as_found = false;  // the report as found (not a variant)
};

void PrintTo(const Document& d, std::ostream* os) { *os << d.name; }

std::vector<Document> documents() {
    std::vector<Document> out;
    const fs::path real = testing::data_path("real");
    for (const auto& entry : fs::directory_iterator(real)) {
        const std::string file = entry.path().filename().string();
        if (!file.ends_with(".cells.tsv")) continue;
        const std::string stem = file.substr(0, file.size() - 10);
        for (const char* ext : {".html", ".txt", ".md"})
            if (fs::exists(real / (stem + ext))) out.push_back({stem + ext, real / (stem + ext), entry.path(), true});
        for (const char* variant : {".browser.txt", ".pdftotext.txt"})
            if (fs::exists(real / "variants" / (stem + variant)))
                out.push_back({stem + variant, real / "variants" / (stem + variant), entry.path(), false});
    }
    std::sort(out.begin(), out.end(), [](const Document& a, const Document& b) { return a.name < b.name; });
    return out;
}

TEST(RealCorpus, HasTheReportsItClaims) {
    std::size_t as_found = 0, complete_reports = 0;
    for (const auto& d : documents()) {
        if (!d.as_found) continue;
        ++as_found;
        complete_reports += complete(load_transcription(d.transcription)) ? 1 : 0;
    }
    EXPECT_GE(as_found, 22u);
    EXPECT_GE(complete_reports, 8u);
}

class RealDocument : public ::testing::TestWithParam<Document> {};

TEST_P(RealDocument, ReadsWhatThePersonTranscribed) {
    const Document& d = GetParam();
    const Transcription want = load_transcription(d.transcription);
    ASSERT_FALSE(want.format.empty()) << d.transcription;
    ReadResult res = read_text_file(d.path.string());
    const std::vector<Finding> findings = res.ok ? check(res.report) : std::vector<Finding>{};
    const std::string actual = res.ok ? describe(res.report, want, findings) : "unreadable\t" + res.error + "\n";

    if (d.as_found && complete(want)) {
        ASSERT_TRUE(res.ok) << res.error;
        auto unplaceable = [&](const std::string& table, const std::string& row) {
            return std::find(want.unplaceable.begin(), want.unplaceable.end(), table + "/" + row) != want.unplaceable.end();
        };
        std::vector<std::string> reported;
        for (const auto& f : findings) {
            if (f.rule != "structure/missing-table") continue;
            EXPECT_TRUE(unplaceable(f.location.table, f.location.row)) << f.message;
            reported.push_back(f.location.table + "/" + f.location.row);
        }
        for (const auto& u : want.unplaceable)
            EXPECT_NE(std::find(reported.begin(), reported.end(), u), reported.end()) << "no finding for " << u;
        for (const auto& t : res.report.tables)
            for (const auto& c : t.cells)
                if (want.cells.count(cell_key(t, c)) && !unplaceable(std::string(table_key(t.id)), c.row)) {
                    EXPECT_TRUE(c.present) << cell_key(t, c);
                    EXPECT_EQ(c.raw, want.cells.at(cell_key(t, c))) << cell_key(t, c);
                }
    }

    const std::string path = std::string(NIANBAO_SOURCE_DIR) + "/tests/golden/real/" + d.name + ".expected";
    if (std::getenv("NIANBAO_UPDATE_GOLDEN")) {
        fs::create_directories(fs::path(path).parent_path());
        std::ofstream(path, std::ios::binary) << actual;
        GTEST_SKIP() << "rewrote " << path;
    }
    ASSERT_TRUE(fs::exists(path)) << "no golden file for " << d.name << " (NIANBAO_UPDATE_GOLDEN=1, then review it)";
    EXPECT_EQ(actual, testing::read_file(path));
}

INSTANTIATE_TEST_SUITE_P(Corpus, RealDocument, ::testing::ValuesIn(documents()), [](const auto& info) {
    std::string n = info.param.name;
    for (auto& c : n)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return n;
});

} // namespace
} // namespace nianbao
