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
the status bar's epoch advance; the browser's edges (checks.py): a CSV
opened through the file picker and one dropped onto the page, a session,
a PNG and the training animation downloaded, the animation made while the
page keeps drawing, the restore prompt after a reload; Learn > lesson 1
opens the lesson (its "Step 1 of N"); `?lang=ko` draws the Korean window.
Prints the time to the first drawn frame and, with --speed, the training
speed the status bar shows. Exit status 0 when everything passed.

Usage: tools/web/check.py [--port N] [--screenshot PATH] [--speed]
"""

import argparse
import base64
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
import checks  # noqa: E402
from cdp import ROOT, SITE, Browser, Page, catalogue, epoch, labelled, serve  # noqa: E402


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


WORKLOADS = ("train_8x8_samples_per_sec", "train_8x8_adam_b64_samples_per_sec", "train_wide_samples_per_sec")


def engine_speed(browser, base):
    """The engine alone in the page (`?bench`: `nnlab bench`'s training
    workloads, no drawing) and then on the desktop (`target/release/nnlab
    bench`), one after the other on the same machine; prints the ratios."""
    page = Page(browser, browser.call("Target.createBrowserContext")["browserContextId"])
    page.open(base + "?bench")
    end = time.monotonic() + 120
    while not (text := page.evaluate("window.nnlabBench || null")) and time.monotonic() < end:
        time.sleep(0.5)
    assert text, "the ?bench page gave no figures within 120 s"
    web = json.loads(text)
    native_bin = ROOT / "target" / "release" / "nnlab"
    if not native_bin.is_file():
        print(f"  page engine: {web}; no {native_bin} to compare with (cargo build --release)")
        return
    out = subprocess.run([str(native_bin), "bench", "--json"], capture_output=True, text=True, check=True)
    native = json.loads(out.stdout.strip().splitlines()[-1])
    for key in WORKLOADS:
        print(f"  {key}: page {web[key] / 1e6:.2f} M, desktop {native[key] / 1e6:.2f} M "
              f"({native['simd']}), desktop/page {native[key] / web[key]:.1f}x")


def run(args):
    en, ko = catalogue("en"), catalogue("ko")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("chromium not found (Debian: apt-get install chromium)")
    server = serve(args.port)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as folder:
        browser = Browser(chromium, profile)
        try:
            browser.call("Browser.setDownloadBehavior", behavior="allowAndName", downloadPath=folder,
                         eventsEnabled=True)
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
            # Printed, not asserted: a shared machine's speed is no test.
            print(f"page frames while training at the default pace: {checks.frame_rate(page, 3.0):.1f} per second")
            page.click(play[1])  # the same place is Pause now

            picked, dropped = Path(folder) / "picked.csv", Path(folder) / "dropped.csv"
            picked.write_text(checks.CSV)
            dropped.write_text(checks.CSV[:checks.CSV.index("\n", 400)] + "\n")
            checks.open_through_picker(page, en, picked, 100)
            points = dropped.read_text().count("\n") - 1
            checks.drop(page, en, dropped, points)
            page.click(play[1])
            page.wait("training on the dropped data", lambda l: (epoch(l, word) or 0) >= 8 or None)
            page.click(play[1])
            checks.downloads(page, en, folder, points)
            checks.animation(page, en, folder)
            if args.speed:
                speed(page, en)
                page.click(play[1])
                engine_speed(browser, base)

            learn = page.wait("the Learn menu", labelled("^" + re.escape(en["menu-learn"]) + "$"))
            page.click(learn[1])
            lesson = page.wait("lesson 1 in the Learn menu", labelled(r"^1\. "))
            page.click(lesson[1])
            step = en["lesson-step-of"].split("{")[0].strip()
            shown = page.wait("lesson 1's first step", labelled("^" + re.escape(step) + r"\s*1\b"))
            print(f"lesson opened: {lesson[0]!r}, {shown[0]!r}")

            checks.restore(page, en)

            # Its own storage: this tab's autosave is not the Korean page's.
            korean = Page(browser, browser.call("Target.createBrowserContext")["browserContextId"])
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
    parser.add_argument("--speed", action="store_true",
                        help="print the status bar's samples/s at max speed, then the engine's in the page "
                             "(?bench) and on the desktop (target/release/nnlab bench)")
    args = parser.parse_args()
    if not (SITE / "index.html").is_file():
        sys.exit(f"{SITE} has no site: run tools/web/build.sh first")
    try:
        run(args)
    except AssertionError as e:
        sys.exit(f"browser check FAILED: {e}")


if __name__ == "__main__":
    main()
