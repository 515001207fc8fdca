#!/usr/bin/env python3
"""Regenerates assets/fonts/nnlab-hangul.ttf, the Korean fallback font.

Sources (both SIL Open Font License 1.1):
- NanumGothic.ttf (NAVER; Debian's `fonts-nanum`): every Hangul syllable
  (U+AC00-D7A3), the jamo (U+1100-11FF, U+3130-318F), CJK symbols and
  punctuation (U+3000-303F), the fullwidth forms (U+FF00-FFEF), and every
  other non-ASCII character of nnlab's texts (assets/i18n/ catalogues and
  notes, assets/lessons/) that it has;
- NotoSansMono-Regular.ttf (Google; Debian's `fonts-noto-mono`): the few
  characters of those texts NanumGothic lacks (subscripts such as
  U+2096, U+2C7C), so a symbol egui's default fonts lack is drawn instead
  of a box.
Both are subset without hinting (egui rasterizes unhinted) and without
layout tables (egui does not shape text), then merged into one font.

"NanumGothic" is a Reserved Font Name under the OFL: a subset is a
modified version, so it is renamed ("nnlab Hangul"), as the licence asks.

Usage: python3 tools/subset_hangul_font.py NanumGothic.ttf NotoSansMono-Regular.ttf
(needs fontTools: `apt-get install python3-fonttools` or `pip install fonttools`).
"""

import pathlib
import sys
import tempfile

from fontTools import merge, subset
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

TEXT_DIRS = [ROOT / "assets" / "i18n", ROOT / "assets" / "lessons"]


def text_chars():
    """Every non-ASCII character of the catalogues, notes and lessons."""
    chars = set()
    for folder in TEXT_DIRS:
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".ftl", ".toml"):
                chars |= {ord(c) for c in path.read_text(encoding="utf-8") if ord(c) > 0x7F}
    return chars


def subset_to(source, unicodes, out):
    """`source` cut down to `unicodes`, unhinted and without layout tables."""
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF"]
    options.hinting = False
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    options.notdef_outline = True
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.save(str(out))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    nanum, noto = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    texts = text_chars()
    nanum_cmap = TTFont(nanum).getBestCmap()
    noto_cmap = TTFont(noto).getBestCmap()
    wanted = {c for lo, hi in RANGES for c in range(lo, hi + 1)} | texts
    hangul = sorted(c for c in wanted if c in nanum_cmap)
    symbols = sorted(c for c in texts if c not in nanum_cmap and c in noto_cmap)
    lost = sorted(c for c in texts if c not in nanum_cmap and c not in noto_cmap)
    with tempfile.TemporaryDirectory() as tmp:
        parts = [pathlib.Path(tmp) / "hangul.ttf", pathlib.Path(tmp) / "symbols.ttf"]
        subset_to(nanum, hangul, parts[0])
        subset_to(noto, symbols, parts[1])
        font = merge.Merger().merge([str(p) for p in parts])
    for record in font["name"].names:
        if record.nameID in (1, 4, 6):
            record.string = NAME if record.nameID != 6 else NAME.replace(" ", "")
        elif record.nameID == 3:
            record.string = f"{NAME}; subset of NanumGothic and Noto Sans Mono"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(OUT))
    size = nanum.stat().st_size
    print(f"{nanum.name} {size} bytes -> {OUT.name} {OUT.stat().st_size} bytes")
    print(f"{len(hangul)} characters from {nanum.name}, {len(symbols)} from {noto.name}: "
          + " ".join(chr(c) for c in symbols))
    if lost:
        print("in no source font (egui's own fonts must have them):", " ".join(chr(c) for c in lost))


if __name__ == "__main__":
    main()
