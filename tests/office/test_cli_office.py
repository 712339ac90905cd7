"""The CLI's private office (issue 11), run through office.sh: the office office.sh started has
the extension installed and serves as the reference — `nianbao check` must give exactly the
findings org.nianbao.ReportChecker gives for the same document.

Every CLI run gets a fresh TMPDIR, so that what its office leaves behind can be seen: after each
run no process may mention that directory (no orphan soffice.bin), the directory must be empty
(private profile removed), and no lock file may sit beside the inputs, whose checksums must not
change.
"""
import glob
import hashlib
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import uno

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_extension import DATA, prop, run_tests, tabs_text, writer_document_from_text  # noqa: E402

CLI = os.environ["NIANBAO_CLI"]
ANNOTATE = os.environ["NIANBAO_ANNOTATE"]
FILTERS = {".docx": "MS Word 2007 XML", ".doc": "MS Word 97", ".odt": "writer8", ".rtf": "Rich Text Format",
           ".fodt": "OpenDocument Text Flat XML"}


def office_documents():
    found = []
    for ext in (".docx", ".doc", ".odt", ".rtf", ".wps", ".fodt"):
        found += glob.glob(os.path.join(DATA, "**", "*" + ext), recursive=True)
    assert len(found) >= 4, found
    return sorted(found)


def checksums(paths):
    out = {}
    for p in paths:
        with open(p, "rb") as f:
            out[p] = hashlib.sha256(f.read()).hexdigest()
    return out


def processes_mentioning(text):
    found = []
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % d, "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode("utf-8", "replace")
            with open("/proc/%s/stat" % d) as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if text in cmd and state != "Z":
            found.append((d, cmd))
    return found


class CliRun:
    """One `nianbao` run with its own TMPDIR; after() asserts it left nothing behind."""

    def __init__(self, office, args, env=None, program=CLI):
        self.tmp = tempfile.mkdtemp(dir=office.tmp, prefix="clitmp-")
        self.env = dict(os.environ, TMPDIR=self.tmp, NIANBAO_OFFICE_LOG="1", **(env or {}))
        self.env.pop("UserInstallation", None)
        self.args = [program] + args

    def run(self, timeout=600):
        proc = subprocess.Popen(self.args, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        stdout, stderr = proc.communicate(timeout=timeout)
        self.after(proc.pid)
        return subprocess.CompletedProcess(self.args, proc.returncode, stdout, stderr)

    def after(self, pid):
        # The pipe's socket file, also after the office was killed.
        pipes = glob.glob("/tmp/OSL_PIPE_%d_nianbao-%d-*" % (os.getuid(), pid))
        assert not pipes, pipes
        deadline = time.time() + 5
        while processes_mentioning(self.tmp) and time.time() < deadline:
            time.sleep(0.1)
        assert not processes_mentioning(self.tmp), processes_mentioning(self.tmp)
        assert os.listdir(self.tmp) == [], os.listdir(self.tmp)


def no_lock_files(directory):
    locks = [n for n in os.listdir(directory) if n.startswith(".~lock.")]
    assert not locks, locks


def service_findings(office, path):
    doc = office.load(path)
    try:
        return [(f.RuleId, f.Severity, f.Message, f.Table, f.Row, f.Column, f.CellName, f.Fix)
                for f in office.checker.checkDocument(doc)]
    finally:
        doc.close(True)


def cli_findings(entry):
    out = []
    for f in entry["findings"]:
        loc = f["location"]
        cell = loc.get("cell_name", "") if loc["kind"] == "cell" else ""
        out.append((f["rule"], f["severity"], f["message"], loc.get("table", ""), loc.get("row", ""),
                    loc.get("column", ""), cell, f.get("fix") or ""))
    return out


def report_with_wrong_totals(office, directory, name="wrong-totals", ext=".docx"):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), name)
    path = os.path.join(directory, name + ext)
    doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", FILTERS[ext]),))
    doc.close(True)
    return path


def inputs_dir(office):
    return tempfile.mkdtemp(dir=office.tmp, prefix="inputs-")


