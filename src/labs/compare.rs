//! Perceptron versus logistic regression on the same two-class data.
//!
//! Both start from zero weights. One "round" runs one perceptron epoch
//! (until it stops) and [`GD_STEPS_PER_ROUND`] gradient steps of logistic
//! regression, so the user sees the perceptron freeze as soon as the
//! training set has no error while logistic regression keeps moving.

use super::data::LabData;
use super::geometric_margin;
use super::logistic::LogisticRegression;
use crate::data::Dataset;
use crate::nn::perceptron::{PerceptronConfig, PerceptronTrainer, Status, Tlu};
use crate::train::Pace;

/// Gradient steps of logistic regression per round.
pub const GD_STEPS_PER_ROUND: usize = 10;

/// The comparison lab's state.
#[derive(Clone, Debug)]
pub struct CompareLab {
    choice: LabData,
    dataset: Dataset,
    perceptron: Option<PerceptronTrainer>,
    logistic: Option<LogisticRegression>,
    /// η of logistic regression's gradient descent.
    pub learning_rate: f64,
    /// Run is on.
    pub running: bool,
    /// Rounds per second while running.
    pub pace: Pace,
    /// Logistic regression's (w₁, w₂, b) from w = 0, after every gradient
    /// step (thinned when long: see [`MAX_PATH_POINTS`]).
    logistic_path: Vec<[f64; 3]>,
}

/// Most points kept of gradient descent's path: beyond it every other one
/// goes (the first and the last stay), so a long run keeps its shape.
pub const MAX_PATH_POINTS: usize = 4096;

/// Most rounds one [`CompareLab::tick`] runs (a long pause between frames
/// does not turn into a burst).
const MAX_ROUNDS_PER_TICK: usize = 50;

impl Default for CompareLab {
    fn default() -> Self {
        Self::new(LabData::Blobs)
    }
}

impl CompareLab {
    /// Both models at zero on `choice` (two-class data).
    pub fn new(choice: LabData) -> Self {
        let mut lab = Self {
            choice,
            dataset: choice.dataset_or_empty(),
            perceptron: None,
            logistic: None,
            learning_rate: 0.5,
            running: false,
            pace: Pace::new(20.0),
            logistic_path: Vec::new(),
        };
        lab.reset();
        lab
    }

    /// Both models back to zero weights.
    pub fn reset(&mut self) {
        self.perceptron = PerceptronTrainer::new(&self.dataset, PerceptronConfig::default()).ok();
        self.logistic = LogisticRegression::new(&self.dataset, 1, self.learning_rate);
        self.logistic_path = self.logistic.iter().map(|m| [m.w[0], m.w[1], m.b]).collect();
        self.running = false;
    }

    /// Switches data and resets.
    pub fn choose(&mut self, choice: LabData) {
        self.choice = choice;
        self.dataset = choice.dataset_or_empty();
        self.reset();
    }

    /// Advances a Run by `dt` seconds at [`CompareLab::pace`] rounds per
    /// second, so its pace does not depend on the frame rate. Returns the
    /// rounds run.
    pub fn tick(&mut self, dt: f64) -> usize {
        if !self.running {
            return 0;
        }
        let whole = self.pace.due(dt, MAX_ROUNDS_PER_TICK);
        (0..whole).take_while(|_| self.round()).count()
    }

    /// One round: a perceptron epoch (if it is still running) and
    /// [`GD_STEPS_PER_ROUND`] logistic steps. Returns false when there is
    /// nothing to train.
    pub fn round(&mut self) -> bool {
        let Some(logistic) = self.logistic.as_mut() else {
            self.running = false;
            return false;
        };
        if let Some(p) = self.perceptron.as_mut() {
            p.step_epoch();
        }
        for _ in 0..GD_STEPS_PER_ROUND {
            logistic.step();
            self.logistic_path.push([logistic.w[0], logistic.w[1], logistic.b]);
        }
        super::weight_path::thin(&mut self.logistic_path, MAX_PATH_POINTS);
        true
    }

    /// Gradient descent's path (w₁, w₂, b) from w = 0, oldest first.
    pub fn logistic_path(&self) -> &[[f64; 3]] {
        &self.logistic_path
    }

    /// The perceptron's path (w₁, w₂, b): w = 0, then after every update.
    pub fn perceptron_path(&self) -> Vec<[f64; 3]> {
        let Some(p) = self.perceptron.as_ref() else {
            return Vec::new();
        };
        let after = p.log().iter().filter(|u| u.unit == 0).map(|u| {
            let w = |k: usize| u.w_after.get(k).copied().unwrap_or(0.0);
            [w(0), w(1), u.b_after]
        });
        std::iter::once([0.0; 3]).chain(after).collect()
    }

