//! What the worker keeps for the backprop inspector and the replay: the
//! sample being traced, the whole-training-set counts (computed again only
//! after the weights or the data changed) and the checkpoint shown.

use std::sync::Arc;

use crate::data::Dataset;
use crate::train::Trainer;
use crate::train::inspect::{BackpropTrace, InspectError, NeuronHealthCounts};

/// The inspector's and the replay's state in the worker.
#[derive(Debug, Default)]
pub(super) struct InspectState {
    /// The point traced in every snapshot, if any.
    pub(super) sample: Option<usize>,
    /// Whether the counts over the training set are wanted.
    pub(super) health_on: bool,
    /// The counts for the current weights and data (`None`: stale).
    health: Option<Arc<NeuronHealthCounts>>,
    /// The checkpoint replayed, if any.
    pub(super) shown: Option<usize>,
}

impl InspectState {
    /// The weights or the data changed: the counts are stale, and a replay
    /// returns to the present (the past no longer leads to what is shown).
    pub(super) fn changed(&mut self) {
        self.health = None;
        self.shown = None;
    }

    /// Turns the counts on or off (off drops them).
    pub(super) fn set_health(&mut self, on: bool) {
        self.health_on = on;
        if !on {
            self.health = None;
        }
    }

    /// The chosen sample traced with the trainer's current weights (one
    /// sample's forward and backward pass: cheap enough for every snapshot).
    pub(super) fn trace(
        &self,
        trainer: &Trainer,
        dataset: &Dataset,
    ) -> Option<Arc<Result<BackpropTrace, InspectError>>> {
        self.sample.map(|i| Arc::new(trainer.backprop_trace(dataset, i)))
    }

    /// The counts, computed if they are wanted and stale.
    pub(super) fn health(&mut self, trainer: &Trainer) -> Option<Arc<NeuronHealthCounts>> {
        if !self.health_on {
            return None;
        }
        let counts = self.health.get_or_insert_with(|| Arc::new(trainer.neuron_health()));
        Some(Arc::clone(counts))
    }

    /// The checkpoint to draw, if it exists among `count` checkpoints.
    pub(super) fn shown(&self, count: usize) -> Option<usize> {
        self.shown.filter(|&k| k < count)
    }
}
