//! The values a learner sets in the window, by name: what `setting` goals
//! read, what `nnlab lesson run`'s `set` action changes, and the single
//! controls classroom mode can lock. One table, so a goal, an action and a
//! lock on `learning_rate` mean the same slider.
//!
//! Ranges are the window's: what its control lets a learner choose (the
//! learning-rate slider runs from 0.000001 to 10), so a goal outside them
//! can never be met and the checker says so.

mod facts;

pub use facts::SettingsFacts;

use crate::data::Feature;
use crate::labs::data::LabData;
use crate::labs::neuron;
use crate::names::Named;
use crate::nn::perceptron::StepFunction;
use crate::nn::{Activation, Loss, MAX_HIDDEN_LAYERS, MAX_NEURONS, OptimizerKind};
use crate::train::{MAX_LEARNING_RATE, MIN_LEARNING_RATE};

/// A value of the window a goal can read, an action can set and a lock
/// can freeze.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Setting {
    /// Network tab: the data generator.
    Generator,
    /// Network tab: the generator's number of points.
    Points,
    /// Network tab: the generator's noise.
    Noise,
    /// Network tab: classes (spiral and blobs).
    Classes,
    /// Network tab: the fraction of points held out for testing.
    TestRatio,
    /// Network tab: the input features.
    Features,
    /// Network tab: neurons of each hidden layer.
    Hidden,
    /// Network tab: the activation of the hidden layers.
    Activation,
    /// Network tab: SGD, momentum or Adam.
    Optimizer,
    /// Network tab: η.
    LearningRate,
    /// Network tab: samples per mini-batch.
    BatchSize,
    /// Network tab: the loss (`auto` picks it from the data).
    Loss,
    /// Network tab: the L1 rate.
    L1,
    /// Network tab: the L2 rate.
    L2,
    /// Network tab: the seed of the split, the weights and the shuffles.
    Seed,
    /// Perceptron lab: the dataset.
    PerceptronData,
    /// Perceptron lab: Heaviside or sign.
    StepFunction,
    /// Perceptron lab: η.
    PerceptronLearningRate,
    /// Comparison lab: the dataset.
    CompareData,
    /// Comparison lab: η of logistic regression.
    CompareLearningRate,
    /// Neuron lab: how the inputs fire, at random rates or in trials.
    NeuronMode,
    /// Neuron lab: the membrane time constant τ, ms.
    NeuronTau,
    /// Neuron lab: the threshold θ, mV above rest.
    NeuronThreshold,
    /// Neuron lab: the refractory period t_ref, ms.
    NeuronRefractory,
    /// Neuron lab: the McCulloch–Pitts reading's time window, ms.
    NeuronWindow,
    /// Neuron lab: Hebb's rule on or off.
    NeuronPlasticity,
    /// Neuron lab: η of Hebb's rule, mV.
    NeuronHebbRate,
}

/// What kind of value a setting holds, with its range or names.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SettingKind {
    /// A number from `min` to `max` (whole numbers when `whole`).
    Number {
        /// Smallest value the window's control allows.
        min: f64,
        /// Largest value the window's control allows.
        max: f64,
        /// Only whole numbers.
        whole: bool,
    },
    /// One of these names.
    Name(&'static [&'static str]),
    /// A list of hidden-layer widths, each 1 to [`MAX_NEURONS`], at most
    /// [`MAX_HIDDEN_LAYERS`] of them.
    Widths,
    /// A set of input features (at least one).
    Features,
}

/// The value a setting has now.
#[derive(Clone, Debug, PartialEq)]
pub enum SettingValue {
    /// A number.
    Number(f64),
    /// A name (`adam`, `sign`, `iris_setosa`…).
    Name(&'static str),
    /// Hidden-layer widths.
    Widths(Vec<usize>),
    /// Feature names, in the window's order.
    Features(Vec<&'static str>),
}

/// Loss names a setting accepts: `auto` (chosen from the data), then the losses.
const LOSS_NAMES: &[&str] = &["auto", "mse", "binary_cross_entropy", "cross_entropy"];
/// Lab dataset names (every choice of the perceptron lab).
const LAB_DATA: &[&str] = &["and", "or", "xor", "blobs", "iris_setosa", "iris_species", "custom"];
/// Two-class lab datasets (the comparison lab's choices).
const BINARY_DATA: &[&str] = &["and", "or", "xor", "blobs", "iris_setosa", "custom"];
/// How the neuron lab's inputs fire.
pub(crate) const NEURON_MODES: &[&str] = &["rates", "coincidence"];
/// A switch (Hebb's rule).
pub(crate) const ON_OFF: &[&str] = &["off", "on"];

impl Setting {
    /// Every setting, in the order the lessons README lists them.
    pub const ALL: [Setting; 27] = [
        Setting::Generator,
        Setting::Points,
        Setting::Noise,
        Setting::Classes,
        Setting::TestRatio,
        Setting::Features,
        Setting::Hidden,
        Setting::Activation,
        Setting::Optimizer,
        Setting::LearningRate,
        Setting::BatchSize,
        Setting::Loss,
        Setting::L1,
        Setting::L2,
        Setting::Seed,
        Setting::PerceptronData,
        Setting::StepFunction,
        Setting::PerceptronLearningRate,
        Setting::CompareData,
        Setting::CompareLearningRate,
        Setting::NeuronMode,
        Setting::NeuronTau,
        Setting::NeuronThreshold,
        Setting::NeuronRefractory,
        Setting::NeuronWindow,
        Setting::NeuronPlasticity,
        Setting::NeuronHebbRate,
    ];

    /// The name in lesson files and actions files.
    pub const fn name(self) -> &'static str {
        match self {
            Setting::Generator => "generator",
            Setting::Points => "points",
            Setting::Noise => "noise",
            Setting::Classes => "classes",
            Setting::TestRatio => "test_ratio",
            Setting::Features => "features",
            Setting::Hidden => "hidden",
            Setting::Activation => "activation",
            Setting::Optimizer => "optimizer",
            Setting::LearningRate => "learning_rate",
            Setting::BatchSize => "batch_size",
            Setting::Loss => "loss",
            Setting::L1 => "l1",
            Setting::L2 => "l2",
            Setting::Seed => "seed",
            Setting::PerceptronData => "perceptron_data",
            Setting::StepFunction => "step_function",
            Setting::PerceptronLearningRate => "perceptron_learning_rate",
            Setting::CompareData => "compare_data",
            Setting::CompareLearningRate => "compare_learning_rate",
            Setting::NeuronMode => "neuron_mode",
            Setting::NeuronTau => "neuron_tau",
            Setting::NeuronThreshold => "neuron_threshold",
            Setting::NeuronRefractory => "neuron_refractory",
            Setting::NeuronWindow => "neuron_window",
            Setting::NeuronPlasticity => "neuron_plasticity",
            Setting::NeuronHebbRate => "neuron_hebb_rate",
        }
    }

    /// The setting called `name`.
    pub fn from_name(name: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.name() == name)
    }

