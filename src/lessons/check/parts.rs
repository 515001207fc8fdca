//! The parts of checks: bounds, counts, the figures `rose` follows,
//! numeric answers and setting conditions.

use super::super::setting::{Setting, SettingValue};
use crate::train::HistoryPoint;

/// Which figures [`Check::Accuracy`] and [`Check::Loss`] read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetricOn {
    /// The network tab, training points.
    Train,
    /// The network tab, test points.
    Test,
    /// The comparison lab's logistic regression (training points).
    Logistic,
}

/// The figures of the network tab's history [`Check::Rose`] can follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// Mean loss on the training points.
    TrainLoss,
    /// Mean loss on the test points.
    TestLoss,
    /// Accuracy on the training points.
    TrainAccuracy,
    /// Accuracy on the test points.
    TestAccuracy,
}

impl Figure {
    /// Every figure, by its name in lesson files.
    pub const NAMES: [(&'static str, Figure); 4] = [
        ("train_loss", Figure::TrainLoss),
        ("test_loss", Figure::TestLoss),
        ("train_accuracy", Figure::TrainAccuracy),
        ("test_accuracy", Figure::TestAccuracy),
    ];

    /// Its value in one history point (`None`: not recorded, e.g. no test
    /// points).
    pub fn of(self, p: &HistoryPoint) -> Option<f64> {
        match self {
            Figure::TrainLoss => Some(p.train_loss),
            Figure::TestLoss => p.test_loss,
            Figure::TrainAccuracy => p.train_accuracy,
            Figure::TestAccuracy => p.test_accuracy,
        }
    }
}

/// A figure that went up: by at least `by` within `within_epochs` epochs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rose {
    /// The figure followed.
    pub metric: Figure,
    /// How much it must rise (above 0).
    pub by: f64,
    /// Over how many epochs at most (at least 1).
    pub within_epochs: u64,
}

/// Bounds on a real number; every bound given must hold.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Range {
    /// v ≥ this.
    pub at_least: Option<f64>,
    /// v ≤ this.
    pub at_most: Option<f64>,
    /// v > this.
    pub above: Option<f64>,
    /// v < this.
    pub below: Option<f64>,
}

impl Range {
    /// Whether `v` satisfies every bound (NaN satisfies none).
    pub fn contains(&self, v: f64) -> bool {
        !v.is_nan()
            && self.at_least.is_none_or(|b| v >= b)
            && self.at_most.is_none_or(|b| v <= b)
            && self.above.is_none_or(|b| v > b)
            && self.below.is_none_or(|b| v < b)
    }

    /// The bounds given, for validation.
    pub(crate) fn bounds(&self) -> [Option<f64>; 4] {
        [self.at_least, self.at_most, self.above, self.below]
    }
}

/// Accuracy or loss, where, and its bounds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metric {
    /// Which figures.
    pub on: MetricOn,
    /// The bounds.
    pub range: Range,
}

/// A weight W[input, neuron] and its bounds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeightRange {
    /// Layer (0 = first hidden layer; with no hidden layer, the output).
    pub layer: usize,
    /// Row of W: the input (feature or neuron of the layer below).
    pub input: usize,
    /// Column of W: the neuron.
    pub neuron: usize,
    /// The bounds.
    pub range: Range,
}

/// A bias b[neuron] and its bounds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BiasRange {
    /// Layer (0 = first hidden layer; with no hidden layer, the output).
    pub layer: usize,
    /// The neuron.
    pub neuron: usize,
    /// The bounds.
    pub range: Range,
}

/// Bounds on a count; every bound given must hold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Count {
    /// n ≥ this.
    pub at_least: Option<u64>,
    /// n ≤ this.
    pub at_most: Option<u64>,
}

impl Count {
    /// Whether `n` satisfies both bounds.
    pub fn contains(&self, n: u64) -> bool {
        self.at_least.is_none_or(|b| n >= b) && self.at_most.is_none_or(|b| n <= b)
    }
}

/// The perceptron's updates against numbers and/or Novikoff's bound.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UpdateCount {
    /// Updates ≥ this.
    pub at_least: Option<u64>,
    /// Updates ≤ this.
    pub at_most: Option<u64>,
    /// Updates ≤ the lab's mistake limit c·(R/γ)² (c = 1 for Heaviside,
    /// 2 for sign); false while the lab shows no bound.
    pub within_bound: bool,
}

/// A numeric answer: right when |answer − value| ≤ within.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberAnswer {
    /// The right value, or where the screen shows it.
    pub expected: NumberSource,
    /// How far from it an answer may be.
    pub within: f64,
}

/// Where the right value of a number question comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumberSource {
    /// A fixed number written in the lesson (`value = 0.25`).
    Value(f64),
    /// A number the backpropagation inspector computes for the sample it
    /// shows (`inspector = "output_delta"`): the question asks about the
    /// numbers on the learner's screen, whatever sample and weights those are.
    Inspector(InspectorNumber),
}

/// A number of the inspector's trace a question can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InspectorNumber {
    /// δ = ∂L/∂z of the first output neuron (a − y for a sigmoid or
    /// softmax output with cross-entropy).
    OutputDelta,
}

impl InspectorNumber {
    /// Every number, by its name in lesson files.
    pub const NAMES: [(&'static str, InspectorNumber); 1] = [("output_delta", InspectorNumber::OutputDelta)];
}

impl NumberAnswer {
    /// The right value in `live` (`None`: the inspector shows no trace).
    pub fn value(&self, live: &crate::lessons::LiveState) -> Option<f64> {
        match self.expected {
            NumberSource::Value(v) => Some(v),
            NumberSource::Inspector(n) => live.inspector.as_ref().map(|i| i.number(n)),
        }
    }

    /// Whether `a` is close enough to the right value in `live`.
    pub fn accepts(&self, a: f64, live: &crate::lessons::LiveState) -> bool {
        self.value(live).is_some_and(|v| (a - v).abs() <= self.within)
    }
}

/// What a setting must be.
#[derive(Clone, Debug, PartialEq)]
pub enum Condition {
    /// A number within bounds.
    Range(Range),
    /// Exactly this value (a number to within one part in a million;
    /// features as a set).
    Is(SettingValue),
    /// The features include this one.
    Has(&'static str),
}

/// One setting and what it must be.
#[derive(Clone, Debug, PartialEq)]
pub struct SettingCheck {
    /// Which setting.
    pub setting: Setting,
    /// What it must be.
    pub condition: Condition,
}

impl SettingCheck {
    /// Whether `value` (the setting now) meets the condition.
    pub fn accepts(&self, value: &SettingValue) -> bool {
        match (&self.condition, value) {
            (Condition::Range(r), SettingValue::Number(v)) => r.contains(*v),
            (Condition::Is(SettingValue::Number(want)), SettingValue::Number(v)) => {
                (v - want).abs() <= 1e-6 * want.abs().max(1e-12)
            }
            (Condition::Is(SettingValue::Features(want)), SettingValue::Features(got)) => {
                want.len() == got.len() && want.iter().all(|f| got.contains(f))
            }
            (Condition::Is(want), got) => want == got,
            (Condition::Has(f), SettingValue::Features(got)) => got.contains(f),
            _ => false,
        }
    }
}
