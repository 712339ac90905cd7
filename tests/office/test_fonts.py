"""Fonts (issue 12), run through office.sh with the extension installed.

1. The extension changes no other document: a plain document set in 宋体/仿宋/黑体 (as Windows
   users write them) renders with the same fonts with and without the extension. Compared by the
   fonts LibreOffice embeds in a PDF export (pdffonts), against an office without the extension.
2. The template looks right by its own means: its font declarations name free CJK fonts with the
   same look, so even an office without the extension renders its 仿宋/宋体, 黑体 and 楷体 text in
   Noto Serif CJK, Noto Sans CJK and AR PL UKai (not all in fontconfig's one default CJK font).
NIANBAO_SHOTS=DIR keeps page images of the PDFs to look at.
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uno  # noqa: E402
from test_extension import prop, run_tests  # noqa: E402

SOFFICE = "/usr/lib/libreoffice/program/soffice"
SHOTS = os.environ.get("NIANBAO_SHOTS", "")

PLAIN = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="宋体" svg:font-family="宋体"/>
  <style:font-face style:name="仿宋" svg:font-family="仿宋"/>
  <style:font-face style:name="黑体" svg:font-family="黑体"/>
 </office:font-face-decls>
 <office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph"><style:text-properties style:font-name="宋体" style:font-name-asian="宋体"/></style:style>
  <style:style style:name="P2" style:family="paragraph"><style:text-properties style:font-name="仿宋" style:font-name-asian="仿宋"/></style:style>
  <style:style style:name="P3" style:family="paragraph"><style:text-properties style:font-name="黑体" style:font-name-asian="黑体"/></style:style>
 </office:automatic-styles>
 <office:body><office:text>
  <text:p text:style-name="P1">宋体：关于做好政府信息公开工作的通知</text:p>
  <text:p text:style-name="P2">仿宋：各区县人民政府，市政府各部门。</text:p>
  <text:p text:style-name="P3">黑体：一、总体情况</text:p>
 </office:text></office:body>
</office:document>
"""


def pdf_fonts(pdf):
    out = subprocess.run(["pdffonts", pdf], check=True, capture_output=True, text=True).stdout
    names = set()
    for line in out.splitlines()[2:]:
        if line.strip():
            names.add(re.sub(r"^[A-Z]{6}\+", "", line.split()[0]))   # drop the subset tag
    return names


def look(pdf, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "2", pdf, os.path.join(SHOTS, name)], check=False)


def without_extension(path, outdir):
    """PDF of `path` made by a fresh office profile that has never seen the extension."""
    profile = tempfile.mkdtemp(prefix="nianbao-plain-profile-")
    try:
        subprocess.run(["timeout", "180", SOFFICE, "--headless", "--norestore", "--nologo",
                        "-env:UserInstallation=file://" + profile, "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, capture_output=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
    assert os.path.exists(pdf), pdf
    return pdf


def with_extension(office, path, outdir):
    doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
    pdf = os.path.join(outdir, "with-extension.pdf")
    doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "writer_pdf_Export"),))
    doc.close(True)
    return pdf


def test_plain_song_document_renders_the_same_with_and_without_the_extension(office):
    work = tempfile.mkdtemp(dir=office.tmp)
    path = os.path.join(work, "plain.fodt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(PLAIN)
    plain = pdf_fonts(without_extension(path, work))
    ours = with_extension(office, path, work)
    look(ours, "plain-with-extension")
    assert pdf_fonts(ours) == plain, ("fonts with the extension", pdf_fonts(ours), "without", plain)


def test_template_renders_in_cjk_fonts_by_its_own_font_lists(office):
    settings = office.smgr.createInstanceWithContext("com.sun.star.util.PathSettings", office.ctx)
    expander = office.ctx.getValueByName("/singletons/com.sun.star.util.theMacroExpander")
    dirs = [uno.fileUrlToSystemPath(expander.expandMacros(u[len("vnd.sun.star.expand:"):]))
            for u in settings.Template_internal if u.endswith("nianbao.oxt/templates")]
    ott = [p for d in dirs for p in glob.glob(os.path.join(d, "*", "*.ott"))]
    assert ott, settings.Template_internal
    work = tempfile.mkdtemp(dir=office.tmp)
    template = shutil.copy(ott[0], os.path.join(work, "template.ott"))
    for pdf in (with_extension(office, template, work), without_extension(template, work)):
        fonts = pdf_fonts(pdf)
        look(pdf, os.path.basename(pdf)[:-4])
        # Body 仿宋 and 宋体 -> Noto Serif CJK, headings 黑体 -> Noto Sans CJK, 楷体 -> AR PL UKai.
        for family in ("NotoSerifCJK", "NotoSansCJK", "UKai"):
            assert any(f.startswith(family) for f in fonts), (pdf, family, fonts)


if __name__ == "__main__":
    run_tests(globals(), hard_exit=True)
