//! Weight checkpoints for replaying training: copies of the network at
//! roughly log-spaced epochs (0, 1, 2, … 20, 22, 23, 25 … ×1.05 each), so
//! the first epochs, where the boundary changes most, get most of them.
//! Bounded: when more than [`MAX_CHECKPOINTS`] are kept, every other one is
//! dropped (the first and the last stay) and the ratio between recorded
//! epochs is squared, so a run of any length keeps at most that many,
//! still evenly spread on a log scale.
//!
//! The list is shared as `Arc`s: a snapshot of it costs one reference
//! count, and a new checkpoint copies at most [`MAX_CHECKPOINTS`] pointers.

use std::sync::Arc;

use super::HistoryPoint;
use crate::nn::Mlp;

/// Most checkpoints kept, whatever the run length.
pub const MAX_CHECKPOINTS: usize = 200;
/// Ratio between the epochs of consecutive checkpoints at the start.
const FIRST_RATIO: f64 = 1.05;

/// The network at one moment of training.
#[derive(Clone, Debug, PartialEq)]
pub struct Checkpoint {
    /// The epoch and the losses and accuracies at that moment.
    pub point: HistoryPoint,
    /// Every weight and bias then.
    pub net: Mlp,
}

/// A bounded, log-spaced list of [`Checkpoint`]s, oldest first.
#[derive(Clone, Debug)]
pub struct Checkpoints {
    items: Arc<[Arc<Checkpoint>]>,
    ratio: f64,
    next_due: u64,
    capacity: usize,
}

impl Default for Checkpoints {
    fn default() -> Self {
        Self::with_capacity(MAX_CHECKPOINTS)
    }
}

impl PartialEq for Checkpoints {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}

/// The first epoch after `epoch` that the schedule with `ratio` records.
fn next_after(epoch: u64, ratio: f64) -> u64 {
    let geometric = (epoch as f64 * ratio).ceil();
    // Saturates at u64::MAX for absurd epochs: nothing is due any more.
    (epoch.saturating_add(1)).max(geometric as u64)
}

/// How many checkpoints the schedule with `ratio` records from epoch 0 up to
/// `last`, stopping early once past `limit`.
fn scheduled(ratio: f64, last: u64, limit: usize) -> usize {
    let (mut e, mut n) = (0u64, 1usize);
    while n <= limit {
        e = next_after(e, ratio);
        if e > last {
            break;
        }
        n += 1;
    }
    n
}

