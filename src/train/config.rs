//! Training configuration, validated once at the boundary
//! ([`TrainConfig::validate`]) so the training loop can trust it.

use serde::{Deserialize, Serialize};

use crate::data::Feature;
use crate::nn::{
    Activation, Head, Init, LayerSpec, Loss, MAX_HIDDEN_LAYERS, MAX_NEURONS, NnError, OptimizerSettings,
    OutputActivation, Regularization,
};

/// Smallest accepted learning rate.
pub const MIN_LEARNING_RATE: f32 = 1e-6;
/// Largest accepted learning rate (beyond it every run diverges).
pub const MAX_LEARNING_RATE: f32 = 10.0;
/// Largest accepted mini-batch.
pub const MAX_BATCH_SIZE: usize = 100_000;
/// Largest accepted L1/L2 rate.
pub const MAX_REGULARIZATION: f32 = 10.0;

/// Everything that decides how a network is built and trained.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrainConfig {
    /// Input features fed to the network.
    pub features: Vec<Feature>,
    /// Hidden layers (0 to 8).
    pub hidden: Vec<LayerSpec>,
    /// Loss; `None` picks it from the task (MSE, BCE for 2 classes, CE for more).
    pub loss: Option<Loss>,
    /// Output activation; `None` picks the natural one for the loss.
    pub output: Option<OutputActivation>,
    /// The optimizer and its coefficients.
    pub optimizer: OptimizerSettings,
    /// Step size η.
    pub learning_rate: f32,
    /// Samples per mini-batch.
    pub batch_size: usize,
    /// Epochs to train (headless runs).
    pub epochs: u64,
    /// L1/L2 weight penalties.
    pub regularization: Regularization,
    /// Weight initialization.
    pub init: Init,
    /// Seed of everything random: split, initial weights, shuffling.
    pub seed: u64,
    /// Fraction of points held out for testing.
    pub test_ratio: f64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        Self {
            features: vec![Feature::X1, Feature::X2],
            hidden: vec![
                LayerSpec {
                    neurons: 8,
                    activation: Activation::Tanh
                };
                2
            ],
            loss: None,
            output: None,
            optimizer: OptimizerSettings::default(),
            learning_rate: 0.03,
            batch_size: 10,
            epochs: 200,
            regularization: Regularization::default(),
            init: Init::Auto,
            seed: 1,
            test_ratio: 0.25,
        }
    }
}

impl TrainConfig {
    /// Appends a hidden layer before the output, a copy of the last one
    /// (4 tanh neurons when there is none), unless there are already
    /// [`MAX_HIDDEN_LAYERS`]. Returns whether it was added.
    pub fn add_hidden_layer(&mut self) -> bool {
        if self.hidden.len() >= MAX_HIDDEN_LAYERS {
            return false;
        }
        let last = self.hidden.last().copied().unwrap_or(LayerSpec {
            neurons: 4,
            activation: Activation::Tanh,
        });
        self.hidden.push(last);
        true
    }

    /// Turns input feature `f` on or off, keeping the features in their
    /// canonical order; the last one stays (a network needs an input).
    pub fn toggle_feature(&mut self, f: Feature, on: bool) {
        if on {
            if !self.features.contains(&f) {
                self.features.push(f);
                self.features.sort();
            }
        } else if self.features.len() > 1 {
            self.features.retain(|g| *g != f);
        }
    }

    /// Sets every hidden layer from a list of widths and one activation.
    pub fn with_hidden(mut self, widths: &[usize], activation: Activation) -> Self {
        self.hidden = widths
            .iter()
            .map(|&neurons| LayerSpec { neurons, activation })
            .collect();
        self
    }

