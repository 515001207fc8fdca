//! The batch kernels of [`super::NarrowNet`]: one layer, all rows of the
//! batch at a time.
//!
//! Each row is one sample's values for the layer, eight lanes with the
//! unused ones zero. Every function takes its width as a compile-time `N`
//! (the real width rounded up to 1, 2, 4 or 8), so the loop over lanes
//! unrolls into straight vector code, and the weights are read once per
//! batch rather than once per sample. Which kernel and which activation to
//! use is decided once per layer, outside the loop over rows.
//! [`activate`] and [`scale_by_derivative`] work on rows of any width and
//! also serve the general kernel ([`crate::nn::FusedWorkspace`]).

use wide::f32x8;

use crate::nn::activation::Activation;
use crate::nn::fastmath::{sigmoid_x8, tanh_x8};

const ZERO: f32x8 = f32x8::ZERO;

/// out[r] = b + Σₚ₌₀^{N−1} x[r]ₚ · w[p], with `w[p]` the weights from input
/// p to the layer's neurons (one per lane). With the `backward` layout and
/// b = 0 the same product sends a layer's error back to its inputs:
/// out[r] = Σⱼ δ[r]ⱼ · W[·, j].
#[inline(always)]
pub fn forward<const N: usize>(w: &[f32x8; 8], bias: f32x8, x: &[f32x8], out: &mut [f32x8]) {
    let w: [f32x8; N] = std::array::from_fn(|p| w[p]);
    for (x, out) in x.iter().zip(out) {
        let x = x.as_array();
        let mut acc = bias;
        for p in 0..N {
            acc += f32x8::splat(x[p]) * w[p];
        }
        *out = acc;
    }
}

/// A layer of one neuron: out[r] = (x[r] · w + b, 0, …, 0), with `w` the
/// neuron's weights (one input per lane): one multiply and a horizontal
/// sum instead of eight broadcasts.
#[inline(always)]
pub fn forward_single(w: f32x8, bias: f32, x: &[f32x8], out: &mut [f32x8]) {
    for (x, out) in x.iter().zip(out) {
        let mut z = [0.0; 8];
        z[0] = (*x * w).reduce_add() + bias;
        *out = f32x8::new(z);
    }
}

/// a = φ(z) on every row, with the activation chosen once.
pub fn activate(activation: Activation, rows: &mut [f32x8]) {
    match activation {
        Activation::Tanh => rows.iter_mut().for_each(|c| *c = tanh_x8(*c)),
        Activation::Sigmoid => rows.iter_mut().for_each(|c| *c = sigmoid_x8(*c)),
        Activation::Relu => rows.iter_mut().for_each(|c| *c = c.max(ZERO)),
        other => rows.iter_mut().for_each(|c| other.apply_chunk(c)),
    }
}

/// Σᵣ δ[r] (the bias gradient).
#[inline(always)]
pub fn sum(delta: &[f32x8]) -> f32x8 {
    delta.iter().fold(ZERO, |acc, &d| acc + d)
}

/// g[p] = Σᵣ x[r]ₚ · δ[r] for p < N (the weight gradient, one outer product
/// per row), accumulated in registers and stored once.
#[inline(always)]
pub fn outer<const N: usize>(x: &[f32x8], delta: &[f32x8], g: &mut [f32x8; 8]) {
    let mut acc = [ZERO; N];
    for (x, &d) in x.iter().zip(delta) {
        let x = x.as_array();
        for p in 0..N {
            acc[p] += f32x8::splat(x[p]) * d;
        }
    }
    g[..N].copy_from_slice(&acc);
}

/// The weight gradient of a one-neuron layer: g = Σᵣ δ[r]₀ · x[r] (one
/// input per lane).
#[inline(always)]
pub fn outer_single(x: &[f32x8], delta: &[f32x8]) -> f32x8 {
    x.iter()
        .zip(delta)
        .fold(ZERO, |acc, (&x, d)| acc + f32x8::splat(d.as_array()[0]) * x)
}

/// δ[r] ⊙= φ'(a[r]) on every row, with the activation chosen once.
pub fn scale_by_derivative(activation: Activation, a: &[f32x8], delta: &mut [f32x8]) {
    match activation {
        Activation::Tanh => {
            for (d, &a) in delta.iter_mut().zip(a) {
                *d *= f32x8::ONE - a * a;
            }
        }
        other => {
            for (d, a) in delta.iter_mut().zip(a) {
                other.scale_chunk_by_derivative(a, d);
            }
        }
    }
}
