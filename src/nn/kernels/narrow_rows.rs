//! The row kernels of the neuron-lane passes (`narrow`): one layer, every
//! sample of the batch, each sample's values one 8-lane row.
//!
//! Every function takes its width as a compile-time `N` (the real width
//! rounded up to 1, 2, 4 or 8), so the loop over lanes unrolls into
//! straight vector code, and the weights are loaded into registers once
//! per batch rather than once per sample.

use super::activate::derivative_times;
use super::dispatch::Simd;
use crate::nn::activation::Activation;

/// Floats per row.
pub(super) const ROW: usize = 8;

/// out[r] = b + Σₚ₌₀^{N−1} x[r]ₚ·w[p] for the first `n` rows, with `w[p]`
/// (`w[p·8..]`) the weights from input p to the 8 neurons. With the
/// transposed weights and b = 0 the same product sends a layer's error back
/// to its inputs: out[r] = Σⱼ δ[r]ⱼ·Wᵀ[j].
#[inline(always)]
pub(super) fn forward_rows<S: Simd, const N: usize>(
    s: S,
    w: &[f32],
    bias: Option<&[f32]>,
    x: &[f32],
    out: &mut [f32],
    n: usize,
) {
    let weights: [S::V; N] = std::array::from_fn(|p| s.load(&w[p * ROW..]));
    let bias = bias.map_or(s.splat(0.0), |b| s.load(b));
    for (x, out) in x.chunks_exact(ROW).zip(out.chunks_exact_mut(ROW)).take(n) {
        let mut acc = bias;
        for (&w, &x) in weights.iter().zip(&x[..N]) {
            acc = s.mul_add(s.splat(x), w, acc);
        }
        s.store(acc, out);
    }
}

/// [`forward_rows`] for the first layer, its inputs read where the
/// training set keeps them: feature p of sample r at `x[p·stride + r]`.
#[inline(always)]
pub(super) fn forward_columns<S: Simd, const N: usize>(
    s: S,
    (w, bias): (&[f32], &[f32]),
    inputs: usize,
    (x, stride): (&[f32], usize),
    out: &mut [f32],
    n: usize,
) {
    let weights: [S::V; N] = std::array::from_fn(|p| s.load(&w[p * ROW..]));
    let columns = first_columns::<N>((x, stride), inputs, n);
    let bias = s.load(bias);
    for (out, r) in out.chunks_exact_mut(ROW).zip(0..n) {
        let mut acc = bias;
        for (&w, column) in weights.iter().zip(&columns) {
            acc = s.mul_add(s.splat(column[r]), w, acc);
        }
        s.store(acc, out);
    }
}

/// The first `n` samples of each of the first layer's N input columns
/// (feature p at `x[p·stride..]`), every one exactly `n` long so that the
/// loops over samples index them unchecked and unrolled. Past the layer's
/// `inputs` the first column stands in: those rows of W are zero, so the
/// products add nothing, and their gradient rows are never written.
#[inline(always)]
fn first_columns<const N: usize>((x, stride): (&[f32], usize), inputs: usize, n: usize) -> [&[f32]; N] {
    std::array::from_fn(|p| &x[if p < inputs { p * stride } else { 0 }..][..n])
}

/// A layer of one neuron: out[r] = (x[r]·w + b, 0, …, 0), with `w` the
/// neuron's weights (one input per lane): a multiply and a horizontal sum
/// instead of eight broadcasts.
#[inline(always)]
pub(super) fn forward_single<S: Simd>(s: S, w: &[f32], bias: f32, x: &[f32], out: &mut [f32], n: usize) {
    let w = s.load(w);
    for (x, out) in x.chunks_exact(ROW).zip(out.chunks_exact_mut(ROW)).take(n) {
        out.fill(0.0);
        out[0] = s.reduce_add(s.mul(s.load(x), w)) + bias;
    }
}

/// What a hidden layer's backward pass reads and writes, over the first
/// `n` rows: `x` the layer's inputs (the activations φ of the layer below,
/// `inputs` of them, `below_activation` its φ), `delta` its ∂ℓ/∂z, `t` its
/// Wᵀ rows; the weight and bias gradients go into `g` and `gb`, the error
/// of the layer below into `below`.
pub(super) struct Backward<'a> {
    pub x: &'a [f32],
    pub inputs: usize,
    pub below_activation: Activation,
    pub delta: &'a [f32],
    pub t: &'a [f32],
    pub g: &'a mut [f32],
    pub gb: &'a mut [f32],
    pub below: &'a mut [f32],
    pub n: usize,
}

