"""Prose findings as Writer's wavy underlines, headless (run through office.sh): after a check, Writer's
ProofreadingIterator — what its grammar-checking thread and its context menu use — returns a mark
on exactly the words of the claim, with the finding's Chinese message; an edit elsewhere in the
paragraph moves the mark with the words; an edit that removes the claim removes the mark; the same
sentence in a document that was not checked, and an ordinary document, get nothing.
NIANBAO_PROOFREAD_BENCH=1 also prints the time per doProofreading call (BENCHMARKS.md).
"""
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uno  # noqa: E402
from com.sun.star.lang import Locale  # noqa: E402
from test_extension import run_tests, tabs_text, writer_document_from_text  # noqa: E402

CLAIM = "本年度未收到政府信息公开申请。"
PROOFREADING = uno.getConstantByName("com.sun.star.text.TextMarkupType.PROOFREADING")
ZH_CN = Locale("zh", "CN", "")


def report_with_claim():
    """tabs.txt (表三 counts 14 new applications) saying it received none."""
    text = tabs_text()
    before = "（二）依申请公开。本年度新收申请14件。"
    assert before in text
    return text.replace(before, "（二）依申请公开。" + CLAIM)


def iterator(office):
    return office.smgr.createInstanceWithContext("com.sun.star.linguistic2.ProofreadingIterator", office.ctx)


def flat_paragraphs(doc):
    it = doc.getFlatParagraphIterator(PROOFREADING, False)
    p = it.getFirstPara()
    while p is not None:
        yield p
        p = it.getNextPara()


def flat_paragraph_with(doc, words):
    for p in flat_paragraphs(doc):
        if words in p.getText():
            return p
    raise AssertionError("no paragraph with " + words)


def marks(office, doc, paragraph):
    """What Writer's iterator gets for the paragraph: (start, length, comment, full comment)."""
    text = paragraph.getText()
    result = iterator(office).checkSentenceAtPosition(doc, paragraph, text, ZH_CN, 0, len(text), -1)
    return [(e.nErrorStart, e.nErrorLength, e.aShortComment, e.aFullComment) for e in result.aErrors]


def body_paragraph_with(doc, words):
    e = doc.Text.createEnumeration()
    while e.hasMoreElements():
        p = e.nextElement()
        if p.supportsService("com.sun.star.text.Paragraph") and words in p.String:
            return p
    raise AssertionError("no paragraph with " + words)


def check(office, doc):
    state, detail = office.dispatch(doc, "check", Interactive=False)
    assert state == 1, detail  # css.frame.DispatchResultState.SUCCESS


def claim_finding(office, doc):
    found = [f for f in office.checker.checkDocument(doc) if f.RuleId == "text/no-requests-claim"]
    assert len(found) == 1, [f.Message for f in found]
    return found[0]


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def test_ours_is_the_zh_cn_grammar_checker(office):
    lsm = office.smgr.createInstanceWithContext("com.sun.star.linguistic2.LinguServiceManager", office.ctx)
    configured = lsm.getConfiguredServices("com.sun.star.linguistic2.Proofreader", ZH_CN)
    assert configured and configured[0] == "org.nianbao.ProofreaderImpl", configured


def test_claim_is_marked_on_its_words_with_the_finding_message(office):
    doc = writer_document_from_text(office, report_with_claim(), "claim")
    paragraph = flat_paragraph_with(doc, CLAIM)
    # Before any check: this is only a document, and gets nothing.
    assert marks(office, doc, paragraph) == []
    check(office, doc)
    finding = claim_finding(office, doc)
    paragraph = flat_paragraph_with(doc, CLAIM)
    text = paragraph.getText()
    got = marks(office, doc, paragraph)
    assert len(got) == 1, got
    start, length, comment, full = got[0]
    assert (start, length) == (utf16_len(text[:text.index(CLAIM)]), utf16_len(CLAIM)), (got, text)
    assert comment == finding.Message, (comment, finding.Message)
    assert "表三" in comment and "14" in comment, comment
    assert "text/no-requests-claim" in full, full
    # Other paragraphs of the report (no prose finding there) are not marked.
    others = [p for p in flat_paragraphs(doc) if CLAIM not in p.getText() and p.getText().strip()]
    assert others and all(marks(office, doc, p) == [] for p in others[:40])

    # Typing elsewhere in the paragraph: the mark follows the words (found by text, not offset).
    body = body_paragraph_with(doc, CLAIM)
    body.getText().insertString(body.getStart(), "补充说明：", False)
    paragraph = flat_paragraph_with(doc, CLAIM)
    text = paragraph.getText()
    assert text.startswith("补充说明：")
    assert [m[:2] for m in marks(office, doc, paragraph)] == [(text.index(CLAIM), len(CLAIM))]

    # The claim rewritten: its words are gone, so is the mark — at once, before any re-check.
    body = body_paragraph_with(doc, CLAIM)
    body.setString("（二）依申请公开。本年度新收申请14件。")
    paragraph = flat_paragraph_with(doc, "本年度新收申请14件")
    assert marks(office, doc, paragraph) == []
    # And after the automatic re-check the finding is gone as well.
    deadline = time.time() + 15
    while time.time() < deadline and any(f.RuleId == "text/no-requests-claim" for f in office.checker.checkDocument(doc)):
        time.sleep(0.2)
    assert not any(f.RuleId == "text/no-requests-claim" for f in office.checker.checkDocument(doc))
    assert marks(office, doc, flat_paragraph_with(doc, "本年度新收申请14件")) == []
    doc.close(True)