def every_format(office, directory):
    """The test data's office documents, each also as .doc, .odt, .rtf, .fodt and a WPS .wps (a
    Word 97 file under WPS's name), and a report with wrong totals in each format."""
    paths = []
    for i, source in enumerate(office_documents()):
        base = "%02d-%s" % (i, os.path.splitext(os.path.basename(source))[0])
        copy = os.path.join(directory, base + os.path.splitext(source)[1])
        shutil.copy(source, copy)
        paths.append(copy)
        doc = office.load(source)
        for ext in (".doc", ".odt", ".rtf", ".fodt"):
            out = os.path.join(directory, base + ext)
            doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", FILTERS[ext]),))
            paths.append(out)
        doc.close(True)
        shutil.copy(os.path.join(directory, base + ".doc"), os.path.join(directory, base + ".wps"))
        paths.append(os.path.join(directory, base + ".wps"))
    for ext in (".docx", ".doc", ".odt", ".rtf", ".fodt"):
        paths.append(report_with_wrong_totals(office, directory, ext=ext))
    return paths


# ---------------------------------------------------------------------------------------------

def test_cli_and_extension_give_identical_findings(office):
    directory = inputs_dir(office)
    paths = every_format(office, directory)
    before = checksums(paths)
    run = CliRun(office, ["check", "--format", "json"] + paths)
    p = run.run()
    results = json.loads(p.stdout)
    assert [r["file"] for r in results] == paths
    assert p.stderr.count("office: started") == 1, "one office for the whole batch:\n" + p.stderr
    assert p.returncode == 1, (p.returncode, p.stderr)   # the wrong totals are errors
    compared = 0
    for path, entry in zip(paths, results):
        assert "error" not in entry, (path, entry.get("error"))
        expected = service_findings(office, path)
        got = cli_findings(entry)
        assert got == expected, "%s:\nCLI       %s\nextension %s" % (path, got[:5], expected[:5])
        compared += len(got)
    wrong = [r for r in results if "wrong-totals" in r["file"]]
    assert all(any(f["rule"] == "table/results-total" and f["location"].get("cell_name") for f in r["findings"])
               for r in wrong), "the wrong totals must be found at their Writer cells"
    assert compared > 100, compared
    assert checksums(paths) == before
    no_lock_files(directory)


def zhanhe_docx(office):
    """The bundled sample report (一、总体情况 twice, a no-requests claim against 7) as a .docx."""
    sample = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "samples",
                          "zhanhe-zhujian-2024.txt")
    with open(sample, encoding="utf-8") as f:
        doc = writer_document_from_text(office, f.read(), "zhanhe")
    path = os.path.join(inputs_dir(office), "zhanhe.docx")
    doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", FILTERS[".docx"]),))
    doc.close(True)
    return path


def test_text_output_names_an_office_paragraph_as_a_clerk_finds_it(office):
    """`check` without --format: a prose finding in a Word document is placed by section and
    paragraph ("一、总体情况 第 2 段"), not by a line of the reader's own text."""
    path = zhanhe_docx(office)
    p = CliRun(office, ["check", path]).run()
    assert p.returncode == 1, (p.returncode, p.stderr)
    claim = [l for l in p.stdout.splitlines() if "text/no-requests-claim" in l]
    assert len(claim) == 1, p.stdout
    assert "一、总体情况 第 2 段" in claim[0] and "行 " not in claim[0].split("正文称")[0], claim[0]


def test_show_and_a_two_place_message_name_office_places_as_a_clerk_finds_them(office):
    """`show` on a Word document names a cell as Writer does (Table2:B4) and a heading by what
    comes before it, never a line of the reader's own text ("第 5 行"); so does the message of
    structure/duplicate-section, which names two places (the sample has 一、总体情况 twice)."""
    path = zhanhe_docx(office)
    p = CliRun(office, ["show", path]).run()
    assert p.returncode == 0, (p.returncode, p.stderr)
    assert not re.search(r"第 \d+ 行", p.stdout), p.stdout
    assert "报告标题之后  部分 overview" in p.stdout, p.stdout
    assert "「一、总体情况」第 1 段之后  部分 overview" in p.stdout, p.stdout
    assert re.search(r"  1 / total = “7”  （Table\d+:[A-Z]+\d+）", p.stdout), p.stdout
    assert re.search(r"2021 格式，Table\d+:[A-Z]+\d+ 起", p.stdout), p.stdout
    p = CliRun(office, ["check", path]).run()
    duplicate = [l for l in p.stdout.splitlines() if "structure/duplicate-section" in l]
    assert len(duplicate) == 1, p.stdout
    assert "重复出现（报告标题之后和「一、总体情况」第 1 段之后）" in duplicate[0], duplicate[0]


