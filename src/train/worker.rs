//! The training worker: a background thread that owns the dataset copy it
//! trains on and the [`Trainer`]. The UI sends [`Command`]s through a
//! channel and picks up the latest [`Snapshot`] from a one-slot mailbox
//! (latest wins, nothing queues up). The UI never waits on the worker.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::grid::{GridEvaluator, GridSpec, NeuronGrids};
use super::{TrainConfig, Trainer};
use crate::data::{Dataset, design};
use crate::nn::NnError;

/// Shortest time between two snapshots (40 per second at most).
pub const SNAPSHOT_INTERVAL: Duration = Duration::from_millis(25);
/// Cells per side of the per-neuron pictures.
pub const NEURON_GRID_RESOLUTION: usize = 24;
/// Above this many points, per-point predictions refresh at most every 0.5 s.
const BIG_DATA: usize = 20_000;

use super::messages::{Command, Latest, Snapshot};

/// The UI's end of a running worker.
pub struct WorkerHandle {
    commands: Sender<Command>,
    snapshots: Arc<Latest<Snapshot>>,
    thread: Option<JoinHandle<()>>,
}

impl WorkerHandle {
    /// Starts a worker training `dataset` with `config`; `wake` is called
    /// after each snapshot (the UI passes its repaint request).
    pub fn spawn(
        dataset: Dataset,
        config: TrainConfig,
        grid: GridSpec,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> Result<Self, NnError> {
        Self::spawn_with_interval(dataset, config, grid, wake, SNAPSHOT_INTERVAL)
    }

    /// [`WorkerHandle::spawn`] with another shortest time between snapshots
    /// (soak tests run the worker flat out with `Duration::ZERO`).
    pub fn spawn_with_interval(
        dataset: Dataset,
        config: TrainConfig,
        grid: GridSpec,
        wake: Arc<dyn Fn() + Send + Sync>,
        interval: Duration,
    ) -> Result<Self, NnError> {
        if !grid.is_valid() {
            return Err(NnError::Invalid(format!(
                "the output grid ({} cells per side over x1 {}..{}, x2 {}..{}) must be finite with 1 to {} cells per side",
                grid.resolution,
                grid.x_min,
                grid.x_max,
                grid.y_min,
                grid.y_max,
                GridSpec::MAX_RESOLUTION
            )));
        }
        let trainer = Trainer::new(&dataset, config)?;
        let (tx, rx) = mpsc::channel();
        let snapshots = Arc::new(Latest::default());
        let slot = Arc::clone(&snapshots);
        let thread = std::thread::Builder::new()
            .name("nnlab-trainer".into())
            .spawn(move || Worker::new(dataset, trainer, grid, slot, wake, interval).run(rx))
            .map_err(|e| NnError::Invalid(format!("cannot start the training thread: {e}")))?;
        Ok(Self {
            commands: tx,
            snapshots,
            thread: Some(thread),
        })
    }

    /// Sends a command (ignored if the worker has stopped; see [`WorkerHandle::is_alive`]).
    pub fn send(&self, command: Command) {
        let _ = self.commands.send(command);
    }

    /// The newest snapshot since the last call, if any.
    pub fn latest(&self) -> Option<Snapshot> {
        self.snapshots.take()
    }

    /// Whether the thread is still running (false after a panic).
    pub fn is_alive(&self) -> bool {
        self.thread.as_ref().is_some_and(|t| !t.is_finished())
    }

    /// The panic message if the thread died, consuming the handle's thread.
    pub fn take_panic(&mut self) -> Option<String> {
        let thread = self.thread.take_if(|t| t.is_finished())?;
        let payload = thread.join().err()?;
        let text = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown error".to_string());
        Some(text)
    }
}

impl Drop for WorkerHandle {
    fn drop(&mut self) {
        let _ = self.commands.send(Command::Shutdown);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The thread's state.
struct Worker {
    dataset: Dataset,
    revision: u64,
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
    predictions: Option<Vec<u16>>,
    predictions_at: Option<Instant>,
}

impl Worker {
    fn new(
        dataset: Dataset,
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
        }
    }

    fn run(mut self, rx: Receiver<Command>) {
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
            NnError::Invalid(m) if m.contains("no training points") => "add some training points to train".to_string(),
            other => other.to_string(),
        });
    }

    fn handle(&mut self, command: Command) {
        self.dirty = true;
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
            Command::StepBatch => self.trainer.step_batch().map(|_| ()),
            Command::StepEpoch => self.trainer.run_epoch(),
            Command::Reset => {
                self.message = None;
                self.predictions_at = None;
                self.trainer.reset(&self.dataset)
            }
            Command::SetConfig(config) => self.trainer.set_config(&self.dataset, config).map(|_| ()),
            Command::SetDataset(dataset, revision) => {
                self.dataset = *dataset;
                self.revision = revision;
                self.predictions_at = None;
                self.trainer.set_dataset(&self.dataset)
            }
            Command::Load(dataset, trainer) => {
                self.dataset = *dataset;
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
        let mut all = self.dataset.clone();
        all.points.iter_mut().for_each(|p| p.test = false);
        let rows = design(&all, features, false);
        let out = net.predict(&rows.inputs);
        let mut row = vec![0.0f32; out.ncols()];
        let preds = (0..out.nrows())
            .map(|i| {
                row.iter_mut().enumerate().for_each(|(k, v)| *v = out[(i, k)]);
                net.head.predict_class(&row) as u16
            })
            .collect();
        self.predictions = Some(preds);
        self.predictions_at = Some(Instant::now());
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
            history: self.trainer.history().points().to_vec(),
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
