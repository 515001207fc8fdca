//! Loss, accuracy and the confusion matrix of a network on a set of rows.

use nalgebra::DMatrix;
use serde::{Deserialize, Serialize};

use super::batch::copy_row_range;
use super::mlp::{Mlp, Workspace};

/// Rows evaluated at a time, so that evaluating a million points needs only
/// a small workspace.
const CHUNK_ROWS: usize = 4096;

/// How a network does on some data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// Mean loss (without weight penalties).
    pub loss: f64,
    /// Fraction classified correctly (classification only).
    pub accuracy: Option<f64>,
    /// Confusion matrix (classification only).
    pub confusion: Option<ConfusionMatrix>,
    /// Number of rows evaluated.
    pub count: usize,
}

/// `counts[t * classes + p]` = number of rows of true class t predicted as p.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfusionMatrix {
    /// Number of classes K.
    pub classes: usize,
    /// Row-major K×K counts: row = true class, column = predicted class.
    pub counts: Vec<u64>,
}

impl ConfusionMatrix {
    /// An all-zero K×K matrix.
    pub fn new(classes: usize) -> Self {
        Self {
            classes,
            counts: vec![0; classes * classes],
        }
    }

    /// Count of true class `t` predicted as `p`.
    pub fn get(&self, t: usize, p: usize) -> u64 {
        self.counts[t * self.classes + p]
    }

    /// Correct predictions / all predictions (0 when empty).
    pub fn accuracy(&self) -> f64 {
        let total: u64 = self.counts.iter().sum();
        let correct: u64 = (0..self.classes).map(|k| self.get(k, k)).sum();
        if total == 0 { 0.0 } else { correct as f64 / total as f64 }
    }
}

/// Evaluates `net` on `inputs` (`n × features`) with `targets`.
pub fn evaluate(net: &Mlp, inputs: &DMatrix<f32>, targets: &[f32]) -> Metrics {
    let n = inputs.nrows();
    let classes = net.head.classes;
    let mut confusion = (classes > 0).then(|| ConfusionMatrix::new(classes));
    let mut loss_sum = 0.0f64;
    let mut ws = Workspace::new(net, CHUNK_ROWS.min(n));
    let mut chunk = DMatrix::<f32>::zeros(CHUNK_ROWS.min(n), inputs.ncols());
    let mut start = 0;
    let mut row = vec![0.0f32; net.head.outputs()];
    while start < n {
        let rows = CHUNK_ROWS.min(n - start);
        if chunk.nrows() != rows {
            chunk = DMatrix::zeros(rows, inputs.ncols());
            ws = Workspace::new(net, rows);
        }
        copy_row_range(inputs, start, &mut chunk);
        net.forward(&chunk, &mut ws);
        let t = &targets[start..start + rows];
        let last = net.layers.len() - 1;
        loss_sum += net.head.loss(&ws.z[last], t, None) * rows as f64;
        if let Some(cm) = confusion.as_mut() {
            let out = ws.output();
            for (i, &target) in t.iter().enumerate() {
                for (k, v) in row.iter_mut().enumerate() {
                    *v = out[(i, k)];
                }
                let p = net.head.predict_class(&row);
                cm.counts[target as usize * classes + p] += 1;
            }
        }
        start += rows;
    }
    Metrics {
        loss: if n == 0 { 0.0 } else { loss_sum / n as f64 },
        accuracy: confusion.as_ref().map(ConfusionMatrix::accuracy),
        confusion,
        count: n,
    }
}
