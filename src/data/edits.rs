//! Undoable edits of a dataset: every change the user makes with the mouse
//! (add, move, delete a point; clear; regenerate; import) is an [`Edit`]
//! that knows how to apply and revert itself, kept on an [`EditHistory`].

use super::{Dataset, Point};

/// One reversible change.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Insert `point` at `index`.
    Add {
        /// Position in the point list.
        index: usize,
        /// The new point.
        point: Point,
    },
    /// Remove the point at `index` (which was `point`).
    Remove {
        /// Position in the point list.
        index: usize,
        /// The removed point, for undo.
        point: Point,
    },
    /// Move the point at `index` from `from` to `to`.
    Move {
        /// Position in the point list.
        index: usize,
        /// Coordinates before.
        from: [f64; 2],
        /// Coordinates after.
        to: [f64; 2],
    },
    /// Replace the whole dataset (clear, regenerate, import).
    Replace {
        /// The data before.
        before: Box<Dataset>,
        /// The data after.
        after: Box<Dataset>,
    },
}

impl Edit {
    /// Applies the edit. Returns false (changing nothing) if it does not fit
    /// the dataset, e.g. an index out of range.
    pub fn apply(&self, d: &mut Dataset) -> bool {
        match self {
            Edit::Add { index, point } if *index <= d.points.len() => d.points.insert(*index, *point),
            Edit::Remove { index, .. } if *index < d.points.len() => {
                d.points.remove(*index);
            }
            Edit::Move { index, to, .. } if *index < d.points.len() => d.points[*index].x = *to,
            Edit::Replace { after, .. } => *d = (**after).clone(),
            _ => return false,
        }
        true
    }

    /// The edit that undoes this one.
    pub fn inverse(&self) -> Edit {
        match self {
            Edit::Add { index, point } => Edit::Remove {
                index: *index,
                point: *point,
            },
            Edit::Remove { index, point } => Edit::Add {
                index: *index,
                point: *point,
            },
            Edit::Move { index, from, to } => Edit::Move {
                index: *index,
                from: *to,
                to: *from,
            },
            Edit::Replace { before, after } => Edit::Replace {
                before: after.clone(),
                after: before.clone(),
            },
        }
    }
}

/// Most edits remembered; the oldest are forgotten beyond this.
pub const MAX_UNDO: usize = 1000;

/// Undo and redo stacks.
#[derive(Clone, Debug, Default)]
pub struct EditHistory {
    undo: Vec<Edit>,
    redo: Vec<Edit>,
}

impl EditHistory {
    /// Applies `edit` to `d` and remembers it (clearing the redo stack).
    pub fn apply(&mut self, edit: Edit, d: &mut Dataset) -> bool {
        if !edit.apply(d) {
            return false;
        }
        self.record(edit);
        true
    }

    /// Remembers an edit that has already been applied (a finished drag).
    pub fn record(&mut self, edit: Edit) {
        self.undo.push(edit);
        if self.undo.len() > MAX_UNDO {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Reverts the last edit; false if there is none.
    pub fn undo(&mut self, d: &mut Dataset) -> bool {
        let Some(edit) = self.undo.pop() else { return false };
        edit.inverse().apply(d);
        self.redo.push(edit);
        true
    }

    /// Re-applies the last undone edit; false if there is none.
    pub fn redo(&mut self, d: &mut Dataset) -> bool {
        let Some(edit) = self.redo.pop() else { return false };
        edit.apply(d);
        self.undo.push(edit);
        true
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        let mut d = Dataset::new_classification("t", 2);
        d.points = vec![Point::new(0.0, 0.0, 0.0), Point::new(1.0, 1.0, 1.0)];
        d
    }

    #[test]
    fn every_edit_undoes_and_redoes_exactly() {
        let original = data();
        let mut d = original.clone();
        let mut h = EditHistory::default();
        let mut cleared = d.clone();
        cleared.points.clear();
        let edits = [
            Edit::Add {
                index: 1,
                point: Point::new(5.0, 5.0, 1.0),
            },
            Edit::Move {
                index: 0,
                from: [0.0, 0.0],
                to: [2.0, -2.0],
            },
            Edit::Remove {
                index: 2,
                point: Point::new(1.0, 1.0, 1.0),
            },
            Edit::Replace {
                before: Box::new(d.clone()),
                after: Box::new(cleared),
            },
        ];
        let mut states = vec![d.clone()];
        for e in edits {
            if let Edit::Replace { after, .. } = &e {
                // A Replace captured before the other edits: rebuild it for the current state.
                let e = Edit::Replace {
                    before: Box::new(d.clone()),
                    after: after.clone(),
                };
                assert!(h.apply(e, &mut d));
            } else {
                assert!(h.apply(e, &mut d));
            }
            states.push(d.clone());
        }
        assert!(d.points.is_empty());
        for expected in states.iter().rev().skip(1) {
            assert!(h.undo(&mut d));
            assert_eq!(&d, expected);
        }
        assert!(!h.undo(&mut d));
        assert_eq!(d, original);
        for expected in states.iter().skip(1) {
            assert!(h.redo(&mut d));
            assert_eq!(&d, expected);
        }
        assert!(!h.redo(&mut d));
    }

    #[test]
    fn out_of_range_edits_are_refused() {
        let mut d = data();
        let mut h = EditHistory::default();
        assert!(!h.apply(
            Edit::Remove {
                index: 9,
                point: Point::new(0.0, 0.0, 0.0)
            },
            &mut d
        ));
        assert!(!h.can_undo());
        assert_eq!(d, data());
    }
}
