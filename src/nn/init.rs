//! Weight initialization. Scaling the initial weights to the fan-in/fan-out
//! keeps the variance of signals and gradients roughly constant from layer to
//! layer, so deep stacks neither saturate nor die at the start.

use super::activation::Activation;
use super::dense::Dense;
use crate::names::name_table;
use rand::RngExt;
use rand::rngs::StdRng;

/// How a layer's weights start. Biases always start at zero.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Init {
    /// He for ReLU-family layers, Glorot otherwise.
    #[default]
    Auto,
    /// Glorot (Xavier) uniform: U(−r, r) with r = √(6 / (fan_in + fan_out)).
    Glorot,
    /// He uniform: U(−r, r) with r = √(6 / fan_in), for ReLU.
    He,
    /// U(−0.5, 0.5), as in many textbooks.
    Uniform,
    /// All zeros: every neuron of a layer stays identical (shows why we randomize).
    Zeros,
}

name_table! {
    Init {
        Auto => "auto";
        Glorot => "glorot";
        He => "he";
        Uniform => "uniform";
        Zeros => "zeros";
    }
}

impl Init {
    /// Half-width r of the uniform range U(−r, r) for a layer.
    fn range(self, fan_in: usize, fan_out: usize, activation: Activation) -> f32 {
        let resolved = match self {
            Init::Auto => activation.properties().default_init,
            other => other,
        };
        match resolved {
            Init::He => (6.0 / fan_in.max(1) as f32).sqrt(),
            Init::Uniform => 0.5,
            Init::Zeros => 0.0,
            _ => (6.0 / (fan_in + fan_out).max(1) as f32).sqrt(),
        }
    }

    /// Draws the layer's weights (column by column, so the same seed always
    /// gives the same weights) and zeroes its biases.
    pub fn fill(self, layer: &mut Dense, rng: &mut StdRng) {
        let r = self.range(layer.inputs(), layer.outputs(), layer.activation);
        for w in layer.weights.iter_mut() {
            *w = if r > 0.0 { rng.random_range(-r..r) } else { 0.0 };
        }
        layer.bias.fill(0.0);
    }
}
