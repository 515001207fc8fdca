//! The stepping trainer: one sample, one epoch, or a whole run at a time,
//! with every intermediate state open to inspection.

mod inspect;

use std::collections::HashMap;

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

use super::novikoff::{NovikoffBound, best_novikoff_bound};
use super::report::{EpochResult, Outcome, Sample, Status, StepResult};
use super::{MAX_LOGGED_UPDATES, Mode, PerceptronConfig, PerceptronError, Tlu, Update};
use crate::data::{Dataset, Standardization};

/// Trains a perceptron one sample at a time. See the [module](super) docs.
#[derive(Clone, Debug)]
pub struct PerceptronTrainer {
    config: PerceptronConfig,
    mode: Mode,
    scaling: Option<Standardization>,
    samples: Vec<Sample>,
    /// Positions in `samples`, in this epoch's visiting order.
    order: Vec<usize>,
    units: Vec<Tlu>,
    completed: usize,
    position: usize,
    errors_this_epoch: usize,
    errors_per_epoch: Vec<usize>,
    total_updates: usize,
    log: Vec<Update>,
    log_truncated: bool,
    /// Bit patterns of the weights at each epoch start → that epoch.
    seen: HashMap<Vec<u64>, usize>,
    status: Status,
    /// Each unit's Novikoff bound from the maximum-margin separator of its
    /// two-class problem (`None`: not linearly separable). Fixed by the data,
    /// so computed once, before the first step.
    bounds: Vec<Option<NovikoffBound>>,
}

/// The exact weights of all units as a hashable key (−0 counted as +0).
fn state_key(units: &[Tlu]) -> Vec<u64> {
    let bits = |v: f64| (v + 0.0).to_bits();
    units
        .iter()
        .flat_map(|u| u.w.iter().map(|&w| bits(w)).chain([bits(u.b)]))
        .collect()
}

