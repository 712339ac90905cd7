// Test driver for ReportInputs::annotated_copy (the call `nianbao review` makes): checks one
// report and writes its annotated copy.  annotate_driver INPUT OUTPUT
#include <iostream>

#include "nianbao/engine.hpp"
#include "report_input.hpp"

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    nianbao::cli::ReportInputs inputs;
    nianbao::ReadResult r = inputs.read(argv[1]);
    if (!r.ok) {
        std::cerr << argv[1] << "：" << r.error << "\n";
        return 2;
    }
    const auto findings = nianbao::check(r.report);
    std::string error;
    if (!inputs.annotated_copy(argv[1], findings, argv[2], error)) {
        std::cerr << argv[2] << "：" << error << "\n";
        return 2;
    }
    std::cout << findings.size() << "\n";
    return 0;
}
