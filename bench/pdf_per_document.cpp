// Per-document cost of reading and checking (issue 11 benchmark): each file given is read (a PDF
// by the PDF reader, anything else by the text reader) and checked, in turn, until COUNT
// documents are done; prints the median and the 99th percentile per document, by this thread's
// CPU time and by the wall clock (on a shared machine the CPU time is the figure to read).
//   pdf_per_document COUNT FILE...
#include "nianbao/engine.hpp"
#include "nianbao/pdf.hpp"
#include "nianbao/reader.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

namespace {

double thread_cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double wall_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

bool is_pdf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(1024, '\0');
    in.read(head.data(), 1024);
    head.resize(std::size_t(in.gcount()));
    return nianbao::looks_like_pdf(head);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: pdf_per_document COUNT FILE...\n");
        return 2;
    }
    const int count = std::atoi(argv[1]);
    std::vector<std::string> files(argv + 2, argv + argc);
    std::vector<bool> pdf;
    for (const auto& f : files)
        pdf.push_back(is_pdf(f));
    std::vector<double> cpu, wall;
    std::size_t findings = 0;
    for (int i = 0; i < count; ++i) {
        const std::size_t k = std::size_t(i) % files.size();
        const double c0 = thread_cpu_ms(), w0 = wall_ms();
        nianbao::ReadResult r =
            pdf[k] ? nianbao::read_pdf_file(files[k]) : nianbao::read_text_file(files[k]);
        if (r.ok) findings += nianbao::check(r.report).size();
        cpu.push_back(thread_cpu_ms() - c0);
        wall.push_back(wall_ms() - w0);
    }
    double total = 0;
    for (double c : cpu)
        total += c;
    std::printf("%d documents (%zu files, %zu findings): CPU median %.1f ms, p99 %.1f ms, "
                "%.1f documents/s; wall median %.1f ms, p99 %.1f ms\n",
                count, files.size(), findings, percentile(cpu, 0.5), percentile(cpu, 0.99),
                1e3 * count / total, percentile(wall, 0.5), percentile(wall, 0.99));
}
