//! The forward pass of a network whose every layer has at most 8 inputs
//! and 8 neurons (TensorFlow Playground's range), a vector of samples at a
//! time through every layer: the decision boundary's grid.
//!
//! The layer-by-layer passes (`passes`) store each layer's values for a
//! block of samples and load them again for the next layer, and broadcast
//! each weight once per few vectors. Here a vector of samples (8 or 16
//! grid cells) goes through the whole network in registers: a layer's
//! values for it are at most 8 vectors, so nothing is stored between
//! layers, and every weight is read already broadcast, from a copy of the
//! weights made once per pass with each weight in every lane
//! ([`broadcast`]), as the memory operand of its multiply-add:
//!
//! z[o] = b[o] + Σᵢ W[i, o]·h[i],  h' = φ(z)      for each layer, in registers
//!
//! The sums are taken in the same order as in `dense::product` (bias
//! first, then input by input), so the logits are the same bits as the
//! layer-by-layer pass gives on the same path; the padding (W's rows past
//! the layer's inputs, neurons past its outputs) is zero and adds
//! nothing.

use super::activate::activate_v;
use super::dense::Rows;
use super::dispatch::Simd;
use super::layer::Layer;
use super::narrow_rows::ROW;
use crate::nn::activation::Activation;
use crate::nn::fastmath::tanh_v;

/// Most layers a network has (8 hidden and the output layer).
const MAX_LAYERS: usize = 9;

/// Whether a network goes through these passes: at most [`MAX_LAYERS`]
/// layers of at most 8 inputs and 8 neurons.
pub(super) fn fits(layers: &[Layer]) -> bool {
    layers.len() <= MAX_LAYERS && super::narrow::fits(layers)
}

/// The rows of W a layer keeps (its inputs rounded up to 2, 4 or 8, see
/// `weights::Layer::zeros`) and the neurons computed (its outputs rounded
/// up to 1, 2, 4 or 8).
fn padded(f: &Layer) -> (usize, usize) {
    let rows = f.inputs.max(2).next_power_of_two();
    let neurons = f.outputs.next_power_of_two();
    (rows, neurons)
}

/// Floats of layer `f`'s broadcast copy on a `lanes`-lane path: a vector
/// per weight of its kept rows (8 neurons each) and per bias.
fn broadcast_len(f: &Layer, lanes: usize) -> usize {
    (padded(f).0 + 1) * ROW * lanes
}

/// Every layer's weights and biases with each value in every lane, layer
/// after layer: W[i, o] at `((i·8 + o)·LANES..)` of its layer's part, the
/// bias b[o] after the weights, at `((rows·8 + o)·LANES..)`.
#[inline(always)]
pub(super) fn broadcast<S: Simd>(s: S, layers: &[Layer], out: &mut Vec<f32>) {
    let lanes = S::LANES;
    out.resize(layers.iter().map(|f| broadcast_len(f, lanes)).sum(), 0.0);
    let mut at = 0;
    for f in layers {
        let (rows, _) = padded(f);
        let values = f.weights[..rows * ROW].iter().chain(&f.bias[..ROW]);
        for (chunk, &w) in out[at..at + broadcast_len(f, lanes)]
            .chunks_exact_mut(lanes)
            .zip(values)
        {
            s.store(s.splat(w), chunk);
        }
        at += broadcast_len(f, lanes);
    }
}

/// The logits of `vectors` vectors of samples from `x` into `logits`
/// (a row per output neuron, `stride` apart), every hidden layer
/// activated; `wide` is the [`broadcast`] copy of `layers`' weights.
#[inline(always)]
pub(super) fn forward<S: Simd>(
    s: S,
    layers: &[Layer],
    wide: &[f32],
    x: Rows<'_>,
    vectors: usize,
    (logits, stride): (&mut [f32], usize),
) {
    let lanes = S::LANES;
    let (Some(first), Some(output)) = (layers.first(), layers.last()) else {
        return;
    };
    let last = layers.len() - 1;
    // Each layer's shape, part of `wide` and activation, worked out once
    // rather than once per vector.
    let mut plan = [(0usize, 0usize, 0usize, None); MAX_LAYERS];
    let mut at = 0;
    for (l, (f, p)) in layers.iter().zip(&mut plan).enumerate() {
        let (rows, neurons) = padded(f);
        *p = (
            rows * 16 + neurons,
            at,
            at + broadcast_len(f, lanes),
            (l != last).then_some(f.activation),
        );
        at = p.2;
    }
    let plan = &plan[..layers.len()];
    for v in 0..vectors {
        // Every index into `h` is a constant once the loops are unrolled,
        // so `h` lives in registers (a slice of it would put it in memory).
        let mut h: [S::V; ROW] = std::array::from_fn(|p| {
            if p < first.inputs {
                s.load(&x.data[p * x.stride + v * lanes..])
            } else {
                s.splat(0.0)
            }
        });
        for &(shape, start, end, activation) in plan {
            let w = &wide[start..end];
            h = match shape {
                0x21 => layer::<S, 2, 1>(s, w, &h, activation),
                0x22 => layer::<S, 2, 2>(s, w, &h, activation),
                0x24 => layer::<S, 2, 4>(s, w, &h, activation),
                0x28 => layer::<S, 2, 8>(s, w, &h, activation),
                0x41 => layer::<S, 4, 1>(s, w, &h, activation),
                0x42 => layer::<S, 4, 2>(s, w, &h, activation),
                0x44 => layer::<S, 4, 4>(s, w, &h, activation),
                0x48 => layer::<S, 4, 8>(s, w, &h, activation),
                0x81 => layer::<S, 8, 1>(s, w, &h, activation),
                0x82 => layer::<S, 8, 2>(s, w, &h, activation),
                0x84 => layer::<S, 8, 4>(s, w, &h, activation),
                _ => layer::<S, 8, 8>(s, w, &h, activation),
            };
        }
        for (o, &h) in h.iter().enumerate() {
            if o < output.outputs {
                s.store(h, &mut logits[o * stride + v * lanes..]);
            }
        }
    }
}

/// One layer of `N` kept rows and `M` neurons on one vector of samples:
/// z[o] = b[o] + Σᵢ W[i, o]·h[i] for o < M (the rest zero), `w` its
/// [`broadcast`] part, then φ(z) if the layer is `activation`'s (a
/// hidden layer).
#[inline(always)]
fn layer<S: Simd, const N: usize, const M: usize>(
    s: S,
    w: &[f32],
    h: &[S::V; ROW],
    activation: Option<Activation>,
) -> [S::V; ROW] {
    let lanes = S::LANES;
    let w = &w[..(N + 1) * ROW * lanes];
    let mut z = [s.splat(0.0); ROW];
    for (o, z) in z.iter_mut().enumerate().take(M) {
        let mut acc = s.load(&w[(N * ROW + o) * lanes..]);
        for (i, &h) in h.iter().enumerate().take(N) {
            acc = s.mul_add(s.load(&w[(i * ROW + o) * lanes..]), h, acc);
        }
        *z = acc;
    }
    // The activation chosen once per layer, each arm a loop of M.
    let neurons = &mut z[..M];
    match activation {
        None | Some(Activation::Identity) => {}
        Some(Activation::Tanh) => {
            for z in neurons {
                *z = tanh_v(s, *z);
            }
        }
        Some(Activation::Relu) => {
            for z in neurons {
                *z = s.max(*z, s.splat(0.0));
            }
        }
        Some(other) => {
            for z in neurons {
                *z = activate_v(s, other, *z);
            }
        }
    }
    z
}