def test_same_sentence_in_a_document_not_checked_gets_nothing(office):
    checked = writer_document_from_text(office, report_with_claim(), "checked")
    check(office, checked)
    assert marks(office, checked, flat_paragraph_with(checked, CLAIM))
    # A second copy of the very same report, open beside it but never checked: nothing.
    twin = writer_document_from_text(office, report_with_claim(), "twin")
    assert marks(office, twin, flat_paragraph_with(twin, CLAIM)) == []
    # An ordinary document holding the sentence: nothing.
    plain = office.new_document()
    plain.Text.setString("会议纪要\n" + CLAIM + "\n其他事项。")
    for p in flat_paragraphs(plain):
        assert marks(office, plain, p) == [], p.getText()
    for d in (checked, twin, plain):
        d.close(True)


def test_dismissed_finding_is_not_marked(office):
    doc = writer_document_from_text(office, report_with_claim(), "dismissed")
    check(office, doc)
    assert marks(office, doc, flat_paragraph_with(doc, CLAIM))
    rows = list(office.dispatch(doc, "panel", Interactive=False)[1].get("Rows", ()))
    row = next(i for i, r in enumerate(rows) if "正文称" in r and "表三" in r)
    state, detail = office.dispatch(doc, "dismiss", Interactive=False, Row=row, Reason="已核实")
    assert state == 1, detail
    assert marks(office, doc, flat_paragraph_with(doc, CLAIM)) == []
    doc.close(True)


def test_ignore_in_the_menu_is_per_finding_for_the_session(office):
    doc = writer_document_from_text(office, report_with_claim(), "ignored")
    check(office, doc)
    paragraph = flat_paragraph_with(doc, CLAIM)
    text = paragraph.getText()
    result = iterator(office).checkSentenceAtPosition(doc, paragraph, text, ZH_CN, 0, len(text), -1)
    assert len(result.aErrors) == 1
    rule = result.aErrors[0].aRuleIdentifier
    assert rule.startswith("text/no-requests-claim\t"), rule
    # Writer's "Ignore All" calls ignoreRule on the proofreader that made the mark.
    result.xProofreader.ignoreRule(rule, ZH_CN)
    assert marks(office, doc, flat_paragraph_with(doc, CLAIM)) == []
    # Not written into the document: the panel still lists the finding.
    assert claim_finding(office, doc)
    iterator(office).resetIgnoreRules()
    assert len(marks(office, doc, flat_paragraph_with(doc, CLAIM))) == 1
    doc.close(True)


def test_time_per_call(office):
    """Every paragraph of a full checked report through the iterator (over the socket: an upper
    bound on what Writer's own thread pays in-process), and of the same report not checked."""
    if not os.environ.get("NIANBAO_PROOFREAD_BENCH"):
        return
    proofreader = office.smgr.createInstanceWithContext("org.nianbao.ProofreaderImpl", office.ctx)
    times = []
    for _ in range(2000):
        t = time.perf_counter()
        proofreader.isSpellChecker()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print("| a bare call over the socket (isSpellChecker) | %.3f ms | %.3f ms |"
          % (statistics.median(times), times[int(len(times) * 0.99)]))
    for name, checked in (("checked report", True), ("document not checked", False)):
        doc = writer_document_from_text(office, report_with_claim(), "bench")
        if checked:
            check(office, doc)
        paragraphs = [p.getText() for p in flat_paragraphs(doc)]
        doc_id = iterator(office).checkSentenceAtPosition(doc, flat_paragraph_with(doc, "依申请公开"),
                                                          flat_paragraph_with(doc, "依申请公开").getText(),
                                                          ZH_CN, 0, 1, -1).aDocumentIdentifier
        times = []
        for _ in range(20):
            for text in paragraphs:
                t = time.perf_counter()
                proofreader.doProofreading(doc_id, text, ZH_CN, 0, len(text), ())
                times.append((time.perf_counter() - t) * 1000)
        times.sort()
        print("| doProofreading, %s (%d paragraphs × 20) | %.3f ms | %.3f ms |"
              % (name, len(paragraphs), statistics.median(times), times[int(len(times) * 0.99)]))
        doc.close(True)


if __name__ == "__main__":
    run_tests(globals(), hard_exit=True)