/// A hidden layer's backward pass in one sweep over the rows: the weight
/// gradient g[p] = Σᵣ x[r]ₚ·δ[r] (rows p below `inputs`, into `g[p·8..]`),
/// the bias gradient Σᵣ δ[r] (into `gb[..8]`), and the error of the layer
/// below, δ_below[r] = (Σⱼ δ[r]ⱼ·Wᵀ[j]) ⊙ φ'(x[r]) (`N` inputs and `M`
/// neurons at most).
#[inline(always)]
pub(super) fn backward_rows<S: Simd, const N: usize, const M: usize>(s: S, b: Backward<'_>) {
    let t = &b.t[..M * ROW];
    let mut acc = [s.splat(0.0); N];
    let mut bias = s.splat(0.0);
    let rows =
        b.x.chunks_exact(ROW)
            .zip(b.delta.chunks_exact(ROW))
            .zip(b.below.chunks_exact_mut(ROW));
    for ((x, d), below) in rows.take(b.n) {
        let dv = s.load(d);
        bias = s.add(bias, dv);
        for (acc, &xp) in acc.iter_mut().zip(&x[..N]) {
            *acc = s.mul_add(s.splat(xp), dv, *acc);
        }
        let mut back = s.splat(0.0);
        for (&dj, tj) in d[..M].iter().zip(t.chunks_exact(ROW)) {
            back = s.mul_add(s.splat(dj), s.load(tj), back);
        }
        s.store(derivative_times(s, b.below_activation, s.load(x), back), below);
    }
    for (g, acc) in b.g.chunks_exact_mut(ROW).zip(acc).take(b.inputs) {
        s.store(acc, g);
    }
    s.store(bias, b.gb);
}

/// [`backward_rows`] for a one-neuron layer: its weight gradient is
/// Σᵣ δ[r]₀·x[r] (one input per lane), scattered into `g[p·8]`, and the
/// error below δ[r]₀·Wᵀ[0] ⊙ φ'(x[r]).
#[inline(always)]
pub(super) fn backward_single<S: Simd>(s: S, b: Backward<'_>) {
    let w = s.load(b.t);
    let (mut acc, mut bias) = (s.splat(0.0), s.splat(0.0));
    let rows =
        b.x.chunks_exact(ROW)
            .zip(b.delta.chunks_exact(ROW))
            .zip(b.below.chunks_exact_mut(ROW));
    for ((x, d), below) in rows.take(b.n) {
        bias = s.add(bias, s.load(d));
        let (d0, xv) = (s.splat(d[0]), s.load(x));
        acc = s.mul_add(d0, xv, acc);
        s.store(derivative_times(s, b.below_activation, xv, s.mul(d0, w)), below);
    }
    weight_column(s, acc, b.inputs, b.g);
    s.store(bias, b.gb);
}

/// A one-neuron layer's weight gradient, one input per lane of `acc`,
/// into its column of the layout: `g[p·8]` for the first `inputs` inputs.
#[inline(always)]
pub(super) fn weight_column<S: Simd>(s: S, acc: S::V, inputs: usize, g: &mut [f32]) {
    let mut lanes = [0.0f32; 16];
    s.store(acc, &mut lanes);
    for (p, &v) in lanes.iter().enumerate().take(inputs) {
        g[p * ROW] = v;
    }
}

/// The first layer's gradients, its inputs read where the training set
/// keeps them (feature p of sample r at `x[p·stride + r]`): g[p] =
/// Σᵣ x[r]ₚ·δ[r] into `g[p·8..]` for p below `inputs`, and Σᵣ δ[r] into
/// `gb[..8]`.
#[inline(always)]
pub(super) fn first_gradient<S: Simd, const N: usize>(
    s: S,
    (x, stride, inputs): (&[f32], usize, usize),
    delta: &[f32],
    (g, gb): (&mut [f32], &mut [f32]),
    n: usize,
) {
    let columns = first_columns::<N>((x, stride), inputs, n);
    let mut acc = [s.splat(0.0); N];
    let mut bias = s.splat(0.0);
    for (d, r) in delta.chunks_exact(ROW).zip(0..n) {
        let d = s.load(d);
        bias = s.add(bias, d);
        for (acc, column) in acc.iter_mut().zip(&columns) {
            *acc = s.mul_add(s.splat(column[r]), d, *acc);
        }
    }
    for (g, acc) in g.chunks_exact_mut(ROW).zip(acc).take(inputs) {
        s.store(acc, g);
    }
    s.store(bias, gb);
}
