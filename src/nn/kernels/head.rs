//! The output head over a batch with its samples across the lanes: each
//! sample's loss, whether it was classified right, and its gradient ∂ℓ/∂z.
//!
//! Binary cross-entropy, the loss of every two-class problem, runs a
//! vector of samples at a time with the formulas of [`Head::row`]: with
//! e = e^−|z| (|z| capped at 30, see `fastmath::exp_neg_abs_logit`),
//! σ(z) = 1/(1 + e) for z ≥ 0 and e/(1 + e) below,
//! ℓ = max(z, 0) − z·t + ln(1 + e) and ∂ℓ/∂z = σ(z) − t; on the baseline
//! path the results are the one-sample code's bit for bit. Softmax
//! cross-entropy, the loss of every problem with more classes, runs a
//! vector of samples at a time too: with M = maxₖ zₖ and
//! eₖ = e^max(zₖ − M, −30), aₖ = eₖ/Σe, ℓ = M + ln Σe − z_y and
//! ∂ℓ/∂zₖ = aₖ − [k = y] (its exponential and logarithm are the vector
//! ones, a few ulps from the one-sample code's). The other heads go sample
//! by sample through [`Head::train_row`].
//!
//! Lanes past the batch's last sample get ∂ℓ/∂z = 0, so they add nothing
//! to any gradient, and are left out of the loss and the count.

use super::dispatch::{Simd, keep_first};
use crate::nn::fastmath::{LOGIT_LIMIT, exp_neg_abs_logit_v, exp_nonpositive_v, ln_1p_unit_v, sigmoid_v};
use crate::nn::loss::{Head, Loss, MAX_OUTPUTS, OutputActivation};

/// The head's logits and ∂ℓ/∂z rows for a batch of `samples` samples in
/// `vectors` vectors per row, rows `stride` apart.
pub(super) struct HeadRows<'a> {
    pub logits: &'a [f32],
    pub delta: &'a mut [f32],
    pub stride: usize,
    pub vectors: usize,
    pub samples: usize,
}

/// Writes `scale`·∂ℓ/∂z of every sample into `rows.delta`; returns the
/// summed loss and the number of samples classified right. `targets[k]`
/// is sample k's target.
#[inline(always)]
pub(super) fn train<S: Simd>(s: S, head: &Head, rows: HeadRows<'_>, targets: &[f32], scale: f32) -> (f64, u64) {
    if head.loss == Loss::BinaryCrossEntropy && head.outputs() == 1 {
        return binary_cross_entropy(s, rows, targets, scale);
    }
    if head.loss == Loss::CrossEntropy && head.output == OutputActivation::Softmax {
        return softmax_cross_entropy(s, head.outputs(), rows, targets, scale);
    }
    let HeadRows {
        logits,
        delta,
        stride,
        samples,
        ..
    } = rows;
    let m = head.outputs();
    let (mut loss, mut correct) = (0.0f64, 0u64);
    let (mut z, mut g) = ([0.0f32; MAX_OUTPUTS], [0.0f32; MAX_OUTPUTS]);
    for (k, &t) in targets[..samples].iter().enumerate() {
        for (o, z) in z[..m].iter_mut().enumerate() {
            *z = logits[o * stride + k];
        }
        let (l, right) = head.train_row(&z[..m], t, &mut g[..m], scale);
        loss += l;
        correct += u64::from(right);
        for (o, &g) in g[..m].iter().enumerate() {
            delta[o * stride + k] = g;
        }
    }
    for o in 0..m {
        delta[o * stride + samples..(o + 1) * stride].fill(0.0);
    }
    (loss, correct)
}

/// [`train`] for binary cross-entropy, a vector of samples at a time.
#[inline(always)]
fn binary_cross_entropy<S: Simd>(s: S, rows: HeadRows<'_>, targets: &[f32], scale: f32) -> (f64, u64) {
    let lanes = S::LANES;
    let (mut loss, mut correct) = (0.0f64, 0u64);
    for v in 0..rows.vectors {
        let valid = (rows.samples - v * lanes).min(lanes);
        let (z, t) = (s.load(&rows.logits[v * lanes..]), s.load(&targets[v * lanes..]));
        let (g, l, right) = binary_cross_entropy_v(s, z, t, scale, valid);
        s.store(g, &mut rows.delta[v * lanes..]);
        loss += l;
        correct += right;
    }
    (loss, correct)
}

