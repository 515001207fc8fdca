//! Drafting a snapshot: the history (shared until it changes), the
//! inspector's trace and counts, the figures of the points and a copy of
//! the weights; the builder adds the output grids (of the present network,
//! or of the checkpoint replayed).

use std::sync::Arc;
use web_time::Instant;

use super::Worker;
use crate::train::HistoryPoint;
use crate::train::grid::{GridValues, NeuronGrids};
use crate::train::messages::Snapshot;
use crate::train::worker::builder::Draft;

impl Worker {
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

    pub(super) fn publish(&mut self) {
        let now = Instant::now();
        self.rate.note(now, self.trainer.samples_seen());
        if self.running {
            // Training changes the weights between every two snapshots.
            self.weights_changed();
        }
        self.figures.refresh(&self.trainer, &self.dataset);
        let history = self.shared_history();
        let inspection = self.inspect.trace(&self.trainer, &self.dataset);
        let neuron_health = self.inspect.health(&self.trainer);
        let checkpoints = self.trainer.checkpoints().shared();
        let shown_checkpoint = self.inspect.shown(checkpoints.len());
        // The grids are the builder's: it fills in the values of the grid
        // this spec names from this copy of the weights (or of the
        // checkpoint shown) while training goes on.
        let placeholder = GridValues {
            spec: self.grid,
            channels: 0,
            values: Vec::new(),
        };
        let snapshot = Snapshot {
            sequence: 0,
            running: self.running,
            epoch: self.trainer.epoch(),
            samples_seen: self.trainer.samples_seen(),
            samples_per_sec: self.rate.per_second(),
            figures: self.figures.figures.clone(),
            history,
            net: self.trainer.net().clone(),
            masks: self.trainer.masks().clone(),
            grid: placeholder,
            neurons: NeuronGrids::default(),
            checkpoints,
            shown_checkpoint,
            inspection,
            neuron_health,
            predictions: self.figures.predictions.clone(),
            dataset_revision: self.revision,
            stopped: self.stopped.clone(),
        };
        self.builder.send(Draft {
            snapshot,
            features: self.trainer.config().features.clone(),
            dataset: Arc::clone(&self.dataset),
        });
        self.last_publish = now;
        self.dirty = self.running;
    }
}
