//! The loss landscape: the training loss on a 2-D slice of weight space
//! through the current weights w (Li et al., "Visualizing the Loss
//! Landscape of Neural Nets", 2018),
//!
//! ```text
//! L(α, β) = mean data loss over the training points of  w + α·d₁ + β·d₂
//! ```
//!
//! without the L1/L2 penalty (the figure the status bar calls train loss),
//! on an N × N grid of α, β from −span to +span. The directions d₁, d₂ are
//! either the top two principal components of the run's checkpoints (the
//! plane the trajectory moved in most; see `directions.rs`) or two seeded,
//! filter-normalized random directions. The checkpoints, projected onto
//! the plane, draw the training path on it.
//!
//! Weights are flattened in the session file's order: layer by layer, the
//! `weights` row by row as `[input][neuron]`, then that layer's `bias`.
//! The grid is computed in f64 and each cell's weights rounded to the
//! network's f32, so the centre cell (α = β = 0) is w itself and its loss
//! is the status bar's train loss to the last bit.

mod directions;

use std::sync::Arc;

use super::{Checkpoint, Masks};
use crate::data::Design;
use crate::names::name_table;
use crate::nn::{Mlp, evaluate};

pub use directions::{flatten, write_flat};

/// Grid sizes accepted (cells per side).
pub const LANDSCAPE_SIZES: std::ops::RangeInclusive<usize> = 2..=201;
/// Largest span accepted.
pub const MAX_SPAN: f64 = 1e6;

/// How the two directions of the slice are chosen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Directions {
    /// The top two principal components of the checkpoints.
    #[default]
    Pca,
    /// Two filter-normalized random directions.
    Random,
}

name_table! {
    Directions {
        Pca => "pca";
        Random => "random";
    }
}

/// Why the principal components could not be used (the slice then takes
/// random directions, and says why).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fallback {
    /// The session has no checkpoints.
    NoCheckpoints,
    /// Fewer than three checkpoints, or all of them on one line: no second
    /// principal component.
    FlatPath,
}

/// What to compute.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LandscapeRequest {
    /// Cells per side, N (default 41).
    pub size: usize,
    /// α and β run from −span to +span (default 1).
    pub span: f64,
    /// The directions asked for.
    pub directions: Directions,
    /// Seed of the random directions.
    pub seed: u64,
}

impl Default for LandscapeRequest {
    fn default() -> Self {
        Self {
            size: 41,
            span: 1.0,
            directions: Directions::Pca,
            seed: 1,
        }
    }
}

/// Why no landscape was computed: a value, put into words by `crate::i18n`.
#[derive(Clone, Copy, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum LandscapeError {
    /// N outside [`LANDSCAPE_SIZES`].
    BadSize(usize),
    /// The span is not a number above 0 (and at most [`MAX_SPAN`]).
    BadSpan(f64),
    /// Nothing to average the loss over.
    NoTrainingPoints,
    /// The caller asked it to stop.
    Cancelled,
}

/// A computed slice.
#[derive(Clone, Debug, PartialEq)]
pub struct Landscape {
    /// Cells per side.
    pub size: usize,
    /// α, β ∈ [−span, span].
    pub span: f64,
    /// The directions used.
    pub directions: Directions,
    /// Set when PCA was asked for but random directions were used.
    pub fallback: Option<Fallback>,
    /// First direction, flattened like the weights.
    pub d1: Vec<f64>,
    /// Second direction.
    pub d2: Vec<f64>,
    /// The N values of α, from −span to +span.
    pub alphas: Vec<f64>,
    /// The N values of β.
    pub betas: Vec<f64>,
    /// `loss[i][j]`: the train loss at w + alphas[i]·d₁ + betas[j]·d₂.
    pub loss: Vec<Vec<f64>>,
    /// The train loss at w.
    pub center_loss: f64,
    /// The checkpoints projected onto the plane, oldest first: (α, β) of
    /// the point of the plane nearest to each (least squares).
    pub path: Vec<[f64; 2]>,
    /// The epoch of each path point.
    pub path_epochs: Vec<u64>,
}

impl Landscape {
    /// The smallest and largest finite loss on the grid.
    pub fn loss_range(&self) -> Option<(f64, f64)> {
        let (lo, hi) = (self.loss.iter().flatten().copied())
            .filter(|v| v.is_finite())
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
        (lo <= hi).then_some((lo, hi))
    }

    /// (α, β) of `net` projected onto the plane (e.g. the network as it
    /// trains on after the slice was computed), relative to the centre
    /// `center` (the flattened weights the slice goes through).
    pub fn project(&self, center: &[f64], net: &Mlp) -> [f64; 2] {
        directions::project(&flatten(net), center, &self.d1, &self.d2)
    }
}