/// Binary cross-entropy on one vector of logits `z` with targets `t`, the
/// first `valid` lanes real: `scale`·∂ℓ/∂z (zero past `valid`), the summed
/// loss and how many were classified right.
#[inline(always)]
pub(super) fn binary_cross_entropy_v<S: Simd>(s: S, z: S::V, t: S::V, scale: f32, valid: usize) -> (S::V, f64, u64) {
    let (zero, one, half) = (s.splat(0.0), s.splat(1.0), s.splat(0.5));
    let e = exp_neg_abs_logit_v(s, z);
    let d = s.div(one, s.add(one, e));
    let a = s.select_ge(z, zero, d, s.mul(e, d));
    let g = keep_first(s, s.mul(s.sub(a, t), s.splat(scale)), valid);
    let l = s.add(s.sub(s.max(z, zero), s.mul(z, t)), ln_1p_unit_v(s, e));
    let loss = f64::from(s.reduce_add(keep_first(s, l, valid)));
    // Class 1 is predicted when σ(z) ≥ ½; right when that matches t = 1.
    let predicted = s.mask_ge(a, half);
    let is_one = s.mask_eq(t, one);
    let in_batch = if valid >= 32 { u32::MAX } else { (1u32 << valid) - 1 };
    (g, loss, u64::from((!(predicted ^ is_one) & in_batch).count_ones()))
}

/// [`train`] for softmax cross-entropy over `classes` classes, a vector of
/// samples at a time (each class's eₖ waits in its ∂ℓ/∂z row).
#[inline(always)]
fn softmax_cross_entropy<S: Simd>(s: S, classes: usize, rows: HeadRows<'_>, targets: &[f32], scale: f32) -> (f64, u64) {
    let (lanes, stride) = (S::LANES, rows.stride);
    let (mut loss, mut correct) = (0.0f64, 0u64);
    let (zero, one, limit) = (s.splat(0.0), s.splat(1.0), s.splat(-LOGIT_LIMIT));
    for v in 0..rows.vectors {
        let at = v * lanes;
        let valid = (rows.samples - at).min(lanes);
        let t = s.load(&targets[at..]);
        let logits = &rows.logits[at..];
        let mut top = s.load(logits);
        // z_y, the last class's logit for a target past the last class.
        let mut z_y = s.load(&logits[(classes - 1) * stride..]);
        for k in 0..classes {
            let zk = s.load(&logits[k * stride..]);
            top = s.max(zk, top);
            z_y = s.select_eq(t, s.splat(k as f32), zk, z_y);
        }
        let mut sum = zero;
        for k in 0..classes {
            let zk = s.load(&logits[k * stride..]);
            let e = exp_nonpositive_v(s, s.max(s.sub(zk, top), limit));
            s.store(e, &mut rows.delta[k * stride + at..]);
            sum = s.add(sum, e);
        }
        let (mut best, mut best_k) = (zero, zero);
        for k in 0..classes {
            let row = &mut rows.delta[k * stride + at..];
            let a = s.div(s.load(row), sum);
            if k == 0 {
                best = a;
            } else {
                best_k = s.select_gt(a, best, s.splat(k as f32), best_k);
                best = s.select_gt(a, best, a, best);
            }
            let hit = s.select_eq(t, s.splat(k as f32), one, zero);
            s.store(keep_first(s, s.mul(s.sub(a, hit), s.splat(scale)), valid), row);
        }
        let l = s.sub(s.add(top, ln_small(s, sum)), z_y);
        loss += f64::from(s.reduce_add(keep_first(s, l, valid)));
        let in_batch = if valid >= 32 { u32::MAX } else { (1u32 << valid) - 1 };
        correct += u64::from((s.mask_eq(best_k, t) & in_batch).count_ones());
    }
    (loss, correct)
}

/// ln x for x in [1, 32]: x halved (exactly) k times into [1, 2), then
/// k·ln 2 + ln(1 + (x − 1)).
#[inline(always)]
fn ln_small<S: Simd>(s: S, x: S::V) -> S::V {
    let (two, half, one) = (s.splat(2.0), s.splat(0.5), s.splat(1.0));
    let (mut x, mut k) = (x, s.splat(0.0));
    for _ in 0..5 {
        k = s.select_ge(x, two, s.add(k, one), k);
        x = s.select_ge(x, two, s.mul(x, half), x);
    }
    s.mul_add(k, s.splat(std::f32::consts::LN_2), ln_1p_unit_v(s, s.sub(x, one)))
}

/// The class probabilities of a two-class sigmoid head, (1 − σ(z), σ(z))
/// per sample, into `out` (two floats per sample) for the first `samples`
/// lanes of `logits`; false (and nothing written) for any other head.
#[inline(always)]
pub(super) fn two_class_probabilities<S: Simd>(
    s: S,
    head: &Head,
    logits: &[f32],
    samples: usize,
    out: &mut [f32],
) -> bool {
    if head.outputs() != 1 || head.output != OutputActivation::Sigmoid {
        return false;
    }
    let lanes = S::LANES;
    let (zero, one) = (s.splat(0.0), s.splat(1.0));
    let mut p = [0.0f32; 16];
    for (v, out) in out[..2 * samples].chunks_mut(2 * lanes).enumerate() {
        let a = s.min(s.max(sigmoid_v(s, s.load(&logits[v * lanes..])), zero), one);
        s.store(a, &mut p);
        for (pair, &p1) in out.chunks_exact_mut(2).zip(&p) {
            pair[0] = 1.0 - p1;
            pair[1] = p1;
        }
    }
    true
}