def test_fill_writes_a_corrected_copy_in_the_same_format(office):
    directory = inputs_dir(office)
    for ext in (".docx", ".doc"):
        path = report_with_wrong_totals(office, directory, "fill", ext)
        before = checksums([path])
        out = os.path.join(directory, "fixed" + ext)
        p = CliRun(office, ["fill", path, "-o", out]).run()
        assert p.returncode == 0, p.stderr
        assert "（七）总计" in p.stdout and "已写出修正后的副本" in p.stdout, p.stdout
        assert checksums([path]) == before, "the input changed"
        with open(out, "rb") as f:
            head = f.read(8)
        assert head.startswith(b"\xd0\xcf\x11\xe0" if ext == ".doc" else b"PK"), (ext, head)
        doc = office.load(out)
        findings = [f for f in office.checker.checkDocument(doc) if f.RuleId.startswith("table/")]
        doc.close(True)
        assert not findings, [(f.RuleId, f.Message) for f in findings]
        no_lock_files(directory)
    p = CliRun(office, ["fill", path, "-o", os.path.join(directory, "fixed.txt")]).run()
    assert p.returncode == 2 and "格式相同" in p.stderr, p.stderr


def comments(doc):
    """(author, content, anchored text) of every comment, sorted."""
    out, e = [], doc.TextFields.createEnumeration()
    while e.hasMoreElements():
        f = e.nextElement()
        if f.supportsService("com.sun.star.text.textfield.Annotation"):
            out.append((f.Author, f.Content, f.Anchor.String))
    return sorted(out)


def test_annotated_copy_holds_the_extensions_comments(office):
    directory = inputs_dir(office)
    for ext in (".docx", ".odt"):
        path = report_with_wrong_totals(office, directory, "review", ext)
        before = checksums([path])
        out = os.path.join(directory, "annotated" + ext)
        p = CliRun(office, [path, out], program=ANNOTATE).run()
        assert p.returncode == 0, p.stderr
        count = int(p.stdout.split()[0])
        assert count > 0
        assert checksums([path]) == before

        annotated = office.load(out)
        got = comments(annotated)
        annotated.close(True)
        # The extension's 插入为批注 on the same document, saved and loaded the same way.
        doc = office.load(path)
        state, detail = office.dispatch(doc, "insertComments", Interactive=False)
        assert state == 1 and detail["Count"] == count, (detail, count)
        reference_path = office.store(doc, "reference" + ext, FILTERS[ext])
        doc.close(True)
        reference = office.load(reference_path)
        expected = comments(reference)
        reference.close(True)
        assert len(got) == count and all(a == "年报检查" for a, _, _ in got), got[:3]
        assert got == expected, (got[:3], expected[:3])
        no_lock_files(directory)


def _natural_total(entry):
    """The finding at table 3's （七）总计 · 自然人, the one dismiss_total dismisses, or None."""
    for f in entry["findings"]:
        loc = f["location"]
        if (f["rule"] == "table/results-total" and loc.get("table") == "requests" and loc.get("row") == "3.7"
                and loc.get("column") == "natural"):
            return f
    return None


