//! The editor's undo and redo stacks.

use super::edit::EditorEdit;

/// Most edits remembered.
const CAPACITY: usize = 256;

/// Edits that can be undone, newest last, and those undone that can be
/// redone (most recently undone last).
#[derive(Debug, Default)]
pub struct UndoStack {
    edits: Vec<EditorEdit>,
    undone: Vec<EditorEdit>,
}

impl UndoStack {
    /// Remembers a new `edit`, which ends the chain of edits to redo.
    /// Successive values typed into the same parameter merge into one step:
    /// returns true when `edit` merged into the newest.
    pub fn push(&mut self, edit: EditorEdit) -> bool {
        self.undone.clear();
        if let (
            Some(EditorEdit::Parameter {
                layer,
                input,
                neuron,
                after,
                ..
            }),
            EditorEdit::Parameter {
                layer: l2,
                input: i2,
                neuron: n2,
                after: new,
                ..
            },
        ) = (self.edits.last_mut(), &edit)
            && (*layer, *input, *neuron) == (*l2, *i2, *n2)
        {
            *after = *new;
            return true;
        }
        self.keep(edit);
        false
    }

    /// Pushes without ending the redo chain, forgetting the oldest edit
    /// when full.
    fn keep(&mut self, edit: EditorEdit) {
        if self.edits.len() == CAPACITY {
            self.edits.remove(0);
        }
        self.edits.push(edit);
    }

    /// The newest edit, to be undone: it moves to the redo side.
    pub fn pop(&mut self) -> Option<EditorEdit> {
        let edit = self.edits.pop()?;
        self.undone.push(edit.clone());
        Some(edit)
    }

    /// The most recently undone edit, to be done again: it moves back to
    /// the undo side.
    pub fn redo(&mut self) -> Option<EditorEdit> {
        let edit = self.undone.pop()?;
        self.keep(edit.clone());
        Some(edit)
    }

    /// Number of edits remembered.
    pub fn len(&self) -> usize {
        self.edits.len()
    }

    /// Whether there is nothing to undo.
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(before: f32, after: f32) -> EditorEdit {
        EditorEdit::Parameter {
            layer: 0,
            input: Some(1),
            neuron: 2,
            before,
            after,
        }
    }

    #[test]
    fn typing_into_one_parameter_is_one_undo_step() {
        let mut s = UndoStack::default();
        s.push(p(0.5, 1.0));
        s.push(p(1.0, 2.0));
        assert_eq!(s.len(), 1);
        let undo = s.pop().map(|e| e.inverse());
        assert_eq!(undo, Some(p(2.0, 0.5)));
    }

    #[test]
    fn undone_edits_are_redone_newest_first_until_a_new_edit() {
        let mut s = UndoStack::default();
        let off = |neuron| EditorEdit::Off {
            layer: 0,
            neuron,
            off: true,
        };
        s.push(off(0));
        s.push(off(1));
        assert_eq!(s.pop(), Some(off(1)));
        assert_eq!(s.pop(), Some(off(0)));
        assert!(s.is_empty() && s.can_redo());
        assert_eq!(s.redo(), Some(off(0)));
        assert_eq!(s.len(), 1);
        // A new edit ends the chain: off(1) can no longer be redone.
        s.push(p(0.0, 1.0));
        assert!(!s.can_redo());
        assert_eq!(s.redo(), None);
        assert_eq!(s.len(), 2);
    }
}
