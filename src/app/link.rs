//! The app's side of the training worker: sends commands, keeps the latest
//! snapshot, remembers what the worker was last told (so only changes are
//! sent), and restarts the worker if it ever dies.

use std::sync::Arc;

use crate::data::{Dataset, Edit};
use crate::i18n::Message;
use crate::train::{Command, GridSpec, Snapshot, StartError, TrainPace, Trainer, ValidConfig, WorkerHandle};

/// A running worker plus what the UI knows about it.
pub(super) struct WorkerLink {
    handle: Option<WorkerHandle>,
    wake: Arc<dyn Fn() + Send + Sync>,
    /// The newest snapshot received.
    pub snapshot: Option<Snapshot>,
    /// Whether training should be running.
    pub running: bool,
    /// Data revision last sent.
    pub revision: u64,
    /// The configuration the worker was last sent.
    sent_config: ValidConfig,
    sent_grid: Option<GridSpec>,
    /// The pace the worker was last sent (a new worker trains flat out).
    sent_pace: TrainPace,
    /// Why the worker could not start, to report.
    pub error: Option<StartError>,
}

impl WorkerLink {
    /// Starts a worker on `dataset` with `config` (the settings' checked
    /// configuration) at `pace`, drawing its output `grid_resolution` cells
    /// per side. From then on every change reaches the worker through the
    /// applier's calls below: one road, no diff at the end of a frame.
    pub(super) fn start(
        dataset: &Arc<Dataset>,
        config: ValidConfig,
        pace: TrainPace,
        grid_resolution: usize,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> Self {
        let mut link = Self {
            handle: None,
            wake,
            snapshot: None,
            running: false,
            revision: 0,
            sent_config: config,
            sent_grid: None,
            sent_pace: pace,
            error: None,
        };
        let grid = GridSpec::around(dataset, grid_resolution);
        link.spawn(dataset, grid);
        link
    }

    /// Starts a worker on `dataset` with the configuration last sent.
    fn spawn(&mut self, dataset: &Arc<Dataset>, grid: GridSpec) {
        // The worker edits its own copy: sharing this one would make the
        // window's first point edit copy the data in the middle of a drag.
        match WorkerHandle::spawn(
            Arc::new(Dataset::clone(dataset)),
            self.sent_config.clone(),
            grid,
            Arc::clone(&self.wake),
        ) {
            Ok(h) => {
                h.send(Command::SetRevision(self.revision));
                h.send(Command::SetPace(self.sent_pace));
                self.handle = Some(h);
                self.sent_grid = Some(grid);
            }
            Err(e) => self.error = Some(e),
        }
    }

    /// The configuration the worker trains with.
    pub(super) fn config(&self) -> &ValidConfig {
        &self.sent_config
    }

    fn send(&self, command: Command) {
        if let Some(h) = &self.handle {
            h.send(command);
        }
    }

    /// Takes the newest snapshot and checks the worker is alive; after a
    /// crash, restarts it with the user's data and settings and returns a
    /// message saying so (the panic's own text goes to the log).
    pub(super) fn poll(&mut self, dataset: &Arc<Dataset>) -> Option<Message> {
        if let Some(s) = self.handle.as_ref().and_then(WorkerHandle::latest) {
            if !s.running && self.running && s.stopped.is_some() {
                self.running = false;
            }
            self.snapshot = Some(s);
        }
        let dead = self.handle.as_ref().is_some_and(|h| !h.is_alive());
        if !dead {
            return None;
        }
        if let Some(crash) = self.handle.as_mut().and_then(WorkerHandle::take_panic) {
            eprintln!("nnlab: the training thread panicked: {}", crash.panic);
        }
        self.handle = None;
        self.running = false;
        let grid = self.sent_grid.unwrap_or_else(|| GridSpec::around(dataset, 128));
        self.spawn(dataset, grid);
        Some(match self.error.take() {
            Some(e) => Message::WorkerNotStarted(e),
            None => Message::WorkerCrashed,
        })
    }

    /// Starts training.
    pub(super) fn play(&mut self) {
        self.running = true;
        self.send(Command::Play);
    }

    /// Stops training.
    pub(super) fn pause(&mut self) {
        self.running = false;
        self.send(Command::Pause);
    }

    /// One mini-batch.
    pub(super) fn step_batch(&mut self) {
        self.pause();
        self.send(Command::StepBatch);
    }

    /// One epoch.
    pub(super) fn step_epoch(&mut self) {
        self.pause();
        self.send(Command::StepEpoch);
    }

    /// Re-initializes the network from the seed.
    pub(super) fn reset(&mut self) {
        self.send(Command::Reset);
    }

    /// Sends a data edit (the data's revision goes up by one).
    pub(super) fn send_data_edit(&mut self, edit: Edit) {
        self.revision += 1;
        self.send(Command::EditData(edit, self.revision));
    }

    /// Sends a checked configuration.
    pub(super) fn send_config(&mut self, config: ValidConfig) {
        if self.sent_config != config {
            self.sent_config = config.clone();
            self.send(Command::SetConfig(config));
        }
    }

    /// Sends the training pace if it changed.
    pub(super) fn send_pace(&mut self, pace: TrainPace) {
        if self.sent_pace != pace {
            self.sent_pace = pace;
            self.send(Command::SetPace(pace));
        }
    }

    /// Sends the view grid if it changed.
    pub(super) fn set_grid(&mut self, spec: GridSpec) {
        if self.sent_grid == Some(spec) {
            return;
        }
        self.sent_grid = Some(spec);
        self.send(Command::SetGrid(spec));
    }

    /// Replaces data and network (an opened session).
    pub(super) fn load(&mut self, dataset: &Arc<Dataset>, trainer: Trainer) {
        self.running = false;
        self.sent_config = trainer.config().clone();
        self.revision += 1;
        let copy = Arc::new(Dataset::clone(dataset));
        self.send(Command::Load(copy, Box::new(trainer), self.revision));
    }

    /// Sends any command (the network editor's edits).
    pub(super) fn send_command(&self, command: Command) {
        self.send(command);
    }

    /// Makes the worker panic (to exercise recovery).
    pub(super) fn crash(&mut self) {
        self.send(Command::Crash);
    }
}
