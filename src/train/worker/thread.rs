//! The worker thread itself: trains in slices between commands, and
//! publishes a snapshot (network, grids, predictions, history) at most
//! every [`super::SNAPSHOT_INTERVAL`], building it here so the UI only draws.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use super::{BIG_DATA, NEURON_GRID_RESOLUTION};
use crate::data::{Dataset, Edit, design_where};
use crate::nn::NnError;
use crate::train::HistoryPoint;
use crate::train::Trainer;
use crate::train::grid::{GridEvaluator, GridSpec, NeuronGrids};
use crate::train::messages::{Command, Latest, Snapshot};

/// The thread's state.
pub(super) struct Worker {
    dataset: Arc<Dataset>,
    revision: u64,
    /// Data edits received since the trainer last saw the data: only
    /// moved points (their rows are updated in place), or anything.
    pending: Pending,
    trainer: Trainer,
    grid: GridSpec,
    evaluator: GridEvaluator,
    neuron_evaluator: GridEvaluator,
    slot: Arc<Latest<Snapshot>>,
    wake: Arc<dyn Fn() + Send + Sync>,
    interval: Duration,
    running: bool,
    dirty: bool,
    message: Option<String>,
    sequence: u64,
    last_publish: Instant,
    rate_mark: (Instant, u64),
    samples_per_sec: f64,
    predictions: Option<Arc<[u16]>>,
    predictions_at: Option<Instant>,
    /// The history as last published, shared until the trainer's changes,
    /// and what it was made from (points, stride, last epoch).
    history: Option<(Arc<[HistoryPoint]>, HistoryKey)>,
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
}

impl Worker {
    pub(super) fn new(
        dataset: Arc<Dataset>,
        trainer: Trainer,
        grid: GridSpec,
        slot: Arc<Latest<Snapshot>>,
        wake: Arc<dyn Fn() + Send + Sync>,
        interval: Duration,
    ) -> Self {
        let now = Instant::now();
        Self {
            dataset,
            revision: 0,
            pending: Pending::None,
            rate_mark: (now, trainer.samples_seen()),
            trainer,
            grid,
            evaluator: GridEvaluator::default(),
            neuron_evaluator: GridEvaluator::default(),
            slot,
            wake,
            interval,
            running: false,
            dirty: true,
            message: None,
            sequence: 0,
            last_publish: now.checked_sub(interval).unwrap_or(now),
            samples_per_sec: 0.0,
            predictions: None,
            predictions_at: None,
            history: None,
        }
    }

