//! The window's one undo history. Every change the user makes to the data,
//! the settings that shape it, the network's configuration or its weights
//! is a [`Step`] of typed [`Change`]s; Ctrl+Z takes back the latest step,
//! whatever it changed.
//!
//! The history stores what changed, not copies of the world: a moved point
//! is its index and two positions, a new split the points whose flag
//! flipped, new data one dataset (the edit swaps it with the current one).
//! It is bounded in bytes as well as in steps. A gesture — a slider drag,
//! a point dragged across the view — is one step: changes of the same kind
//! fold into the open step until the pointer is released.

use crate::tr;
use std::collections::VecDeque;

use crate::app::context::NetworkEdit;
use crate::data::{Edit, GenParams, Generator};
use crate::train::TrainConfig;

/// Most steps kept; the oldest are forgotten beyond this.
pub const MAX_UNDO_STEPS: usize = 1000;
/// Most bytes the stored steps may keep alive (undo and redo together);
/// the oldest steps are forgotten beyond this, but the newest step is
/// always kept.
pub const MAX_UNDO_BYTES: usize = 256 << 20;

/// One typed change of the window's state.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Change {
    /// The data (points, split, or all of it).
    Data(Edit),
    /// The network's shape or training settings.
    Config {
        /// The configuration before.
        before: Box<TrainConfig>,
        /// The configuration after.
        after: Box<TrainConfig>,
    },
    /// The generator settings (the data they made is a [`Change::Data`]
    /// of the same step).
    Generator {
        /// Generator and parameters before.
        before: (Generator, GenParams),
        /// Generator and parameters after.
        after: (Generator, GenParams),
    },
    /// A weight, bias or mask set by hand.
    Network(NetworkEdit),
}

impl Change {
    /// Folds `next` into this change (one gesture; `n` points of data
    /// after it); false if they differ in kind or target.
    fn absorb(&mut self, next: &Change, n: usize) -> bool {
        match (self, next) {
            (Change::Data(a), Change::Data(b)) => a.absorb(b, n),
            (Change::Config { after, .. }, Change::Config { after: a2, .. }) => {
                after.clone_from(a2);
                true
            }
            (Change::Generator { after, .. }, Change::Generator { after: a2, .. }) => {
                *after = *a2;
                true
            }
            _ => false,
        }
    }

    /// Bytes the change keeps alive.
    fn bytes(&self) -> usize {
        std::mem::size_of::<Change>()
            + match self {
                Change::Data(e) => e.bytes(),
                Change::Config { before, after } => config_bytes(before) + config_bytes(after),
                Change::Generator { .. } | Change::Network(_) => 0,
            }
    }

    /// What the change did, in a few words (Undo/Redo tooltips).
    pub(super) fn describe(&self) -> String {
        match self {
            Change::Data(Edit::Add { .. }) => tr!("history-add-point"),
            Change::Data(Edit::Remove { .. }) => tr!("history-delete-point"),
            Change::Data(Edit::Move { .. }) => tr!("history-move-point"),
            Change::Data(Edit::FlipTest(_)) => tr!("history-split"),
            Change::Data(Edit::Replace(_)) => tr!("history-replace-data"),
            Change::Config { before, after } => describe_config(before, after),
            Change::Generator { .. } => tr!("history-dataset-settings"),
            Change::Network(NetworkEdit::Parameter { input: Some(_), .. }) => tr!("history-set-weight"),
            Change::Network(NetworkEdit::Parameter { input: None, .. }) => tr!("history-set-bias"),
            Change::Network(NetworkEdit::Frozen { frozen: true, .. }) => tr!("history-freeze"),
            Change::Network(NetworkEdit::Frozen { frozen: false, .. }) => tr!("history-release"),
            Change::Network(NetworkEdit::Off { off: true, .. }) => tr!("history-neuron-off"),
            Change::Network(NetworkEdit::Off { off: false, .. }) => tr!("history-neuron-on"),
        }
    }
}

fn config_bytes(c: &TrainConfig) -> usize {
    std::mem::size_of::<TrainConfig>() + c.hidden.capacity() * 16 + c.features.capacity()
}

