//! Building a snapshot: the history (shared until it changes), the output
//! grids (of the present network, or of the checkpoint replayed), the
//! inspector's trace and counts, and the figures of the points.

use std::sync::Arc;
use web_time::Instant;

use super::Worker;
use crate::train::HistoryPoint;
use crate::train::grid::{GridSpec, NeuronGrids};
use crate::train::messages::Snapshot;
use crate::train::worker::NEURON_GRID_RESOLUTION;

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
        let features = self.trainer.config().features.clone();
        // Replay draws a checkpoint's network; everything else stays the present.
        let drawn = match shown_checkpoint {
            Some(k) => &checkpoints[k].net,
            None => self.trainer.net(),
        };
        let grid = self.evaluator.output(drawn, self.grid, &features, &self.dataset);
        let coarse = GridSpec {
            resolution: NEURON_GRID_RESOLUTION,
            ..self.grid
        };
        let neurons = NeuronGrids::compute(&mut self.neuron_evaluator, drawn, coarse, &features, &self.dataset);
        self.sequence += 1;
        self.slot.put(Snapshot {
            sequence: self.sequence,
            running: self.running,
            epoch: self.trainer.epoch(),
            samples_seen: self.trainer.samples_seen(),
            samples_per_sec: self.rate.per_second(),
            figures: self.figures.figures.clone(),
            history,
            net: self.trainer.net().clone(),
            masks: self.trainer.masks().clone(),
            grid,
            neurons,
            checkpoints,
            shown_checkpoint,
            inspection,
            neuron_health,
            predictions: self.figures.predictions.clone(),
            dataset_revision: self.revision,
            stopped: self.stopped.clone(),
        });
        self.last_publish = now;
        self.dirty = self.running;
        self.wake();
    }
}
