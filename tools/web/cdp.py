"""The DevTools protocol of headless Chromium through a pipe (no WebSocket
library, no browser download: Debian's `chromium`), a tab driven by the
words it draws (the app's `?probe`, see `src/app/web.rs`), and the static
server for target/web/. Used by check.py and checks.py.
"""

import base64
import functools
import http.server
import json
import os
import re
import subprocess
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

    def wait_event(self, method, test=lambda event: True, timeout=30.0):
        """The parameters of the first event `method` for which `test(event)`
        holds (events are kept, so one that came before the call counts too)."""
        def found():
            return next((e["params"] for e in self.events
                         if e["method"] == method and test(e)), None)
        with self._lock:
            if not self._lock.wait_for(lambda: found() is not None, timeout=timeout):
                raise AssertionError(f"no {method} event within {timeout:.0f} s")
            return found()

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

    def __init__(self, browser, context=None):
        """A new tab; `context` (Target.createBrowserContext) gives it its
        own storage, as another browser profile would."""
        self.b = browser
        extra = {"browserContextId": context} if context else {}
        target = browser.call("Target.createTarget", url="about:blank", **extra)["targetId"]
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

    def press(self, word, timeout=60.0):
        """Clicks the widget labelled exactly `word`; returns its rectangle."""
        rect = self.wait(repr(word), labelled("^" + re.escape(word) + "$"), timeout)[1]
        self.click(rect)
        return rect

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


def serve(port):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(SITE))
    handler.func.extensions_map = {**handler.func.extensions_map, ".wasm": "application/wasm",
                                   ".js": "text/javascript"}
    handler.func.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
