"""Run through office.sh on a bare machine, before the functional tests: the .oxt was installed
into a profile the office had never used, the office then started for the first time — the
extension must still be registered, with the component of this machine's platform, and answer.
Prints the office's platform and the findings for one sample report (what a person would look at).
   extension_registered.py SAMPLE.txt
"""
import os
import platform
import sys

import uno


def main():
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=%s;urp;StarOffice.ComponentContext"
                           % os.environ["NIANBAO_OFFICE_PORT"])
    expander = ctx.getValueByName("/singletons/com.sun.star.util.theMacroExpander")
    office_platform = expander.expandMacros("${_OS}_${_ARCH}")
    manager = ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
    ours = [e for e in manager.getDeployedExtensions("user", None, None)
            if e is not None and e.getIdentifier().Value == "org.nianbao.extension"]
    assert ours, "the extension was dropped by the profile's first start: not deployed"
    checker = ctx.ServiceManager.createInstanceWithContext("org.nianbao.ReportChecker", ctx)
    assert checker is not None, "org.nianbao.ReportChecker is not registered (platform %s)" % office_platform
    with open(sys.argv[1], encoding="utf-8") as f:
        findings = checker.checkText(f.read())
    assert findings, "the service found nothing in " + sys.argv[1]
    print("office platform %s, driver on %s: %s %s deployed; ReportChecker answered %d findings:"
          % (office_platform, platform.machine(), ours[0].getIdentifier().Value, ours[0].getVersion(), len(findings)))
    for f in findings:
        print("  %s %s %s" % (f.Severity, f.RuleId, f.Message))


if __name__ == "__main__":
    main()
