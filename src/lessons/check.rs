//! Goals and their automatic checks. A check reads only the [`LiveState`]
//! and says whether it holds; the lesson run remembers a pass, so a goal
//! reached once stays reached.
//!
//! In a lesson file a check is a table with one key, the kind:
//!
//! ```toml
//! goal = { all = [
//!     { hidden_neurons = { at_most = 2 } },
//!     { accuracy = { on = "train", at_least = 1.0 } },
//! ] }
//! ```

use serde::Deserialize;

use super::live::{InspectorStage, LiveState, NetworkFacts, PerceptronOutcome};
use crate::nn::perceptron::StepFunction;

/// A goal's automatic check.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// Every listed check holds.
    All(Vec<Check>),
    /// At least one listed check holds.
    Any(Vec<Check>),
    /// Accuracy (fraction 0–1) of the network on the training or test
    /// points, or of logistic regression in the comparison lab.
    Accuracy(Metric),
    /// Mean loss, on the same choices as [`Check::Accuracy`].
    Loss(Metric),
    /// Total hidden neurons of the network tab's network.
    HiddenNeurons(Count),
    /// Hidden layers of the network tab's network.
    HiddenLayers(Count),
    /// Epochs trained in the network tab.
    Epochs(Count),
    /// One weight W[input, neuron] of a layer (0 = first hidden layer; the
    /// output layer is the last).
    Weight(WeightRange),
    /// One bias b[neuron] of a layer.
    Bias(BiasRange),
    /// The perceptron lab converged, stopped without converging, or runs.
    Perceptron(PerceptronOutcome),
    /// The comparison lab's perceptron, likewise.
    ComparePerceptron(PerceptronOutcome),
    /// The perceptron lab's number of updates, against numbers or against
    /// Novikoff's bound.
    PerceptronUpdates(UpdateCount),
    /// Samples the perceptron lab has processed since its reset.
    PerceptronSteps(Count),
    /// The perceptron lab's step function.
    StepFunction(StepFunction),
    /// The logic lab's output column, 0/1 per truth-table row (00, 01, 10, 11).
    TruthTable(Vec<u8>),
    /// The backpropagation inspector shows this stage or a later one.
    InspectorStageReached(InspectorStage),
    /// Spikes of the neuron lab by coincidence (two or more inputs within
    /// a few milliseconds, none strong enough alone) since its set-up.
    CoincidentSpikes(Count),
    /// The learner picked this choice (from 0) of the step's question.
    Answer(usize),
}

/// Which figures [`Check::Accuracy`] and [`Check::Loss`] read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricOn {
    /// The network tab, training points.
    Train,
    /// The network tab, test points.
    Test,
    /// The comparison lab's logistic regression (training points).
    Logistic,
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

