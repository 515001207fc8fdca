//! One neuron's output over the plane as colours: the shade that suits
//! its activation (signed values orange–white–blue, a class probability
//! white to the class colour), and the picture the boundary view shows
//! while the neuron is hovered in the network editor. Shared by both.

use egui::{Color32, ColorImage};

use crate::app::widgets::colors::{class_color, diverging, mix, wash};
use crate::nn::{Mlp, OutputActivation};
use crate::train::Snapshot;

/// How one neuron's values turn into colours.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shade {
    /// Orange below zero, white at zero, blue above, ±`scale` full colour.
    Signed(f32),
    /// A probability of class `k`: white at 0, the class colour at 1.
    Class(usize),
}

impl Shade {
    /// The colour of value `v`.
    pub fn color(self, v: f32) -> Color32 {
        match self {
            Shade::Signed(scale) => {
                let t = (v / scale.max(1e-6)).clamp(-1.0, 1.0);
                if t.is_finite() { diverging(t) } else { Color32::GRAY }
            }
            Shade::Class(k) => mix(Color32::WHITE, class_color(k), v),
        }
    }
}

/// Steps of a shade's colour table (either side of zero for signed values).
const STEPS: usize = 64;

impl Shade {
    /// The colours of `2·STEPS + 1` evenly spaced values, so that painting
    /// a picture costs a table look-up per cell.
    pub(crate) fn table(self) -> Vec<Color32> {
        (0..=2 * STEPS).map(|k| self.color(self.value_at(k))).collect()
    }

    /// The value of table entry `k`.
    fn value_at(self, k: usize) -> f32 {
        match self {
            Shade::Signed(scale) => (k as f32 / STEPS as f32 - 1.0) * scale,
            Shade::Class(_) => k as f32 / (2 * STEPS) as f32,
        }
    }

    /// The table entry nearest to `v` (NaN gives entry 0).
    pub(crate) fn index(self, v: f32) -> usize {
        let t = match self {
            Shade::Signed(scale) => (v / scale.max(1e-6)).clamp(-1.0, 1.0) + 1.0,
            Shade::Class(_) => v.clamp(0.0, 1.0) * 2.0,
        };
        ((t * STEPS as f32).round() as usize).min(2 * STEPS)
    }
}

/// How to colour neuron `neuron` of column `column` (0 = inputs, then each
/// layer of `net`; the last column is the head's output).
pub fn shade(net: &Mlp, column: usize, neuron: usize, values: &[f32]) -> Shade {
    let max_abs = || values.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    let last = net.layers.len();
    if column == last {
        return match net.head.output {
            OutputActivation::Softmax => Shade::Class(neuron),
            // One sigmoid output is P(class 1): centre it on ½.
            OutputActivation::Sigmoid => Shade::Signed(1.0),
            OutputActivation::Tanh => Shade::Signed(1.0),
            OutputActivation::Identity => Shade::Signed(max_abs()),
        };
    }
    let bounded = column > 0 && net.layers[column - 1].activation.is_bounded();
    Shade::Signed(if bounded { 1.0 } else { max_abs() })
}

/// Value shown for a cell: a sigmoid output is shifted so ½ is white.
pub(crate) fn shown(net: &Mlp, column: usize, v: f32) -> f32 {
    if column == net.layers.len() && net.head.output == OutputActivation::Sigmoid {
        2.0 * v - 1.0
    } else {
        v
    }
}

/// The picture of one neuron as an image (`resolution²` cells) for the
/// decision-boundary view.
pub fn neuron_image(snapshot: &Snapshot, column: usize, neuron: usize) -> Option<ColorImage> {
    let grids = &snapshot.neurons;
    let values = grids.layers.get(column)?.get(neuron)?;
    let n = grids.resolution;
    if values.len() != n * n {
        return None;
    }
    let s = shade(&snapshot.net, column, neuron, values);
    let pixels = values
        .iter()
        .map(|&v| wash(s.color(shown(&snapshot.net, column, v))))
        .collect();
    Some(ColorImage::new([n, n], pixels))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_matches_the_direct_colours() {
        for s in [Shade::Signed(1.0), Shade::Signed(3.5), Shade::Class(2)] {
            let table = s.table();
            for k in 0..=2 * STEPS {
                let v = s.value_at(k);
                assert_eq!(s.index(v), k);
                assert_eq!(table[s.index(v)], s.color(v));
            }
            assert_eq!(s.index(f32::NAN), 0);
            assert_eq!(s.index(1e9), 2 * STEPS);
        }
    }
}
