//! Training configuration, its validation against a dataset, and errors.

use serde::{Deserialize, Serialize};

use super::{MAX_EPOCHS, Mode, StepFunction};
use crate::data::{DataError, Dataset, PointProblem};

/// Why a perceptron cannot be trained with a configuration or dataset.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PerceptronError {
    /// η must be a finite number above zero.
    BadLearningRate(f64),
    /// The epoch limit is 0 or above [`MAX_EPOCHS`].
    BadEpochLimit {
        /// The limit given.
        found: usize,
        /// The largest allowed limit.
        limit: usize,
    },
    /// The perceptron classifies; a regression dataset has no classes.
    NotClassification,
    /// Fewer than two classes.
    TooFewClasses(usize),
    /// The chosen positive class does not exist.
    PositiveOutOfRange {
        /// The class asked for.
        positive: usize,
        /// How many classes exist.
        classes: usize,
    },
    /// Every point is held out for testing, or there are none.
    NoTrainingPoints,
    /// The dataset breaks one of its own invariants.
    Data(#[from] DataError),
    /// A step function name that does not exist.
    UnknownStep(String),
}

/// How to train.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PerceptronConfig {
    /// Output function (and with it the target encoding).
    pub step: StepFunction,
    /// η, the step size of the rule (default 1). From a zero start it only
    /// scales w and b, so it changes no prediction.
    pub learning_rate: f64,
    /// Stop after this many epochs without convergence (default 100).
    pub max_epochs: usize,
    /// Visit the samples in a new seeded random order each epoch.
    pub shuffle: bool,
    /// Seed for the shuffle.
    pub seed: u64,
    /// Train one unit for this class against the rest.
    pub positive: Option<usize>,
}

impl Default for PerceptronConfig {
    fn default() -> Self {
        Self {
            step: StepFunction::Heaviside,
            learning_rate: 1.0,
            max_epochs: 100,
            shuffle: false,
            seed: 0,
            positive: None,
        }
    }
}

impl PerceptronConfig {
    /// Checks the configuration against the dataset: η finite and > 0,
    /// 1 ≤ max_epochs ≤ [`MAX_EPOCHS`], a valid classification dataset with
    /// ≥ 2 classes and ≥ 1 training point, `positive` an existing class.
    /// Returns the resulting [`Mode`].
    pub fn validate(&self, dataset: &Dataset) -> Result<Mode, PerceptronError> {
        if !(self.learning_rate.is_finite() && self.learning_rate > 0.0) {
            return Err(PerceptronError::BadLearningRate(self.learning_rate));
        }
        if self.max_epochs == 0 || self.max_epochs > MAX_EPOCHS {
            return Err(PerceptronError::BadEpochLimit {
                found: self.max_epochs,
                limit: MAX_EPOCHS,
            });
        }
        if !dataset.is_classification() {
            return Err(PerceptronError::NotClassification);
        }
        let classes = dataset.num_classes();
        if classes < 2 {
            return Err(PerceptronError::TooFewClasses(classes));
        }
        dataset.validate()?;
        if dataset.train_points().next().is_none() {
            return Err(PerceptronError::NoTrainingPoints);
        }
        // `validate` refuses a stored standardization with a zero spread;
        // a tiny one can still overflow a large coordinate into ±∞, and
        // every update after that would be NaN.
        let scaled = dataset.points.iter().map(|p| dataset.scaled(p.x));
        if let Some(index) = scaled.into_iter().position(|z| !(z[0].is_finite() && z[1].is_finite())) {
            return Err(PerceptronError::Data(DataError::BadPoint {
                index,
                problem: PointProblem::ScaledNotFinite,
            }));
        }
        Ok(match self.positive {
            Some(positive) if positive >= classes => {
                return Err(PerceptronError::PositiveOutOfRange { positive, classes });
            }
            Some(positive) => Mode::Binary {
                positive,
                negative: (classes == 2).then_some(1 - positive),
            },
            None if classes == 2 => Mode::Binary {
                positive: 1,
                negative: Some(0),
            },
            None => Mode::OneVsRest { classes },
        })
    }
}
