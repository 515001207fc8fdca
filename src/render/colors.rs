//! Colours without a window: the class palette and the mapping from the
//! network's output over a grid to the pixels of the decision boundary.
//! The window's colours (`app::colors`) and the exported animation are
//! meant to share this one definition.

use crate::data::Dataset;
use crate::train::GridValues;

/// An sRGB colour, red, green, blue.
pub type Rgb = [u8; 3];

/// White.
pub const WHITE: Rgb = [255, 255, 255];

/// Class colours: orange and blue first (TensorFlow Playground's two
/// classes), then colours that stay distinct from each other.
pub const PALETTE: [Rgb; 16] = [
    [245, 147, 34],
    [8, 119, 189],
    [46, 160, 67],
    [170, 60, 200],
    [214, 39, 40],
    [140, 86, 75],
    [23, 190, 207],
    [188, 189, 34],
    [227, 119, 194],
    [90, 90, 90],
    [255, 187, 120],
    [152, 223, 138],
    [174, 199, 232],
    [197, 176, 213],
    [255, 152, 150],
    [158, 218, 229],
];

/// Colour of class `k`.
pub fn class_color(k: usize) -> Rgb {
    PALETTE[k % PALETTE.len()]
}

/// Linear blend a·(1 − t) + b·t per channel, t clamped to [0, 1].
pub fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    let t = t.clamp(0.0, 1.0);
    let ch = |x: u8, y: u8| (x as f32 * (1.0 - t) + y as f32 * t).round() as u8;
    [ch(a[0], b[0]), ch(a[1], b[1]), ch(a[2], b[2])]
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

impl Style {
    /// The window's style for `dataset`: regression values get the full
    /// colour at the largest |target| of the data.
    pub fn for_dataset(dataset: &Dataset, discretize: bool) -> Style {
        let value_scale = if dataset.is_classification() {
            1.0
        } else {
            dataset.points.iter().map(|p| p.y.abs()).fold(1e-3, f64::max) as f32
        };
        Style {
            discretize,
            value_scale,
        }
    }
}

/// The colour of one grid cell.
///
/// - two classes: a diverging scale from orange (p₁ = 0) through white
///   (p₁ = ½) to blue (p₁ = 1);
/// - K classes: each class colour weighted by its softmax probability, then
///   faded towards white by the uncertainty 1 − (p_max − 1/K)/(1 − 1/K);
/// - regression: the same diverging scale by value / scale.
pub fn cell_color(values: &[f32], style: Style) -> Rgb {
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
                mix(WHITE, class_color(best), 0.75)
            } else {
                let mut sum = [0.0f32; 3];
                for (i, &p) in values.iter().enumerate() {
                    let c = class_color(i);
                    for (s, ch) in sum.iter_mut().zip(c) {
                        *s += p * ch as f32;
                    }
                }
                let blended = sum.map(|s| s as u8);
                let chance = 1.0 / k as f32;
                let confidence = ((p_max - chance) / (1.0 - chance)).clamp(0.0, 1.0);
                mix(WHITE, blended, confidence)
            }
        }
    };
    wash(c)
}

/// The diverging scale for t in [−1, 1]: orange at −1, white at 0, blue
/// at +1 (two-class outputs, regression values, signed neuron outputs).
pub fn diverging(t: f32) -> Rgb {
    if t >= 0.0 {
        mix(WHITE, class_color(1), t)
    } else {
        mix(WHITE, class_color(0), -t)
    }
}

/// Fades a map colour towards white, as every picture under data points
/// is, so the points stay readable on it.
pub fn wash(c: Rgb) -> Rgb {
    mix(c, WHITE, BACKGROUND_WASH)
}

/// The whole grid's colours, row-major from the top row.
pub fn grid_colors(grid: &GridValues, style: Style) -> Vec<Rgb> {
    grid.values
        .chunks_exact(grid.channels.max(1))
        .map(|cell| cell_color(cell, style))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMOOTH: Style = Style {
        discretize: false,
        value_scale: 1.0,
    };

    #[test]
    fn two_classes_diverge_through_white() {
        let sure_blue = cell_color(&[0.0, 1.0], SMOOTH);
        let sure_orange = cell_color(&[1.0, 0.0], SMOOTH);
        assert!(sure_blue[2] > sure_blue[0]);
        assert!(sure_orange[0] > sure_orange[2]);
        assert_eq!(cell_color(&[0.5, 0.5], SMOOTH), WHITE);
        // Hand computation: blue (8, 119, 189) washed 35 % towards white.
        assert_eq!(sure_blue, [94, 167, 212]);
    }

    #[test]
    fn many_classes_pale_when_unsure() {
        let sure = cell_color(&[0.0, 0.0, 1.0], SMOOTH);
        let unsure = cell_color(&[0.34, 0.33, 0.33], SMOOTH);
        let whiteness = |c: Rgb| c.iter().map(|&v| u32::from(v)).sum::<u32>();
        assert!(whiteness(unsure) > whiteness(sure));
        assert!(sure[1] > sure[0], "class 2 is green: {sure:?}");
    }
}
