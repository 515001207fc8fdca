//! The loss/accuracy history, bounded in memory: when it is full, every other
//! point is dropped and the recording stride doubles, so a run of a million
//! epochs keeps at most `capacity` evenly spaced points.

use serde::{Deserialize, Serialize};

/// Default number of points kept.
pub const DEFAULT_HISTORY_CAPACITY: usize = 2048;

/// Losses and accuracies at the end of one epoch.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryPoint {
    /// Epochs completed.
    pub epoch: u64,
    /// Mean training loss.
    pub train_loss: f64,
    /// Mean test loss (None without test points).
    pub test_loss: Option<f64>,
    /// Training accuracy (classification).
    pub train_accuracy: Option<f64>,
    /// Test accuracy (classification with test points).
    pub test_accuracy: Option<f64>,
}

/// A downsampling record of [`HistoryPoint`]s.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct History {
    points: Vec<HistoryPoint>,
    stride: u64,
    capacity: usize,
}

impl Default for History {
    fn default() -> Self {
        Self::with_capacity(DEFAULT_HISTORY_CAPACITY)
    }
}

impl History {
    /// An empty history keeping at most `capacity` (≥ 2) points.
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            points: Vec::new(),
            stride: 1,
            capacity: capacity.max(2),
        }
    }

    /// Whether a point for `epoch` would be kept (lets callers skip the
    /// evaluation that would produce it).
    pub fn wants(&self, epoch: u64) -> bool {
        epoch.is_multiple_of(self.stride)
    }

    /// Records a point if its epoch falls on the stride.
    pub fn push(&mut self, point: HistoryPoint) {
        if !self.wants(point.epoch) {
            return;
        }
        self.points.push(point);
        if self.points.len() > self.capacity {
            self.stride *= 2;
            let stride = self.stride;
            self.points.retain(|p| p.epoch.is_multiple_of(stride));
        }
    }

    /// The recorded points, oldest first.
    pub fn points(&self) -> &[HistoryPoint] {
        &self.points
    }

    /// The most recent point.
    pub fn last(&self) -> Option<&HistoryPoint> {
        self.points.last()
    }

    /// Epochs between recorded points.
    pub fn stride(&self) -> u64 {
        self.stride
    }

    /// Rebuilds a history from saved points (the stride is inferred so that
    /// recording continues evenly).
    pub fn from_points(points: Vec<HistoryPoint>, capacity: usize) -> Self {
        let mut h = Self::with_capacity(capacity);
        for p in points {
            h.points.push(p);
        }
        while h.points.len() > h.capacity {
            h.stride *= 2;
            let stride = h.stride;
            h.points.retain(|p| p.epoch.is_multiple_of(stride));
        }
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(epoch: u64) -> HistoryPoint {
        HistoryPoint {
            epoch,
            train_loss: 1.0 / (epoch + 1) as f64,
            test_loss: None,
            train_accuracy: None,
            test_accuracy: None,
        }
    }

    #[test]
    fn stays_bounded_and_evenly_spaced() {
        let mut h = History::with_capacity(100);
        for e in 0..1_000_000u64 {
            if h.wants(e) {
                h.push(point(e));
            }
        }
        assert!(h.points().len() <= 100);
        assert!(h.points().len() >= 50);
        let gaps: Vec<u64> = h.points().windows(2).map(|w| w[1].epoch - w[0].epoch).collect();
        assert!(gaps.iter().all(|&g| g == h.stride()));
        assert_eq!(h.points()[0].epoch, 0);
    }
}
