//! The window's fonts: egui's own (Ubuntu Light, Hack, emoji) first, then
//! the bundled Hangul font as the last fallback of both the proportional
//! and the monospace family, so Korean (the interface, CSV class names and
//! column headers) renders on a machine without Korean system fonts.

use egui::{FontData, FontFamily, FontInsert, FontPriority, InsertFontFamily};

use crate::render::HANGUL_FONT;

/// The name the Hangul font is registered under.
const HANGUL: &str = "nnlab-hangul";

/// Adds the Hangul fallback to `ctx`'s fonts. Call it once before the first
/// frame (the window's start, a test harness's set-up); calling it again
/// changes nothing.
pub fn install_fonts(ctx: &egui::Context) {
    let families = [FontFamily::Proportional, FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily {
            family,
            priority: FontPriority::Lowest,
        })
        .collect();
    ctx.add_font(FontInsert::new(HANGUL, FontData::from_static(HANGUL_FONT), families));
}
