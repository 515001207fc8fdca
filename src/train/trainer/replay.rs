//! The trainer's weight checkpoints for replaying training (kept by
//! `record` at the end of an epoch; see [`Checkpoints`]).

use super::Trainer;
use crate::train::checkpoints::{Checkpoint, Checkpoints};

impl Trainer {
    /// The weight checkpoints kept so far, oldest first.
    pub fn checkpoints(&self) -> &Checkpoints {
        &self.checkpoints
    }

    /// Replaces the checkpoints (from a saved session).
    pub fn set_checkpoints(&mut self, checkpoints: Checkpoints) {
        self.checkpoints = checkpoints;
    }

    /// Keeps a checkpoint of the network as it is now, due or not (the end
    /// of a headless run, so an animation ends on the trained network).
    /// Its losses and accuracies are measured on the whole training set.
    pub fn checkpoint_now(&mut self) {
        let point = self.measure(true);
        self.checkpoints.push(Checkpoint {
            point,
            net: self.net.get().clone(),
        });
    }
}