/// The part of the configuration that changed, named as the controls name it.
fn describe_config(a: &TrainConfig, b: &TrainConfig) -> String {
    if a.hidden != b.hidden || a.features != b.features {
        tr!("history-network-shape")
    } else if a.learning_rate != b.learning_rate {
        tr!("history-learning-rate")
    } else if a.batch_size != b.batch_size {
        tr!("history-batch-size")
    } else if a.test_ratio != b.test_ratio {
        tr!("history-test-ratio")
    } else if a.seed != b.seed {
        tr!("history-seed")
    } else if a.optimizer != b.optimizer {
        tr!("history-optimizer")
    } else if a.regularization != b.regularization {
        tr!("history-regularization")
    } else if a.loss != b.loss {
        tr!("history-loss")
    } else {
        tr!("history-training-settings")
    }
}

/// Which way a step is carried out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Direction {
    /// Do (or redo) it.
    Forward,
    /// Undo it.
    Backward,
}

/// One undo step: the changes of one user action, in the order they were
/// made (undone in reverse).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Step {
    /// The changes.
    pub changes: Vec<Change>,
    bytes: usize,
}

impl Step {
    /// A step of `changes`.
    pub(super) fn new(changes: Vec<Change>) -> Self {
        let mut step = Self { changes, bytes: 0 };
        step.recount();
        step
    }

    /// A step of one change.
    pub(super) fn one(change: Change) -> Self {
        Self::new(vec![change])
    }

    /// What the step did, for "Undo: …" tooltips.
    pub(super) fn describe(&self) -> String {
        self.changes.first().map_or_else(String::new, Change::describe)
    }

    /// Folds `next` into this step when it continues the same gesture:
    /// the same kinds of change, pairwise combinable (`n` points of data).
    fn absorb(&mut self, next: &Step, n: usize) -> bool {
        let same_shape = self.changes.len() == next.changes.len()
            && self
                .changes
                .iter()
                .zip(&next.changes)
                .all(|(a, b)| std::mem::discriminant(a) == std::mem::discriminant(b));
        if !same_shape {
            return false;
        }
        let mut merged = self.clone();
        let all = merged
            .changes
            .iter_mut()
            .zip(&next.changes)
            .all(|(a, b)| a.absorb(b, n));
        if all {
            merged.recount();
            *self = merged;
        }
        all
    }

    fn recount(&mut self) {
        self.bytes = self.changes.iter().map(Change::bytes).sum();
    }
}

/// Undo and redo stacks of [`Step`]s.
#[derive(Debug, Default)]
pub(super) struct History {
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    /// The newest step still takes in the changes of its gesture.
    open: bool,
    bytes: usize,
}

impl History {
    /// Remembers a step that has just been carried out (the data now has
    /// `n` points). It folds into the newest step while that one's gesture
    /// goes on; either way nothing is left to redo.
    pub(super) fn record(&mut self, step: Step, n: usize) {
        self.redo.clear();
        self.bytes = self.undo.iter().map(|s| s.bytes).sum();
        if self.open
            && let Some(last) = self.undo.back_mut()
        {
            let old = last.bytes;
            if last.absorb(&step, n) {
                self.bytes = self.bytes - old + last.bytes;
                self.trim();
                return;
            }
        }
        self.bytes += step.bytes;
        self.undo.push_back(step);
        self.open = true;
        self.trim();
    }

    /// Ends the current gesture: the next change starts a new step.
    pub(super) fn seal(&mut self) {
        self.open = false;
    }

    /// Takes the newest step off the undo stack, to be carried out
    /// backwards and handed back with [`History::undone`].
    pub(super) fn take_undo(&mut self) -> Option<Step> {
        self.seal();
        let step = self.undo.pop_back()?;
        self.bytes -= step.bytes;
        Some(step)
    }

    /// Keeps a step that was just undone, for redo.
    pub(super) fn undone(&mut self, mut step: Step) {
        step.recount();
        self.bytes += step.bytes;
        self.redo.push(step);
        self.trim();
    }

    /// Takes the most recently undone step, to be carried out again and
    /// handed back with [`History::redone`].
    pub(super) fn take_redo(&mut self) -> Option<Step> {
        self.seal();
        let step = self.redo.pop()?;
        self.bytes -= step.bytes;
        Some(step)
    }

    /// Keeps a step that was just redone: it is the newest again.
    pub(super) fn redone(&mut self, mut step: Step) {
        step.recount();
        self.bytes += step.bytes;
        self.undo.push_back(step);
        self.trim();
    }

    /// Forgets everything (another session was opened).
    pub(super) fn clear(&mut self) {
        *self = Self::default();
    }

