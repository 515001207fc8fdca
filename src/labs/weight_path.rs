//! What the perceptron lab's weight-space view draws besides the data:
//! each unit's path through weight space (w₁, w₂, b) — the rule's updates
//! and the learner's drags — and which samples the rule has seen since the
//! reset (the version space of the samples seen so far shrinks with each).

use crate::nn::perceptron::{Tlu, Update};

/// Most points kept of a unit's path; beyond it every other one goes (the
/// first and the last stay), so a long run keeps its shape.
pub const MAX_PATH_POINTS: usize = 20_000;

/// One point of a unit's path.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PathPoint {
    /// (w₁, w₂).
    pub w: [f64; 2],
    /// b.
    pub b: f64,
    /// Reached by the learner's drag rather than by an update.
    pub by_hand: bool,
}

/// Every unit's path and the samples seen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WeightPath {
    units: Vec<Vec<PathPoint>>,
    seen: Vec<bool>,
    edited: bool,
}

impl WeightPath {
    /// Paths starting at the units' weights, nothing seen, for `points`
    /// points of data.
    pub fn start(units: &[Tlu], points: usize) -> Self {
        Self {
            units: units.iter().map(|u| vec![point(u, false)]).collect(),
            seen: vec![false; points],
            edited: false,
        }
    }

    /// Records the sample at dataset index `index` as seen and the updates
    /// its step made.
    pub fn step(&mut self, index: usize, updates: &[Update]) {
        if let Some(s) = self.seen.get_mut(index) {
            *s = true;
        }
        for u in updates {
            let w = |k: usize| u.w_after.get(k).copied().unwrap_or(0.0);
            self.push(
                u.unit,
                PathPoint {
                    w: [w(0), w(1)],
                    b: u.b_after,
                    by_hand: false,
                },
            );
        }
    }

    /// Records unit `unit` set by hand to `tlu`; `start` is the first frame
    /// of a drag (later frames of the same drag replace its point).
    pub fn drag(&mut self, unit: usize, tlu: &Tlu, start: bool) {
        self.edited = true;
        let p = point(tlu, true);
        match self.units.get_mut(unit) {
            Some(path) if !start && path.last().is_some_and(|q| q.by_hand) => {
                if let Some(last) = path.last_mut() {
                    *last = p;
                }
            }
            Some(_) => self.push(unit, p),
            None => {}
        }
    }

    fn push(&mut self, unit: usize, p: PathPoint) {
        let Some(path) = self.units.get_mut(unit) else { return };
        path.push(p);
        thin(path, MAX_PATH_POINTS);
    }

    /// Unit `unit`'s path, oldest first.
    pub fn of_unit(&self, unit: usize) -> &[PathPoint] {
        self.units.get(unit).map_or(&[], Vec::as_slice)
    }

    /// Whether the point at dataset index `index` has been seen.
    pub fn seen(&self, index: usize) -> bool {
        self.seen.get(index).copied().unwrap_or(false)
    }

    /// Whether a weight was set by hand since the reset (Novikoff's bound
    /// counts updates from w = 0).
    pub fn edited(&self) -> bool {
        self.edited
    }
}

fn point(u: &Tlu, by_hand: bool) -> PathPoint {
    let w = |k: usize| u.w.get(k).copied().unwrap_or(0.0);
    PathPoint {
        w: [w(0), w(1)],
        b: u.b,
        by_hand,
    }
}

/// Keeps `v` at most `max` long by dropping every other element, the first
/// and the last kept.
pub fn thin<T>(v: &mut Vec<T>, max: usize) {
    if v.len() <= max {
        return;
    }
    let last = v.len() - 1;
    let mut k = 0;
    v.retain(|_| {
        let keep = k % 2 == 0 || k == last;
        k += 1;
        keep
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thinning_keeps_both_ends() {
        let mut v: Vec<usize> = (0..10).collect();
        thin(&mut v, 9);
        assert_eq!(v, [0, 2, 4, 6, 8, 9]);
        let mut v: Vec<usize> = (0..9).collect();
        thin(&mut v, 8);
        assert_eq!(v, [0, 2, 4, 6, 8]);
    }

    #[test]
    fn a_drag_is_one_point_however_many_frames() {
        let mut p = WeightPath::start(&[Tlu::zeros(2)], 4);
        let t = |x: f64| Tlu {
            w: vec![x, 0.0],
            b: 1.0,
        };
        p.drag(0, &t(1.0), true);
        p.drag(0, &t(2.0), false);
        p.drag(0, &t(3.0), false);
        assert_eq!(p.of_unit(0).len(), 2);
        assert_eq!(p.of_unit(0)[1].w, [3.0, 0.0]);
        p.drag(0, &t(4.0), true);
        assert_eq!(p.of_unit(0).len(), 3, "a new drag starts a new point");
        assert!(p.edited());
        assert!(!p.seen(0));
    }
}
