//! Training configuration, checked once where values come in
//! ([`TrainConfig::check`] → [`ValidConfig`]) so the training loop can
//! trust it (linfa's `Params → check → valid params`).

use serde::{Deserialize, Serialize};

use crate::data::Feature;
use crate::nn::{
    Activation, ConfigError, Head, Init, LayerSpec, Loss, MAX_HIDDEN_LAYERS, MAX_NEURONS, NnError, OptimizerSettings,
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
/// Largest accepted fraction of test points (some must be left to train on).
pub const MAX_TEST_RATIO: f64 = 0.9;

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

/// A [`TrainConfig`] whose every field is within its limits: made only by
/// [`TrainConfig::check`] (or by reading a file through it), and the only
/// form the trainer, the worker and sessions accept. Read it as a
/// `TrainConfig` through `Deref`; change it by taking the config out
/// ([`ValidConfig::into_inner`]) and checking the result again.
///
/// A check forgotten at an edge is a compile error, not a second check
/// inside. Checked, the trainer takes it:
///
/// ```
/// use nnlab::data::{Dataset, Point};
/// use nnlab::train::{TrainConfig, Trainer};
/// let mut data = Dataset::new_classification("d", 2);
/// data.points = vec![Point::new(0.0, 0.0, 0.0), Point::new(1.0, 1.0, 1.0)];
/// let config = TrainConfig::default().check().unwrap();
/// assert!(Trainer::new(&data, config).is_ok());
/// ```
///
/// unchecked, neither the trainer,
///
/// ```compile_fail,E0308
/// use nnlab::data::Dataset;
/// use nnlab::train::{TrainConfig, Trainer};
/// let data = Dataset::new_classification("d", 2);
/// let _ = Trainer::new(&data, TrainConfig::default());
/// ```
///
/// nor the worker,
///
/// ```compile_fail,E0308
/// use std::sync::Arc;
/// use nnlab::data::Dataset;
/// use nnlab::train::{GridSpec, TrainConfig, WorkerHandle};
/// let data = Dataset::new_classification("d", 2);
/// let grid = GridSpec::around(&data, 16);
/// let _ = WorkerHandle::spawn(data, TrainConfig::default(), grid, Arc::new(|| {}));
/// ```
///
/// nor a session,
///
/// ```compile_fail,E0308
/// fn store(session: &mut nnlab::session::Session) {
///     session.config = nnlab::train::TrainConfig::default();
/// }
/// ```
///
/// and only [`TrainConfig::check`] makes one:
///
/// ```compile_fail,E0423
/// let _ = nnlab::train::ValidConfig(nnlab::train::TrainConfig::default());
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "TrainConfig", into = "TrainConfig")]
pub struct ValidConfig(TrainConfig);

impl ValidConfig {
    /// The checked configuration.
    pub fn get(&self) -> &TrainConfig {
        &self.0
    }

    /// The configuration, to change it (and check it again).
    pub fn into_inner(self) -> TrainConfig {
        self.0
    }
}

impl std::ops::Deref for ValidConfig {
    type Target = TrainConfig;

    fn deref(&self) -> &TrainConfig {
        &self.0
    }
}

/// Reading a file (a session) checks what it read: the file is an edge.
impl TryFrom<TrainConfig> for ValidConfig {
    type Error = ConfigError;

    fn try_from(config: TrainConfig) -> Result<Self, ConfigError> {
        config.check()
    }
}

impl From<ValidConfig> for TrainConfig {
    fn from(valid: ValidConfig) -> TrainConfig {
        valid.0
    }
}

