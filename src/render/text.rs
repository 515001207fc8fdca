//! Text without a window: a line of text as one filled path, from the
//! outlines of a font given as bytes (so any script's font can be passed
//! in), through the same font reader egui uses. A character the font lacks
//! is drawn from the bundled Hangul font ([`HANGUL_FONT`]), as in the
//! window, so Korean class names and labels render in exported pictures.

use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, GlyphId, MetadataProvider};
use vello_cpu::kurbo::BezPath;

/// egui's default proportional font (Ubuntu Light), for labels when no
/// other font is chosen.
pub const DEFAULT_FONT: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;

/// The Korean fallback font: NanumGothic's Hangul, jamo and the symbols
/// the catalogues use, subset and renamed (`tools/subset_hangul_font.py`;
/// licence `assets/fonts/OFL.txt`). The window registers it after egui's
/// own fonts; [`Font`] falls back to it for any character its font lacks.
pub const HANGUL_FONT: &[u8] = include_bytes!("../../assets/fonts/nnlab-hangul.ttf");

/// Why a font cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum FontError {
    /// The bytes are not a TrueType/OpenType font or collection.
    Unreadable(String),
}

/// A font read from bytes (a single font, or the first of a collection),
/// with the bundled Hangul font behind it for characters it lacks.
#[derive(Clone)]
pub struct Font<'a> {
    font: FontRef<'a>,
    fallback: Option<FontRef<'static>>,
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
        // The bundled font is tested to read; if it ever did not, text
        // would only lose its Hangul, so no error for it here.
        let fallback = FontRef::from_index(HANGUL_FONT, 0).ok();
        Ok(Font { font, fallback })
    }

    /// The font that has `c` (the main one, else the fallback) and its
    /// glyph, or the main font's "missing" glyph 0.
    fn glyph(&self, c: char) -> (&FontRef<'_>, GlyphId) {
        if let Some(id) = self.font.charmap().map(c) {
            return (&self.font, id);
        }
        match self.fallback.as_ref().and_then(|f| Some((f, f.charmap().map(c)?))) {
            Some((f, id)) => (f, id),
            None => (&self.font, GlyphId::new(0)),
        }
    }

    /// Whether the font or its fallback has a glyph for every character of
    /// `text` (spaces and line breaks aside).
    pub fn has_glyphs(&self, text: &str) -> bool {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .all(|c| self.glyph(c).1 != GlyphId::new(0))
    }

    /// The advance of `c` at `size_px`.
    fn advance(&self, c: char, size: Size) -> f32 {
        let (font, id) = self.glyph(c);
        let metrics = font.glyph_metrics(size, LocationRef::default());
        metrics.advance_width(id).unwrap_or(0.0)
    }

    /// Distance from the baseline up to the top of the tallest letters, in
    /// pixels, at `size_px`.
    pub fn ascent(&self, size_px: f32) -> f32 {
        self.font.metrics(Size::new(size_px), LocationRef::default()).ascent
    }

    /// Width of `text` in pixels at `size_px` (advances summed; no kerning).
    pub fn width(&self, text: &str, size_px: f32) -> f32 {
        text.chars().map(|c| self.advance(c, Size::new(size_px))).sum()
    }

    /// `text` as one path with its baseline starting at (`x`, `y`) pixels,
    /// glyph after glyph by their advances.
    pub fn text_path(&self, text: &str, size_px: f32, x: f64, y: f64) -> BezPath {
        let size = Size::new(size_px);
        let mut path = BezPath::new();
        let mut pen = PathPen { path: &mut path, x, y };
        for c in text.chars() {
            let (font, id) = self.glyph(c);
            if let Some(glyph) = font.outline_glyphs().get(id) {
                // A glyph that fails to draw is left out; the rest still reads.
                let _ = glyph.draw(DrawSettings::unhinted(size, LocationRef::default()), &mut pen);
            }
            pen.x += f64::from(self.advance(c, size));
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

    /// Hangul, which egui's font lacks, is drawn from the bundled font: a
    /// Korean label has width and ink, and both fonts' glyphs line up.
    #[test]
    fn hangul_falls_back_to_the_bundled_font() {
        let font = Font::new(DEFAULT_FONT).expect("egui's font reads");
        assert!(font.has_glyphs("에포크 12 · 손실 0.213"));
        assert!(!font.has_glyphs("\u{10FFFD}"));
        let hangul = font.width("손실", 20.0);
        assert!(hangul > 30.0, "two Hangul syllables are about 2 em wide: {hangul}");
        let path = font.text_path("손", 20.0, 10.0, 30.0);
        let bbox = vello_cpu::kurbo::Shape::bounding_box(&path);
        assert!(bbox.width() > 10.0 && bbox.y1 <= 34.0 && bbox.y0 > 10.0, "{bbox:?}");
    }
}
