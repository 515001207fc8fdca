//! Text without a window: a line of text as one filled path, from the
//! outlines of a font given as bytes (so any script's font can be passed
//! in), through the same font reader egui uses.

use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, GlyphId, MetadataProvider};
use vello_cpu::kurbo::BezPath;

/// egui's default proportional font (Ubuntu Light), for labels when no
/// other font is chosen.
pub const DEFAULT_FONT: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;

/// Why a font cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum FontError {
    /// The bytes are not a TrueType/OpenType font or collection.
    #[error("not a readable font: {0}")]
    Unreadable(String),
}

/// A font read from bytes (a single font, or the first of a collection).
#[derive(Clone)]
pub struct Font<'a> {
    font: FontRef<'a>,
}

impl std::fmt::Debug for Font<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Font").finish_non_exhaustive()
    }
}

/// Collects glyph outlines into one path, moved to the pen position and
/// flipped (fonts point y up, pictures down).
struct PathPen<'p> {
    path: &'p mut BezPath,
    x: f64,
    y: f64,
}

impl PathPen<'_> {
    fn at(&self, x: f32, y: f32) -> (f64, f64) {
        (self.x + f64::from(x), self.y - f64::from(y))
    }
}

impl OutlinePen for PathPen<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        let p = self.at(x, y);
        self.path.move_to(p);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let p = self.at(x, y);
        self.path.line_to(p);
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        let (c, p) = (self.at(cx0, cy0), self.at(x, y));
        self.path.quad_to(c, p);
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        let (c0, c1, p) = (self.at(cx0, cy0), self.at(cx1, cy1), self.at(x, y));
        self.path.curve_to(c0, c1, p);
    }

    fn close(&mut self) {
        self.path.close_path();
    }
}

impl<'a> Font<'a> {
    /// Reads a font from its bytes (TTF, OTF, or the first font of a TTC).
    pub fn new(bytes: &'a [u8]) -> Result<Font<'a>, FontError> {
        let font = FontRef::from_index(bytes, 0).map_err(|e| FontError::Unreadable(e.to_string()))?;
        Ok(Font { font })
    }

    /// The glyph of `c`, or the font's "missing" glyph 0.
    fn glyph(&self, c: char) -> GlyphId {
        self.font.charmap().map(c).unwrap_or(GlyphId::new(0))
    }

    /// Distance from the baseline up to the top of the tallest letters, in
    /// pixels, at `size_px`.
    pub fn ascent(&self, size_px: f32) -> f32 {
        self.font.metrics(Size::new(size_px), LocationRef::default()).ascent
    }

    /// Width of `text` in pixels at `size_px` (advances summed; no kerning).
    pub fn width(&self, text: &str, size_px: f32) -> f32 {
        let metrics = self.font.glyph_metrics(Size::new(size_px), LocationRef::default());
        text.chars()
            .map(|c| metrics.advance_width(self.glyph(c)).unwrap_or(0.0))
            .sum()
    }

    /// `text` as one path with its baseline starting at (`x`, `y`) pixels,
    /// glyph after glyph by their advances.
    pub fn text_path(&self, text: &str, size_px: f32, x: f64, y: f64) -> BezPath {
        let size = Size::new(size_px);
        let metrics = self.font.glyph_metrics(size, LocationRef::default());
        let outlines = self.font.outline_glyphs();
        let mut path = BezPath::new();
        let mut pen = PathPen { path: &mut path, x, y };
        for c in text.chars() {
            let id = self.glyph(c);
            if let Some(glyph) = outlines.get(id) {
                // A glyph that fails to draw is left out; the rest still reads.
                let _ = glyph.draw(DrawSettings::unhinted(size, LocationRef::default()), &mut pen);
            }
            pen.x += f64::from(metrics.advance_width(id).unwrap_or(0.0));
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_font_lays_out_text() {
        let font = Font::new(DEFAULT_FONT).expect("egui's font reads");
        let narrow = font.width("1", 20.0);
        let wide = font.width("epoch 100", 20.0);
        assert!(narrow > 5.0 && wide > 6.0 * narrow, "{narrow} {wide}");
        assert!(
            (font.width("epoch 100", 40.0) - 2.0 * wide).abs() < 1e-3,
            "widths scale with size"
        );
        assert!(font.ascent(20.0) > 12.0 && font.ascent(20.0) < 22.0);
        let path = font.text_path("e", 20.0, 10.0, 30.0);
        let bbox = vello_cpu::kurbo::Shape::bounding_box(&path);
        assert!(bbox.x0 >= 10.0 && bbox.y1 <= 30.5 && bbox.y0 > 15.0, "{bbox:?}");
        assert!(matches!(Font::new(b"not a font"), Err(FontError::Unreadable(_))));
    }
}
