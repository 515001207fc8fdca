//! Which kind of edit came last: Ctrl+Z takes back the latest edit, whether
//! it changed the data (the data history) or the network (the editor's own
//! stack). The two stacks stay separate; this only remembers their order.

use std::collections::VecDeque;

/// Where an undoable edit lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UndoSource {
    /// A data edit (points added, moved, deleted, replaced).
    Data,
    /// A network editor edit (shape, a typed value, a freeze…).
    Editor,
}

/// The order of recent edits, newest last (bounded: the stacks themselves
/// forget their oldest entries too).
#[derive(Clone, Debug, Default)]
pub struct UndoOrder {
    sources: VecDeque<UndoSource>,
}

/// Remembered edits at most.
const CAPACITY: usize = 4096;

impl UndoOrder {
    /// Notes a new edit.
    pub fn push(&mut self, source: UndoSource) {
        if self.sources.len() == CAPACITY {
            self.sources.pop_front();
        }
        self.sources.push_back(source);
    }

    /// Forgets the newest edit of `source` (undone by its own button).
    pub fn forget_latest(&mut self, source: UndoSource) {
        if let Some(k) = self.sources.iter().rposition(|s| *s == source) {
            self.sources.remove(k);
        }
    }

    /// The source of the latest edit, forgotten as it is undone.
    pub fn pop(&mut self) -> Option<UndoSource> {
        self.sources.pop_back()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latest_edit_first_and_an_edit_undone_by_its_button_is_forgotten() {
        let mut o = UndoOrder::default();
        o.push(UndoSource::Data);
        o.push(UndoSource::Editor);
        o.push(UndoSource::Editor);
        o.push(UndoSource::Data);
        // The editor's own button undid one of its two edits.
        o.forget_latest(UndoSource::Editor);
        assert_eq!(o.pop(), Some(UndoSource::Data));
        assert_eq!(o.pop(), Some(UndoSource::Editor));
        assert_eq!(o.pop(), Some(UndoSource::Data));
        assert_eq!(o.pop(), None);
    }

    #[test]
    fn bounded() {
        let mut o = UndoOrder::default();
        for _ in 0..CAPACITY + 10 {
            o.push(UndoSource::Data);
        }
        assert_eq!(o.sources.len(), CAPACITY);
    }
}
