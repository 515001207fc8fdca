//! Where snapshots get their pictures: the 256² output grid and the
//! per-neuron grids, the costly part of a snapshot, computed off the
//! training thread.
//!
//! The training thread fills a [`Draft`] (a copy of the weights, the
//! figures, the history: everything but the two grids, a few kilobytes
//! for the networks nnlab trains) and hands it over; a second thread
//! evaluates the grids from that copy, numbers the snapshot and puts it
//! in the window's mailbox. So training does not pause while a snapshot
//! is drawn: it goes on with the next batch on its own core while the
//! other core evaluates the grids. Hand-over is latest-wins, like the
//! window's mailbox: if the builder is still busy when the next draft
//! comes, the older draft waiting is dropped, never queued.
//!
//! In a browser tab, where there are no threads, the same builder runs
//! on the page's thread as soon as a draft arrives.

use std::sync::Arc;
#[cfg(not(target_arch = "wasm32"))]
use std::sync::{Condvar, Mutex, PoisonError};
#[cfg(not(target_arch = "wasm32"))]
use std::thread::JoinHandle;

use super::NEURON_GRID_RESOLUTION;
use crate::data::{Dataset, Feature};
#[cfg(not(target_arch = "wasm32"))]
use crate::train::grid::threads_beside_training;
use crate::train::grid::{GridEvaluator, GridSpec, NeuronGrids};
use crate::train::messages::{Latest, Snapshot};

/// A snapshot waiting for its grids, and what they are computed from.
pub(super) struct Draft {
    /// Everything but `grid`'s values, `neurons` and `sequence`, which the
    /// builder fills in (`grid.spec` says which grid the view wants).
    pub snapshot: Snapshot,
    /// The network's input features.
    pub features: Vec<Feature>,
    /// The data (its scaling maps the grid to the network's inputs).
    pub dataset: Arc<Dataset>,
}

/// The builder's own state: its evaluators (whose feature rows are kept
/// from one snapshot to the next), the mailbox and the snapshots' count.
struct Build {
    evaluator: GridEvaluator,
    neuron_evaluator: GridEvaluator,
    slot: Arc<Latest<Snapshot>>,
    wake: Arc<dyn Fn() + Send + Sync>,
    sequence: u64,
}

impl Build {
    /// The draft's grids (of the checkpoint shown, if any: replay), then
    /// the snapshot, numbered, into the mailbox.
    fn finish(&mut self, draft: Draft) {
        let Draft {
            mut snapshot,
            features,
            dataset,
        } = draft;
        let spec = snapshot.grid.spec;
        let drawn = match snapshot.shown_checkpoint {
            Some(k) => &snapshot.checkpoints[k].net,
            None => &snapshot.net,
        };
        let grid = self.evaluator.output(drawn, spec, &features, &dataset);
        let coarse = GridSpec {
            resolution: NEURON_GRID_RESOLUTION,
            ..spec
        };
        let neurons = NeuronGrids::compute(&mut self.neuron_evaluator, drawn, coarse, &features, &dataset);
        self.sequence += 1;
        snapshot.grid = grid;
        snapshot.neurons = neurons;
        snapshot.sequence = self.sequence;
        self.slot.put(snapshot);
        (self.wake)();
    }
}

/// The evaluators of a builder that may use `threads` threads for the
/// output grid.
fn build(slot: Arc<Latest<Snapshot>>, wake: Arc<dyn Fn() + Send + Sync>, threads: usize) -> Build {
    Build {
        evaluator: GridEvaluator::default().with_threads(threads),
        neuron_evaluator: GridEvaluator::default(),
        slot,
        wake,
        sequence: 0,
    }
}

/// The training thread's end of the builder.
#[cfg(not(target_arch = "wasm32"))]
pub(super) struct Builder {
    shared: Arc<Handover>,
    thread: Option<JoinHandle<()>>,
}

/// The draft waiting (at most one) and whether the builder should stop.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
struct Handover {
    state: Mutex<(Option<Draft>, bool)>,
    ready: Condvar,
}

#[cfg(not(target_arch = "wasm32"))]
impl Builder {
    /// Starts the builder's thread; snapshots go into `slot`, and `wake`
    /// is called after each. The output grid takes every core but the
    /// training thread's (one on a 2-core machine).
    pub(super) fn start(
        slot: Arc<Latest<Snapshot>>,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> Result<Builder, std::io::Error> {
        let mut build = build(slot, wake, threads_beside_training());
        let shared = Arc::new(Handover::default());
        let handover = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("nnlab-snapshots".into())
            .spawn(move || {
                while let Some(draft) = handover.next() {
                    build.finish(draft);
                }
            })?;
        Ok(Builder {
            shared,
            thread: Some(thread),
        })
    }

    /// Hands `draft` over, replacing one not yet started. A builder that
    /// died takes the worker with it (the window then restarts both).
    pub(super) fn send(&mut self, draft: Draft) {
        if let Some(thread) = self.thread.take_if(|t| t.is_finished())
            && let Err(payload) = thread.join()
        {
            std::panic::resume_unwind(payload);
        }
        let mut state = self.shared.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.0 = Some(draft);
        self.shared.ready.notify_one();
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Handover {
    /// The next draft, waiting for one; `None` once the builder must stop.
    fn next(&self) -> Option<Draft> {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if state.1 {
                return None;
            }
            if let Some(draft) = state.0.take() {
                return Some(draft);
            }
            state = self.ready.wait(state).unwrap_or_else(PoisonError::into_inner);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Drop for Builder {
    fn drop(&mut self) {
        self.shared.state.lock().unwrap_or_else(PoisonError::into_inner).1 = true;
        self.shared.ready.notify_one();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// In a browser tab: the builder on the page's thread.
#[cfg(target_arch = "wasm32")]
pub(super) struct Builder(Build);

#[cfg(target_arch = "wasm32")]
impl Builder {
    /// A builder on this thread.
    pub(super) fn start(
        slot: Arc<Latest<Snapshot>>,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> Result<Builder, std::io::Error> {
        Ok(Builder(build(slot, wake, 1)))
    }

    /// Builds the snapshot now.
    pub(super) fn send(&mut self, draft: Draft) {
        self.0.finish(draft);
    }

    /// Asks the page for a frame.
    pub(super) fn wake(&self) {
        (self.0.wake)();
    }
}