def test_cli_honours_a_dismissal_stored_by_the_extension(office):
    """忽略 in the panel stores NianbaoDismissals in the document (docs/dismissals.md); `nianbao
    check` on the saved .odt/.docx must leave that finding out, as the service does, and report it
    again once the figures it was about change."""
    from test_panel import dismiss_total, dismissals_property  # the panel's own 忽略
    directory = inputs_dir(office)
    for ext in (".odt", ".docx"):
        doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "dismissed")
        undismissed = len(office.checker.checkDocument(doc))
        dismiss_total(office, doc, "经核实：原表如此")
        assert dismissals_property(doc).startswith("nianbao-dismissals 1\n"), dismissals_property(doc)
        path = os.path.join(directory, "dismissed" + ext)
        doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", FILTERS[ext]),))
        # The dismissed total's figures change: （一）予以公开 · 自然人 8 -> 9, so the total's sum 12 -> 13.
        changed_cell = None
        for i in range(doc.TextTables.Count):
            table = doc.TextTables.getByIndex(i)
            for name in table.CellNames:
                if table.getCellByName(name).String == "（一）予以公开":
                    changed_cell = table.getCellByName(chr(ord(name[0]) + 1) + name[1:])
        assert changed_cell is not None and changed_cell.String == "8", "row （一）予以公开 of table 3 not found"
        changed_cell.setString("9")
        changed = os.path.join(directory, "changed" + ext)
        doc.storeToURL(uno.systemPathToFileUrl(changed), (prop("FilterName", FILTERS[ext]),))
        doc.close(True)
        expected = service_findings(office, path)
        assert len(expected) == undismissed - 1, (ext, len(expected), undismissed)
        before = checksums([path, changed])

        p = CliRun(office, ["check", "--format", "json", path, changed]).run()
        assert p.returncode == 1, (p.returncode, p.stderr)
        kept, back = json.loads(p.stdout)
        assert "error" not in kept and "error" not in back, (kept.get("error"), back.get("error"))
        assert _natural_total(kept) is None, (ext, "the dismissed finding is reported", _natural_total(kept))
        assert cli_findings(kept) == expected, (ext, cli_findings(kept)[:5], expected[:5])
        returned = _natural_total(back)
        assert returned is not None, (ext, "the finding did not come back when its figures changed")
        assert "13" in returned["message"], returned["message"]
        assert cli_findings(back) == service_findings(office, changed), ext
        assert checksums([path, changed]) == before
        no_lock_files(directory)


def _encrypted_docx(office, directory):
    doc = writer_document_from_text(office, tabs_text(), "secret")
    path = os.path.join(directory, "protected.docx")
    enc = (uno.createUnoStruct("com.sun.star.beans.NamedValue", "OOXPassword", "pw"),
           uno.createUnoStruct("com.sun.star.beans.NamedValue", "CryptoType", "StrongEncryptionDataSpace"))
    doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "MS Word 2007 XML"),
                                                   prop("EncryptionData", uno.Any("[]com.sun.star.beans.NamedValue", enc))))
    doc.close(True)
    return path


def test_bad_office_files_each_get_one_message_and_the_batch_goes_on(office):
    directory = inputs_dir(office)
    good = os.path.join(directory, "good.docx")
    shutil.copy(office_documents()[0], good)
    with open(good, "rb") as f:
        whole = f.read()
    truncated = os.path.join(directory, "truncated.docx")
    with open(truncated, "wb") as f:
        f.write(whole[:len(whole) // 3])
    empty = os.path.join(directory, "empty.docx")
    open(empty, "wb").close()
    random_doc = os.path.join(directory, "random.doc")   # an OLE header, then noise
    rnd = random.Random(11)
    with open(random_doc, "wb") as f:
        f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rnd.randrange(256) for _ in range(5000)))
    named_txt = os.path.join(directory, "really-a-docx.txt")   # wrong extension: read by content
    shutil.copy(good, named_txt)
    named_docx = os.path.join(directory, "really-text.docx")   # wrong extension the other way
    shutil.copy(os.path.join(DATA, "samples", "zezhou-zhujian-2023.txt"), named_docx)
    protected = _encrypted_docx(office, directory)
    paths = [good, truncated, empty, protected, random_doc, named_txt, named_docx, good]
    before = checksums(paths)
    p = CliRun(office, ["check", "--format", "json"] + paths).run()
    assert p.returncode == 2, (p.returncode, p.stderr)
    errors = {r["file"]: r.get("error") for r in json.loads(p.stdout)}
    assert errors[good] is None and errors[named_txt] is None and errors[named_docx] is None, errors
    assert "损坏" in errors[truncated], errors[truncated]
    assert "文件为空" in errors[empty], errors[empty]
    assert "密码" in errors[protected], errors[protected]
    assert "无法打开" in errors[random_doc], errors[random_doc]
    assert p.stderr.count("office: started") == 1, p.stderr
    assert checksums(paths) == before
    no_lock_files(directory)


