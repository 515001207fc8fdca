//! The output head for a whole batch of logits: each row's loss, whether it
//! was classified right, and its gradient ∂ℓ/∂z (for both fused kernels).
//!
//! Binary cross-entropy, the loss of every two-class problem, runs eight
//! rows per vector with the formulas of [`Head::row`]: with e = e^−|z|
//! (|z| capped at 30, see `fastmath::exp_neg_abs_logit`),
//! σ(z) = 1/(1 + e) for z ≥ 0 and e/(1 + e) below,
//! ℓ = max(z, 0) − z·t + ln(1 + e) and ∂ℓ/∂z = σ(z) − t. Lane for lane the
//! operations are those of the one-row code, so the results are the same
//! bit for bit. Other heads go row by row through [`Head::train_row`].

use wide::f32x8;

use crate::nn::fastmath::{exp_neg_abs_logit_v, ln_1p_unit_v};
use crate::nn::fused_simd::Simd;
use crate::nn::loss::{Head, Loss, MAX_OUTPUTS};

/// Writes `scale`·∂ℓ/∂z of row r into `delta` for the logits of sample
/// `rows[r]`; returns the summed loss and the number of rows classified
/// right. Each row is `chunks` vectors of 8 lanes in both `logits` and
/// `delta` (unused lanes of `delta` are left zero).
#[inline(always)]
#[allow(clippy::too_many_arguments)]
pub fn train_rows<S: Simd>(
    s: S,
    head: &Head,
    logits: &[f32x8],
    chunks: usize,
    targets: &[f32],
    rows: &[usize],
    delta: &mut [f32x8],
    scale: f32,
) -> (f64, u64) {
    if head.loss == Loss::BinaryCrossEntropy && head.outputs() == 1 && chunks == 1 {
        return binary_cross_entropy(s, logits, targets, rows, delta, scale);
    }
    let out_n = head.outputs();
    let (mut loss, mut correct) = (0.0f64, 0u64);
    let chunks = chunks.max(1);
    for ((z, d), &i) in logits
        .chunks_exact(chunks)
        .zip(delta.chunks_exact_mut(chunks))
        .zip(rows)
    {
        let mut g = [0.0f32; MAX_OUTPUTS];
        let z: &[f32] = bytemuck::cast_slice(z);
        let (l, right) = head.train_row(&z[..out_n], targets[i], &mut g[..out_n], scale);
        loss += l;
        correct += u64::from(right);
        let d: &mut [f32] = bytemuck::cast_slice_mut(d);
        d.fill(0.0);
        d[..out_n].copy_from_slice(&g[..out_n]);
    }
    (loss, correct)
}

/// [`train_rows`] for binary cross-entropy, eight rows per vector (the
/// last vector padded, its extra lanes ignored).
#[inline(always)]
fn binary_cross_entropy<S: Simd>(
    s: S,
    logits: &[f32x8],
    targets: &[f32],
    rows: &[usize],
    delta: &mut [f32x8],
    scale: f32,
) -> (f64, u64) {
    let (mut loss, mut correct) = (0.0f64, 0u64);
    let (zero, one) = (s.splat(0.0), s.splat(1.0));
    for ((logits, delta), rows) in logits.chunks(8).zip(delta.chunks_mut(8)).zip(rows.chunks(8)) {
        let n = rows.len();
        let (mut z, mut t) = ([0.0f32; 8], [0.0f32; 8]);
        for k in 0..n {
            z[k] = logits[k].as_array()[0];
            t[k] = targets[rows[k]];
        }
        let (z, t) = (s.load(&f32x8::new(z)), s.load(&f32x8::new(t)));
        let e = exp_neg_abs_logit_v(s, z);
        let d = s.div(one, s.add(one, e));
        let a = s.select_ge(z, zero, d, s.mul(e, d));
        let g = s.store(s.mul(s.sub(a, t), s.splat(scale))).to_array();
        for (delta, &g) in delta.iter_mut().zip(&g) {
            let mut row = [0.0; 8];
            row[0] = g;
            *delta = f32x8::new(row);
        }
        let l = s.add(s.sub(s.max(z, zero), s.mul(z, t)), ln_1p_unit_v(s, e));
        let l = s.store(l).to_array();
        loss += l[..n].iter().map(|&v| f64::from(v)).sum::<f64>();
        // Class 1 is predicted when σ(z) ≥ ½; right when that matches t = 1.
        let predicted = s.mask_ge(a, s.splat(0.5));
        let is_one = s.mask_eq(t, one);
        let valid = (1u32 << n) - 1;
        correct += u64::from((!(predicted ^ is_one) & valid).count_ones());
    }
    (loss, correct)
}
