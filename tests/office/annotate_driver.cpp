// Test driver for ReportInputs::read_annotated (the call `nianbao review` makes for an office
// document): reads and checks one report and writes its annotated copy from the same load.
//   annotate_driver INPUT OUTPUT      prints the number of findings
#include <iostream>

#include "nianbao/engine.hpp"
#include "report_input.hpp"

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    nianbao::cli::ReportInputs inputs;
    std::vector<nianbao::Finding> findings;
    std::string copy_error;
    nianbao::ReadResult r = inputs.read_annotated(
        argv[1], [&](nianbao::Report& report) { return findings = nianbao::check(report); }, argv[2], copy_error);
    if (!r.ok) {
        std::cerr << argv[1] << "：" << r.error << "\n";
        return 2;
    }
    if (!copy_error.empty()) {
        std::cerr << argv[2] << "：" << copy_error << "\n";
        return 2;
    }
    std::cout << findings.size() << "\n";
    return 0;
}