    pub(super) fn run(mut self, rx: Receiver<Command>) {
        loop {
            let wait = if self.running {
                Duration::ZERO
            } else if self.dirty {
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
            self.sync_data();
            if self.running {
                self.train_until(self.last_publish + self.interval);
            }
            if self.dirty && self.last_publish.elapsed() >= self.interval {
                self.publish();
            }
        }
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

    fn stop_with(&mut self, error: NnError) {
        self.running = false;
        self.dirty = true;
        self.message = Some(match error {
            NnError::NoTrainingPoints => "add some training points to train".to_string(),
            other => other.to_string(),
        });
    }

    /// Brings the trainer up to date with the data edits received (once
    /// per batch of commands: a drag sends one edit per frame).
    fn sync_data(&mut self) {
        let result = match std::mem::take(&mut self.pending) {
            Pending::None => return,
            Pending::Moved(indices) => indices
                .into_iter()
                .try_for_each(|i| self.trainer.move_point(&self.dataset, i)),
            Pending::Rebuild => self.trainer.set_dataset(&self.dataset),
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

    fn handle(&mut self, command: Command) {
        self.dirty = true;
        // Whatever the command, the published history is looked at again.
        self.history = None;
        let result = match command {
            Command::Play => {
                self.message = None;
                self.running = true;
                Ok(())
            }
            Command::Pause => {
                self.running = false;
                Ok(())
            }
            Command::StepBatch => {
                self.sync_data();
                self.trainer.step_batch().map(|_| ())
            }
            Command::StepEpoch => {
                self.sync_data();
                self.trainer.run_epoch()
            }
            Command::Reset => {
                self.message = None;
                self.predictions_at = None;
                self.sync_data();
                self.trainer.reset(&self.dataset)
            }
            Command::SetConfig(config) => {
                self.sync_data();
                self.trainer.set_config(&self.dataset, config).map(|_| ())
            }
            Command::EditData(edit, revision) => {
                self.edit_data(edit);
                self.revision = revision;
                self.predictions_at = None;
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
                self.trainer = *trainer;
                self.predictions_at = None;
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
                self.predictions_at = None;
                self.trainer.set_parameter(layer, input, neuron, value)
            }
            Command::SetFrozen {
                layer,
                input,
                neuron,
                frozen,
            } => self.trainer.set_frozen(layer, input, neuron, frozen),
            Command::SetNeuronOff { layer, neuron, off } => {
                self.predictions_at = None;
                self.trainer.set_neuron_off(layer, neuron, off)
            }
            Command::Crash => panic!("crash requested by the UI (test of worker recovery)"),
            Command::Shutdown => Ok(()),
        };
        if let Err(e) = result {
            self.stop_with(e);
        }
    }

    /// Per-point predicted classes, refreshed every snapshot for ordinary
    /// datasets and at most twice a second for big ones.
    fn refresh_predictions(&mut self) {
        let net = self.trainer.net();
        if net.head.classes == 0 {
            self.predictions = None;
            return;
        }
        let stale = self
            .predictions_at
            .is_none_or(|t| self.dataset.points.len() <= BIG_DATA || t.elapsed() >= Duration::from_millis(500));
        if !stale {
            return;
        }
        let features = &self.trainer.config().features;
        let rows = design_where(&self.dataset, features, |_| true);
        let out = net.predict(&rows.inputs);
        let mut row = vec![0.0f32; out.ncols()];
        let preds: Vec<u16> = (0..out.nrows())
            .map(|i| {
                row.iter_mut().enumerate().for_each(|(k, v)| *v = out[(i, k)]);
                net.head.predict_class(&row) as u16
            })
            .collect();
        self.predictions = Some(Arc::from(preds));
        self.predictions_at = Some(Instant::now());
    }

    /// The trainer's history as a shared slice, copied only when it changed.
    fn shared_history(&mut self) -> Arc<[HistoryPoint]> {
        let h = self.trainer.history();
        let key = (h.points().len(), h.stride(), h.last().map(|p| p.epoch));
        match &self.history {
            Some((shared, k)) if *k == key => Arc::clone(shared),
            _ => {
                let shared: Arc<[HistoryPoint]> = Arc::from(h.points());
                self.history = Some((Arc::clone(&shared), key));
                shared
            }
        }
    }

    fn publish(&mut self) {
        let now = Instant::now();
        let (mark, seen) = self.rate_mark;
        let dt = now.duration_since(mark).as_secs_f64();
        if dt >= 0.25 {
            let samples = self.trainer.samples_seen().saturating_sub(seen);
            self.samples_per_sec = if self.running { samples as f64 / dt } else { 0.0 };
            self.rate_mark = (now, self.trainer.samples_seen());
        }
        self.refresh_predictions();
        let history = self.shared_history();
        let features = self.trainer.config().features.clone();
        let net = self.trainer.net();
        let grid = self.evaluator.output(net, self.grid, &features, &self.dataset);
        let coarse = GridSpec {
            resolution: NEURON_GRID_RESOLUTION,
            ..self.grid
        };
        let neurons = NeuronGrids::compute(&mut self.neuron_evaluator, net, coarse, &features, &self.dataset);
        self.sequence += 1;
        self.slot.put(Snapshot {
            sequence: self.sequence,
            running: self.running,
            epoch: self.trainer.epoch(),
            samples_seen: self.trainer.samples_seen(),
            samples_per_sec: self.samples_per_sec,
            history,
            net: net.clone(),
            masks: self.trainer.masks().clone(),
            grid,
            neurons,
            predictions: self.predictions.clone(),
            dataset_revision: self.revision,
            message: self.message.clone(),
        });
        self.last_publish = now;
        self.dirty = self.running;
        (self.wake)();
    }
}
