//! Rosenblatt's perceptron (1958): a threshold logic unit (TLU) trained by
//! the error-correction rule, one sample at a time.
//!
//! A TLU computes the net input z = wᵀx + b and outputs step(z). For each
//! training sample (x, y), in dataset order, it predicts ŷ = step(wᵀx + b)
//! and applies
//!
//! ```text
//! w ← w + η (y − ŷ) x        b ← b + η (y − ŷ)
//! ```
//!
//! which changes nothing when ŷ = y and otherwise moves the boundary towards
//! classifying x correctly. Weights start at zero. An epoch without a single
//! error means every training point is classified correctly: training has
//! converged. Rosenblatt's theorem (with Novikoff's bound, see [`novikoff_bound`])
//! says this happens after finitely many updates iff the classes are linearly
//! separable; [`best_novikoff_bound`] gives the bound from the maximum-margin
//! separator before training starts.
//!
//! Only the dataset's *training* points (`!p.test`) are used, and they are
//! seen through [`Dataset::scaled`](crate::data::Dataset::scaled), so the
//! weights live in the coordinates the dataset's standardization (if any)
//! produces. With more than two classes and no chosen positive class, one
//! TLU per class is trained ("class k vs rest") and the prediction is the
//! class whose unit has the largest net input.

mod config;
mod max_margin;
mod novikoff;
mod report;
#[cfg(test)]
mod tests;
mod trainer;
pub mod version_space;

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::names::name_table;

pub use config::{PerceptronConfig, PerceptronError};
pub use max_margin::{MaxMargin, max_margin_separator};
pub use novikoff::{NovikoffBound, best_novikoff_bound, novikoff_bound};
pub use report::{EpochResult, Outcome, Sample, Status, StepResult, TrainerState};
pub use trainer::PerceptronTrainer;
pub use version_space::{HalfPlane, VERSION_SPACE_BOX, VersionSpace, separator_in_slice, version_space};

/// Most epochs a run may be configured for. Cycle detection keeps one weight
/// snapshot per epoch, so the limit also bounds that memory.
pub const MAX_EPOCHS: usize = 100_000;

/// Most updates kept in the log (each holds two weight vectors, so a long
/// run on a big CSV could otherwise exhaust memory). Training continues past
/// it with exact counts; later updates are just not logged (each step still
/// returns its own). See [`PerceptronTrainer::log_truncated`].
pub const MAX_LOGGED_UPDATES: usize = 1_000_000;

/// The TLU's output function.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StepFunction {
    /// H(z) = 1 if z ≥ 0, else 0. Targets: positive 1, negative 0.
    #[default]
    Heaviside,
    /// sign(z) = +1, 0 or −1. Targets: positive +1, negative −1 (so a net
    /// input of exactly 0 is always an error).
    Sign,
}

name_table! {
    StepFunction {
        Heaviside => "heaviside";
        Sign => "sign";
    }
}

impl StepFunction {
    /// The step applied to the net input z.
    pub fn apply(self, z: f64) -> f64 {
        match self {
            StepFunction::Heaviside if z >= 0.0 => 1.0,
            StepFunction::Heaviside => 0.0,
            StepFunction::Sign if z > 0.0 => 1.0,
            StepFunction::Sign if z < 0.0 => -1.0,
            StepFunction::Sign => 0.0,
        }
    }

    /// The target y for a sample that is (or is not) of the positive class:
    /// 1/0 for Heaviside, +1/−1 for sign.
    pub fn target(self, positive: bool) -> f64 {
        match (self, positive) {
            (_, true) => 1.0,
            (StepFunction::Heaviside, false) => 0.0,
            (StepFunction::Sign, false) => -1.0,
        }
    }

    /// Largest |y − ŷ| on an error: 1 for Heaviside, 2 for sign (ŷ = −y).
    /// It multiplies the Novikoff bound: with update size at most c, the
    /// number of mistakes is at most c·(R/γ)².
    pub fn bound_factor(self) -> f64 {
        match self {
            StepFunction::Heaviside => 1.0,
            StepFunction::Sign => 2.0,
        }
    }
}

impl FromStr for StepFunction {
    type Err = PerceptronError;

    /// Parses `heaviside` or `sign`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        StepFunction::from_name(s).ok_or_else(|| PerceptronError::UnknownStep(s.to_string()))
    }
}