    /// What Ctrl+Z would take back, if anything.
    pub(super) fn undo_label(&self) -> Option<String> {
        self.undo.back().map(Step::describe)
    }

    /// What Ctrl+Shift+Z would do again, if anything.
    pub(super) fn redo_label(&self) -> Option<String> {
        self.redo.last().map(Step::describe)
    }

    /// Steps that can be undone.
    pub(super) fn len(&self) -> usize {
        self.undo.len()
    }

    /// Bytes the stored steps keep alive.
    pub(super) fn bytes(&self) -> usize {
        self.bytes
    }

    /// Forgets the oldest steps beyond the limits (redo steps first: they
    /// are the furthest from the present), always keeping the newest.
    fn trim(&mut self) {
        while self.undo.len() + self.redo.len() > 1 && (self.bytes > MAX_UNDO_BYTES || self.undo.len() > MAX_UNDO_STEPS)
        {
            let dropped = if self.bytes > MAX_UNDO_BYTES && !self.redo.is_empty() {
                self.redo.remove(0)
            } else if self.undo.len() > 1 || self.redo.is_empty() {
                match self.undo.pop_front() {
                    Some(s) => s,
                    None => return,
                }
            } else {
                self.redo.remove(0)
            };
            self.bytes -= dropped.bytes;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::data::{Dataset, Point};

    impl History {
        fn record_test(&mut self, step: Step) {
            self.record(step, 10_000);
        }
    }

    fn moved(index: usize, from: f64, to: f64) -> Step {
        Step::one(Change::Data(Edit::Move {
            index,
            from: [from, 0.0],
            to: [to, 0.0],
        }))
    }

    #[test]
    fn a_gesture_is_one_step_until_sealed() {
        let mut h = History::default();
        h.record_test(moved(3, 0.0, 1.0));
        h.record_test(moved(3, 1.0, 2.0));
        h.record_test(moved(3, 2.0, 5.0));
        assert_eq!(h.len(), 1);
        h.seal();
        h.record_test(moved(3, 5.0, 6.0));
        assert_eq!(h.len(), 2);
        let last = h.take_undo().expect("a step");
        assert_eq!(last, moved(3, 5.0, 6.0));
        assert_eq!(h.take_undo(), Some(moved(3, 0.0, 5.0)));
    }

    #[test]
    fn different_kinds_never_fold() {
        let mut h = History::default();
        h.record_test(moved(3, 0.0, 1.0));
        h.record_test(moved(4, 0.0, 1.0));
        h.record_test(Step::one(Change::Data(Edit::FlipTest(Arc::new(vec![1].into())))));
        assert_eq!(h.len(), 3);
    }

    #[test]
    fn undo_then_redo_then_a_new_step_ends_the_redo_chain() {
        let mut h = History::default();
        h.record_test(moved(0, 0.0, 1.0));
        h.seal();
        h.record_test(moved(1, 0.0, 1.0));
        let s = h.take_undo().expect("a step");
        assert_eq!(h.redo_label().as_deref(), None);
        h.undone(s);
        assert_eq!(h.redo_label().as_deref(), Some("move a point"));
        let again = h.take_redo().expect("a step to redo");
        h.redone(again);
        assert_eq!(h.len(), 2);
        let s = h.take_undo().expect("a step");
        h.undone(s);
        h.record_test(moved(2, 0.0, 1.0));
        assert!(h.take_redo().is_none());
    }

    #[test]
    fn bounded_in_steps() {
        let mut h = History::default();
        for i in 0..MAX_UNDO_STEPS + 50 {
            h.record_test(moved(i, 0.0, 1.0));
        }
        assert_eq!(h.len(), MAX_UNDO_STEPS);
    }

    #[test]
    fn bounded_in_bytes_keeping_the_newest() {
        let big = || {
            let mut d = Dataset::new_classification("big", 2);
            d.points = vec![Point::new(0.0, 0.0, 0.0); 1_000_000];
            Step::one(Change::Data(Edit::Replace(Arc::new(d))))
        };
        let one = big().bytes;
        assert!(one > 30 << 20, "a million points is over 30 MiB ({one} bytes)");
        let mut h = History::default();
        for _ in 0..20 {
            h.record_test(big());
            h.seal();
        }
        assert!(h.bytes() <= MAX_UNDO_BYTES, "{} bytes kept", h.bytes());
        assert_eq!(h.len(), MAX_UNDO_BYTES / one);
        assert_eq!(h.bytes(), h.len() * one);
    }
}
