//! Changes to a dataset as small values: add, remove or move one point,
//! flip the train/test flags of some points, or swap in other data. The
//! window records them for undo and sends the same values to the training
//! worker, so a dragged point travels as a few bytes, never as a copy of
//! the data.

use std::sync::Arc;

use super::{Dataset, FlipSet, Point};

/// One reversible change of a dataset.
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
    /// Flip the train/test flag of these points (a new split stores only
    /// the points whose flag changes; flipping twice restores them).
    FlipTest(Arc<FlipSet>),
    /// Swap the whole dataset with this one (clear, regenerate, import).
    /// Applying it exchanges the two, so the edit then holds the data it
    /// replaced: applying it again undoes it, and only one copy is stored.
    Replace(Arc<Dataset>),
}

impl Edit {
    /// Applies the edit. Returns false (changing nothing) if it does not fit
    /// the dataset, e.g. an index out of range. Changes the data in place
    /// unless someone else holds it too (then it is copied first).
    pub fn apply(&mut self, d: &mut Arc<Dataset>) -> bool {
        if let Edit::Replace(other) = self {
            std::mem::swap(d, other);
            return true;
        }
        if !self.fits(d) {
            return false;
        }
        let data = Arc::make_mut(d);
        match self {
            Edit::Add { index, point } => data.points.insert(*index, *point),
            Edit::Remove { index, .. } => {
                data.points.remove(*index);
            }
            Edit::Move { index, to, .. } => data.points[*index].x = *to,
            Edit::FlipTest(indices) => {
                for i in indices.iter() {
                    let p = &mut data.points[i];
                    p.test = !p.test;
                }
            }
            Edit::Replace(_) => {}
        }
        true
    }

    /// Takes the edit back after [`Edit::apply`]: a replace swaps again, the
    /// others apply their inverse.
    pub fn revert(&mut self, d: &mut Arc<Dataset>) -> bool {
        match self {
            Edit::Replace(_) => self.apply(d),
            other => other.inverse().apply(d),
        }
    }

    /// Whether the edit's indices exist in `d`.
    pub fn fits(&self, d: &Dataset) -> bool {
        let n = d.points.len();
        match self {
            Edit::Add { index, .. } => *index <= n,
            Edit::Remove { index, .. } | Edit::Move { index, .. } => *index < n,
            Edit::FlipTest(indices) => indices.last().is_none_or(|i| i < n),
            Edit::Replace(_) => true,
        }
    }

    /// The edit that undoes this one. A [`Edit::Replace`] undoes itself
    /// (applying it swaps the data back).
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
            Edit::FlipTest(indices) => Edit::FlipTest(Arc::clone(indices)),
            Edit::Replace(other) => Edit::Replace(Arc::clone(other)),
        }
    }

    /// Folds `next`, applied right after this edit to data of `n` points,
    /// into this one when both are steps of one gesture: the moves of one
    /// dragged point, the splits or the regenerated data of one slider
    /// drag. Returns false when they do not combine.
    pub fn absorb(&mut self, next: &Edit, n: usize) -> bool {
        match (self, next) {
            (Edit::Move { index, to, .. }, Edit::Move { index: i2, to: t2, .. }) if *index == *i2 => {
                *to = *t2;
                true
            }
            (Edit::FlipTest(a), Edit::FlipTest(b)) => {
                *a = Arc::new(a.symmetric_difference(b, n));
                true
            }
            // The first swap holds the data from before the gesture; the
            // data in between is dropped.
            (Edit::Replace(_), Edit::Replace(_)) => true,
            _ => false,
        }
    }

    /// Bytes this edit keeps alive (what an undo history pays to store it).
    pub fn bytes(&self) -> usize {
        std::mem::size_of::<Edit>()
            + match self {
                Edit::FlipTest(indices) => indices.bytes(),
                Edit::Replace(other) => other.bytes(),
                _ => 0,
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Arc<Dataset> {
        let mut d = Dataset::new_classification("t", 2);
        d.points = vec![Point::new(0.0, 0.0, 0.0), Point::new(1.0, 1.0, 1.0)];
        Arc::new(d)
    }

    #[test]
    fn every_edit_is_undone_by_its_inverse() {
        let mut cleared = (*data()).clone();
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
            Edit::FlipTest(Arc::new(vec![0, 1].into())),
            Edit::Replace(Arc::new(cleared)),
        ];
        let mut d = data();
        let mut done = Vec::new();
        let mut states = vec![(*d).clone()];
        for mut e in edits {
            assert!(e.apply(&mut d));
            states.push((*d).clone());
            done.push(e);
        }
        assert!(d.points.is_empty());
        for (e, expected) in done.iter().rev().zip(states.iter().rev().skip(1)) {
            assert!(e.inverse().apply(&mut d));
            assert_eq!(&*d, expected);
        }
    }

    #[test]
    fn a_replace_holds_one_copy_and_swaps_back() {
        let mut other = (*data()).clone();
        other.points.truncate(1);
        let original = data();
        let mut d = Arc::clone(&original);
        let mut e = Edit::Replace(Arc::new(other.clone()));
        assert!(e.apply(&mut d));
        assert_eq!(*d, other);
        assert!(matches!(&e, Edit::Replace(held) if Arc::ptr_eq(held, &original)));
        assert!(e.apply(&mut d));
        assert!(Arc::ptr_eq(&d, &original), "the same data comes back, not a copy");
    }

    #[test]
    fn out_of_range_edits_change_nothing() {
        let mut d = data();
        let mut e = Edit::Remove {
            index: 9,
            point: Point::new(0.0, 0.0, 0.0),
        };
        assert!(!e.apply(&mut d));
        assert!(!Edit::FlipTest(Arc::new(vec![2].into())).apply(&mut d));
        assert_eq!(d, data());
    }

    #[test]
    fn gestures_fold_into_one_edit() {
        let mut m = Edit::Move {
            index: 3,
            from: [0.0, 0.0],
            to: [1.0, 1.0],
        };
        let next = Edit::Move {
            index: 3,
            from: [1.0, 1.0],
            to: [2.0, 5.0],
        };
        assert!(m.absorb(&next, 10));
        assert_eq!(
            m,
            Edit::Move {
                index: 3,
                from: [0.0, 0.0],
                to: [2.0, 5.0]
            }
        );
        let other_point = Edit::Move {
            index: 4,
            from: [0.0, 0.0],
            to: [1.0, 1.0],
        };
        assert!(!m.absorb(&other_point, 10));

        let mut f = Edit::FlipTest(Arc::new(vec![1, 4, 7].into()));
        assert!(f.absorb(&Edit::FlipTest(Arc::new(vec![0, 4, 9].into())), 10));
        let Edit::FlipTest(merged) = f else {
            panic!("still a flip")
        };
        assert_eq!(merged.iter().collect::<Vec<_>>(), [0, 1, 7, 9]);
    }
}
