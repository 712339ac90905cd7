"""Office-path timings (run through office.sh): checkDocument and fillTotals on a full report in
Writer, median of repeated runs. The start-up effect is measured by bench/office_startup.sh.
Run: tests/office/office.sh build/nianbao.oxt /usr/bin/python3 tests/office/bench_office.py"""
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_extension import Office, tabs_text, writer_document_from_text  # noqa: E402


def median_ms(fn, runs=20):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times)


office = Office()
doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "bench")
check = median_ms(lambda: office.checker.checkDocument(doc))
print("checkDocument, full report (3 tables, 6 sections): median %.1f ms, max %.1f ms" % check)


def fill_and_undo():
    office.checker.fillTotals(doc, False)
    doc.UndoManager.undo()


fill = median_ms(fill_and_undo)
print("fillTotals (3 cells) + undo: median %.1f ms, max %.1f ms" % fill)
state_check = median_ms(lambda: office.dispatch(doc, "check", Interactive=False))
print("dispatch vnd.nianbao:check (no window): median %.1f ms, max %.1f ms" % state_check)
doc.close(True)