def _batch_with_office_fault(office, sig, timeout="60"):
    """Five documents; the office gets `sig` right after the first one was read."""
    directory = inputs_dir(office)
    paths = []
    for i in range(5):
        paths.append(os.path.join(directory, "report-%d.docx" % i))
        shutil.copy(office_documents()[0], paths[-1])
    before = checksums(paths)
    run = CliRun(office, ["check", "--format", "json"] + paths, env={"NIANBAO_OFFICE_TIMEOUT": timeout})
    status, stdout, stderr = _run_with_office_fault(run, paths[0], sig, os.path.join(directory, "out.json"))
    assert checksums(paths) == before
    no_lock_files(directory)
    return status, {r["file"]: r.get("error") for r in json.loads(stdout)}, stderr


def _run_with_office_fault(run, first, sig, out_path):
    """Runs `run`, sending its office `sig` right after the document `first` was done; stdout goes
    to `out_path` (a file: a full stdout pipe would block the CLI). Returns (status, stdout, stderr)."""
    out = open(out_path, "w")
    proc = subprocess.Popen(run.args, env=run.env, stdout=out, stderr=subprocess.PIPE, text=True)
    stderr = []
    hit = None
    for line in proc.stderr:
        stderr.append(line)
        if hit is None and line.startswith("office: " + first):
            office_pids = [pid for pid, cmd in processes_mentioning(run.tmp) if "soffice.bin" in cmd]
            assert len(office_pids) == 1, office_pids
            hit = int(office_pids[0])
            os.kill(hit, sig)
    proc.wait(timeout=300)
    out.close()
    run.after(proc.pid)
    with open(out_path, encoding="utf-8") as f:
        stdout = f.read()
    assert hit is not None, "".join(stderr)
    return proc.returncode, stdout, "".join(stderr)


def test_office_killed_in_the_middle_of_a_batch_is_restarted(office):
    status, errors, stderr = _batch_with_office_fault(office, signal.SIGKILL)
    assert status != 2 and all(e is None for e in errors.values()), (status, errors, stderr)
    assert stderr.count("office: started") == 2, stderr
    assert "重新启动" in stderr, stderr


def test_review_goes_on_when_the_office_is_killed(office):
    """`nianbao review` reads, checks and annotates each office document in one load; the office
    SIGKILLed after the first document is restarted and every document still gets its annotated
    copy with the extension's comments, the inputs unchanged."""
    directory = inputs_dir(office)
    source = report_with_wrong_totals(office, directory, "source")
    inputs = os.path.join(directory, "received")
    os.mkdir(inputs)
    paths = []
    for i in range(4):
        paths.append(os.path.join(inputs, "report-%d.docx" % i))
        shutil.copy(source, paths[-1])
    before = checksums(paths)
    out = os.path.join(directory, "out")
    run = CliRun(office, ["review", inputs, "-o", out])
    status, stdout, stderr = _run_with_office_fault(run, paths[0], signal.SIGKILL, os.path.join(directory, "stdout"))
    assert status == 1, (status, stdout, stderr)   # findings, every file read
    assert stderr.count("office: started") == 2 and "重新启动" in stderr, stderr
    assert "批注副本 4 份" in stdout, stdout
    expected = None
    for i in range(4):
        copy = office.load(os.path.join(out, "批注", "report-%d.批注.docx" % i))
        got = comments(copy)
        copy.close(True)
        assert got and all(a == "年报检查" for a, _, _ in got), got[:3]
        expected = expected or got
        assert got == expected, (i, got[:3], expected[:3])
    assert checksums(paths) == before
    no_lock_files(inputs)


