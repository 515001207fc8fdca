//! Explaining a surprise: after a long Adam run, moving, adding or deleting
//! one point can drop the accuracy and scramble the boundary for seconds.
//! Adam divides each weight's step by √v, the running mean of its squared
//! gradients; for weights whose gradients had become tiny, v is tiny too,
//! so the new point's gradient takes a large step. The window says so, in
//! one line, the first time it visibly happens (a drop of
//! [`VISIBLE_DROP`] in training accuracy within [`WATCH_EPOCHS`] epochs of
//! the edit).

use crate::train::Snapshot;

/// A fall in training accuracy the eye notices.
pub(crate) const VISIBLE_DROP: f64 = 0.05;
/// How long after an edit a fall is blamed on it.
pub(crate) const WATCH_EPOCHS: u64 = 3000;

/// A surprise the window explains in a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Surprise {
    /// Training accuracy fell visibly soon after a data edit under Adam.
    AdamShake,
}

impl Surprise {
    /// The window's message explaining it.
    pub(crate) fn message(self) -> crate::i18n::Message {
        match self {
            Surprise::AdamShake => crate::i18n::Message::AdamShake,
        }
    }
}

/// An edit being watched.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Watch {
    /// Training accuracy just before the edit.
    before: f64,
    /// The data revision the edit made.
    revision: u64,
    /// Epoch at the edit.
    epoch: u64,
}

/// Watches point edits during Adam runs and explains the first shake.
#[derive(Debug, Default)]
pub(crate) struct AdamShake {
    watch: Option<Watch>,
    explained: bool,
}

/// Training accuracy a snapshot shows.
fn train_accuracy(s: &Snapshot) -> Option<f64> {
    s.figures.as_ref()?.train.as_ref()?.accuracy
}

impl AdamShake {
    /// A point was edited (making data `revision`) while `before` — the
    /// latest snapshot before the edit — trained with Adam.
    pub(crate) fn edited(&mut self, before: Option<&Snapshot>, revision: u64) {
        if let Some(s) = before {
            self.edited_at(train_accuracy(s), s.epoch, revision);
        }
    }

    /// Looks at the latest snapshot; returns the explanation the first time
    /// an edit visibly shook the model.
    pub(crate) fn check(&mut self, latest: &Snapshot) -> Option<Surprise> {
        self.check_at(latest.dataset_revision, latest.epoch, train_accuracy(latest))
    }

    /// [`Self::edited`] on the numbers it reads.
    fn edited_at(&mut self, accuracy: Option<f64>, epoch: u64, revision: u64) {
        let Some(accuracy) = accuracy.filter(|_| !self.explained) else {
            return;
        };
        // A drag is many edits: keep the first one's baseline.
        let before = self.watch.map_or(accuracy, |w| w.before.max(accuracy));
        self.watch = Some(Watch {
            before,
            revision,
            epoch,
        });
    }

    /// [`Self::check`] on the numbers it reads.
    fn check_at(&mut self, revision: u64, epoch: u64, accuracy: Option<f64>) -> Option<Surprise> {
        let w = self.watch?;
        if revision < w.revision {
            return None;
        }
        if epoch > w.epoch + WATCH_EPOCHS {
            self.watch = None;
            return None;
        }
        if accuracy? <= w.before - VISIBLE_DROP {
            self.watch = None;
            self.explained = true;
            return Some(Surprise::AdamShake);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_visible_drop_after_an_edit_is_explained_once() {
        let mut shake = AdamShake::default();
        shake.edited_at(Some(1.0), 50_000, 7);
        // Snapshots of the data before the edit do not count.
        assert_eq!(shake.check_at(6, 50_010, Some(0.5)), None);
        // A small wobble is not a shake.
        assert_eq!(shake.check_at(7, 50_020, Some(0.97)), None);
        // 100 % → 80 %, as a learner saw it: explained.
        assert_eq!(shake.check_at(7, 50_100, Some(0.8)), Some(Surprise::AdamShake));
        // Once per session.
        shake.edited_at(Some(1.0), 60_000, 8);
        assert_eq!(shake.check_at(8, 60_100, Some(0.5)), None);
    }

    #[test]
    fn a_drop_long_after_the_edit_is_not_blamed_on_it() {
        let mut shake = AdamShake::default();
        shake.edited_at(Some(1.0), 1_000, 3);
        assert_eq!(shake.check_at(3, 1_000 + WATCH_EPOCHS + 1, Some(0.5)), None);
        assert_eq!(shake.check_at(3, 1_000 + WATCH_EPOCHS + 2, Some(0.5)), None);
    }

    #[test]
    fn a_drag_keeps_the_accuracy_from_before_it_began() {
        let mut shake = AdamShake::default();
        shake.edited_at(Some(1.0), 100, 1);
        // Mid-drag the model already shook to 90 %; the baseline stays 100 %.
        shake.edited_at(Some(0.9), 110, 2);
        assert_eq!(shake.check_at(2, 120, Some(0.9)), Some(Surprise::AdamShake));
    }
}
