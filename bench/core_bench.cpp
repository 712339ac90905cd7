// Read + bind + check + autofill per report, on every sample and layout variant.
// Run: build/bench/core_bench --benchmark_repetitions=10 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

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

const char* const files[] = {"samples/zezhou-zhujian-2023.txt", "samples/zhanhe-zhujian-2024.txt",
                             "samples/zezhou-shenpi-2021.txt",  "layouts/tabs.txt",
                             "layouts/one-per-line.txt",        "layouts/markdown.md",
                             "layouts/pdftotext.txt"};

void read_and_check(benchmark::State& state) {
    const std::string text = load(files[state.range(0)]);
    state.SetLabel(files[state.range(0)]);
    for (auto _ : state) {
        auto r = nianbao::read_text_report(text);
        auto findings = nianbao::check(r.report);
        benchmark::DoNotOptimize(findings);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(text.size()));
}

void read_check_and_fill(benchmark::State& state) {
    const std::string text = load(files[state.range(0)]);
    state.SetLabel(files[state.range(0)]);
    for (auto _ : state) {
        auto r = nianbao::read_text_report(text);
        auto findings = nianbao::check(r.report);
        auto fill = nianbao::autofill(r.report);
        benchmark::DoNotOptimize(findings);
        benchmark::DoNotOptimize(fill);
    }
}

void check_only(benchmark::State& state) {
    auto r = nianbao::read_text_report(load(files[state.range(0)]));
    state.SetLabel(files[state.range(0)]);
    for (auto _ : state) benchmark::DoNotOptimize(nianbao::check(r.report));
}

// Cost against size: the tabs report with its prose and its tables repeated k times.
void scaling(benchmark::State& state) {
    const std::string base = load("layouts/tabs.txt");
    const auto k = std::size_t(state.range(0));
    const std::string heading = "一、总体情况";
    const std::size_t prose_start = base.find(heading) + heading.size();
    const std::size_t prose_end = base.find("二、主动公开政府信息情况");
    std::string text = base.substr(0, prose_end);
    const std::string prose = base.substr(prose_start, prose_end - prose_start);
    for (std::size_t i = 1; i < k; ++i) text += prose;
    const std::string rest = base.substr(prose_end);
    for (std::size_t i = 0; i < k; ++i) text += rest;
    state.SetLabel(std::to_string(text.size() / 1024) + " KiB");
    for (auto _ : state) {
        auto r = nianbao::read_text_report(text);
        benchmark::DoNotOptimize(nianbao::check(r.report));
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(text.size()));
}

} // namespace

BENCHMARK(scaling)->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(read_and_check)->DenseRange(0, 6)->Unit(benchmark::kMicrosecond);
BENCHMARK(read_check_and_fill)->DenseRange(0, 6)->Unit(benchmark::kMicrosecond);
BENCHMARK(check_only)->DenseRange(0, 2)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
