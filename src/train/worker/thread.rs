//! The worker thread itself: trains in slices between commands, and
//! publishes a snapshot (network, grids, predictions, history) at most
//! every [`super::SNAPSHOT_INTERVAL`], so the UI only draws: the figures
//! here, the grids on the builder's thread from a copy of the weights
//! (`builder`), while training goes on.

mod inspect;
mod publish;

use std::sync::Arc;
#[cfg(not(target_arch = "wasm32"))]
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;
use web_time::Instant;

use self::inspect::InspectState;
use super::builder::Builder;
use super::figures::PointFigures;
use super::rate::Rate;
use crate::data::{Dataset, Edit};
use crate::nn::NnError;
use crate::train::grid::GridSpec;
use crate::train::messages::{Command, StopReason};
use crate::train::{HistoryPoint, Pace, TrainPace};
use crate::train::{Trainer, ValidConfig};

/// The thread's state.
pub(super) struct Worker {
    dataset: Arc<Dataset>,
    revision: u64,
    /// Data edits received since the trainer last saw the data: only
    /// moved points (their rows are updated in place), or anything.
    pending: Pending,
    /// A configuration received and not yet given to the trainer (the
    /// latest of a batch of commands: a slider drag sends one per frame).
    pending_config: Option<Box<ValidConfig>>,
    trainer: Trainer,
    grid: GridSpec,
    /// Computes each snapshot's grids from the draft the training thread
    /// hands it, and sends the snapshot.
    builder: Builder,
    interval: Duration,
    running: bool,
    dirty: bool,
    stopped: Option<StopReason>,
    last_publish: Instant,
    /// Throughput over the last second of training.
    rate: Rate,
    /// How fast to train: flat out, or paced in epochs per second.
    pace: TrainPace,
    /// Samples owed at the current pace, and when it was last topped up.
    owed: (Pace, Instant),
    /// Predictions and loss/accuracy of the current weights on the data.
    figures: PointFigures,
    /// Samples trained beyond the paced budget (≤ 0), paid back next time.
    paced_debt: i64,
    /// The history as last published, shared until the trainer's changes,
    /// and what it was made from (points, stride, last epoch).
    history: Option<(Arc<[HistoryPoint]>, HistoryKey)>,
    /// The backprop inspector's sample and counts, and the replayed checkpoint.
    inspect: InspectState,
}

/// What a history looked like: points, stride, last epoch (it changes
/// whenever the history does).
type HistoryKey = (usize, u64, Option<u64>);

/// What the trainer has not yet seen of the data.
#[derive(Clone, Debug, Default, PartialEq)]
enum Pending {
    /// Nothing.
    #[default]
    None,
    /// These points moved (a drag): their rows change in place.
    Moved(Vec<usize>),
    /// Points were added, removed, re-split or replaced.
    Rebuild,
    /// The network starts afresh from its seed on the current data. Done
    /// once for a batch of commands: a test-ratio drag sends a re-split and
    /// a reset every frame, and a million points take a while to rebuild.
    Reset,
}

