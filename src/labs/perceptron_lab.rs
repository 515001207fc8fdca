//! The perceptron lab: Rosenblatt's rule one sample at a time, as a state
//! machine the UI drives with Step sample / Step epoch / Run / Reset.
//!
//! It wraps the engine's [`PerceptronTrainer`] (which applies
//! w ← w + η(y − ŷ)x, b ← b + η(y − ŷ) on every error and detects
//! convergence, repeated weight states and the epoch limit) and adds what
//! the lab shows: the sample just processed, the weights before the last
//! update (the faint previous boundary), and a verdict for the user.

use std::sync::Arc;

use super::data::LabData;
use super::weight_path::WeightPath;
use crate::data::Dataset;
use crate::nn::perceptron::{
    NovikoffBound, PerceptronConfig, PerceptronError, PerceptronTrainer, Status, StepFunction, Tlu, Update,
};
use crate::train::Pace;

/// The most samples a Run may process in one frame (keeps the UI smooth).
pub const MAX_STEPS_PER_TICK: usize = 2_000;

/// The outcome so far (the lab puts it into words).
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// Still training (or not started).
    Running,
    /// An epoch without errors: "converged after N epochs".
    Converged {
        /// Epochs run, including the error-free one.
        epochs: usize,
    },
    /// A repeated weight state or the epoch limit: no straight line
    /// separates the points (the window says so, and why hidden layers).
    NotSeparable(Evidence),
}

/// How the lab knows no line separates the points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// The weights at the start of `epoch` repeat those at the start of
    /// `first_seen`: training would go round for ever.
    Cycle {
        /// The epoch whose starting weights repeat.
        epoch: usize,
        /// The earlier epoch with the same weights.
        first_seen: usize,
    },
    /// Still wrong after the epoch limit.
    EpochLimit {
        /// Epochs run.
        epochs: usize,
    },
}

/// The perceptron lab's state.
#[derive(Clone, Debug)]
pub struct PerceptronLab {
    choice: LabData,
    dataset: Dataset,
    config: PerceptronConfig,
    /// The trainer, or why it cannot start (shared: the lab is cloned).
    trainer: Result<PerceptronTrainer, Arc<PerceptronError>>,
    /// Units before the last step that changed them.
    previous: Option<Vec<Tlu>>,
    /// Dataset index of the sample processed last.
    last_sample: Option<usize>,
    /// Samples processed since the reset.
    steps: usize,
    /// Each unit's path through weight space and the samples seen.
    path: WeightPath,
    /// Run is on.
    pub running: bool,
    /// Samples per second while running.
    pub pace: Pace,
}

impl Default for PerceptronLab {
    fn default() -> Self {
        Self::new(LabData::And)
    }
}

impl PerceptronLab {
    /// A lab on `choice` with η = 1, Heaviside, zero start, 100 epochs at most.
    pub fn new(choice: LabData) -> Self {
        let mut lab = Self {
            choice,
            dataset: choice.dataset_or_empty(),
            config: PerceptronConfig::default(),
            trainer: Err(Arc::new(PerceptronError::NoTrainingPoints)),
            previous: None,
            last_sample: None,
            steps: 0,
            path: WeightPath::default(),
            running: false,
            pace: Pace::new(4.0),
        };
        lab.reset();
        lab
    }

    /// Back to zero weights on the current data and settings.
    pub fn reset(&mut self) {
        self.trainer = PerceptronTrainer::new(&self.dataset, self.config.clone()).map_err(Arc::new);
        self.previous = None;
        self.last_sample = None;
        self.steps = 0;
        self.path = WeightPath::start(self.units(), self.dataset.points.len());
        self.running = false;
        self.pace.restart();
    }

    /// Switches to another dataset and resets.
    pub fn choose(&mut self, choice: LabData) {
        self.choice = choice;
        self.dataset = choice.dataset_or_empty();
        self.reset();
    }

    /// Replaces the data (e.g. after the user added a point) and resets.
    pub fn set_dataset(&mut self, dataset: Dataset) {
        self.dataset = dataset;
        self.reset();
    }

    /// Selects Heaviside or sign and resets (the targets change with it).
    pub fn set_step(&mut self, step: StepFunction) {
        self.config.step = step;
        self.reset();
    }

    /// Sets η (> 0, finite; others are ignored) and resets.
    pub fn set_learning_rate(&mut self, eta: f64) {
        if eta.is_finite() && eta > 0.0 {
            self.config.learning_rate = eta;
            self.reset();
        }
    }

    /// Processes the next sample. Returns the updates it made (empty when
    /// the sample was classified correctly), or `None` once training stopped
    /// or cannot start.
    pub fn step_sample(&mut self) -> Option<Vec<Update>> {
        let trainer = self.trainer.as_mut().ok()?;
        let before = trainer.units().to_vec();
        let result = trainer.step_sample()?;
        self.steps += 1;
        self.last_sample = Some(result.sample.index);
        self.path.step(result.sample.index, &result.updates);
        if !result.updates.is_empty() {
            self.previous = Some(before);
        }
        if !result.status.is_running() {
            self.running = false;
        }
        Some(result.updates)
    }

