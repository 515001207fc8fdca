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
//!
//! Every function is generic over the instruction set ([`Simd`]) and
//! inlined into the dispatched kernel.

use wide::f32x8;

use crate::nn::activation::{Activation, LEAKY_SLOPE};
use crate::nn::fastmath::{sigmoid_v, tanh_v};
use crate::nn::fused_simd::Simd;

/// out[r] = b + Σₚ₌₀^{N−1} x[r]ₚ · w[p], with `w[p]` the weights from input
/// p to the layer's neurons (one per lane). With the `backward` layout and
/// b = 0 the same product sends a layer's error back to its inputs:
/// out[r] = Σⱼ δ[r]ⱼ · W[·, j].
#[inline(always)]
pub fn forward<S: Simd, const N: usize>(s: S, w: &[f32x8; 8], bias: f32x8, x: &[f32x8], out: &mut [f32x8]) {
    let mut weights = [s.splat(0.0); N];
    for p in 0..N {
        weights[p] = s.load(&w[p]);
    }
    let bias = s.load(&bias);
    for (x, out) in x.iter().zip(out) {
        let x = x.as_array();
        let mut acc = bias;
        for p in 0..N {
            acc = s.mul_add(s.splat(x[p]), weights[p], acc);
        }
        *out = s.store(acc);
    }
}

/// A layer of one neuron: out[r] = (x[r] · w + b, 0, …, 0), with `w` the
/// neuron's weights (one input per lane): one multiply and a horizontal
/// sum instead of eight broadcasts.
#[inline(always)]
pub fn forward_single<S: Simd>(s: S, w: f32x8, bias: f32, x: &[f32x8], out: &mut [f32x8]) {
    let w = s.load(&w);
    for (x, out) in x.iter().zip(out) {
        let mut z = [0.0; 8];
        z[0] = s.reduce_add(s.mul(s.load(x), w)) + bias;
        *out = f32x8::new(z);
    }
}

/// a = φ(z) on every row, with the activation chosen once. (Plain loops,
/// no closures: a closure is compiled on its own, without the path's
/// instruction set, unless it happens to be inlined.)
#[inline(always)]
pub fn activate<S: Simd>(s: S, activation: Activation, rows: &mut [f32x8]) {
    let zero = s.splat(0.0);
    let slope = s.splat(LEAKY_SLOPE);
    match activation {
        Activation::Tanh => {
            for c in rows.iter_mut() {
                *c = s.store(tanh_v(s, s.load(c)));
            }
        }
        Activation::Sigmoid => {
            for c in rows.iter_mut() {
                *c = s.store(sigmoid_v(s, s.load(c)));
            }
        }
        Activation::Relu => {
            for c in rows.iter_mut() {
                *c = s.store(s.max(s.load(c), zero));
            }
        }
        Activation::LeakyRelu => {
            for c in rows.iter_mut() {
                let v = s.load(c);
                *c = s.store(s.select_ge(v, zero, v, s.mul(v, slope)));
            }
        }
        Activation::Identity => {}
        other => rows.iter_mut().for_each(|c| other.apply_chunk(c)),
    }
}

/// Σᵣ δ[r] (the bias gradient).
#[inline(always)]
pub fn sum<S: Simd>(s: S, delta: &[f32x8]) -> f32x8 {
    let mut acc = s.splat(0.0);
    for d in delta {
        acc = s.add(acc, s.load(d));
    }
    s.store(acc)
}

/// g[p] = Σᵣ x[r]ₚ · δ[r] for p < N (the weight gradient, one outer product
/// per row), accumulated in registers and stored once.
#[inline(always)]
pub fn outer<S: Simd, const N: usize>(s: S, x: &[f32x8], delta: &[f32x8], g: &mut [f32x8; 8]) {
    let mut acc = [s.splat(0.0); N];
    for (x, d) in x.iter().zip(delta) {
        let (x, d) = (x.as_array(), s.load(d));
        for p in 0..N {
            acc[p] = s.mul_add(s.splat(x[p]), d, acc[p]);
        }
    }
    for (g, acc) in g.iter_mut().zip(acc) {
        *g = s.store(acc);
    }
}

/// The weight gradient of a one-neuron layer: g = Σᵣ δ[r]₀ · x[r] (one
/// input per lane).
#[inline(always)]
pub fn outer_single<S: Simd>(s: S, x: &[f32x8], delta: &[f32x8]) -> f32x8 {
    let mut g = s.splat(0.0);
    for (x, d) in x.iter().zip(delta) {
        g = s.mul_add(s.splat(d.as_array()[0]), s.load(x), g);
    }
    s.store(g)
}

/// δ[r] ⊙= φ'(a[r]) on every row, with the activation chosen once:
/// tanh' = 1 − a², σ' = a(1 − a), and for (leaky) ReLU a > 0 exactly when
/// z > 0.
#[inline(always)]
pub fn scale_by_derivative<S: Simd>(s: S, activation: Activation, a: &[f32x8], delta: &mut [f32x8]) {
    let (zero, one, slope) = (s.splat(0.0), s.splat(1.0), s.splat(LEAKY_SLOPE));
    let rows = delta.iter_mut().zip(a);
    match activation {
        Activation::Tanh => {
            for (d, a) in rows {
                let a = s.load(a);
                *d = s.store(s.mul(s.load(d), s.neg_mul_add(a, a, one)));
            }
        }
        Activation::Sigmoid => {
            for (d, a) in rows {
                let a = s.load(a);
                *d = s.store(s.mul(s.load(d), s.mul(a, s.sub(one, a))));
            }
        }
        Activation::Relu => {
            for (d, a) in rows {
                *d = s.store(s.select_gt(s.load(a), zero, s.load(d), zero));
            }
        }
        Activation::LeakyRelu => {
            for (d, a) in rows {
                let d_v = s.load(d);
                *d = s.store(s.select_gt(s.load(a), zero, d_v, s.mul(d_v, slope)));
            }
        }
        Activation::Identity => {}
        Activation::Heaviside | Activation::Sign => delta.iter_mut().for_each(|d| *d = f32x8::ZERO),
    }
}
