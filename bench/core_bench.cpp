// The core on one report at a time: read + bind + check (+ autofill), on every sample and
// layout variant and on synthetic reports 10× and 100× the size of a normal one.
// Run: taskset -c 0 build/bench/core_bench   (see BENCHMARKS.md)
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <vector>

#include "heap_counter.hpp"
#include "nianbao/autofill.hpp"
#include "nianbao/engine.hpp"
#include "nianbao/reader.hpp"

namespace {

std::string load(const std::string& relative) {
    std::ifstream in(std::string(NIANBAO_TEST_DATA) + "/" + relative, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The tabs report with its prose and its tables repeated k times: how cost grows with size.
std::string repeated_report(std::size_t k) {
    const std::string base = load("layouts/tabs.txt");
    const std::string heading = "一、总体情况";
    const std::size_t prose_start = base.find(heading) + heading.size();
    const std::size_t prose_end = base.find("二、主动公开政府信息情况");
    std::string text = base.substr(0, prose_end);
    const std::string prose = base.substr(prose_start, prose_end - prose_start);
    for (std::size_t i = 1; i < k; ++i) text += prose;
    const std::string rest = base.substr(prose_end);
    for (std::size_t i = 0; i < k; ++i) text += rest;
    return text;
}

struct Input {
    std::string name;
    std::string text;
};

const std::vector<Input>& inputs() {
    static const std::vector<Input> all = [] {
        std::vector<Input> v;
        for (const char* f : {"samples/zezhou-zhujian-2023.txt", "samples/zhanhe-zhujian-2024.txt",
                              "samples/zezhou-shenpi-2021.txt", "layouts/tabs.txt", "layouts/one-per-line.txt",
                              "layouts/markdown.md", "layouts/pdftotext.txt"})
            v.push_back({f, load(f)});
        for (std::size_t k : {10, 100}) v.push_back({"layouts/tabs.txt ×" + std::to_string(k), repeated_report(k)});
        // Warm up: the label indexes and patterns are built on the first report of a process.
        nianbao::check(nianbao::read_text_report(v.front().text).report);
        return v;
    }();
    return all;
}
constexpr int synthetic_10x = 7, synthetic_100x = 8;

double percentile(const std::vector<double>& v, double p) {
    std::vector<double> s = v;
    std::sort(s.begin(), s.end());
    const auto rank = std::size_t(std::ceil(p * double(s.size())));
    return s[std::min(s.size(), std::max<std::size_t>(rank, 1)) - 1];
}
double p99(const std::vector<double>& v) { return percentile(v, 0.99); }
double max_of(const std::vector<double>& v) { return *std::max_element(v.begin(), v.end()); }

void read_and_check_once(const std::string& text) {
    auto r = nianbao::read_text_report(text);
    auto findings = nianbao::check(r.report);
    benchmark::DoNotOptimize(findings);
}

// One report per repetition, so the statistics are over single reports: median, p99, max.
// The heap counters come from one extra, untimed run.
void read_and_check(benchmark::State& state) {
    const Input& in = inputs()[std::size_t(state.range(0))];
    state.SetLabel(in.name + ", " + std::to_string(in.text.size() / 1024) + " KiB");
    for (auto _ : state) read_and_check_once(in.text);
    const bench::HeapUse heap = bench::measure_heap([&] { read_and_check_once(in.text); });
    state.counters["peak_heap_KiB"] = double(heap.peak_bytes) / 1024;
    state.counters["allocs"] = double(heap.allocations);
}

void read_check_and_fill(benchmark::State& state) {
    const Input& in = inputs()[std::size_t(state.range(0))];
    state.SetLabel(in.name);
    for (auto _ : state) {
        auto r = nianbao::read_text_report(in.text);
        auto findings = nianbao::check(r.report);
        auto fill = nianbao::autofill(r.report);
        benchmark::DoNotOptimize(findings);
        benchmark::DoNotOptimize(fill);
    }
}

void check_only(benchmark::State& state) {
    const Input& in = inputs()[std::size_t(state.range(0))];
    auto r = nianbao::read_text_report(in.text);
    state.SetLabel(in.name);
    for (auto _ : state) benchmark::DoNotOptimize(nianbao::check(r.report));
}

} // namespace

BENCHMARK(read_and_check)
    ->DenseRange(0, synthetic_10x)
    ->Iterations(1)
    ->Repetitions(1000)
    ->ComputeStatistics("p99", p99)
    ->ComputeStatistics("max", max_of)
    ->ReportAggregatesOnly()
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(read_and_check)
    ->Arg(synthetic_100x)
    ->Iterations(1)
    ->Repetitions(100)
    ->ComputeStatistics("p99", p99)
    ->ComputeStatistics("max", max_of)
    ->ReportAggregatesOnly()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(read_check_and_fill)->DenseRange(0, 6)->Repetitions(5)->ReportAggregatesOnly()->Unit(benchmark::kMicrosecond);
BENCHMARK(check_only)->DenseRange(0, 2)->Repetitions(5)->ReportAggregatesOnly()->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
