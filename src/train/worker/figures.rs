//! What the worker says about the current network on the current data:
//! the predicted class of every point (the view rings the misclassified
//! ones) and loss and accuracy on the training and test points. Refreshed
//! after every change of data or weights — every snapshot for ordinary
//! data, at most twice a second above [`BIG_DATA`] points.

use std::sync::Arc;
use std::time::Duration;
use web_time::Instant;

use nalgebra::DMatrix;

use crate::data::{Dataset, feature_row};
use crate::train::Trainer;
use crate::train::messages::Figures;

/// Above this many points, the figures refresh at most every 0.5 s.
pub(super) const BIG_DATA: usize = 20_000;
/// Points predicted at a time.
const CHUNK_ROWS: usize = 4096;

/// The figures last computed and when.
#[derive(Debug, Default)]
pub(super) struct PointFigures {
    /// Predicted class of every point (classification).
    pub(super) predictions: Option<Arc<[u16]>>,
    /// Loss and accuracy now.
    pub(super) figures: Option<Arc<Figures>>,
    at: Option<Instant>,
}

impl PointFigures {
    /// Forces a refresh at the next snapshot (data or weights changed).
    pub(super) fn invalidate(&mut self) {
        self.at = None;
    }

    /// Recomputes the figures if they are stale.
    pub(super) fn refresh(&mut self, trainer: &Trainer, dataset: &Dataset) {
        let stale = self
            .at
            .is_none_or(|t| dataset.points.len() <= BIG_DATA || t.elapsed() >= Duration::from_millis(500));
        if !stale {
            return;
        }
        self.at = Some(Instant::now());
        let train = (!trainer.train_design().is_empty()).then(|| trainer.evaluate_train());
        let test = (!trainer.test_design().is_empty()).then(|| trainer.evaluate_test());
        self.figures = Some(Arc::new(Figures { train, test }));
        let net = trainer.net();
        if net.head.classes == 0 {
            self.predictions = None;
            return;
        }
        // A chunk of rows at a time: the hidden activations of a million
        // rows at once would take hundreds of megabytes.
        let features = &trainer.config().features;
        let mut predictions = Vec::with_capacity(dataset.points.len());
        let mut inputs = DMatrix::<f32>::zeros(0, features.len());
        let mut values = vec![0.0f32; features.len()];
        let mut row = vec![0.0f32; net.head.outputs()];
        for chunk in dataset.points.chunks(CHUNK_ROWS) {
            if inputs.nrows() != chunk.len() {
                inputs = DMatrix::zeros(chunk.len(), features.len());
            }
            for (i, p) in chunk.iter().enumerate() {
                feature_row(features, dataset.scaled(p.x), &mut values);
                for (j, v) in values.iter().enumerate() {
                    inputs[(i, j)] = *v;
                }
            }
            let out = net.predict(&inputs);
            for i in 0..out.nrows() {
                row.iter_mut().enumerate().for_each(|(k, v)| *v = out[(i, k)]);
                predictions.push(net.head.predict_class(&row) as u16);
            }
        }
        self.predictions = Some(Arc::from(predictions));
    }
}
