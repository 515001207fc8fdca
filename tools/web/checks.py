"""The browser edges of the app, checked in a tab (see check.py): a CSV
opened through the browser's file picker and one dropped onto the page,
saves that are downloads (a session, a PNG, the training animation), the
animation made in slices while the page keeps drawing, and the restore
prompt after the tab is reloaded (the closed-tab case).
"""

import json
import re
import time
from pathlib import Path

from cdp import labelled

CSV = "x1,x2,label\n" + "".join(
    f"{x / 10:.1f},{y / 10:.1f},{int((x < 5) != (y < 5))}\n" for x in range(10) for y in range(10))


def import_csv(page, en, name, points):
    """The import window for `name` is open: press Import and see the
    notice that `points` points were opened."""
    page.wait("the import window", labelled("^" + re.escape(en["import-title"].split("{")[0]) + re.escape(name)))
    page.press(en["import-import"])
    opened = en["apply-opened-dataset"].replace("{ $name }", name).replace("{ $points }", str(points))
    page.wait(f"the notice {opened!r}", labelled("^" + re.escape(opened) + "$"))


def file_menu(page, en, item):
    """File > `item` (a menu item's label ends with its shortcut, if any)."""
    page.press(en["menu-file"])
    page.click(page.wait(en[item], labelled("^" + re.escape(en[item]) + r"(\s|$)"))[1])


def open_through_picker(page, en, path, points):
    """File > Open dataset... shows the browser's file picker (rfd's
    <input type=file>); the check picks `path` in it."""
    b = page.b
    b.call("Page.setInterceptFileChooserDialog", page.s, enabled=True)
    file_menu(page, en, "menu-open-dataset")
    try:
        chooser = b.wait_event("Page.fileChooserOpened", lambda e: e.get("sessionId") == page.s, timeout=5)
        b.call("DOM.setFileInputFiles", page.s, files=[str(path)], backendNodeId=chooser["backendNodeId"])
        how = "the file chooser"
    except AssertionError:
        # Without the click's user activation rfd shows its own card with
        # the input and an Ok button instead.
        node = b.call("Runtime.evaluate", page.s, expression="document.getElementById('rfd-input')")
        b.call("DOM.setFileInputFiles", page.s, files=[str(path)], objectId=node["result"]["objectId"])
        page.evaluate("[...document.querySelectorAll('.rfd-button')].find(b => b.innerText == 'Ok').click()")
        how = "rfd's card"
    import_csv(page, en, path.name, points)
    print(f"file picker: {path.name} opened through {how}, {points} points imported")


def drop(page, en, path, points):
    """Drags `path` onto the middle of the page and drops it."""
    x, y = 640, 360
    data = {"items": [], "files": [str(path)], "dragOperationsMask": 1}
    for kind in ("dragEnter", "dragOver", "drop"):
        page.b.call("Input.dispatchDragEvent", page.s, type=kind, x=x, y=y, data=data)
    import_csv(page, en, path.name, points)
    print(f"drop: {path.name} dropped onto the page, {points} points imported")


def downloaded(b, folder, name, timeout=30.0):
    """The bytes of the download the page offered as `name`."""
    begun = b.wait_event("Browser.downloadWillBegin",
                         lambda e: e["params"]["suggestedFilename"] == name
                         and e["params"]["guid"] not in downloaded.seen, timeout)
    guid = begun["guid"]
    downloaded.seen.add(guid)
    b.wait_event("Browser.downloadProgress",
                 lambda e: e["params"]["guid"] == guid and e["params"]["state"] == "completed", timeout)
    return (Path(folder) / guid).read_bytes()


downloaded.seen = set()


def downloads(page, en, folder, points):
    """File > Save session... and Export boundary image... download files."""
    b = page.b
    file_menu(page, en, "menu-save-session")
    session = json.loads(downloaded(b, folder, "session.json"))
    saved = len(session["dataset"]["points"])
    assert saved == points, f"the downloaded session has {saved} points, not {points}"
    file_menu(page, en, "menu-export-boundary")
    png = downloaded(b, folder, "nnlab.png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 1000, f"nnlab.png is no picture ({len(png)} bytes)"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    print(f"downloads: session.json ({saved} points, epoch {session['progress']['epoch']}), "
          f"nnlab.png ({width}x{height})")


COUNT_FRAMES = """window.nnlabFrames = 0; window.nnlabFramesStop = false; window.nnlabGap = 0;
    let last = performance.now();
    (function tick() { const t = performance.now(); window.nnlabGap = Math.max(window.nnlabGap, t - last);
      last = t; window.nnlabFrames++; if (!window.nnlabFramesStop) requestAnimationFrame(tick); })();"""


def frame_rate(page, seconds):
    """Frames the page draws per second now (animation-frame callbacks)."""
    page.evaluate(COUNT_FRAMES)
    time.sleep(seconds)
    return page.evaluate("window.nnlabFramesStop = true; window.nnlabFrames") / seconds


def animation(page, en, folder):
    """File > Export training animation...: the GIF is made a slice per
    frame, so the page keeps drawing (animation frames counted) and shows
    its progress while it works. A job that ran to its end when started
    would leave the page no frame until the file is there."""
    idle = frame_rate(page, 2)
    page.evaluate(COUNT_FRAMES)
    t0 = time.monotonic()
    file_menu(page, en, "menu-export-animation")
    progress = re.compile("^" + re.escape(en["export-progress"].split("{")[0]) + r"(\d+)/(\d+)$")
    seen = set()
    end = t0 + 60
    while time.monotonic() < end and not any(e["method"] == "Browser.downloadWillBegin"
                                             and e["params"]["suggestedFilename"] == "training.gif"
                                             for e in page.b.events):
        seen |= {m.groups() for label, _ in page.labels() if (m := progress.match(label))}
        time.sleep(0.05)
    gif = downloaded(page.b, folder, "training.gif")
    seconds = time.monotonic() - t0
    frames = page.evaluate("window.nnlabFramesStop = true; window.nnlabFrames")
    gap = page.evaluate("window.nnlabGap") / 1000
    assert gif[:6] == b"GIF89a", f"training.gif is no GIF ({gif[:6]!r})"
    assert len(seen) >= 3, f"the export's progress was seen only at {sorted(seen)}: the page stalled"
    # A GIF frame is two steps (draw, encode), and each poll runs steps for
    # at most the frame budget: the page slows while a step runs, but never
    # waits for the whole export (which, run whole, would be one long gap).
    total = int(next(iter(seen))[1])
    assert gap < seconds / 3, \
        f"the page drew no frame for {gap:.2f} s of a {seconds:.1f} s export: it waited for the job"
    print(f"animation: training.gif ({len(gif) // 1024} KB, {total} frames) in {seconds:.1f} s, "
          f"progress seen at {len(seen)} steps; the page drew {frames / seconds:.1f} frames/s meanwhile "
          f"({idle:.1f} before), longest gap {gap * 1000:.0f} ms")


def restore(page, en):
    """A reload leaves the tab as closing it does (no exit, the running mark
    stays) after the page autosaved on being hidden: the new page offers
    the autosaved session, and Restore brings it back."""
    page.b.call("Page.reload", page.s)
    page.wait("the restore prompt", labelled("^" + re.escape(en["recovery-heading"]) + "$"))
    page.press(en["recovery-restore"])
    restored = re.escape(en["apply-restored-autosave"].split("{")[0])
    shown = page.wait("the restored notice", labelled("^" + restored))
    print(f"restore: after a reload the prompt showed; {shown[0]!r}")