    /// Every name, for "expected one of" messages, in [`Setting::ALL`]'s order.
    pub const NAMES: [&'static str; 27] = {
        let mut names = [""; 27];
        let mut i = 0;
        while i < names.len() {
            names[i] = Setting::ALL[i].name();
            i += 1;
        }
        names
    };

    /// The kind of value and its range, as the window's control allows.
    pub fn kind(self) -> SettingKind {
        let number = |min: f64, max: f64| SettingKind::Number { min, max, whole: false };
        let whole = |min: f64, max: f64| SettingKind::Number { min, max, whole: true };
        let range = |r: &std::ops::RangeInclusive<f64>| number(*r.start(), *r.end());
        match self {
            Setting::Generator => SettingKind::Name(crate::data::Generator::FILE_NAMES),
            Setting::Points => whole(10.0, 5000.0),
            Setting::Noise => number(0.0, 1.0),
            Setting::Classes => whole(2.0, 6.0),
            Setting::TestRatio => number(0.0, 0.9),
            Setting::Features => SettingKind::Features,
            Setting::Hidden => SettingKind::Widths,
            Setting::Activation => SettingKind::Name(Activation::FILE_NAMES),
            Setting::Optimizer => SettingKind::Name(OptimizerKind::FILE_NAMES),
            Setting::LearningRate => number(typed(MIN_LEARNING_RATE), typed(MAX_LEARNING_RATE)),
            Setting::BatchSize => whole(1.0, 512.0),
            Setting::Loss => SettingKind::Name(LOSS_NAMES),
            Setting::L1 | Setting::L2 => number(0.0, 0.1),
            Setting::Seed => whole(0.0, u64::MAX as f64),
            Setting::PerceptronData => SettingKind::Name(LAB_DATA),
            Setting::StepFunction => SettingKind::Name(StepFunction::FILE_NAMES),
            Setting::PerceptronLearningRate => number(0.01, 10.0),
            Setting::CompareData => SettingKind::Name(BINARY_DATA),
            Setting::CompareLearningRate => number(0.001, 5.0),
            Setting::NeuronMode => SettingKind::Name(NEURON_MODES),
            Setting::NeuronTau => range(&neuron::TAU_RANGE),
            Setting::NeuronThreshold => range(&neuron::THRESHOLD_RANGE),
            Setting::NeuronRefractory => range(&neuron::REFRACTORY_RANGE),
            Setting::NeuronWindow => range(&neuron::WINDOW_RANGE),
            Setting::NeuronPlasticity => SettingKind::Name(ON_OFF),
            Setting::NeuronHebbRate => range(&neuron::HEBB_RATE_RANGE),
        }
    }
}

/// The value of a name setting, checked against its names.
pub(crate) fn name_in(setting: Setting, name: &str) -> Option<&'static str> {
    match setting.kind() {
        SettingKind::Name(names) => names.iter().copied().find(|n| *n == name),
        _ => None,
    }
}

/// The loss setting's name: `auto` for none.
pub(crate) fn loss_name(loss: Option<Loss>) -> &'static str {
    loss.map_or("auto", |l| l.file_name())
}

/// A lab dataset's name.
pub(crate) fn lab_data_name(d: LabData) -> &'static str {
    d.name()
}

/// Widths that a network may have: at most [`MAX_HIDDEN_LAYERS`] layers of
/// 1 to [`MAX_NEURONS`] neurons.
pub(crate) fn widths_ok(widths: &[usize]) -> bool {
    widths.len() <= MAX_HIDDEN_LAYERS && widths.iter().all(|&w| (1..=MAX_NEURONS).contains(&w))
}

/// The feature called `name`.
pub(crate) fn feature(name: &str) -> Option<Feature> {
    Feature::ALL.into_iter().find(|f| f.file_name() == name)
}

/// An `f32` as the decimal a person typed (0.03, not 0.029999999329…):
/// the shortest decimal that reads back as the same `f32`.
pub(crate) fn typed(v: f32) -> f64 {
    v.to_string().parse().unwrap_or(f64::from(v))
}
