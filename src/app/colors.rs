//! Colours: the class palette and the mapping from the worker's output grid
//! to the pixels of the decision-boundary image.

use egui::{Color32, ColorImage};

use crate::train::GridValues;

/// Class colours: orange and blue first (TensorFlow Playground's two
/// classes), then colours that stay distinct from each other.
pub const PALETTE: [Color32; 16] = [
    Color32::from_rgb(245, 147, 34),
    Color32::from_rgb(8, 119, 189),
    Color32::from_rgb(46, 160, 67),
    Color32::from_rgb(170, 60, 200),
    Color32::from_rgb(214, 39, 40),
    Color32::from_rgb(140, 86, 75),
    Color32::from_rgb(23, 190, 207),
    Color32::from_rgb(188, 189, 34),
    Color32::from_rgb(227, 119, 194),
    Color32::from_rgb(90, 90, 90),
    Color32::from_rgb(255, 187, 120),
    Color32::from_rgb(152, 223, 138),
    Color32::from_rgb(174, 199, 232),
    Color32::from_rgb(197, 176, 213),
    Color32::from_rgb(255, 152, 150),
    Color32::from_rgb(158, 218, 229),
];

/// Colour of class `k`.
pub fn class_color(k: usize) -> Color32 {
    PALETTE[k % PALETTE.len()]
}

/// Linear blend a·(1 − t) + b·t per channel.
pub fn mix(a: Color32, b: Color32, t: f32) -> Color32 {
    let t = t.clamp(0.0, 1.0);
    let ch = |x: u8, y: u8| (x as f32 * (1.0 - t) + y as f32 * t).round() as u8;
    Color32::from_rgb(ch(a.r(), b.r()), ch(a.g(), b.g()), ch(a.b(), b.b()))
}

/// How much white is mixed into the background so points stay readable.
const BACKGROUND_WASH: f32 = 0.35;

/// How to paint the network's output.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// Hard boundary: every cell in the colour of its most likely class.
    pub discretize: bool,
    /// For regression: the value that gets the full colour (±scale).
    pub value_scale: f32,
}

/// The colour of one grid cell.
///
/// - two classes: a diverging scale from orange (p₁ = 0) through white
///   (p₁ = ½) to blue (p₁ = 1);
/// - K classes: each class colour weighted by its softmax probability, then
///   faded towards white by the uncertainty 1 − (p_max − 1/K)/(1 − 1/K);
/// - regression: the same diverging scale by value / scale.
pub fn cell_color(values: &[f32], style: Style) -> Color32 {
    let white = Color32::WHITE;
    let c = match values.len() {
        1 => {
            let v = (values[0] / style.value_scale.max(1e-6)).clamp(-1.0, 1.0);
            diverging(if style.discretize { v.signum() * 0.8 } else { v })
        }
        2 if !style.discretize => diverging(values[1] - values[0]),
        k => {
            let (best, p_max) = values
                .iter()
                .enumerate()
                .fold((0, f32::MIN), |b, (i, &p)| if p > b.1 { (i, p) } else { b });
            if style.discretize {
                mix(white, class_color(best), 0.75)
            } else {
                let (mut r, mut g, mut b) = (0.0, 0.0, 0.0);
                for (i, &p) in values.iter().enumerate() {
                    let c = class_color(i);
                    r += p * c.r() as f32;
                    g += p * c.g() as f32;
                    b += p * c.b() as f32;
                }
                let blended = Color32::from_rgb(r as u8, g as u8, b as u8);
                let chance = 1.0 / k as f32;
                let confidence = ((p_max - chance) / (1.0 - chance)).clamp(0.0, 1.0);
                mix(white, blended, confidence)
            }
        }
    };
    wash(c)
}

/// The diverging scale for t in [−1, 1]: orange at −1, white at 0, blue
/// at +1 (two-class outputs, regression values, signed neuron outputs).
pub fn diverging(t: f32) -> Color32 {
    if t >= 0.0 {
        mix(Color32::WHITE, class_color(1), t)
    } else {
        mix(Color32::WHITE, class_color(0), -t)
    }
}

/// Fades a map colour towards white, as every picture under data points
/// is, so the points stay readable on it.
pub fn wash(c: Color32) -> Color32 {
    mix(c, Color32::WHITE, BACKGROUND_WASH)
}

/// The whole grid as an image (row 0 at the top).
pub fn grid_image(grid: &GridValues, style: Style) -> ColorImage {
    let n = grid.spec.resolution;
    let pixels = grid
        .values
        .chunks_exact(grid.channels.max(1))
        .map(|cell| cell_color(cell, style))
        .collect();
    ColorImage::new([n, n], pixels)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_classes_diverge_through_white() {
        let style = Style {
            discretize: false,
            value_scale: 1.0,
        };
        let sure_blue = cell_color(&[0.0, 1.0], style);
        let unsure = cell_color(&[0.5, 0.5], style);
        let sure_orange = cell_color(&[1.0, 0.0], style);
        assert!(sure_blue.b() > sure_blue.r());
        assert!(sure_orange.r() > sure_orange.b());
        assert_eq!(unsure, Color32::WHITE);
    }

    #[test]
    fn many_classes_pale_when_unsure() {
        let style = Style {
            discretize: false,
            value_scale: 1.0,
        };
        let sure = cell_color(&[0.0, 0.0, 1.0], style);
        let unsure = cell_color(&[0.34, 0.33, 0.33], style);
        let whiteness = |c: Color32| c.r() as u32 + c.g() as u32 + c.b() as u32;
        assert!(whiteness(unsure) > whiteness(sure));
        assert!(sure.g() > sure.r(), "class 2 is green: {sure:?}");
    }
}
