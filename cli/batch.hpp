// Runs a batch of reports: reads and checks each one on up to N threads where its reader allows,
// hands the results back in input order, and shows progress on a terminal.
#pragma once

#include "input_files.hpp"
#include "nianbao/engine.hpp"
#include "nianbao/reader.hpp"
#include "report_input.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::cli {

struct CheckedFile {
    ReadResult read;
    std::vector<Finding> findings;
    std::string copy;        // the annotated copy written (check_batch's `copy_to`), or ""
    std::string copy_error;  // Chinese: why it was not written
};

// "--jobs N": 1…64 threads; nullopt for anything else.
std::optional<int> parse_jobs(std::string_view text);

// The default number of threads: 1. Reading and checking a text report takes 0.5–2 ms of CPU;
// on the shared 2-core machine the project is measured on, a second thread gained nothing
// (BENCHMARKS.md, "Batches"), so threads are only used when asked for.
int default_jobs();

// A one-line progress bar on stderr ("检查 [#####.....] 37/100 文件名"), drawn only when stderr is
// a terminal and the batch has more than one file; erased when done.
class Progress {
public:
    Progress(std::size_t total, std::string_view verb);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;
    void step(const std::string& name); // one more file done; redraws the bar
    void clear();                       // erases the bar before other output (drawn again by step)
    void finish();

private:
    std::size_t total_, done_ = 0;
    std::string verb_;
    bool enabled_;
    bool drawn_ = false;
};

// Reads and checks every file. Text and HTML files are read and checked on up to `jobs` threads
// (they share nothing); office documents and PDFs go through `inputs` on the calling thread, one
// at a time, since their reader owns one office process for the batch. `done(i, result)` is
// called on the calling thread for i = 0, 1, … in input order, as soon as every file before it is
// done, so a long batch prints as it goes. `prepare` may set fields of a report (e.g. `previous`)
// before it is checked. `copy_to(i)`, when given and not "", is where file i's annotated copy goes:
// an office document is then read, checked and annotated in one load (ReportInputs::read_annotated).
void check_batch(ReportInputs& inputs, const std::vector<InputFile>& files,
                 const CheckOptions& options, int jobs, Progress* progress,
                 const std::function<void(Report&)>& prepare,
                 const std::function<void(std::size_t, CheckedFile&)>& done,
                 const std::function<std::string(std::size_t)>& copy_to = {});

} // namespace nianbao::cli
