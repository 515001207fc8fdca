//! Which kind of edit came last: Ctrl+Z takes back the latest edit, whether
//! it changed the data (the data history) or the network (the editor's own
//! stack), and Ctrl+Shift+Z redoes the most recently undone one. The two
//! stacks stay separate; this only remembers their order.

use std::collections::VecDeque;

/// Where an undoable edit lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UndoSource {
    /// A data edit (points added, moved, deleted, replaced).
    Data,
    /// A network editor edit (shape, a typed value, a freeze…).
    Editor,
}

/// The order of recent edits, newest last, and of undone ones, most
/// recently undone last (bounded: the stacks themselves forget their
/// oldest entries too).
#[derive(Clone, Debug, Default)]
pub struct UndoOrder {
    sources: VecDeque<UndoSource>,
    undone: Vec<UndoSource>,
}

/// Remembered edits at most.
const CAPACITY: usize = 4096;

impl UndoOrder {
    /// Notes a new edit. Like its stack, this ends the chain of undone
    /// edits of the same kind that could be redone.
    pub fn push(&mut self, source: UndoSource) {
        self.undone.retain(|s| *s != source);
        self.keep(source);
    }

    fn keep(&mut self, source: UndoSource) {
        if self.sources.len() == CAPACITY {
            self.sources.pop_front();
        }
        self.sources.push_back(source);
    }

    /// Forgets the newest edit of `source` (merged into a newer one).
    pub fn forget_latest(&mut self, source: UndoSource) {
        if let Some(k) = self.sources.iter().rposition(|s| *s == source) {
            self.sources.remove(k);
        }
    }

    /// The source of the latest edit, for Ctrl+Z; say what was actually
    /// undone with [`UndoOrder::undone`].
    pub fn pop(&mut self) -> Option<UndoSource> {
        self.sources.pop_back()
    }

    /// Notes that an edit of `source` was undone (it can be redone).
    pub fn undone(&mut self, source: UndoSource) {
        self.undone.push(source);
    }

    /// An edit of `source` undone by its own panel's button.
    pub fn undone_by_button(&mut self, source: UndoSource) {
        self.forget_latest(source);
        self.undone(source);
    }

    /// The source of the most recently undone edit, for Ctrl+Shift+Z; say
    /// what was actually redone with [`UndoOrder::redone`].
    pub fn pop_undone(&mut self) -> Option<UndoSource> {
        self.undone.pop()
    }

    /// Notes that an edit of `source` was redone: it is the latest edit
    /// again, and the other undone edits can still be redone.
    pub fn redone(&mut self, source: UndoSource) {
        self.keep(source);
    }

    /// An edit of `source` redone by its own panel's button.
    pub fn redone_by_button(&mut self, source: UndoSource) {
        if let Some(k) = self.undone.iter().rposition(|s| *s == source) {
            self.undone.remove(k);
        }
        self.redone(source);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use UndoSource::{Data, Editor};

    #[test]
    fn latest_edit_first_and_an_edit_undone_by_its_button_is_forgotten() {
        let mut o = UndoOrder::default();
        o.push(Data);
        o.push(Editor);
        o.push(Editor);
        o.push(Data);
        // The editor's own button undid one of its two edits.
        o.undone_by_button(Editor);
        assert_eq!(o.pop(), Some(Data));
        assert_eq!(o.pop(), Some(Editor));
        assert_eq!(o.pop(), Some(Data));
        assert_eq!(o.pop(), None);
    }

    #[test]
    fn redo_brings_back_the_most_recently_undone_first() {
        let mut o = UndoOrder::default();
        o.push(Data);
        o.push(Editor);
        // Ctrl+Z twice: the editor edit, then the data edit.
        for _ in 0..2 {
            let s = o.pop().unwrap();
            o.undone(s);
        }
        assert_eq!(o.pop_undone(), Some(Data));
        o.redone(Data);
        assert_eq!(o.pop(), Some(Data), "a redone edit is the latest again");
        o.redone(Data);
        // The editor's own Redo button, then nothing is left to redo.
        o.redone_by_button(Editor);
        assert_eq!(o.pop_undone(), None);
        assert_eq!(o.pop(), Some(Editor));
    }

    #[test]
    fn a_new_edit_ends_the_redo_chain_of_its_kind_only() {
        let mut o = UndoOrder::default();
        o.undone(Editor);
        o.undone(Data);
        o.push(Data);
        assert_eq!(o.pop_undone(), Some(Editor));
        assert_eq!(o.pop_undone(), None);
    }

    #[test]
    fn bounded() {
        let mut o = UndoOrder::default();
        for _ in 0..CAPACITY + 10 {
            o.push(Data);
        }
        assert_eq!(o.sources.len(), CAPACITY);
    }
}
