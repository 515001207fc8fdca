//! The dry run's budget: a lesson is set up step by step once when it
//! loads, and a file may ask each step for millions of points. The points
//! every step makes (its network-tab data, and the samples it pre-runs in
//! the perceptron lab) are summed over the steps; past the budget the
//! lesson is refused at the step that goes over, before that step's data
//! is made whenever its size is known beforehand.

use super::error::Problem;
use super::place::Seg;
use super::rig::Rig;
use super::setup::{DataSetup, Setup};
use crate::data::Generator;

/// The most work a lesson's dry run may do, in points summed over its
/// steps. About a third of a second of set-up on a laptop (a
/// 5,000,000-point set-up took 0.76 s); the built-in course needs a few
/// thousand. Without it a 1 MB file of 6,249 steps of 5,000,000 points
/// each kept a core busy for 80 minutes at 1 GB.
pub const DRY_RUN_BUDGET: u64 = 2_000_000;

/// Points counted so far.
#[derive(Default)]
pub(super) struct Budget {
    spent: u64,
}

/// Over budget: where (the step's set-up, or its `points`) and the problem.
pub(super) type Over = (Vec<Seg>, Problem);

impl Budget {
    /// Before step `i` is set up: what it will make, when known, still fits.
    pub(super) fn before(&self, i: usize, setup: &Setup) -> Result<(), Over> {
        let planned = if makes_data(setup) {
            planned_points(setup.data.as_ref()).unwrap_or(0)
        } else {
            0
        };
        self.check(
            i,
            setup,
            self.spent.saturating_add(samples(setup)).saturating_add(planned),
        )
    }

    /// After step `i` was set up on `rig`: what it made still fits (a CSV's
    /// size is known only once it is read, and the read itself is bounded).
    pub(super) fn after(&mut self, i: usize, setup: &Setup, rig: &Rig) -> Result<(), Over> {
        let made = match (makes_data(setup), &rig.network) {
            (true, Some(n)) => n.dataset.points.len() as u64,
            _ => 0,
        };
        self.spent = self.spent.saturating_add(samples(setup)).saturating_add(made);
        self.check(i, setup, self.spent)
    }

    fn check(&self, i: usize, setup: &Setup, points: u64) -> Result<(), Over> {
        if points <= DRY_RUN_BUDGET {
            return Ok(());
        }
        let mut path = vec![Seg::Key("step"), Seg::Index(i), Seg::Key("setup")];
        if setup.data.as_ref().is_some_and(|d| d.points.is_some()) {
            path.extend([Seg::Key("data"), Seg::Key("points")]);
        }
        Err((
            path,
            Problem::OverBudget {
                points,
                limit: DRY_RUN_BUDGET,
            },
        ))
    }
}

/// Whether the step builds the network tab's data afresh.
fn makes_data(setup: &Setup) -> bool {
    setup.data.is_some() || setup.network.is_some() || setup.training.is_some()
}

/// Samples the step pre-runs in the perceptron lab.
fn samples(setup: &Setup) -> u64 {
    setup.perceptron.as_ref().map_or(0, |p| p.run_samples as u64)
}

/// Points a step's network-tab data will have, when known before it is
/// made (`None` for a CSV file): the generator's or gate's count, or the
/// default spiral's when the step names no data.
fn planned_points(data: Option<&DataSetup>) -> Option<u64> {
    let Some(d) = data else {
        return Some(Generator::Spiral.default_points() as u64);
    };
    if d.csv.is_some() {
        return None;
    }
    let g = d
        .gate
        .map(|g| g.generator())
        .or(d.generator)
        .unwrap_or(Generator::Spiral);
    Some(d.points.unwrap_or_else(|| g.default_points()) as u64)
}
