//! The worker in a browser tab: `wasm32-unknown-unknown` starts no threads,
//! so the same [`Worker`] runs on the page's thread. Commands queue up as
//! they are sent; each time the window asks for the latest snapshot (once
//! per frame) the worker handles them and then trains for at most
//! [`FRAME_BUDGET`], so the page keeps drawing while it learns. The
//! snapshot rate, pace and samples/s are the worker's own, measured on its
//! clock as on the desktop.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use web_time::Instant;

use super::thread::Worker;
use super::{Crash, StartError};
use crate::train::messages::{Command, Latest, Snapshot};

/// Training time per frame on the page's thread. At 60 frames a second a
/// frame lasts 16.7 ms; 12 ms of training leaves the rest for drawing,
/// and a frame of at most ~33 ms keeps the page at 30 fps or more even
/// when drawing takes as long again.
pub(crate) const FRAME_BUDGET: Duration = Duration::from_millis(12);

/// The window's end of a worker running on the page's thread (the same
/// calls as the desktop's handle to its thread).
pub struct WorkerHandle {
    worker: RefCell<Worker>,
    commands: RefCell<VecDeque<Command>>,
    snapshots: Arc<Latest<Snapshot>>,
}

impl WorkerHandle {
    /// Keeps the worker on the page's thread.
    pub(super) fn start(worker: Worker, snapshots: Arc<Latest<Snapshot>>) -> Result<Self, StartError> {
        Ok(Self {
            worker: RefCell::new(worker),
            commands: RefCell::default(),
            snapshots,
        })
    }

    /// Queues a command; it is handled at the next [`WorkerHandle::latest`].
    pub fn send(&self, command: Command) {
        self.commands.borrow_mut().push_back(command);
    }

    /// Runs the worker's turn for this frame (the queued commands, then
    /// training within [`FRAME_BUDGET`]) and returns the newest snapshot.
    pub fn latest(&self) -> Option<Snapshot> {
        let mut worker = self.worker.borrow_mut();
        while let Some(command) = self.commands.borrow_mut().pop_front() {
            if !matches!(command, Command::Shutdown) {
                worker.handle(command);
            }
        }
        worker.turn(Instant::now() + FRAME_BUDGET);
        if worker.busy() {
            worker.wake();
        }
        self.snapshots.take()
    }

    /// Always true: a panic on the page stops the whole page, not only the worker.
    pub fn is_alive(&self) -> bool {
        true
    }

    /// Never a message: see [`WorkerHandle::is_alive`].
    pub fn take_panic(&mut self) -> Option<Crash> {
        None
    }
}