    /// Checks every field against its limits, with a message that says which
    /// value is wrong and what is allowed.
    pub fn validate(&self) -> Result<(), NnError> {
        let bad = |msg: String| Err(NnError::Invalid(msg));
        if self.features.is_empty() {
            return bad("choose at least one input feature".into());
        }
        if self.hidden.len() > MAX_HIDDEN_LAYERS {
            return bad(format!(
                "{} hidden layers; at most {MAX_HIDDEN_LAYERS}",
                self.hidden.len()
            ));
        }
        if let Some(l) = self.hidden.iter().find(|l| l.neurons == 0 || l.neurons > MAX_NEURONS) {
            return bad(format!(
                "a layer of {} neurons; each layer needs 1 to {MAX_NEURONS}",
                l.neurons
            ));
        }
        let lr = self.learning_rate;
        if !lr.is_finite() || !(MIN_LEARNING_RATE..=MAX_LEARNING_RATE).contains(&lr) {
            return bad(format!(
                "learning rate {lr} is outside {MIN_LEARNING_RATE}..={MAX_LEARNING_RATE}"
            ));
        }
        if self.batch_size == 0 || self.batch_size > MAX_BATCH_SIZE {
            return bad(format!(
                "batch size {} is outside 1..={MAX_BATCH_SIZE}",
                self.batch_size
            ));
        }
        for (name, v) in [("L1", self.regularization.l1), ("L2", self.regularization.l2)] {
            if !v.is_finite() || !(0.0..=MAX_REGULARIZATION).contains(&v) {
                return bad(format!("{name} rate {v} is outside 0..={MAX_REGULARIZATION}"));
            }
        }
        if !self.test_ratio.is_finite() || !(0.0..=0.9).contains(&self.test_ratio) {
            return bad(format!("test ratio {} is outside 0..=0.9", self.test_ratio));
        }
        let o = &self.optimizer;
        let in_unit = |v: f32| v.is_finite() && (0.0..1.0).contains(&v);
        if !(in_unit(o.momentum) && in_unit(o.beta1) && in_unit(o.beta2) && o.epsilon.is_finite() && o.epsilon > 0.0) {
            return bad("optimizer coefficients must satisfy 0 ≤ μ, β₁, β₂ < 1 and ε > 0".into());
        }
        Ok(())
    }

    /// The output head for a task with `classes` classes (0 = regression).
    pub fn head(&self, classes: usize) -> Result<Head, NnError> {
        let loss = self.loss.unwrap_or_else(|| Loss::default_for(classes));
        match self.output {
            Some(output) => Head::new(loss, output, classes),
            None => Head::for_loss(loss, classes),
        }
    }
}

/// Derives independent seeds for the separate random streams (split, initial
/// weights, shuffling of epoch e…) from one user seed, with the SplitMix64
/// finalizer so nearby seeds give unrelated streams.
pub fn sub_seed(seed: u64, stream: u64) -> u64 {
    let mut z = seed.wrapping_add(stream.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Stream numbers for [`sub_seed`].
pub mod stream {
    /// Initial weights.
    pub const INIT: u64 = 1;
    /// Train/test split.
    pub const SPLIT: u64 = 2;
    /// Shuffle of epoch e uses `SHUFFLE + e`.
    pub const SHUFFLE: u64 = 1 << 32;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_valid() {
        assert!(TrainConfig::default().validate().is_ok());
    }

    #[test]
    fn an_added_layer_copies_the_last_one() {
        let relu = LayerSpec {
            neurons: 3,
            activation: Activation::Relu,
        };
        let mut c = TrainConfig::default().with_hidden(&[8], Activation::Tanh);
        c.hidden.push(relu);
        assert!(c.add_hidden_layer());
        assert_eq!(c.hidden.last(), Some(&relu), "mixed layers: the last one is copied");
        c.hidden.clear();
        assert!(c.add_hidden_layer());
        assert_eq!((c.hidden[0].neurons, c.hidden[0].activation), (4, Activation::Tanh));
        while c.add_hidden_layer() {}
        assert_eq!(c.hidden.len(), MAX_HIDDEN_LAYERS);
    }

    #[test]
    fn limits_are_enforced_with_messages() {
        let c = TrainConfig {
            learning_rate: 50.0,
            ..Default::default()
        };
        assert!(c.validate().unwrap_err().to_string().contains("learning rate"));
        let c = TrainConfig::default().with_hidden(&[8; 9], Activation::Tanh);
        assert!(c.validate().unwrap_err().to_string().contains("hidden layers"));
        let c = TrainConfig::default().with_hidden(&[65], Activation::Tanh);
        assert!(c.validate().unwrap_err().to_string().contains("65"));
        let c = TrainConfig {
            batch_size: 0,
            ..Default::default()
        };
        assert!(c.validate().is_err());
    }

    #[test]
    fn sub_seeds_differ_per_stream_and_seed() {
        assert_ne!(sub_seed(1, stream::INIT), sub_seed(1, stream::SPLIT));
        assert_ne!(sub_seed(1, stream::INIT), sub_seed(2, stream::INIT));
        assert_eq!(sub_seed(7, 3), sub_seed(7, 3));
    }
}
