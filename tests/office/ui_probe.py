"""What a user sees of the office's windows, read through the accessibility API over the same
socket a script uses: the open top-level windows, their texts, and their buttons to press."""
import re
import time

from com.sun.star.accessibility.AccessibleRole import PUSH_BUTTON


def _get(obj, name, default=None):
    """A property of an accessible object that may be gone or lack it (windows change under us)."""
    try:
        return getattr(obj, name)
    except Exception:
        return default


def _walk(context, depth=0):
    yield context
    if depth > 12:
        return
    for i in range(min(_get(context, "AccessibleChildCount", 0), 400)):
        try:
            child = context.getAccessibleChild(i).AccessibleContext
        except Exception:   # gone meanwhile, or a child without a context of its own
            continue
        if child is not None:
            yield from _walk(child, depth + 1)


def _text_of(context):
    parts = [_get(context, "AccessibleName") or ""]
    try:
        parts.append(context.getText())   # XAccessibleText: labels and read-only message texts
    except Exception:
        pass
    parts.append(_get(context, "AccessibleDescription") or "")
    return " ".join(p for p in parts if p)


class Window:
    def __init__(self, top):
        self.top = top
        self.context = _get(top, "AccessibleContext")

    @property
    def title(self):
        return _get(self.context, "AccessibleName") or ""

    def text(self):
        return "\n".join(_text_of(c) for c in _walk(self.context))

    def buttons(self):
        return [c for c in _walk(self.context) if _get(c, "AccessibleRole") == PUSH_BUTTON]

    def press(self, *names):
        """Presses the first button whose name is one of `names` (as a user clicks it)."""
        for b in self.buttons():
            # "关闭(C)", "~OK": the label without its mnemonic
            label = re.sub(r"\(\w\)$", "", (_get(b, "AccessibleName") or "").replace("~", "").replace("_", ""))
            if label in names:
                b.doAccessibleAction(0)
                return label
        raise AssertionError("no button %s in window %r: %s" % (names, self.title, [_get(b, "AccessibleName") for b in self.buttons()]))


def top_windows(office):
    tk = office.smgr.createInstanceWithContext("com.sun.star.awt.Toolkit", office.ctx)
    windows = [Window(tk.getTopWindow(i)) for i in range(tk.TopWindowCount)]
    return [w for w in windows if w.context is not None]


def wait_for_window(office, predicate, timeout=20):
    """The first top-level window (not a document frame) for which predicate(window) is true."""
    end = time.time() + timeout
    seen = []
    while time.time() < end:
        seen = []
        try:
            windows = top_windows(office)
        except Exception:   # a window closed while we listed them
            windows = []
        for w in windows:
            try:
                if predicate(w):
                    return w
                seen.append(w.title)
            except Exception:
                pass
        time.sleep(0.3)
    raise AssertionError("no such window within %d s; open: %s" % (timeout, seen))