impl Default for ValidConfig {
    /// [`TrainConfig::default`], which is within every limit (tested).
    fn default() -> Self {
        Self(TrainConfig::default())
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

    /// Checks every field against its limits, where values come in (the
    /// window, the command line, files): the trainer, the worker and
    /// sessions take only the [`ValidConfig`] this returns, so nothing
    /// inside checks again. The error names the value and its range.
    pub fn check(self) -> Result<ValidConfig, ConfigError> {
        if self.features.is_empty() {
            return Err(ConfigError::NoFeatures);
        }
        if self.hidden.len() > MAX_HIDDEN_LAYERS {
            return Err(ConfigError::TooManyLayers {
                found: self.hidden.len(),
                max: MAX_HIDDEN_LAYERS,
            });
        }
        if let Some(k) = self
            .hidden
            .iter()
            .position(|l| l.neurons == 0 || l.neurons > MAX_NEURONS)
        {
            return Err(ConfigError::LayerWidth {
                layer: k + 1,
                neurons: self.hidden[k].neurons,
                max: MAX_NEURONS,
            });
        }
        let lr = self.learning_rate;
        if !lr.is_finite() || !(MIN_LEARNING_RATE..=MAX_LEARNING_RATE).contains(&lr) {
            return Err(ConfigError::LearningRate {
                value: lr,
                min: MIN_LEARNING_RATE,
                max: MAX_LEARNING_RATE,
            });
        }
        if self.batch_size == 0 || self.batch_size > MAX_BATCH_SIZE {
            return Err(ConfigError::BatchSize {
                value: self.batch_size,
                max: MAX_BATCH_SIZE,
            });
        }
        let rate_ok = |v: f32| v.is_finite() && (0.0..=MAX_REGULARIZATION).contains(&v);
        let Regularization { l1, l2 } = self.regularization;
        if !rate_ok(l1) {
            return Err(ConfigError::L1 {
                value: l1,
                max: MAX_REGULARIZATION,
            });
        }
        if !rate_ok(l2) {
            return Err(ConfigError::L2 {
                value: l2,
                max: MAX_REGULARIZATION,
            });
        }
        let ratio = self.test_ratio;
        if !ratio.is_finite() || !(0.0..=MAX_TEST_RATIO).contains(&ratio) {
            return Err(ConfigError::TestRatio {
                value: ratio,
                max: MAX_TEST_RATIO,
            });
        }
        let o = &self.optimizer;
        let in_unit = |v: f32| v.is_finite() && (0.0..1.0).contains(&v);
        if !in_unit(o.momentum) {
            return Err(ConfigError::Momentum { value: o.momentum });
        }
        if !in_unit(o.beta1) {
            return Err(ConfigError::Beta1 { value: o.beta1 });
        }
        if !in_unit(o.beta2) {
            return Err(ConfigError::Beta2 { value: o.beta2 });
        }
        if !(o.epsilon.is_finite() && o.epsilon > 0.0) {
            return Err(ConfigError::Epsilon { value: o.epsilon });
        }
        Ok(ValidConfig(self))
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
        assert_eq!(TrainConfig::default().check(), Ok(ValidConfig::default()));
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
    fn each_limit_has_its_variant_with_value_and_range() {
        let with = |edit: fn(&mut TrainConfig)| {
            let mut c = TrainConfig::default();
            edit(&mut c);
            c.check().unwrap_err()
        };
        assert_eq!(
            with(|c| c.learning_rate = 50.0),
            ConfigError::LearningRate {
                value: 50.0,
                min: MIN_LEARNING_RATE,
                max: MAX_LEARNING_RATE
            }
        );
        assert_eq!(
            with(|c| *c = TrainConfig::default().with_hidden(&[8; 9], Activation::Tanh)),
            ConfigError::TooManyLayers { found: 9, max: 8 }
        );
        assert_eq!(
            with(|c| *c = TrainConfig::default().with_hidden(&[4, 65], Activation::Tanh)),
            ConfigError::LayerWidth {
                layer: 2,
                neurons: 65,
                max: 64
            }
        );
        assert_eq!(
            with(|c| c.batch_size = 0),
            ConfigError::BatchSize {
                value: 0,
                max: MAX_BATCH_SIZE
            }
        );
        assert_eq!(with(|c| c.features.clear()), ConfigError::NoFeatures);
        assert!(matches!(with(|c| c.regularization.l2 = -1.0), ConfigError::L2 { .. }));
        assert!(matches!(
            with(|c| c.test_ratio = f64::NAN),
            ConfigError::TestRatio { .. }
        ));
        assert_eq!(with(|c| c.optimizer.beta2 = 1.0), ConfigError::Beta2 { value: 1.0 });
        assert_eq!(with(|c| c.optimizer.epsilon = 0.0), ConfigError::Epsilon { value: 0.0 });
    }

    #[test]
    fn a_file_is_checked_as_it_is_read() {
        let mut bad = serde_json::to_value(TrainConfig::default()).unwrap();
        bad["batch_size"] = 0.into();
        assert!(serde_json::from_value::<ValidConfig>(bad).is_err());
        let good = serde_json::to_value(ValidConfig::default()).unwrap();
        assert_eq!(
            good,
            serde_json::to_value(TrainConfig::default()).unwrap(),
            "the same file"
        );
        assert_eq!(
            serde_json::from_value::<ValidConfig>(good).unwrap(),
            ValidConfig::default()
        );
    }

    #[test]
    fn sub_seeds_differ_per_stream_and_seed() {
        assert_ne!(sub_seed(1, stream::INIT), sub_seed(1, stream::SPLIT));
        assert_ne!(sub_seed(1, stream::INIT), sub_seed(2, stream::INIT));
        assert_eq!(sub_seed(7, 3), sub_seed(7, 3));
    }
}
