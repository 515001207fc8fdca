//! What the network cannot do as asked, as values: each variant carries the
//! numbers a learner needs (the value given, the range allowed, the layer),
//! never a sentence. `crate::i18n` puts them into words, in the learner's
//! language, for the window and the command line alike (their `Display`
//! lives there).

use super::activation::Activation;
use super::loss::{Loss, OutputActivation};

/// Something the network cannot do as asked.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum NnError {
    /// A network shape or training setting outside its limits.
    Config(#[from] ConfigError),
    /// Every point is held out for testing, or there are none: nothing to
    /// train on (the window asks the user to add points).
    NoTrainingPoints,
    /// Backpropagation through a step function: every gradient would be 0.
    NotDifferentiable(Activation),
    /// The loss or a weight became NaN or infinite.
    Diverged {
        /// Epoch during which it happened.
        epoch: u64,
    },
    /// A loss and output activation that do not fit the task (binary
    /// cross-entropy needs 2 classes, cross-entropy needs classes,
    /// regression uses MSE with a linear output).
    HeadMismatch {
        /// The loss.
        loss: Loss,
        /// The output activation.
        output: OutputActivation,
        /// Classes of the task; 0 for regression.
        classes: usize,
    },
    /// No weight (`input: Some(i)`) or bias (`None`) at this place.
    NoParameter {
        /// Layer (0 = first hidden layer).
        layer: usize,
        /// Row of W, or `None` for the bias.
        input: Option<usize>,
        /// Column of W: the neuron.
        neuron: usize,
    },
    /// A weight or bias set by hand to NaN or ±∞.
    NotFinite {
        /// The value.
        value: f32,
    },
    /// No connection from `input` to `neuron` in this layer (a mask that
    /// does not fit the network).
    NoConnection {
        /// Layer (0 = first hidden layer).
        layer: usize,
        /// Row of W.
        input: usize,
        /// Column of W.
        neuron: usize,
    },
    /// Only hidden neurons can be switched off, and this is not one.
    NoHiddenNeuron {
        /// Layer (0 = first hidden layer).
        layer: usize,
        /// The neuron.
        neuron: usize,
    },
    /// A frozen weight stored as NaN or ±∞.
    FrozenNotFinite {
        /// Layer of the connection.
        layer: usize,
    },
    /// The outgoing weights saved for a switched-off neuron do not fit the
    /// next layer (a session edited by hand).
    SavedWeightsMismatch {
        /// Layer of the neuron.
        layer: usize,
        /// The neuron.
        neuron: usize,
    },
}

/// One variant per limit of [`crate::train::TrainConfig`], each with the
/// value given and the range allowed (checked by
/// [`crate::train::TrainConfig::check`] where values come in).
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// No input feature: a network needs at least one.
    NoFeatures,
    /// More hidden layers than allowed.
    TooManyLayers {
        /// Hidden layers given.
        found: usize,
        /// The most allowed.
        max: usize,
    },
    /// A hidden layer with 0 or too many neurons.
    LayerWidth {
        /// The layer (1 = first hidden layer, as a learner counts).
        layer: usize,
        /// Its neurons.
        neurons: usize,
        /// The allowed range is `1..=max`.
        max: usize,
    },
    /// η outside `min..=max` (or not a number).
    LearningRate {
        /// The value given.
        value: f32,
        /// Smallest allowed.
        min: f32,
        /// Largest allowed.
        max: f32,
    },
    /// A mini-batch outside `1..=max`.
    BatchSize {
        /// The value given.
        value: usize,
        /// Largest allowed.
        max: usize,
    },
    /// The L1 rate λ₁ outside `0..=max` (or not a number).
    L1 {
        /// The value given.
        value: f32,
        /// Largest allowed.
        max: f32,
    },
    /// The L2 rate λ₂ outside `0..=max` (or not a number).
    L2 {
        /// The value given.
        value: f32,
        /// Largest allowed.
        max: f32,
    },
    /// The test ratio outside `0..=max` (or not a number).
    TestRatio {
        /// The value given.
        value: f64,
        /// Largest allowed.
        max: f64,
    },
    /// Momentum μ outside `0 ≤ μ < 1`.
    Momentum {
        /// The value given.
        value: f32,
    },
    /// Adam's β₁ outside `0 ≤ β₁ < 1`.
    Beta1 {
        /// The value given.
        value: f32,
    },
    /// Adam's β₂ outside `0 ≤ β₂ < 1`.
    Beta2 {
        /// The value given.
        value: f32,
    },
    /// Adam's ε not a number above 0.
    Epsilon {
        /// The value given.
        value: f32,
    },
}
