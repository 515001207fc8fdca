//! The window's colours: [`crate::render::colors`] (the one definition of
//! the palette and of how outputs become colours, shared with the exported
//! animation) in egui's colour type.

use egui::{Color32, ColorImage};

pub use crate::render::colors::Style;
use crate::render::colors::{self as shared, Rgb};
use crate::train::GridValues;

/// An sRGB triple as egui's colour.
const fn color(c: Rgb) -> Color32 {
    Color32::from_rgb(c[0], c[1], c[2])
}

/// An egui colour as an sRGB triple (alpha dropped).
fn rgb(c: Color32) -> Rgb {
    [c.r(), c.g(), c.b()]
}

/// Class colours: [`shared::PALETTE`].
pub const PALETTE: [Color32; 16] = {
    let mut out = [Color32::BLACK; 16];
    let mut k = 0;
    while k < out.len() {
        out[k] = color(shared::PALETTE[k]);
        k += 1;
    }
    out
};

/// Colour of class `k`.
pub fn class_color(k: usize) -> Color32 {
    color(shared::class_color(k))
}

/// Linear blend a·(1 − t) + b·t per channel ([`shared::mix`]).
pub fn mix(a: Color32, b: Color32, t: f32) -> Color32 {
    color(shared::mix(rgb(a), rgb(b), t))
}

/// The colour of one grid cell ([`shared::cell_color`]).
pub fn cell_color(values: &[f32], style: Style) -> Color32 {
    color(shared::cell_color(values, style))
}

/// Orange at −1, white at 0, blue at +1 ([`shared::diverging`]).
pub fn diverging(t: f32) -> Color32 {
    color(shared::diverging(t))
}

/// Fades a map colour towards white so points stay readable on it ([`shared::wash`]).
pub fn wash(c: Color32) -> Color32 {
    color(shared::wash(rgb(c)))
}

/// The whole grid as an image (row 0 at the top), in the animation's colours.
pub fn grid_image(grid: &GridValues, style: Style) -> ColorImage {
    let n = grid.spec.resolution;
    let pixels = shared::grid_colors(grid, style).into_iter().map(color).collect();
    ColorImage::new([n, n], pixels)
}

/// Green of a passed step.
pub(crate) const PASSED: Color32 = Color32::from_rgb(60, 170, 80);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_and_the_animation_draw_the_same_colours() {
        let style = Style {
            discretize: false,
            value_scale: 1.0,
        };
        for k in 0..20 {
            assert_eq!(rgb(class_color(k)), shared::class_color(k));
        }
        for values in [&[0.2f32, 0.8][..], &[0.1, 0.3, 0.6], &[-0.4]] {
            assert_eq!(rgb(cell_color(values, style)), shared::cell_color(values, style));
        }
        assert_eq!(cell_color(&[0.5, 0.5], style), Color32::WHITE);
        assert_eq!(cell_color(&[0.0, 1.0], style), Color32::from_rgb(94, 167, 212));
    }
}