impl Checkpoints {
    /// An empty list keeping at most `capacity` (≥ 3) checkpoints.
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            items: Arc::from(Vec::new()),
            ratio: FIRST_RATIO,
            next_due: 0,
            capacity: capacity.max(3),
        }
    }

    /// A list of saved checkpoints (epochs increasing), continuing the
    /// schedule: the ratio is the first one, squared as often as a run up
    /// to the last epoch would have needed to stay within the capacity.
    pub fn from_list(list: Vec<Checkpoint>, capacity: usize) -> Self {
        let mut c = Self::with_capacity(capacity);
        let last = list.last().map_or(0, |cp| cp.point.epoch);
        while scheduled(c.ratio, last, c.capacity) > c.capacity {
            c.ratio *= c.ratio;
        }
        c.items = list.into_iter().map(Arc::new).collect();
        while c.items.len() > c.capacity {
            c.thin();
        }
        c.next_due = c.items.last().map_or(0, |cp| next_after(cp.point.epoch, c.ratio));
        c
    }

    /// Whether a checkpoint at `epoch` would be kept (lets the trainer skip
    /// copying the network otherwise).
    pub fn wants(&self, epoch: u64) -> bool {
        self.items.is_empty() || epoch >= self.next_due
    }

    /// Appends `checkpoint` (replacing the last one if it is not later),
    /// thinning the list when it is over capacity.
    pub fn push(&mut self, checkpoint: Checkpoint) {
        let epoch = checkpoint.point.epoch;
        let mut items = self.items.to_vec();
        if items.last().is_some_and(|c| c.point.epoch >= epoch) {
            items.pop();
        }
        items.push(Arc::new(checkpoint));
        self.items = items.into();
        if self.items.len() > self.capacity {
            self.thin();
        }
        self.next_due = next_after(epoch, self.ratio);
    }

    /// Drops every other checkpoint (keeping the first and the last) and
    /// squares the ratio, so the spacing stays even on a log scale.
    fn thin(&mut self) {
        let last = self.items.len() - 1;
        self.items = self
            .items
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 2 == 0 || *i == last)
            .map(|(_, c)| Arc::clone(c))
            .collect();
        self.ratio *= self.ratio;
    }

    /// The checkpoints, oldest first, shared: cloning the `Arc` is all a
    /// snapshot of them costs.
    pub fn shared(&self) -> Arc<[Arc<Checkpoint>]> {
        Arc::clone(&self.items)
    }

    /// The checkpoints, oldest first.
    pub fn list(&self) -> &[Arc<Checkpoint>] {
        &self.items
    }

    /// Number of checkpoints kept.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether none is kept.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The ratio between the epochs of consecutive checkpoints now.
    pub fn ratio(&self) -> f64 {
        self.ratio
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::{Activation, Head, LayerSpec, Loss, OutputActivation};

    fn checkpoint(epoch: u64, net: &Mlp) -> Checkpoint {
        Checkpoint {
            point: HistoryPoint {
                epoch,
                train_loss: 1.0,
                test_loss: None,
                train_accuracy: None,
                test_accuracy: None,
            },
            net: net.clone(),
        }
    }

    fn tiny() -> Mlp {
        let head = Head::new(Loss::BinaryCrossEntropy, OutputActivation::Sigmoid, 2).expect("valid head");
        let hidden = [LayerSpec {
            neurons: 2,
            activation: Activation::Tanh,
        }];
        Mlp::new(2, &hidden, head).expect("valid shape")
    }

    /// The checkpoints a run of epochs 0..=`last` keeps.
    fn run(last: u64) -> Checkpoints {
        let net = tiny();
        let mut c = Checkpoints::default();
        for e in 0..=last {
            if c.wants(e) {
                c.push(checkpoint(e, &net));
            }
        }
        c
    }

    /// A million epochs keep at most 200 checkpoints, from epoch 0, spaced
    /// evenly on a log scale (each ratio within a factor of 3 of the median).
    #[test]
    fn a_million_epochs_stay_bounded_and_log_spaced() {
        let c = run(1_000_000);
        assert!(c.len() <= MAX_CHECKPOINTS && c.len() >= 60, "{} kept", c.len());
        assert_eq!(c.list()[0].point.epoch, 0);
        let epochs: Vec<f64> = c.list().iter().map(|cp| cp.point.epoch as f64).collect();
        let ratios: Vec<f64> = epochs
            .windows(2)
            .filter(|w| w[0] >= 100.0)
            .map(|w| w[1] / w[0])
            .collect();
        let mut sorted = ratios.clone();
        sorted.sort_by(f64::total_cmp);
        let median = sorted[sorted.len() / 2];
        assert!(ratios.iter().all(|r| r.ln() < 3.0 * median.ln()), "{ratios:?}");
        assert!(
            epochs[epochs.len() - 1] > 500_000.0,
            "the recent past is covered: {epochs:?}"
        );
    }

    #[test]
    fn saved_lists_continue_their_schedule() {
        let c = run(300_000);
        let saved: Vec<Checkpoint> = c.list().iter().map(|cp| (**cp).clone()).collect();
        let restored = Checkpoints::from_list(saved, MAX_CHECKPOINTS);
        assert_eq!(restored, c);
        assert_eq!(restored.ratio(), c.ratio());
        assert_eq!(restored.next_due, c.next_due);
    }
}
