#!/usr/bin/env python3
"""Regenerates assets/fonts/nnlab-hangul.ttf, the Korean fallback font.

Source: NanumGothic.ttf (SIL Open Font License 1.1; Debian's `fonts-nanum`
package, or the NAVER Nanum release). Kept: every Hangul syllable
(U+AC00-D7A3), the jamo (U+1100-11FF, U+3130-318F), CJK symbols and
punctuation (U+3000-303F), the fullwidth forms (U+FF00-FFEF), and every
other non-ASCII character of the message catalogues and concept notes
(assets/i18n/) that NanumGothic has: so a symbol egui's default fonts lack
(an arrow, a subscript) is drawn by this font instead of a box.

"NanumGothic" is a Reserved Font Name under the OFL: a subset is a
modified version, so it is renamed ("nnlab Hangul"), as the licence asks.

Usage: python3 tools/subset_hangul_font.py PATH/TO/NanumGothic.ttf
(needs fontTools: `apt-get install python3-fonttools` or `pip install fonttools`).
"""

import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "fonts" / "nnlab-hangul.ttf"
NAME = "nnlab Hangul"

RANGES = [
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0x1100, 0x11FF),  # Hangul jamo
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # halfwidth and fullwidth forms
]


def catalogue_chars():
    """Every non-ASCII character of the catalogues and notes."""
    chars = set()
    for path in sorted((ROOT / "assets" / "i18n").rglob("*")):
        if path.suffix in (".ftl", ".toml"):
            chars |= {ord(c) for c in path.read_text(encoding="utf-8") if ord(c) > 0x7F}
    return chars


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    source = pathlib.Path(sys.argv[1])
    cmap = TTFont(source).getBestCmap()
    wanted = {c for lo, hi in RANGES for c in range(lo, hi + 1)} | catalogue_chars()
    unicodes = sorted(c for c in wanted if c in cmap)
    options = subset.Options()
    options.layout_features = ["*"]
    options.hinting = False  # egui rasterizes without hinting
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    options.notdef_outline = True
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 4, 6):
            record.string = NAME if record.nameID != 6 else NAME.replace(" ", "")
        elif record.nameID == 3:
            record.string = f"{NAME}; subset of NanumGothic 3.021"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(OUT))
    print(f"{source.stat().st_size} bytes -> {OUT.stat().st_size} bytes, {len(unicodes)} characters")


if __name__ == "__main__":
    main()