/// A threshold logic unit: weights w, bias b.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tlu {
    /// One weight per input.
    pub w: Vec<f64>,
    /// The bias, i.e. minus the threshold.
    pub b: f64,
}

impl Tlu {
    /// A unit with `inputs` zero weights and zero bias (the rule's start).
    pub fn zeros(inputs: usize) -> Self {
        Self {
            w: vec![0.0; inputs],
            b: 0.0,
        }
    }

    /// The net input z = wᵀx + b (extra entries of the longer of w, x are
    /// ignored).
    pub fn net(&self, x: &[f64]) -> f64 {
        self.w.iter().zip(x).map(|(w, x)| w * x).sum::<f64>() + self.b
    }

    /// The unit's output step(wᵀx + b).
    pub fn output(&self, x: &[f64], step: StepFunction) -> f64 {
        step.apply(self.net(x))
    }
}

/// One application of the learning rule (only errors cause updates).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Update {
    /// The epoch, counted from 1.
    pub epoch: usize,
    /// Index of the sample in the dataset's point list.
    pub sample: usize,
    /// The input the unit saw (scaled coordinates).
    pub x: Vec<f64>,
    /// The target.
    pub y: f64,
    /// The unit's wrong output.
    pub y_hat: f64,
    /// Weights before the update.
    pub w_before: Vec<f64>,
    /// Bias before the update.
    pub b_before: f64,
    /// Weights after: w + η(y − ŷ)x.
    pub w_after: Vec<f64>,
    /// Bias after: b + η(y − ŷ).
    pub b_after: f64,
    /// Which unit was updated (0 unless one-vs-rest).
    pub unit: usize,
}

impl Update {
    /// The weight change Δw = w_after − w_before, which equals η(y − ŷ)x.
    pub fn delta_w(&self) -> Vec<f64> {
        self.w_after.iter().zip(&self.w_before).map(|(a, b)| a - b).collect()
    }

    /// The bias change Δb = b_after − b_before, which equals η(y − ŷ).
    pub fn delta_b(&self) -> f64 {
        self.b_after - self.b_before
    }
}

/// How the classes map onto units.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Mode {
    /// One unit: `positive` against every other class. `negative` is the
    /// other class when there are exactly two, `None` for "the rest".
    Binary {
        /// The class the unit fires for.
        positive: usize,
        /// The single other class, if there is exactly one.
        negative: Option<usize>,
    },
    /// One unit per class, "k vs rest"; predict the largest net input.
    OneVsRest {
        /// Number of classes (and units).
        classes: usize,
    },
}

impl Mode {
    /// The class unit `unit` is trained to fire for.
    pub fn positive_class(&self, unit: usize) -> usize {
        match self {
            Mode::Binary { positive, .. } => *positive,
            Mode::OneVsRest { .. } => unit,
        }
    }

    /// Number of units.
    pub fn units(&self) -> usize {
        match self {
            Mode::Binary { .. } => 1,
            Mode::OneVsRest { classes } => *classes,
        }
    }
}

/// What the trained perceptron says about a point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Prediction {
    /// This class.
    Class(usize),
    /// Not this class (one unit against several other classes).
    NotClass(usize),
}

impl Prediction {
    /// The predicted class, if the prediction names one.
    pub fn class(self) -> Option<usize> {
        match self {
            Prediction::Class(k) => Some(k),
            Prediction::NotClass(_) => None,
        }
    }

    /// Whether the prediction is right for a point of class `class`.
    pub fn is_correct(self, class: usize) -> bool {
        match self {
            Prediction::Class(k) => k == class,
            Prediction::NotClass(k) => k != class,
        }
    }
}

#[cfg(test)]
mod step_tests {
    use super::*;

    #[test]
    fn step_functions_and_names() {
        use StepFunction::*;
        assert_eq!(
            (Heaviside.apply(0.0), Heaviside.apply(-1e-9), Heaviside.apply(3.0)),
            (1.0, 0.0, 1.0)
        );
        assert_eq!((Sign.apply(0.0), Sign.apply(-2.0), Sign.apply(0.1)), (0.0, -1.0, 1.0));
        assert_eq!(
            (Heaviside.target(false), Sign.target(false), Sign.target(true)),
            (0.0, -1.0, 1.0)
        );
        assert_eq!("SIGN".parse::<StepFunction>().unwrap(), Sign);
        assert_eq!(StepFunction::from_name("heaviside"), Some(Heaviside));
        assert!("relu".parse::<StepFunction>().is_err());
    }
}