impl Worker {
    pub(super) fn new(
        dataset: Arc<Dataset>,
        trainer: Trainer,
        grid: GridSpec,
        builder: Builder,
        interval: Duration,
    ) -> Self {
        let now = Instant::now();
        Self {
            dataset,
            revision: 0,
            pending: Pending::None,
            pending_config: None,
            trainer,
            grid,
            builder,
            interval,
            running: false,
            dirty: true,
            stopped: None,
            last_publish: now.checked_sub(interval).unwrap_or(now),
            rate: Rate::default(),
            pace: TrainPace::Max,
            owed: (Pace::new(0.0), now),
            figures: PointFigures::default(),
            paced_debt: 0,
            history: None,
            inspect: InspectState::default(),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn run(mut self, rx: Receiver<Command>) {
        loop {
            let flat_out = self.running && self.pace == TrainPace::Max;
            let wait = if flat_out {
                Duration::ZERO
            } else if self.dirty || self.running {
                self.interval.saturating_sub(self.last_publish.elapsed())
            } else {
                Duration::from_millis(200)
            };
            match rx.recv_timeout(wait) {
                Ok(Command::Shutdown) | Err(RecvTimeoutError::Disconnected) => return,
                Ok(command) => self.handle(command),
                Err(RecvTimeoutError::Timeout) => {}
            }
            while let Ok(command) = rx.try_recv() {
                if matches!(command, Command::Shutdown) {
                    return;
                }
                self.handle(command);
            }
            self.turn(self.last_publish + self.interval);
        }
    }

    /// What follows the commands each time round: the trainer catches up
    /// with the data, trains (flat out until `deadline`, or the samples due
    /// at its pace), and a snapshot goes out if one is due. On the desktop
    /// the deadline is the next snapshot; in a browser tab, where this runs
    /// on the page's thread, it is the end of the frame's training budget.
    pub(super) fn turn(&mut self, deadline: Instant) {
        self.sync_data();
        match (self.running, self.pace.epochs_per_second()) {
            (false, _) => {}
            (true, None) => self.train_until(deadline),
            (true, Some(epochs)) => self.train_paced(epochs),
        }
        if self.dirty && self.last_publish.elapsed() >= self.interval {
            self.publish();
        }
    }

    /// Asks the page for a frame (it then picks up the snapshot).
    #[cfg(target_arch = "wasm32")]
    pub(super) fn wake(&self) {
        self.builder.wake();
    }

    /// Whether the worker has more to do without a new command (it trains,
    /// or a snapshot is waiting to go out).
    #[cfg(target_arch = "wasm32")]
    pub(super) fn busy(&self) -> bool {
        self.running || self.dirty
    }

    /// Trains batch after batch until `deadline`, checking the clock every
    /// few batches (a clock read costs more than a tiny batch).
    fn train_until(&mut self, deadline: Instant) {
        loop {
            for _ in 0..16 {
                if let Err(e) = self.trainer.step_batch() {
                    self.stop_with(e);
                    return;
                }
            }
            self.dirty = true;
            if Instant::now() >= deadline {
                // Once per snapshot: a weight that overflowed without
                // making the loss infinite also stops training.
                if !self.trainer.net().all_finite() {
                    self.stop_with(NnError::Diverged {
                        epoch: self.trainer.epoch() + 1,
                    });
                }
                return;
            }
        }
    }

    /// Trains the samples due at `epochs_per_second` since the last call
    /// (the batch that crosses the budget is finished and paid back later).
    fn train_paced(&mut self, epochs_per_second: f64) {
        let now = Instant::now();
        let (pace, since) = &mut self.owed;
        let rows = self.trainer.train_design().len().max(1) as f64;
        pace.speed = epochs_per_second * rows;
        let dt = now.duration_since(*since).as_secs_f64();
        *since = now;
        // At most a fifth of a second's worth: no burst after a stall.
        let cap = (pace.speed * 0.2).ceil().max(1.0) as usize;
        let mut due = pace.due(dt, cap) as i64 + self.paced_debt;
        while due > 0 {
            match self.trainer.step_batch() {
                Ok(report) => due -= report.rows as i64,
                Err(e) => {
                    self.stop_with(e);
                    return;
                }
            }
            self.dirty = true;
        }
        self.paced_debt = due;
    }

    /// The weights or the data changed: what was computed from them is stale.
    fn weights_changed(&mut self) {
        self.figures.invalidate();
        self.inspect.changed();
    }

    fn stop_with(&mut self, error: NnError) {
        self.running = false;
        self.rate.stop();
        self.dirty = true;
        self.stopped = Some(error.into());
    }

    /// Brings the trainer up to date with the data edits, configuration
    /// and reset received (once per batch of commands: a drag sends one
    /// edit per frame), in that order; a reset rebuilds from the data as
    /// it is, so the edits before it need no rebuild of their own.
    fn sync_data(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        let data = match &pending {
            Pending::None | Pending::Reset => Ok(()),
            Pending::Moved(indices) => indices
                .iter()
                .try_for_each(|&i| self.trainer.move_point(&self.dataset, i)),
            Pending::Rebuild => self.trainer.set_dataset(&self.dataset),
        };
        let config = match self.pending_config.take() {
            Some(c) => data.and_then(|()| self.trainer.set_config(&self.dataset, *c).map(|_| ())),
            None => data,
        };
        let result = match pending {
            Pending::Reset => config.and_then(|()| self.trainer.reset(&self.dataset)),
            _ => config,
        };
        if let Err(e) = result {
            self.stop_with(e);
        }
    }

    /// Applies a data edit to the worker's copy of the data.
    fn edit_data(&mut self, mut edit: Edit) {
        if !edit.apply(&mut self.dataset) {
            return;
        }
        self.pending = match (std::mem::take(&mut self.pending), &edit) {
            // The reset still to come is made from the data as it is then.
            (Pending::Reset, _) => Pending::Reset,
            (Pending::None, Edit::Move { index, .. }) => Pending::Moved(vec![*index]),
            (Pending::Moved(mut v), Edit::Move { index, .. }) => {
                if !v.contains(index) {
                    v.push(*index);
                }
                Pending::Moved(v)
            }
            _ => Pending::Rebuild,
        };
    }

    pub(super) fn handle(&mut self, command: Command) {
        self.dirty = true;
        // Whatever the command, the published history is looked at again.
        self.history = None;
        // A command that reads or changes the trainer sees every edit and
        // reset before it; data edits, resets and settings of the loop
        // itself wait for the end of the batch.
        let deferred = matches!(
            command,
            Command::EditData(..)
                | Command::Reset
                | Command::SetConfig(_)
                | Command::SetRevision(_)
                | Command::SetGrid(_)
                | Command::SetPace(_)
                | Command::Play
                | Command::Pause
                | Command::Load(..)
        );
        if !deferred {
            self.sync_data();
        }
        let result = match command {
            Command::Play => {
                self.stopped = None;
                self.inspect.shown = None;
                if !self.running {
                    let now = Instant::now();
                    self.rate.restart(now, self.trainer.samples_seen());
                    self.owed = (Pace::new(0.0), now);
                    self.paced_debt = 0;
                }
                self.running = true;
                Ok(())
            }
            Command::Pause => {
                self.running = false;
                self.rate.stop();
                Ok(())
            }
            Command::SetPace(pace) => {
                self.pace = pace.clamped();
                self.owed.1 = Instant::now();
                Ok(())
            }
            Command::StepBatch => {
                self.weights_changed();
                self.trainer.step_batch().map(|_| ())
            }
            Command::StepEpoch => {
                self.weights_changed();
                self.trainer.run_epoch()
            }
            Command::Reset => {
                self.stopped = None;
                self.weights_changed();
                self.pending = Pending::Reset;
                Ok(())
            }
            Command::SetConfig(config) => {
                self.weights_changed();
                self.pending_config = Some(Box::new(config));
                Ok(())
            }
            Command::EditData(edit, revision) => {
                self.edit_data(edit);
                self.revision = revision;
                self.weights_changed();
                Ok(())
            }
            Command::SetRevision(revision) => {
                self.revision = revision;
                Ok(())
            }
            Command::Load(dataset, trainer, revision) => {
                self.dataset = dataset;
                self.revision = revision;
                self.pending = Pending::None;
                self.pending_config = None;
                self.trainer = *trainer;
                self.weights_changed();
                self.running = false;
                Ok(())
            }
            Command::SetGrid(spec) if spec.is_valid() => {
                self.grid = spec;
                Ok(())
            }
            Command::SetGrid(_) => Ok(()),
            Command::SetParameter {
                layer,
                input,
                neuron,
                value,
            } => {
                self.weights_changed();
                self.trainer.set_parameter(layer, input, neuron, value)
            }
            Command::SetFrozen {
                layer,
                input,
                neuron,
                frozen,
            } => {
                self.weights_changed();
                self.trainer.set_frozen(layer, input, neuron, frozen)
            }
            Command::SetNeuronOff { layer, neuron, off } => {
                self.weights_changed();
                self.trainer.set_neuron_off(layer, neuron, off)
            }
            Command::Inspect(sample) => {
                self.inspect.sample = sample;
                Ok(())
            }
            Command::ApplySampleStep(index) => {
                self.weights_changed();
                // A refusal is said, not a stop: nothing changed.
                self.stopped = self
                    .trainer
                    .apply_sample_step(&self.dataset, index)
                    .err()
                    .map(StopReason::SampleStepRefused);
                Ok(())
            }
            Command::NeuronHealth(on) => {
                self.inspect.set_health(on);
                Ok(())
            }
            Command::ShowCheckpoint(shown) => {
                if shown.is_some() {
                    // The past is shown still: training pauses.
                    self.running = false;
                    self.rate.stop();
                }
                self.inspect.shown = shown;
                Ok(())
            }
            Command::Crash => panic!("crash requested by the UI (test of worker recovery)"),
            Command::Shutdown => Ok(()),
        };
        if let Err(e) = result {
            self.stop_with(e);
        }
    }
}
