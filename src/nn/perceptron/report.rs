//! What the trainer reports: its status, and the results of a step, an
//! epoch, a run, and a snapshot of its state.

use serde::{Deserialize, Serialize};

#[cfg(doc)]
use super::PerceptronTrainer;
use super::{Tlu, Update};

/// A training point as the perceptron sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sample {
    /// Index in the dataset's point list.
    pub index: usize,
    /// The input, after the dataset's scaling.
    pub x: [f64; 2],
    /// The class label.
    pub class: usize,
}

/// Where training stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Status {
    /// More samples to process.
    Running,
    /// Epoch `epochs` made no error: every training point is classified
    /// correctly.
    Converged {
        /// Epochs run, including the final error-free one.
        epochs: usize,
        /// Updates made in total.
        updates: usize,
    },
    /// The epoch limit was reached with errors in every epoch.
    NotConverged {
        /// Epochs run.
        epochs: usize,
        /// Updates made in total.
        updates: usize,
    },
    /// The weights at the start of epoch `epoch` equal those at the start of
    /// the earlier epoch `first_seen` (after `epoch − 1` epochs were run).
    /// For separable data each update strictly increases w̃ᵀw̃* (see
    /// [`super::novikoff`](crate::nn::perceptron::novikoff_bound)), so weights can never return to an earlier value:
    /// a repeat proves the classes are not linearly separable, and training
    /// could never converge.
    Cycle {
        /// The epoch whose starting weights repeat.
        epoch: usize,
        /// The earlier epoch that started with the same weights.
        first_seen: usize,
        /// Updates made in total.
        updates: usize,
    },
}

impl Status {
    /// Whether training can continue.
    pub fn is_running(&self) -> bool {
        matches!(self, Status::Running)
    }
}

/// What one call to [`PerceptronTrainer::step_sample`] did.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepResult {
    /// The epoch (from 1).
    pub epoch: usize,
    /// Position of the sample within the epoch's order (from 0).
    pub position: usize,
    /// The sample processed.
    pub sample: Sample,
    /// One update per unit that erred (empty if all were right).
    pub updates: Vec<Update>,
    /// Whether this sample ended the epoch.
    pub epoch_finished: bool,
    /// The status after the step.
    pub status: Status,
}

/// What one call to [`PerceptronTrainer::step_epoch`] did.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EpochResult {
    /// The epoch (from 1).
    pub epoch: usize,
    /// Samples on which at least one unit erred, over the whole epoch.
    pub errors: usize,
    /// The updates made by this call.
    pub updates: Vec<Update>,
    /// The status after the epoch.
    pub status: Status,
}

/// The result of [`PerceptronTrainer::run`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// How training ended.
    pub status: Status,
    /// Epochs run.
    pub epochs: usize,
    /// Updates made in total.
    pub updates: usize,
    /// Accuracy on the training points.
    pub accuracy: f64,
    /// The final units.
    pub units: Vec<Tlu>,
}

/// A snapshot of the trainer, e.g. for a GUI or a session file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrainerState {
    /// The units' current weights.
    pub units: Vec<Tlu>,
    /// The current epoch (see [`PerceptronTrainer::epoch`]).
    pub epoch: usize,
    /// Samples already processed in the current epoch.
    pub position: usize,
    /// Updates made so far.
    pub total_updates: usize,
    /// Errors (samples with any update) in each completed epoch.
    pub errors_per_epoch: Vec<usize>,
    /// Dataset index of the next sample, if training continues.
    pub next_sample: Option<usize>,
    /// Where training stands.
    pub status: Status,
}