/// The generator that shuffles epoch `epoch`: seeded from the run's seed
/// and the epoch number, so a trainer needs no generator state (and can be
/// cloned) while the same seed still gives the same sequence of orders.
fn epoch_rng(seed: u64, epoch: usize) -> StdRng {
    StdRng::seed_from_u64(seed ^ (epoch as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

impl PerceptronTrainer {
    /// Prepares training on `dataset`'s training points with zero weights.
    pub fn new(dataset: &Dataset, config: PerceptronConfig) -> Result<Self, PerceptronError> {
        let mode = config.validate(dataset)?;
        let samples: Vec<Sample> = (dataset.points.iter().enumerate())
            .filter(|(_, p)| !p.test)
            .map(|(index, p)| Sample {
                index,
                x: dataset.scaled(p.x),
                class: p.class(),
            })
            .collect();
        let mut order: Vec<usize> = (0..samples.len()).collect();
        if config.shuffle {
            order.shuffle(&mut epoch_rng(config.seed, 1));
        }
        let units = vec![Tlu::zeros(2); mode.units()];
        let seen = HashMap::from([(state_key(&units), 1)]);
        let points: Vec<[f64; 2]> = samples.iter().map(|s| s.x).collect();
        let bounds = (0..mode.units())
            .map(|unit| {
                let positive = mode.positive_class(unit);
                let targets: Vec<f64> = (samples.iter())
                    .map(|s| if s.class == positive { 1.0 } else { -1.0 })
                    .collect();
                best_novikoff_bound(&points, &targets, config.step.bound_factor())
            })
            .collect();
        Ok(Self {
            config,
            mode,
            scaling: dataset.scaling,
            samples,
            order,
            units,
            completed: 0,
            position: 0,
            errors_this_epoch: 0,
            errors_per_epoch: Vec::new(),
            total_updates: 0,
            log: Vec::new(),
            log_truncated: false,
            seen,
            status: Status::Running,
            bounds,
        })
    }

    /// Processes the next sample: every unit that errs on it is updated by
    /// w ← w + η(y − ŷ)x, b ← b + η(y − ŷ). Returns `None` once training has
    /// stopped.
    pub fn step_sample(&mut self) -> Option<StepResult> {
        if !self.status.is_running() {
            return None;
        }
        let position = self.position;
        let sample = self.samples.get(*self.order.get(position)?)?.clone();
        let epoch = self.completed + 1;
        let step = self.config.step;
        let mut updates = Vec::new();
        for (unit, tlu) in self.units.iter_mut().enumerate() {
            let y = step.target(sample.class == self.mode.positive_class(unit));
            let y_hat = tlu.output(&sample.x, step);
            if y_hat == y {
                continue;
            }
            let (w_before, b_before) = (tlu.w.clone(), tlu.b);
            let delta = self.config.learning_rate * (y - y_hat);
            for (w, x) in tlu.w.iter_mut().zip(sample.x) {
                *w += delta * x;
            }
            tlu.b += delta;
            updates.push(Update {
                epoch,
                sample: sample.index,
                x: sample.x.to_vec(),
                y,
                y_hat,
                w_before,
                b_before,
                w_after: tlu.w.clone(),
                b_after: tlu.b,
                unit,
            });
        }
        if !updates.is_empty() {
            self.errors_this_epoch += 1;
            self.total_updates += updates.len();
            let room = MAX_LOGGED_UPDATES.saturating_sub(self.log.len());
            self.log_truncated |= updates.len() > room;
            self.log.extend(updates.iter().take(room).cloned());
        }
        self.position += 1;
        let epoch_finished = self.position >= self.order.len();
        if epoch_finished {
            self.finish_epoch();
        }
        Some(StepResult {
            epoch,
            position,
            sample,
            updates,
            epoch_finished,
            status: self.status.clone(),
        })
    }

    /// Puts unit `unit`'s weights and bias where the learner dragged them
    /// (the lab's weight-space and boundary handles); training goes on from
    /// there. The epoch in progress starts again from its first sample, so
    /// that an epoch counted error-free was seen whole with one set of
    /// weights; cycle detection forgets the states before, which a hand
    /// edit may revisit without proving anything. A stopped run runs again.
    /// Ignored for a unit that does not exist or weights of another length.
    pub fn set_unit(&mut self, unit: usize, tlu: Tlu) {
        let fits = self.units.get(unit).is_some_and(|u| u.w.len() == tlu.w.len());
        if !fits || !tlu.b.is_finite() || !tlu.w.iter().all(|w| w.is_finite()) {
            return;
        }
        self.units[unit] = tlu;
        self.position = 0;
        self.errors_this_epoch = 0;
        self.seen.clear();
        self.status = Status::Running;
    }

    /// Closes an epoch: decides convergence, cycle or limit, else reshuffles.
    fn finish_epoch(&mut self) {
        let errors = std::mem::take(&mut self.errors_this_epoch);
        self.errors_per_epoch.push(errors);
        self.completed += 1;
        self.position = 0;
        let (epochs, updates) = (self.completed, self.total_updates);
        let key = state_key(&self.units);
        if errors == 0 {
            self.status = Status::Converged { epochs, updates };
        } else if let Some(&first_seen) = self.seen.get(&key) {
            self.status = Status::Cycle {
                epoch: epochs + 1,
                first_seen,
                updates,
            };
        } else if epochs >= self.config.max_epochs {
            self.status = Status::NotConverged { epochs, updates };
        } else {
            self.seen.insert(key, epochs + 1);
            if self.config.shuffle {
                self.order.shuffle(&mut epoch_rng(self.config.seed, epochs + 1));
            }
        }
    }

    /// Finishes the current epoch (or runs a whole one). `None` once stopped.
    pub fn step_epoch(&mut self) -> Option<EpochResult> {
        if !self.status.is_running() {
            return None;
        }
        let epoch = self.completed + 1;
        let mut updates = Vec::new();
        while let Some(step) = self.step_sample() {
            updates.extend(step.updates);
            if step.epoch_finished {
                break;
            }
        }
        Some(EpochResult {
            epoch,
            errors: self.errors_per_epoch.last().copied().unwrap_or(0),
            updates,
            status: self.status.clone(),
        })
    }

    /// Trains until convergence, a cycle, or the epoch limit.
    pub fn run(&mut self) -> Outcome {
        while self.step_sample().is_some() {}
        Outcome {
            status: self.status.clone(),
            epochs: self.completed,
            updates: self.total_updates,
            accuracy: self.accuracy(),
            units: self.units.clone(),
        }
    }
}