def test_office_that_hangs_is_killed_after_the_time_limit(office):
    # 30 s: well above a document's time even on a loaded machine (up to 9 s seen), so that only
    # the stopped office can exceed it.
    status, errors, stderr = _batch_with_office_fault(office, signal.SIGSTOP, timeout="30")
    failed = {f: e for f, e in errors.items() if e}
    assert status == 2 and len(failed) == 1, (status, errors, stderr)
    assert "超过 30 秒" in list(failed.values())[0], failed
    assert stderr.count("office: started") == 2, stderr


def _huge_report(office, directory):
    """A full report (its table 3 total at 0: three known errors) followed by about 500 pages of
    prose with a few extra tables, as a .docx made by the test's office (about 1 MB: not kept in git)."""
    prose, rng = [], random.Random(500)
    for i in range(15000):
        prose.append("（%d）本年度持续推进政务公开标准化规范化建设，按要求完成第%d项工作任务，进一步提升公开质量和实效。"
                     % (i, rng.randrange(1000)))
        if i % 5000 == 4999:   # an extra table: not one of the report's
            prose += ["附表%d\t事项\t数量" % (i // 5000 + 1)] + ["%d\t工作事项%d\t%d" % (r, r, rng.randrange(100))
                                                              for r in range(1, 21)]
    text = tabs_text(zero_total_row=True) + "\n" + "\n".join(prose)
    doc = writer_document_from_text(office, text, "huge")
    pages = doc.CurrentController.PageCount
    path = os.path.join(directory, "huge.docx")
    doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", FILTERS[".docx"]),))
    doc.close(True)
    return path, pages


def test_huge_document_is_read_in_bounded_time_and_memory(office):
    directory = inputs_dir(office)
    huge, pages = _huge_report(office, directory)
    assert pages >= 500, pages
    good = os.path.join(directory, "good.docx")
    shutil.copy(office_documents()[0], good)
    paths = [huge, good]
    before = checksums(paths)
    limit = 60   # the default NIANBAO_OFFICE_TIMEOUT, given explicitly so that the assertion holds
    run = CliRun(office, ["check", "--format", "json"] + paths, env={"NIANBAO_OFFICE_TIMEOUT": str(limit)})
    t = time.time()
    p = run.run()
    elapsed = time.time() - t
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024   # nianbao or its office
    results = {r["file"]: r for r in json.loads(p.stdout)}
    assert "error" not in results[good], results[good]   # the batch goes on after the huge file
    logged = [l for l in p.stderr.splitlines() if l.startswith("office: " + huge + " ")]
    if "error" in results[huge]:
        # Only a machine too loaded to read it within the limit: one message, naming the file.
        assert "超过 %d 秒" % limit in results[huge]["error"], results[huge]
        assert huge in p.stderr and "超时" in p.stderr, p.stderr
        assert p.returncode == 2, p.returncode
        print("    %d pages: timed out after %d s (run %.1f s, peak RSS %.0f MB)" % (pages, limit, elapsed, peak_mb))
    else:
        expected = service_findings(office, huge)
        got = cli_findings(results[huge])
        assert got == expected, (got[:5], expected[:5])
        assert len([f for f in got if f[0] == "table/results-total"]) == 3, got
        ms = int(logged[0].split()[2])
        assert ms <= limit * 1000, logged
        print("    %d pages: %s (run %.1f s, peak RSS %.0f MB)" % (pages, logged[0], elapsed, peak_mb))
    assert peak_mb < 2048, peak_mb
    assert checksums(paths) == before
    no_lock_files(directory)


def test_without_libreoffice_office_files_get_a_message_and_text_still_works(office):
    directory = inputs_dir(office)
    docx = os.path.join(directory, "report.docx")
    shutil.copy(office_documents()[0], docx)
    txt = os.path.join(DATA, "samples", "zezhou-zhujian-2023.txt")
    p = CliRun(office, ["check", "--format", "json", docx, txt], env={"NIANBAO_LIBREOFFICE": "/nonexistent"}).run()
    assert p.returncode == 2
    results = json.loads(p.stdout)
    assert "需要 LibreOffice" in results[0]["error"], results[0]
    assert "error" not in results[1] and results[1]["findings"], results[1]


if __name__ == "__main__":
    run_tests(globals(), hard_exit=True)
