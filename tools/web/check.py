#!/usr/bin/env python3
"""Checks the browser build (target/web/, made by tools/web/build.sh) in
headless Chromium, driven over the DevTools protocol through a pipe (no
WebSocket library, no browser download: Debian's `chromium`).

The page runs with `?probe`: after each frame the app lists the labels of
what it drew with their rectangles (egui's accessibility tree) in
`window.nnlabProbe`, so this script finds widgets by the words a learner
reads (taken from the Fluent catalogues) and clicks them like a mouse.

Checked: the page loads with no console error or uncaught exception; the
lab is drawn (tabs and controls labelled, a non-empty picture); Play makes
the status bar's epoch advance; Learn > lesson 1 opens the lesson (its
"Step 1 of N"); `?lang=ko` draws the Korean window. Prints the time to the
first drawn frame and, with --speed, the training speed the status bar
shows. Exit status 0 when everything passed.

Usage: tools/web/check.py [--port N] [--screenshot PATH] [--speed]
"""

import argparse
import base64
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "target" / "web"
WIDTH, HEIGHT = 1280, 720
ISOLATION = dict.fromkeys(map(ord, "\u2068\u2069"))


def catalogue(lang):
    """Every `key = value` line of the language's Fluent files."""
    words = {}
    for path in sorted((ROOT / "assets" / "i18n" / lang).glob("*.ftl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^([a-z0-9-]+) = (.+)$", line)
            if m:
                words[m.group(1)] = m.group(2).strip()
    return words


class Browser:
    """Headless Chromium with its DevTools protocol on fds 3 and 4."""

    def __init__(self, chromium, profile):
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def pipes():
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        args = [
            chromium, "--headless=new", "--remote-debugging-pipe", "--no-sandbox",
            "--no-first-run", "--disable-gpu-sandbox", "--use-angle=swiftshader",
            "--enable-unsafe-swiftshader", f"--window-size={WIDTH},{HEIGHT}",
            f"--user-data-dir={profile}", "about:blank",
        ]
        self.proc = subprocess.Popen(args, pass_fds=(3, 4), preexec_fn=pipes,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._next = 0
        self._replies = {}
        self.events = []
        self._lock = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        buffer = b""
        while True:
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                return
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                with self._lock:
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self.events.append(message)
                    self._lock.notify_all()

    def call(self, method, session=None, **params):
        self._next += 1
        message = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        with self._lock:
            if not self._lock.wait_for(lambda: self._next in self._replies, timeout=60):
                raise RuntimeError(f"no reply to {method}")
            reply = self._replies.pop(self._next)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply["result"]

    def close(self):
        try:
            self.call("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class Page:
    """One tab: navigation, the probe, clicks, console errors."""

    def __init__(self, browser):
        self.b = browser
        target = browser.call("Target.createTarget", url="about:blank")["targetId"]
        self.s = browser.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Runtime", "Log", "Page"):
            browser.call(f"{domain}.enable", self.s)
        browser.call("Emulation.setDeviceMetricsOverride", self.s, width=WIDTH, height=HEIGHT,
                     deviceScaleFactor=1, mobile=False)

    def errors(self):
        """Console errors and uncaught exceptions of this tab so far."""
        out = []
        for e in self.b.events:
            if e.get("sessionId") != self.s:
                continue
            p = e.get("params", {})
            if e["method"] == "Runtime.exceptionThrown":
                out.append(p["exceptionDetails"].get("exception", {}).get("description")
                           or p["exceptionDetails"].get("text"))
            elif e["method"] == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p["args"]))
            elif e["method"] == "Log.entryAdded" and p["entry"]["level"] == "error":
                out.append(p["entry"]["text"])
        return out

    def evaluate(self, expression):
        result = self.b.call("Runtime.evaluate", self.s, expression=expression, returnByValue=True)
        return result["result"].get("value")

    def open(self, url):
        self.b.call("Page.navigate", self.s, url=url)

    def labels(self):
        text = self.evaluate("window.nnlabProbe || null")
        if not text:
            return []
        return [(n["label"].translate(ISOLATION), n["rect"]) for n in json.loads(text)]

    def wait(self, what, test, timeout=60.0):
        """Polls the probe until `test(labels)` gives a value."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            found = test(self.labels())
            if found:
                return found
            if self.errors():
                break
            time.sleep(0.05)
        raise AssertionError(f"{what}: not seen within {timeout:.0f} s; errors: {self.errors()}")

    def click(self, rect):
        x, y = (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.b.call("Input.dispatchMouseEvent", self.s, type=kind, x=x, y=y, button="left",
                        clickCount=1)
            time.sleep(0.05)

    def screenshot(self, path):
        data = self.b.call("Page.captureScreenshot", self.s, format="png")["data"]
        Path(path).write_bytes(base64.b64decode(data))


def labelled(pattern):
    """A probe test: the first label matching `pattern` (regex), with its rectangle."""
    rx = re.compile(pattern)
    return lambda labels: next(((l, r) for l, r in labels if rx.search(l)), None)


def epoch(labels, word):
    """The epoch the status bar shows (`epoch 12`), or None."""
    for label, _ in labels:
        m = re.fullmatch(re.escape(word) + r"\s*([0-9,]+)", label)
        if m:
            return int(m.group(1).replace(",", ""))
    return None


def speed(page, en):
    """Sets the speed to "max" and prints the status bar's samples/s each
    second for 10 s (the training speed in the browser)."""
    value = re.escape(en["controls-speed-value"].split("{")[0]) + r"[0-9.,]+ " + \
        re.escape(en["controls-speed-value"].split("}")[1].strip())
    shown = page.wait("the speed's value", labelled("^(" + value.strip() + ")$"))
    # The speed slider sits left of its value; a click at its right end is "max".
    x0, y0, _, y1 = shown[1]
    page.click([x0 - 14, y0, x0 - 10, y1])
    page.wait("the speed 'max'", labelled("^" + re.escape(en["controls-speed-max"]) + "$"))
    page.click(page.wait("Play", labelled("^" + re.escape(en["controls-play"]) + "$"))[1])
    unit = en["statusbar-rate"].split("}")[1].strip()
    for _ in range(5):
        time.sleep(1)
        print("  " + " | ".join(l for l, _ in page.labels() if l.endswith(unit)))
    # Frames the page shows per second meanwhile (animation-frame callbacks).
    fps = page.b.call("Runtime.evaluate", page.s, awaitPromise=True, returnByValue=True, expression="""
        new Promise((done) => { let n = 0; const t0 = performance.now();
          const tick = () => { n++; const t = performance.now() - t0;
            if (t < 3000) requestAnimationFrame(tick); else done(n * 1000 / t); };
          requestAnimationFrame(tick); })""")["result"]["value"]
    print(f"  page frames while training at max: {fps:.1f} per second")


def serve(port):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(SITE))
    handler.func.extensions_map = {**handler.func.extensions_map, ".wasm": "application/wasm",
                                   ".js": "text/javascript"}
    handler.func.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run(args):
    en, ko = catalogue("en"), catalogue("ko")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("chromium not found (Debian: apt-get install chromium)")
    server = serve(args.port)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with tempfile.TemporaryDirectory() as profile:
        browser = Browser(chromium, profile)
        try:
            page = Page(browser)
            start = time.monotonic()
            page.open(base + "?probe&lang=en")
            tab = page.wait("the lab's tabs", labelled("^" + re.escape(en["tab-network"]) + "$"))
            print(f"first frame drawn {time.monotonic() - start:.2f} s after navigation")
            labels = page.labels()
            assert len(labels) > 20, f"the lab is drawn with only {len(labels)} labelled widgets"
            assert tab[1][2] > tab[1][0] and tab[1][3] > tab[1][1], f"the tab has no area: {tab}"
            if args.screenshot:
                page.screenshot(args.screenshot)
            size = len(base64.b64decode(browser.call("Page.captureScreenshot", page.s, format="png")["data"]))
            assert size > 20_000, f"the page's picture is nearly empty ({size} bytes of PNG)"
            print(f"lab drawn: {len(labels)} labelled widgets, {size // 1024} KB screenshot")

            word = en["statusbar-epoch"].split("{")[0].strip()
            before = page.wait("the status bar's epoch", lambda l: epoch(l, word) is not None)
            before = epoch(page.labels(), word)
            play = page.wait("the Play button", labelled("^" + re.escape(en["controls-play"]) + "$"))
            page.click(play[1])
            t0 = time.monotonic()
            after = page.wait("the epoch advancing", lambda l: (epoch(l, word) or 0) >= before + 5 or None)
            print(f"Play: epoch {before} -> {epoch(page.labels(), word)} "
                  f"in {time.monotonic() - t0:.2f} s")
            page.click(play[1])  # the same place is Pause now
            if args.speed:
                speed(page, en)
                page.click(play[1])

            learn = page.wait("the Learn menu", labelled("^" + re.escape(en["menu-learn"]) + "$"))
            page.click(learn[1])
            lesson = page.wait("lesson 1 in the Learn menu", labelled(r"^1\. "))
            page.click(lesson[1])
            step = en["lesson-step-of"].split("{")[0].strip()
            shown = page.wait("lesson 1's first step", labelled("^" + re.escape(step) + r"\s*1\b"))
            print(f"lesson opened: {lesson[0]!r}, {shown[0]!r}")

            korean = Page(browser)
            korean.open(base + "?probe&lang=ko")
            korean.wait("the Korean Learn menu", labelled("^" + re.escape(ko["menu-learn"]) + "$"))
            hangul = [l for l, _ in korean.labels() if re.search("[\uac00-\ud7a3]", l)]
            assert len(hangul) > 10, f"only {len(hangul)} Korean labels: {hangul}"
            print(f"Korean page: {len(hangul)} labels in Hangul, e.g. {hangul[:3]}")
            errors = page.errors() + korean.errors()
            assert not errors, f"console errors: {errors}"
            print("browser check passed")
        finally:
            browser.close()
            server.shutdown()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="HTTP port (default: any free one)")
    parser.add_argument("--screenshot", help="save a PNG of the first page here")
    parser.add_argument("--speed", action="store_true", help="print the status bar after 5 s of training")
    args = parser.parse_args()
    if not (SITE / "index.html").is_file():
        sys.exit(f"{SITE} has no site: run tools/web/build.sh first")
    try:
        run(args)
    except AssertionError as e:
        sys.exit(f"browser check FAILED: {e}")


if __name__ == "__main__":
    main()
