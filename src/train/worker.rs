//! The training worker: a background thread that owns the dataset copy it
//! trains on and the [`Trainer`]. The UI sends [`Command`]s through a
//! channel and picks up the latest [`Snapshot`] from a one-slot mailbox
//! (latest wins, nothing queues up). The UI never waits on the worker.
//!
//! In a browser tab there is no thread to start (`wasm32-unknown-unknown`
//! has none): the same [`WorkerHandle`] runs the same worker on the page's
//! thread instead, a slice per frame (see `inline`). Nothing above this
//! module knows which of the two it talks to.

use std::sync::Arc;
#[cfg(not(target_arch = "wasm32"))]
use std::sync::mpsc::{self, Sender};
#[cfg(not(target_arch = "wasm32"))]
use std::thread::JoinHandle;
use std::time::Duration;

use self::builder::Builder;
use self::thread::Worker;
use super::grid::GridSpec;
use super::messages::Latest;
#[cfg(not(target_arch = "wasm32"))]
use super::messages::{Command, Snapshot};
use super::{Trainer, ValidConfig};
use crate::data::Dataset;
use crate::nn::NnError;

mod builder;
mod figures;
#[cfg(target_arch = "wasm32")]
mod inline;
mod rate;
mod thread;

#[cfg(target_arch = "wasm32")]
pub(crate) use inline::FRAME_BUDGET;
#[cfg(target_arch = "wasm32")]
pub use inline::WorkerHandle;

/// Shortest time between two snapshots (40 per second at most).
pub const SNAPSHOT_INTERVAL: Duration = Duration::from_millis(25);
/// Cells per side of the per-neuron pictures.
pub const NEURON_GRID_RESOLUTION: usize = 24;

/// The UI's end of a running worker.
#[cfg(not(target_arch = "wasm32"))]
pub struct WorkerHandle {
    commands: Sender<Command>,
    snapshots: Arc<Latest<Snapshot>>,
    thread: Option<JoinHandle<()>>,
}

impl WorkerHandle {
    /// Starts a worker training `dataset` with `config`; `wake` is called
    /// after each snapshot (the UI passes its repaint request), and in a
    /// browser tab also while the worker has work left, so the page draws
    /// the next frame.
    pub fn spawn(
        dataset: impl Into<Arc<Dataset>>,
        config: ValidConfig,
        grid: GridSpec,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> Result<Self, StartError> {
        Self::spawn_with_interval(dataset, config, grid, wake, SNAPSHOT_INTERVAL)
    }

    /// [`WorkerHandle::spawn`] with another shortest time between snapshots
    /// (soak tests run the worker flat out with `Duration::ZERO`).
    pub fn spawn_with_interval(
        dataset: impl Into<Arc<Dataset>>,
        config: ValidConfig,
        grid: GridSpec,
        wake: Arc<dyn Fn() + Send + Sync>,
        interval: Duration,
    ) -> Result<Self, StartError> {
        if !grid.is_valid() {
            return Err(StartError::BadGrid {
                grid,
                max: GridSpec::MAX_RESOLUTION,
            });
        }
        let dataset = dataset.into();
        let trainer = Trainer::new(&dataset, config)?;
        let snapshots = Arc::new(Latest::default());
        let builder = Builder::start(Arc::clone(&snapshots), wake).map_err(|e| StartError::Thread(e.kind()))?;
        let worker = Worker::new(dataset, trainer, grid, builder, interval);
        Self::start(worker, snapshots)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl WorkerHandle {
    /// Starts the worker's thread.
    fn start(worker: Worker, snapshots: Arc<Latest<Snapshot>>) -> Result<Self, StartError> {
        let (tx, rx) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("nnlab-trainer".into())
            .spawn(move || worker.run(rx))
            .map_err(|e| StartError::Thread(e.kind()))?;
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

    /// How the thread died, if it did, consuming the handle's thread.
    pub fn take_panic(&mut self) -> Option<Crash> {
        let thread = self.thread.take_if(|t| t.is_finished())?;
        let payload = thread.join().err()?;
        Some(Crash {
            panic: panic_message(payload.as_ref()),
        })
    }
}

/// Why a worker could not start.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum StartError {
    /// The output grid is not finite, or has 0 or more than `max` cells
    /// per side.
    BadGrid {
        /// The grid asked for.
        grid: GridSpec,
        /// Most cells per side.
        max: usize,
    },
    /// The network does not fit the data.
    Network(#[from] NnError),
    /// The system would not start another thread.
    Thread(std::io::ErrorKind),
}

/// A thread that panicked. The window tells the learner in their words
/// that it stopped and was restarted; what the program itself said (an
/// assertion, an index out of range) is for the log and bug reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Crash {
    /// The panic's own text, in the program's words.
    pub panic: String,
}

/// The text a thread panicked with (`panic!` gives a `&str` or a `String`).
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown error".to_string())
}

#[cfg(not(target_arch = "wasm32"))]
impl Drop for WorkerHandle {
    fn drop(&mut self) {
        let _ = self.commands.send(Command::Shutdown);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
