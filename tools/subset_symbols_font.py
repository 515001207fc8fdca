#!/usr/bin/env python3
"""Regenerates assets/fonts/nnlab-symbols.ttf, the window's fallback font for
the mathematical symbols egui's default fonts lack.

egui's default proportional font (Ubuntu Light) has no arrows (w ← w − η·g),
no logic signs (∧, ∨), no ‖w‖, no subscript letters (δⱼ, Σₖ), no check
marks: each drew as a box. DejaVu Sans has them all. Its licence (the
Bitstream Vera licence with DejaVu's public-domain changes; the text is in
assets/fonts/DejaVu-LICENSE.txt) allows bundling and subsetting; the subset
is renamed because the licence reserves the names "Bitstream" and "Vera".

Kept: combining marks, phonetic extensions (ᵀ, ᵢ), general punctuation,
super- and subscripts, letterlike symbols, arrows, mathematical operators,
geometric shapes, dingbats (✓ ✗) and Latin Extended-C (ⱼ): about 1,150
characters in 133 KB of the original's 760 KB.

Usage: python3 tools/subset_symbols_font.py PATH/TO/DejaVuSans.ttf
(needs fontTools: `apt-get install python3-fonttools` or `pip install fonttools`).
"""

import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "fonts" / "nnlab-symbols.ttf"
NAME = "nnlab Symbols"

RANGES = [
    (0x0300, 0x036F),  # combining diacritical marks (m̂)
    (0x1D00, 0x1DBF),  # phonetic extensions (ᵀ, ᵢ)
    (0x2000, 0x206F),  # general punctuation (‖)
    (0x2070, 0x209F),  # superscripts and subscripts (ⁱ, ₖ)
    (0x2100, 0x214F),  # letterlike symbols (ℓ)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators (∧, ∨, ∂)
    (0x25A0, 0x25FF),  # geometric shapes (●, ▸)
    (0x2700, 0x27BF),  # dingbats (✓, ✗)
    (0x27E0, 0x27FF),  # mathematical brackets and long arrows
    (0x2C60, 0x2C7F),  # Latin Extended-C (ⱼ)
]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    font = TTFont(sys.argv[1])
    cmap = font.getBestCmap()
    wanted = [c for lo, hi in RANGES for c in range(lo, hi + 1) if c in cmap]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 4, 16, 21):
            record.string = NAME
        elif record.nameID == 6:
            record.string = NAME.replace(" ", "-")
    font.save(OUT)
    print(f"{OUT.relative_to(ROOT)}: {len(wanted)} characters, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