    /// Sets unit `unit` to the weights `w` and bias `b` the learner dragged
    /// it to (in the weight-space view, or by the boundary in the plane);
    /// `start` is the first frame of the drag. A run pauses; training goes
    /// on from these weights (see [`PerceptronTrainer::set_unit`]).
    pub fn set_weights(&mut self, unit: usize, w: [f64; 2], b: f64, start: bool) {
        let Ok(trainer) = self.trainer.as_mut() else { return };
        let Some(before) = trainer.units().get(unit).cloned() else {
            return;
        };
        let tlu = Tlu { w: w.to_vec(), b };
        if start {
            self.previous = Some(trainer.units().to_vec());
        }
        trainer.set_unit(unit, tlu.clone());
        if trainer.units().get(unit) != Some(&before) {
            self.path.drag(unit, &tlu, start);
        }
        self.running = false;
    }

    /// Each unit's path through weight space and the samples seen.
    pub fn weight_path(&self) -> &WeightPath {
        &self.path
    }

    /// Processes samples up to the end of the current epoch; returns how
    /// many updates were made, `None` once stopped.
    pub fn step_epoch(&mut self) -> Option<usize> {
        let trainer = self.trainer.as_ref().ok()?;
        if !trainer.status().is_running() {
            return None;
        }
        let epoch = trainer.epoch();
        let mut updates = 0;
        while let Some(u) = self.step_sample() {
            updates += u.len();
            let now = self.trainer.as_ref().map_or(0, |t| t.epoch());
            if now != epoch || !self.status().is_some_and(Status::is_running) {
                break;
            }
        }
        Some(updates)
    }

    /// Advances a Run by `dt` seconds at [`Self::pace`] samples per second.
    /// Returns the samples processed.
    pub fn tick(&mut self, dt: f64) -> usize {
        if !self.running {
            return 0;
        }
        let whole = self.pace.due(dt, MAX_STEPS_PER_TICK);
        (0..whole).take_while(|_| self.step_sample().is_some()).count()
    }

    /// The dataset choice.
    pub fn choice(&self) -> LabData {
        self.choice
    }

    /// The data being learned.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The configuration (step function, η, epoch limit).
    pub fn config(&self) -> &PerceptronConfig {
        &self.config
    }

    /// The trainer, or why it could not start (e.g. no points yet).
    pub fn trainer(&self) -> Result<&PerceptronTrainer, &PerceptronError> {
        self.trainer.as_ref().map_err(|e| &**e)
    }

    /// Every update so far, oldest first: the rows of the update table.
    pub fn rows(&self) -> &[Update] {
        self.trainer.as_ref().map_or(&[], |t| t.log())
    }

    /// The units' current weights.
    pub fn units(&self) -> &[Tlu] {
        self.trainer.as_ref().map_or(&[], |t| t.units())
    }

    /// The units before the last step that changed them.
    pub fn previous_units(&self) -> Option<&[Tlu]> {
        self.previous.as_deref()
    }

    /// Dataset index of the sample processed last (to highlight it).
    pub fn last_sample(&self) -> Option<usize> {
        self.last_sample
    }

    /// Dataset index of the sample the next step will process.
    pub fn next_sample(&self) -> Option<usize> {
        self.trainer.as_ref().ok()?.next_sample().map(|s| s.index)
    }

    /// Samples processed since the reset.
    pub fn steps(&self) -> usize {
        self.steps
    }

    /// The trainer's status (`None` when it could not start).
    pub fn status(&self) -> Option<&Status> {
        self.trainer.as_ref().ok().map(|t| t.status())
    }

    /// Errors in each completed epoch.
    pub fn errors_per_epoch(&self) -> &[usize] {
        self.trainer.as_ref().map_or(&[], |t| t.errors_per_epoch())
    }

    /// Updates made so far.
    pub fn total_updates(&self) -> usize {
        self.trainer.as_ref().map_or(0, |t| t.total_updates())
    }

    /// Novikoff's theorem on this data, known before the first step: R =
    /// max ‖(x, 1)‖, the margin γ of the maximum-margin line (bias folded
    /// in), (R/γ)² and the step's factor; compare [`Self::total_updates`]
    /// with its `mistake_limit`. `None` when no line separates the classes,
    /// or for one unit per class (each unit has its own bound).
    pub fn novikoff(&self) -> Option<NovikoffBound> {
        self.trainer.as_ref().ok()?.novikoff()
    }

    /// The verdict for the user.
    pub fn verdict(&self) -> Verdict {
        match self.status() {
            Some(Status::Converged { epochs, .. }) => Verdict::Converged { epochs: *epochs },
            Some(Status::Cycle { epoch, first_seen, .. }) => Verdict::NotSeparable(Evidence::Cycle {
                epoch: *epoch,
                first_seen: *first_seen,
            }),
            Some(Status::NotConverged { epochs, .. }) => {
                Verdict::NotSeparable(Evidence::EpochLimit { epochs: *epochs })
            }
            Some(Status::Running) | None => Verdict::Running,
        }
    }
}

#[cfg(test)]
#[path = "perceptron_lab_tests.rs"]
mod tests;
