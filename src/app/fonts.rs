//! The window's fonts: egui's own (Ubuntu Light, Hack, emoji) first, then
//! a subset of DejaVu Sans as the last fallback of both the proportional
//! and the monospace family, for the mathematical symbols egui's fonts lack
//! (arrows, ∧ ∨, ‖w‖, subscript letters, check marks). Without it
//! "w ← w − η·g" drew a box for the arrow. `tests/glyphs.rs` checks every
//! character the window can show against these fonts.

use egui::{FontData, FontFamily, FontInsert, FontPriority, InsertFontFamily};

/// The symbol subset (`tools/subset_symbols_font.py` regenerates it; the
/// licence is `assets/fonts/DejaVu-LICENSE.txt`).
const SYMBOLS_FONT: &[u8] = include_bytes!("../../assets/fonts/nnlab-symbols.ttf");

/// The name the symbol font is registered under.
const SYMBOLS: &str = "nnlab-symbols";

/// Adds the fallback fonts to `ctx`. Call it once before the first frame
/// (the window's start, a test harness's set-up); calling it again changes
/// nothing.
pub fn install_fonts(ctx: &egui::Context) {
    let families = || {
        [FontFamily::Proportional, FontFamily::Monospace]
            .into_iter()
            .map(|family| InsertFontFamily {
                family,
                priority: FontPriority::Lowest,
            })
            .collect()
    };
    ctx.add_font(FontInsert::new(
        SYMBOLS,
        FontData::from_static(SYMBOLS_FONT),
        families(),
    ));
}
