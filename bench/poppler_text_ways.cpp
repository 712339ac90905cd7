// What poppler 22.12 costs per way of asking for a PDF's text (BENCHMARKS.md, "Where the time of
// a PDF goes"): each mode reads every page of every PDF given, ROUNDS times, and prints the CPU
// time per PDF and a checksum of the words' boxes (modes giving the same words print the same).
//   poppler_text_ways MODE ROUNDS PDF...
// MODE: list     poppler-cpp page::text_list(), what the reader uses
//       font     poppler-cpp page::text_list(text_list_include_font)
//       text     poppler-cpp page::text() (plain text, no positions)
//       load     load the document and create its pages, no text
//       private  poppler's private API: PDFDoc::displayPageSlice + TextOutputDev, as text_list does
//       noannot  the same without drawing annotations (form fields)
//       onegfx   the same, one Gfx for all pages sharing a resource dictionary, so its fonts are
//                built once per document instead of once per page
// The private modes need libpoppler-private-dev, which the reader does not use (not a stable API);
// the target is built only where its headers are installed.
#include <poppler-document.h>
#include <poppler-page.h>
#include <poppler-global.h>

#include <GlobalParams.h>
#include <PDFDoc.h>
#include <TextOutputDev.h>
#include <Page.h>
#include <Gfx.h>
#include <GfxState.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

static double cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}
static void quiet(const std::string&, void*) {}
static bool no_annots(Annot*, void*) { return false; }

static size_t sum_words(TextWordList* words, double* check) {
    for (int k = 0; k < words->getLength(); ++k) {
        double a, b, c, d;
        words->get(k)->getBBox(&a, &b, &c, &d);
        *check += a + 2 * b + 3 * c + 4 * d + words->get(k)->getLength();
    }
    return words->getLength();
}
static double g_check = 0;

static size_t cpp_mode(const char* path, const std::string& mode) {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path));
    if (!doc || doc->is_locked()) return 0;
    size_t n = 0;
    for (int i = 0; i < doc->pages(); ++i) {
        std::unique_ptr<poppler::page> p(doc->create_page(i));
        if (mode == "list") {
            for (const poppler::text_box& b : p->text_list()) {
                const poppler::rectf r = b.bbox();
                g_check += r.left() + 2 * r.top() + 3 * r.right() + 4 * r.bottom() +
                           double(b.text().size());
                ++n;
            }
        }
        else if (mode == "font") n += p->text_list(poppler::page::text_list_include_font).size();
        else if (mode == "text") n += p->text().size();
        else n += p->page_rect().width() > 0;
    }
    return n;
}

static size_t private_mode(const char* path, bool annots) {
    auto doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path));
    if (!doc->isOk()) return 0;
    size_t n = 0;
    for (int i = 1; i <= doc->getNumPages(); ++i) {
        TextOutputDev out(nullptr, false, 0, false, false);
        doc->displayPageSlice(&out, i, 72, 72, 0, false, false, false, -1, -1, -1, -1, nullptr,
                              nullptr, annots ? nullptr : no_annots, nullptr, true);
        std::unique_ptr<TextWordList> words(out.makeWordList());
        n += sum_words(words.get(), &g_check);
    }
    return n;
}



// One Gfx for every page sharing a resource dictionary: its fonts are built once.
static size_t onegfx_mode(const char* path) {
    auto doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path));
    if (!doc->isOk()) return 0;
    size_t n = 0;
    TextOutputDev out(nullptr, false, 0, false, false);
    Gfx* gfx = nullptr;
    Ref shared = Ref::INVALID();
    PDFRectangle box;
    for (int i = 1; i <= doc->getNumPages(); ++i) {
        Page* p = doc->getPage(i);
        Object page = doc->getXRef()->fetch(p->getRef());
        const Object& r = page.dictLookupNF("Resources");
        const Ref res = r.isRef() ? r.getRef() : Ref::INVALID();
        if (!gfx || res == Ref::INVALID() || res != shared || !(*p->getMediaBox() == box) || p->getRotate()) {
            delete gfx;
            gfx = p->createGfx(&out, 72, 72, 0, false, false, -1, -1, -1, -1, false, nullptr, nullptr, doc->getXRef());
            shared = res;
            box = *p->getMediaBox();
        } else {
            out.startPage(i, gfx->getState(), doc->getXRef());
        }
        p->display(gfx);
        out.endPage();
        std::unique_ptr<TextWordList> words(out.makeWordList());
        n += sum_words(words.get(), &g_check);
    }
    delete gfx;
    return n;
}

int main(int argc, char** argv) {
    if (argc < 4) return 2;
    poppler::set_debug_error_function(quiet, nullptr);
    const std::string mode = argv[1];
    const int rounds = std::atoi(argv[2]);
    if (!globalParams) globalParams = std::make_unique<GlobalParams>();
    size_t n = 0;
    const double t0 = cpu_ms();
    for (int r = 0; r < rounds; ++r)
        for (int i = 3; i < argc; ++i) {
            if (mode == "private") n += private_mode(argv[i], true);
            else if (mode == "onegfx") n += onegfx_mode(argv[i]);
            else if (mode == "noannot") n += private_mode(argv[i], false);
            else n += cpp_mode(argv[i], mode);
        }
    const double t = cpu_ms() - t0;
    const int docs = rounds * (argc - 3);
    std::printf("check %.3f\n", g_check);
    std::printf("%-8s %d PDFs, %zu items, CPU %.1f ms per PDF, %.1f PDFs/s\n", mode.c_str(), docs, n,
                t / docs, 1e3 * docs / t);
}
