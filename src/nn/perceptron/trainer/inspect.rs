//! Read-only views of a [`PerceptronTrainer`]: state, log, predictions,
//! accuracy and the Novikoff bound of the current weights.

use super::{NovikoffBound, PerceptronTrainer};
use crate::nn::perceptron::version_space::{HalfPlane, VersionSpace, version_space};
use crate::nn::perceptron::{Mode, PerceptronConfig, Prediction, Sample, Status, Tlu, TrainerState, Update};

impl PerceptronTrainer {
    /// The configuration in use.
    pub fn config(&self) -> &PerceptronConfig {
        &self.config
    }

    /// How classes map onto units.
    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// The training samples, in dataset order.
    pub fn samples(&self) -> &[Sample] {
        &self.samples
    }

    /// The current epoch's visiting order, as positions in [`Self::samples`].
    pub fn order(&self) -> &[usize] {
        &self.order
    }

    /// The units' current weights (one unit unless one-vs-rest).
    pub fn units(&self) -> &[Tlu] {
        &self.units
    }

    /// The epoch in progress (or about to start), from 1; once training has
    /// stopped, the last epoch run.
    pub fn epoch(&self) -> usize {
        if self.status.is_running() {
            self.completed + 1
        } else {
            self.completed
        }
    }

    /// Epochs completed.
    pub fn completed_epochs(&self) -> usize {
        self.completed
    }

    /// Samples already processed in the current epoch.
    pub fn position(&self) -> usize {
        self.position
    }

    /// The sample the next step will process, if training continues.
    pub fn next_sample(&self) -> Option<&Sample> {
        if !self.status.is_running() {
            return None;
        }
        self.samples.get(*self.order.get(self.position)?)
    }

    /// Updates made so far (exact even if the log was truncated).
    pub fn total_updates(&self) -> usize {
        self.total_updates
    }

    /// For each completed epoch, the number of samples on which at least one
    /// unit erred (for a single unit: its mistakes).
    pub fn errors_per_epoch(&self) -> &[usize] {
        &self.errors_per_epoch
    }

    /// Every update in order (the first [`MAX_LOGGED_UPDATES`] of them).
    ///
    /// [`MAX_LOGGED_UPDATES`]: crate::nn::perceptron::MAX_LOGGED_UPDATES
    pub fn log(&self) -> &[Update] {
        &self.log
    }

    /// Whether updates were left out of the log because it was full.
    pub fn log_truncated(&self) -> bool {
        self.log_truncated
    }

    /// Where training stands.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// A serializable snapshot of the progress.
    pub fn state(&self) -> TrainerState {
        TrainerState {
            units: self.units.clone(),
            epoch: self.epoch(),
            position: self.position,
            total_updates: self.total_updates,
            errors_per_epoch: self.errors_per_epoch.clone(),
            next_sample: self.next_sample().map(|s| s.index),
            status: self.status.clone(),
        }
    }

    /// Predicts raw (unscaled) coordinates `x`; the dataset's scaling is
    /// applied first, as in training.
    pub fn predict(&self, x: [f64; 2]) -> Prediction {
        let z = match &self.scaling {
            Some(s) => s.apply(x),
            None => x,
        };
        self.predict_scaled(z)
    }

    /// Predicts coordinates that are already scaled. A single unit says
    /// "positive" iff its output is the positive target (for sign, a net
    /// input of exactly 0 counts as negative); one-vs-rest picks
    /// argmaxₖ wₖᵀx + bₖ (the first on ties).
    pub fn predict_scaled(&self, x: [f64; 2]) -> Prediction {
        match self.mode {
            Mode::Binary { positive, negative } => {
                let step = self.config.step;
                let fires = self
                    .units
                    .first()
                    .is_some_and(|u| u.output(&x, step) == step.target(true));
                match (fires, negative) {
                    (true, _) => Prediction::Class(positive),
                    (false, Some(other)) => Prediction::Class(other),
                    (false, None) => Prediction::NotClass(positive),
                }
            }
            Mode::OneVsRest { .. } => {
                let mut best = (0, f64::NEG_INFINITY);
                for (k, unit) in self.units.iter().enumerate() {
                    let z = unit.net(&x);
                    if z > best.1 {
                        best = (k, z);
                    }
                }
                Prediction::Class(best.0)
            }
        }
    }

    /// Fraction of training points predicted correctly (for a single unit
    /// against several classes: correct as "class" / "not class").
    pub fn accuracy(&self) -> f64 {
        if self.samples.is_empty() {
            return 0.0;
        }
        let right = (self.samples.iter())
            .filter(|s| self.predict_scaled(s.x).is_correct(s.class))
            .count();
        right as f64 / self.samples.len() as f64
    }

    /// Novikoff's bound for the single unit of a binary run: R, the margin
    /// γ of the maximum-margin separator and factor·(R/γ)², known before the
    /// first step; the run's [`total_updates`](Self::total_updates) never
    /// exceed it. `None` for one-vs-rest (see [`Self::novikoff_for_unit`])
    /// or when the classes are not linearly separable.
    pub fn novikoff(&self) -> Option<NovikoffBound> {
        match self.mode {
            Mode::Binary { .. } => self.novikoff_for_unit(0),
            Mode::OneVsRest { .. } => None,
        }
    }

    /// Novikoff's bound for unit `unit` ("its class vs rest", targets ±1)
    /// from the maximum-margin separator of that two-class problem. It
    /// bounds that unit's number of updates; `None` when its classes are not
    /// linearly separable.
    pub fn novikoff_for_unit(&self, unit: usize) -> Option<NovikoffBound> {
        self.bounds.get(unit).cloned().flatten()
    }

    /// One condition per training sample on unit `unit`'s weights at bias
    /// `bias`: the half-plane of (w₁, w₂) that classifies it right.
    pub fn half_planes(&self, unit: usize, bias: f64) -> Vec<HalfPlane> {
        let positive = self.mode.positive_class(unit);
        let step = self.config.step;
        (self.samples.iter())
            .map(|s| HalfPlane::of_sample(s.x, s.class == positive, step, bias))
            .collect()
    }

    /// Unit `unit`'s version space at bias `bias` in the box [−half, half]²
    /// (see [`version_space`]).
    pub fn version_space(&self, unit: usize, bias: f64, half: f64) -> VersionSpace {
        version_space(&self.half_planes(unit, bias), bias, half)
    }
}