    /// The dataset choice.
    pub fn choice(&self) -> LabData {
        self.choice
    }

    /// The data.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// Rounds run since the reset.
    pub fn rounds(&self) -> usize {
        self.logistic.as_ref().map_or(0, |m| m.epochs / GD_STEPS_PER_ROUND)
    }

    /// The perceptron's unit, if it could be built.
    pub fn perceptron_unit(&self) -> Option<&Tlu> {
        self.perceptron.as_ref()?.units().first()
    }

    /// The perceptron's status.
    pub fn perceptron_status(&self) -> Option<&Status> {
        self.perceptron.as_ref().map(|p| p.status())
    }

    /// The perceptron's training accuracy.
    pub fn perceptron_accuracy(&self) -> Option<f64> {
        self.perceptron.as_ref().map(|p| p.accuracy())
    }

    /// Logistic regression, if it could be built.
    pub fn logistic(&self) -> Option<&LogisticRegression> {
        self.logistic.as_ref()
    }

    /// The perceptron line's distance to the closest point (negative if a
    /// point is on the wrong side).
    pub fn perceptron_margin(&self) -> Option<f64> {
        let unit = self.perceptron_unit()?;
        let (points, signs) = self.logistic.as_ref()?.points_and_signs();
        geometric_margin(&points, &signs, [unit.w[0], unit.w[1]], unit.b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_goes_at_its_speed_whatever_the_frame_rate() {
        let run = |frames: usize, dt: f64| {
            let mut lab = CompareLab::new(LabData::Blobs);
            lab.running = true;
            (0..frames).map(|_| lab.tick(dt)).sum::<usize>()
        };
        // One second at 20 rounds/s, at 30 and at 144 frames per second.
        assert_eq!(run(30, 1.0 / 30.0), 20);
        assert_eq!(run(144, 1.0 / 144.0), 20);
        // Paused: nothing.
        let mut lab = CompareLab::new(LabData::Blobs);
        assert_eq!(lab.tick(1.0), 0);
        lab.running = true;
        assert_eq!(lab.tick(100.0), MAX_ROUNDS_PER_TICK, "no burst after a long pause");
        assert_eq!(lab.rounds(), MAX_ROUNDS_PER_TICK);
    }

    #[test]
    fn perceptron_stops_while_logistic_keeps_improving() {
        let mut lab = CompareLab::new(LabData::Blobs);
        let mut rounds = 0;
        while lab.perceptron_status().is_some_and(Status::is_running) {
            assert!(lab.round());
            rounds += 1;
            assert!(rounds < 100);
        }
        assert!(matches!(lab.perceptron_status(), Some(Status::Converged { .. })));
        let frozen = lab.perceptron_unit().unwrap().clone();
        let loss = lab.logistic().unwrap().loss();
        for _ in 0..20 {
            lab.round();
        }
        assert_eq!(lab.perceptron_unit().unwrap(), &frozen, "the perceptron stopped");
        assert!(lab.logistic().unwrap().loss() < loss, "logistic regression did not");
        assert!(lab.perceptron_margin().unwrap() > 0.0);
        assert_eq!(lab.logistic().unwrap().accuracy(), 1.0);
    }

    #[test]
    fn both_paths_start_at_zero_and_end_at_the_current_weights() {
        let mut lab = CompareLab::new(LabData::And);
        for _ in 0..5 {
            lab.round();
        }
        let gd = lab.logistic_path();
        let m = lab.logistic().unwrap();
        assert_eq!(gd.len(), 1 + 5 * GD_STEPS_PER_ROUND);
        assert_eq!((gd[0], gd[gd.len() - 1]), ([0.0; 3], [m.w[0], m.w[1], m.b]));
        let p = lab.perceptron_path();
        let u = lab.perceptron_unit().unwrap();
        assert_eq!(p[0], [0.0; 3]);
        assert_eq!(p[p.len() - 1], [u.w[0], u.w[1], u.b]);
        assert!(p.len() > 1, "AND needs updates");
        // A long run keeps the path bounded, its ends in place.
        for _ in 0..(MAX_PATH_POINTS / GD_STEPS_PER_ROUND + 5) {
            lab.round();
        }
        let gd = lab.logistic_path();
        let m = lab.logistic().unwrap();
        assert!(gd.len() <= MAX_PATH_POINTS);
        assert_eq!((gd[0], gd[gd.len() - 1]), ([0.0; 3], [m.w[0], m.w[1], m.b]));
    }

    #[test]
    fn empty_data_trains_nothing() {
        let mut lab = CompareLab::new(LabData::Custom);
        lab.running = true;
        assert!(!lab.round());
        assert!(!lab.running);
        assert_eq!(lab.perceptron_margin(), None);
    }
}
