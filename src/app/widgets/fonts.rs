//! The window's fonts: egui's own (Ubuntu Light, Hack, emoji) first, then
//! two fallbacks of both the proportional and the monospace family:
//! - a subset of DejaVu Sans for the mathematical symbols egui's fonts lack
//!   (arrows, ∧ ∨, ‖w‖, subscript letters, check marks). Without it
//!   "w ← w − η·g" drew a box for the arrow;
//! - the bundled Hangul font, so Korean (the interface, CSV class names and
//!   column headers) renders on a machine without Korean system fonts.
//!
//! `tests/i18n_ui.rs` checks every character of both languages' texts
//! against these fonts.

use egui::{FontData, FontFamily, FontInsert, FontPriority, InsertFontFamily};

use crate::render::HANGUL_FONT;

/// The symbol subset (`tools/subset_symbols_font.py` regenerates it; the
/// licence is `assets/fonts/DejaVu-LICENSE.txt`).
const SYMBOLS_FONT: &[u8] = include_bytes!("../../../assets/fonts/nnlab-symbols.ttf");

/// The name the symbol font is registered under.
const SYMBOLS: &str = "nnlab-symbols";

/// The name the Hangul font is registered under.
const HANGUL: &str = "nnlab-hangul";

/// Adds the fallback fonts to `ctx`, symbols before Hangul. Call it once
/// before the first frame (the window's start, a test harness's set-up);
/// calling it again changes nothing.
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
    ctx.add_font(FontInsert::new(HANGUL, FontData::from_static(HANGUL_FONT), families()));
}