/// A check's struct: its own fields, then the four bounds of a [`Range`]
/// (flat in the file: `{ on = "train", at_least = 0.9 }`), and `range()`.
/// One definition of the bounds, while `deny_unknown_fields` still names a
/// misspelt key where it is written (serde cannot flatten with it).
macro_rules! bounded {
    ($(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* $field:ident: $ty:ty,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $($(#[$fmeta])* pub $field: $ty,)*
            /// Value ≥ this.
            pub at_least: Option<f64>,
            /// Value ≤ this.
            pub at_most: Option<f64>,
            /// Value > this.
            pub above: Option<f64>,
            /// Value < this.
            pub below: Option<f64>,
        }

        impl $name {
            /// The bounds.
            pub fn range(&self) -> Range {
                Range {
                    at_least: self.at_least,
                    at_most: self.at_most,
                    above: self.above,
                    below: self.below,
                }
            }
        }
    };
}

bounded! {
    /// Accuracy or loss, where, and its bounds.
    Metric {
        /// Which figures.
        on: MetricOn,
    }
}

bounded! {
    /// A weight W[input, neuron] and its bounds.
    WeightRange {
        /// Layer (0 = first hidden layer; with no hidden layer, the output).
        layer: usize,
        /// Row of W: the input (feature or neuron of the layer below).
        input: usize,
        /// Column of W: the neuron.
        neuron: usize,
    }
}

bounded! {
    /// A bias b[neuron] and its bounds.
    BiasRange {
        /// Layer (0 = first hidden layer; with no hidden layer, the output).
        layer: usize,
        /// The neuron.
        neuron: usize,
    }
}

/// Bounds on a count; every bound given must hold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdateCount {
    /// Updates ≥ this.
    pub at_least: Option<u64>,
    /// Updates ≤ this.
    pub at_most: Option<u64>,
    /// Updates ≤ the lab's mistake limit c·(R/γ)² (c = 1 for Heaviside,
    /// 2 for sign); false while the lab shows no bound.
    #[serde(default)]
    pub within_bound: bool,
}

impl Check {
    /// Whether the check holds in `live`. A check on a part of the state
    /// that is missing (no snapshot yet, no question answered) does not.
    pub fn holds(&self, live: &LiveState) -> bool {
        let net = live.network.as_ref();
        let count = |c: &Count, n: Option<u64>| n.is_some_and(|n| c.contains(n));
        match self {
            Check::All(checks) => checks.iter().all(|c| c.holds(live)),
            Check::Any(checks) => checks.iter().any(|c| c.holds(live)),
            Check::Accuracy(m) => metric(live, m.on, true).is_some_and(|v| m.range().contains(v)),
            Check::Loss(m) => metric(live, m.on, false).is_some_and(|v| m.range().contains(v)),
            Check::HiddenNeurons(c) => count(c, net.map(|n| n.hidden.iter().sum::<usize>() as u64)),
            Check::HiddenLayers(c) => count(c, net.map(|n| n.hidden.len() as u64)),
            Check::Epochs(c) => count(c, net.map(|n| n.epoch)),
            Check::Weight(w) => {
                (net.and_then(|n| n.weight(w.layer, w.input, w.neuron))).is_some_and(|v| w.range().contains(v))
            }
            Check::Bias(b) => (net.and_then(|n| n.bias(b.layer, b.neuron))).is_some_and(|v| b.range().contains(v)),
            Check::Perceptron(o) => live.perceptron.as_ref().is_some_and(|p| p.outcome == *o),
            Check::ComparePerceptron(o) => live.compare.as_ref().is_some_and(|c| c.perceptron == *o),
            Check::PerceptronUpdates(u) => live.perceptron.as_ref().is_some_and(|p| {
                let n = p.updates as u64;
                let within = !u.within_bound || p.novikoff.as_ref().is_some_and(|b| n as f64 <= b.mistake_limit);
                within && u.at_least.is_none_or(|b| n >= b) && u.at_most.is_none_or(|b| n <= b)
            }),
            Check::PerceptronSteps(c) => count(c, live.perceptron.as_ref().map(|p| p.steps as u64)),
            Check::StepFunction(s) => live.perceptron.as_ref().is_some_and(|p| p.step_function == *s),
            Check::TruthTable(want) => (live.logic.as_ref().and_then(|l| l.outputs.as_ref()))
                .is_some_and(|got| got.len() == want.len() && got.iter().zip(want).all(|(&g, &w)| u8::from(g) == w)),
            Check::InspectorStageReached(s) => live.inspector_stage.is_some_and(|at| at >= *s),
            Check::CoincidentSpikes(c) => count(c, live.neuron.map(|n| n.coincident_spikes)),
            Check::Answer(a) => live.answer == Some(*a),
        }
    }
}

/// Accuracy (`accuracy`) or loss of the figures `on` reads, if known.
fn metric(live: &LiveState, on: MetricOn, accuracy: bool) -> Option<f64> {
    let latest = || live.network.as_ref().and_then(|n: &NetworkFacts| n.latest);
    match (on, accuracy) {
        (MetricOn::Train, true) => latest()?.train_accuracy,
        (MetricOn::Train, false) => Some(latest()?.train_loss),
        (MetricOn::Test, true) => latest()?.test_accuracy,
        (MetricOn::Test, false) => latest()?.test_loss,
        (MetricOn::Logistic, true) => live.compare.as_ref()?.logistic_accuracy,
        (MetricOn::Logistic, false) => live.compare.as_ref()?.logistic_loss,
    }
}

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
