//! The activation φ and its derivative over a layer's rows, with the
//! choice of activation made once per layer, outside the loop. (Plain
//! loops, no closures: a closure is compiled on its own, without the
//! path's instruction set, unless it happens to be inlined.)

use super::dispatch::{Simd, keep_first};
use crate::nn::activation::{Activation, LEAKY_SLOPE};
use crate::nn::fastmath::{sigmoid_v, tanh_v};

/// a = φ(z) on every vector of `rows` (a whole number of vectors).
#[inline(always)]
pub(super) fn activate<S: Simd>(s: S, activation: Activation, rows: &mut [f32]) {
    let zero = s.splat(0.0);
    let slope = s.splat(LEAKY_SLOPE);
    let vectors = rows.chunks_exact_mut(S::LANES);
    match activation {
        Activation::Tanh => {
            // Two vectors at a time: tanh's coefficients, reloaded for
            // every vector (the registers cannot hold them all), are
            // loaded once for both, and the two divisions overlap.
            let mut pairs = rows.chunks_exact_mut(2 * S::LANES);
            for pair in &mut pairs {
                let (a, b) = pair.split_at_mut(S::LANES);
                let (ta, tb) = (tanh_v(s, s.load(a)), tanh_v(s, s.load(b)));
                s.store(ta, a);
                s.store(tb, b);
            }
            for c in pairs.into_remainder().chunks_exact_mut(S::LANES) {
                s.store(tanh_v(s, s.load(c)), c);
            }
        }
        Activation::Sigmoid => {
            for c in vectors {
                s.store(sigmoid_v(s, s.load(c)), c);
            }
        }
        Activation::Relu => {
            for c in vectors {
                s.store(s.max(s.load(c), zero), c);
            }
        }
        Activation::LeakyRelu => {
            for c in vectors {
                let v = s.load(c);
                s.store(s.select_ge(v, zero, v, s.mul(v, slope)), c);
            }
        }
        Activation::Identity => {}
        other => rows.iter_mut().for_each(|v| *v = other.f(*v)),
    }
}

/// φ(z) for one vector, the activation chosen inside (a branch the
/// processor predicts every time: the fused forward pass keeps one loop
/// for every activation). Every arm stays in vector registers: a call out
/// to scalar code would make the compiler save every live vector around
/// it, in the middle of a product's sums.
#[inline(always)]
pub(super) fn activate_v<S: Simd>(s: S, activation: Activation, z: S::V) -> S::V {
    let (zero, one) = (s.splat(0.0), s.splat(1.0));
    match activation {
        Activation::Tanh => tanh_v(s, z),
        Activation::Sigmoid => sigmoid_v(s, z),
        Activation::Relu => s.max(z, zero),
        Activation::LeakyRelu => s.select_ge(z, zero, z, s.mul(z, s.splat(LEAKY_SLOPE))),
        Activation::Identity => z,
        // As `Activation::f`: a NaN compares false, so it gives 0.
        Activation::Heaviside => s.select_ge(z, zero, one, zero),
        Activation::Sign => s.select_gt(z, zero, one, s.select_gt(zero, z, s.splat(-1.0), zero)),
    }
}

/// δ = sums ⊙ φ'(a) on every vector, from the activations `a` alone:
/// tanh' = 1 − a², σ' = a(1 − a), and for (leaky) ReLU a > 0 exactly when
/// z > 0.
///
/// Written to a buffer of its own rather than over `sums`: "load δ, keep it
/// where a > 0, store it back" is compiled into a masked store, which AMD
/// processors run many times slower than a plain one (measured: about a
/// fifth of the wide network's training time on a Zen 3 core).
#[inline(always)]
pub(super) fn derivative_into<S: Simd>(s: S, activation: Activation, a: &[f32], sums: &[f32], delta: &mut [f32]) {
    // Each arm names its activation as a constant, so the match inside
    // `derivative_times` folds away and the loop carries no choice.
    match activation {
        Activation::Tanh => derivative_loop(s, Activation::Tanh, a, sums, delta),
        Activation::Sigmoid => derivative_loop(s, Activation::Sigmoid, a, sums, delta),
        Activation::Relu => derivative_loop(s, Activation::Relu, a, sums, delta),
        Activation::LeakyRelu => derivative_loop(s, Activation::LeakyRelu, a, sums, delta),
        Activation::Identity => delta.copy_from_slice(sums),
        Activation::Heaviside | Activation::Sign => delta.fill(0.0),
    }
}

/// [`derivative_times`] over every vector of `sums` into `delta`.
#[inline(always)]
fn derivative_loop<S: Simd>(s: S, activation: Activation, a: &[f32], sums: &[f32], delta: &mut [f32]) {
    let vectors = delta
        .chunks_exact_mut(S::LANES)
        .zip(sums.chunks_exact(S::LANES))
        .zip(a.chunks_exact(S::LANES));
    for ((d, sum), a) in vectors {
        s.store(derivative_times(s, activation, s.load(a), s.load(sum)), d);
    }
}

/// δ ⊙ φ'(a) for one vector, the activation chosen inside (a branch the
/// processor predicts every time; it keeps one loop for every activation).
#[inline(always)]
pub(super) fn derivative_times<S: Simd>(s: S, activation: Activation, a: S::V, delta: S::V) -> S::V {
    let zero = s.splat(0.0);
    match activation {
        Activation::Tanh => s.mul(delta, s.neg_mul_add(a, a, s.splat(1.0))),
        Activation::Sigmoid => s.mul(delta, s.mul(a, s.sub(s.splat(1.0), a))),
        Activation::Relu => s.select_gt(a, zero, delta, zero),
        Activation::LeakyRelu => s.select_gt(a, zero, delta, s.mul(delta, s.splat(LEAKY_SLOPE))),
        Activation::Identity => delta,
        Activation::Heaviside | Activation::Sign => zero,
    }
}

/// Zeroes the lanes past `valid` samples in the last vector of each of
/// `count` rows (`stride` apart, `vectors` vectors each): the batch's
/// padding then holds nothing that could overflow into a gradient.
#[inline(always)]
pub(super) fn clear_padding<S: Simd>(
    s: S,
    rows: &mut [f32],
    count: usize,
    stride: usize,
    vectors: usize,
    valid: usize,
) {
    if vectors == 0 || valid >= vectors * S::LANES {
        return;
    }
    let tail = valid.saturating_sub((vectors - 1) * S::LANES);
    for r in 0..count {
        let last = &mut rows[r * stride + (vectors - 1) * S::LANES..];
        s.store(keep_first(s, s.load(last), tail), last);
    }
}
