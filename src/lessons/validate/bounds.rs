//! Bounds a goal can meet: ranges that leave a value the checked figure
//! can take, weights and biases some network can have, counts in order.

use super::super::check::Range;
use super::super::error::{GoalLimit, Problem};
use super::super::parse::{Located, Seg};
use super::fail;
use crate::data::Feature;
use crate::nn::{MAX_HIDDEN_LAYERS, MAX_NEURONS};

/// The values a checked figure can take.
#[derive(Clone, Copy)]
pub(super) enum Domain {
    /// An accuracy: [0, 1].
    Fraction,
    /// A loss: finite and ≥ 0.
    NonNegative,
    /// A weight or bias: any finite number.
    Real,
}

impl Domain {
    /// Lowest and highest value, and what to tell when bounds miss them.
    fn bounds(self) -> (f64, f64, Option<GoalLimit>) {
        match self {
            Domain::Fraction => (0.0, 1.0, Some(GoalLimit::Accuracy)),
            Domain::NonNegative => (0.0, f64::MAX, Some(GoalLimit::Loss)),
            Domain::Real => (-f64::MAX, f64::MAX, None),
        }
    }
}

/// At least one bound; none is NaN; some value satisfies them all, and
/// one of those is a value the figure can take (`loss ≤ inf` can hold,
/// `accuracy ≥ 2` cannot).
pub(super) fn range(r: &Range, domain: Domain, path: Vec<Seg>) -> Result<(), Located> {
    let given: Vec<f64> = r.bounds().into_iter().flatten().collect();
    if given.is_empty() {
        return fail(path, Problem::NoBound);
    }
    // The tighter of `at_least` and `above`, and whether it is strict.
    let lower = match (r.at_least, r.above) {
        (Some(l), Some(a)) if a >= l => (a, true),
        (Some(l), _) => (l, false),
        (None, Some(a)) => (a, true),
        (None, None) => (f64::NEG_INFINITY, false),
    };
    let upper = match (r.at_most, r.below) {
        (Some(m), Some(b)) if b <= m => (b, true),
        (Some(m), _) => (m, false),
        (None, Some(b)) => (b, true),
        (None, None) => (f64::INFINITY, false),
    };
    let ((lo, lo_strict), (hi, hi_strict)) = (lower, upper);
    if given.iter().any(|v| v.is_nan()) || lo > hi || (lo == hi && (lo_strict || hi_strict)) {
        return fail(path, Problem::EmptyRange);
    }
    let (min, max, limit) = domain.bounds();
    let misses = lo > max || (lo == max && lo_strict) || hi < min || (hi == min && hi_strict);
    match (misses, limit) {
        (false, _) => Ok(()),
        (true, Some(limit)) => fail(path, Problem::GoalOutOfReach(limit)),
        (true, None) => fail(path, Problem::EmptyRange),
    }
}

/// A weight (`input: Some`) or bias that some network can have: layers up
/// to the output of the deepest network, neurons and inputs up to the
/// widest layer (the first layer's inputs are the input features).
pub(super) fn parameter(layer: usize, input: Option<usize>, neuron: usize, path: Vec<Seg>) -> Result<(), Located> {
    let max_input = if layer == 0 { Feature::ALL.len() } else { MAX_NEURONS } - 1;
    let limit = if layer > MAX_HIDDEN_LAYERS {
        Some(GoalLimit::Layer {
            layer,
            max: MAX_HIDDEN_LAYERS,
        })
    } else if neuron >= MAX_NEURONS {
        Some(GoalLimit::Neuron {
            neuron,
            max: MAX_NEURONS - 1,
        })
    } else {
        input
            .filter(|&i| i > max_input)
            .map(|input| GoalLimit::Input { input, max: max_input })
    };
    match limit {
        Some(limit) => fail(path, Problem::GoalOutOfReach(limit)),
        None => Ok(()),
    }
}

/// At least one bound, and at_least ≤ at_most.
pub(super) fn count(at_least: Option<u64>, at_most: Option<u64>, path: Vec<Seg>) -> Result<(), Located> {
    match (at_least, at_most) {
        (None, None) => fail(path, Problem::NoBound),
        (Some(lo), Some(hi)) if lo > hi => fail(path, Problem::EmptyRange),
        _ => Ok(()),
    }
}