/// N evenly spaced values from −span to +span: `span·(2i/(N − 1) − 1)`, so
/// the middle one of an odd N is exactly 0.
pub fn axis(size: usize, span: f64) -> Vec<f64> {
    let last = size.saturating_sub(1).max(1) as f64;
    (0..size).map(|i| span * (2.0 * i as f64 / last - 1.0)).collect()
}

/// The train loss of `net` on `train` (mean over the rows, no penalty).
pub fn train_loss(net: &Mlp, train: &Design) -> f64 {
    evaluate(net, &train.inputs, &train.targets).loss
}

/// Computes the slice through `net` on the training rows `train`, with the
/// run's `checkpoints` (oldest first) for the principal components and the
/// path; `masks` keeps frozen and switched-off weights out of random
/// directions (training cannot move them). `progress(done, total)` is
/// called after every cell and stops the work when it returns false.
pub fn compute(
    net: &Mlp,
    checkpoints: &[Arc<Checkpoint>],
    train: &Design,
    masks: &Masks,
    request: &LandscapeRequest,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Landscape, LandscapeError> {
    let mut run = LandscapeRun::start(net, checkpoints, train, masks, request)?;
    loop {
        let finished = run.step(train);
        let (done, total) = run.progress();
        if !progress(done, total) {
            return Err(LandscapeError::Cancelled);
        }
        if finished {
            return Ok(run.finish());
        }
    }
}

/// A slice computed one cell per [`LandscapeRun::step`], so a caller
/// without threads (a browser tab) can spread the work over the frames it
/// draws; [`compute`] runs it to the end. Each step is given the training
/// rows [`LandscapeRun::start`] was.
pub struct LandscapeRun {
    /// The slice, its grid filled up to `next`.
    slice: Landscape,
    center: Vec<f64>,
    probe: Mlp,
    flat: Vec<f64>,
    /// The next cell, row by row: `i·N + j`.
    next: usize,
}

impl LandscapeRun {
    /// Checks the request, chooses the directions and projects the path
    /// (see [`compute`]); no cell computed yet.
    pub fn start(
        net: &Mlp,
        checkpoints: &[Arc<Checkpoint>],
        train: &Design,
        masks: &Masks,
        request: &LandscapeRequest,
    ) -> Result<Self, LandscapeError> {
        let n = request.size;
        if !LANDSCAPE_SIZES.contains(&n) {
            return Err(LandscapeError::BadSize(n));
        }
        let span = request.span;
        if !(span > 0.0 && span <= MAX_SPAN) {
            return Err(LandscapeError::BadSpan(span));
        }
        if train.is_empty() {
            return Err(LandscapeError::NoTrainingPoints);
        }
        let center = flatten(net);
        let nets: Vec<&Mlp> = checkpoints.iter().map(|c| &c.net).collect();
        let (plane, fallback) = match request.directions {
            Directions::Random => (None, None),
            Directions::Pca if nets.is_empty() => (None, Some(Fallback::NoCheckpoints)),
            Directions::Pca => match directions::principal(&center, &nets) {
                Some(p) => (Some(p), None),
                None => (None, Some(Fallback::FlatPath)),
            },
        };
        let (directions, [d1, d2]) = match plane {
            Some(p) => (Directions::Pca, p),
            None => (Directions::Random, directions::random(net, masks, request.seed)),
        };
        let path = nets
            .iter()
            .map(|c| directions::project(&flatten(c), &center, &d1, &d2))
            .collect();
        let slice = Landscape {
            size: n,
            span,
            directions,
            fallback,
            center_loss: train_loss(net, train),
            path,
            path_epochs: checkpoints.iter().map(|c| c.point.epoch).collect(),
            d1,
            d2,
            alphas: axis(n, span),
            betas: axis(n, span),
            loss: vec![vec![0.0; n]; n],
        };
        Ok(Self {
            slice,
            flat: vec![0.0; center.len()],
            center,
            probe: net.clone(),
            next: 0,
        })
    }

    /// Cells done and cells in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.slice.size * self.slice.size)
    }

    /// Computes the next cell's loss; true once every cell is done.
    pub fn step(&mut self, train: &Design) -> bool {
        let n = self.slice.size;
        if self.next < n * n {
            let (i, j) = (self.next / n, self.next % n);
            let (a, b) = (self.slice.alphas[i], self.slice.betas[j]);
            let (d1, d2) = (&self.slice.d1, &self.slice.d2);
            for (k, v) in self.flat.iter_mut().enumerate() {
                *v = self.center[k] + a * d1[k] + b * d2[k];
            }
            write_flat(&mut self.probe, &self.flat);
            self.slice.loss[i][j] = train_loss(&self.probe, train);
            self.next += 1;
        }
        self.next == n * n
    }

    /// The slice (complete once [`LandscapeRun::step`] said so).
    pub fn finish(self) -> Landscape {
        self.slice
    }
}
