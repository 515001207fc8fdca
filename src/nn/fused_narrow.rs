//! The training step for networks whose every layer has at most 8 inputs
//! and 8 neurons (TensorFlow Playground's whole range, and the lab's
//! default 2-8-8-1).
//!
//! The general fused step ([`super::FusedWorkspace`]) loops over chunks and
//! inputs whose counts are only known at run time, and profiling showed
//! that loop bookkeeping, not arithmetic, was most of its instructions.
//! Here every layer is exactly one 8-lane chunk with exactly 8 (zero-padded)
//! inputs, so every loop has a fixed trip count of 8 and compiles to
//! straight-line vector code with no bounds checks:
//!
//! forward:  z = b + Σₚ₌₀⁷ xₚ·W[p,·],  a = φ(z)
//! backward: ∂W[p,·] += xₚ·δ,  ∂b += δ,  δ_prev = (Σⱼ₌₀⁷ δⱼ·W[·,j]) ⊙ φ'(a_prev)
//!
//! Padded lanes stay harmless: their weights are zero in both directions,
//! so whatever a padded neuron computes (σ(0) = ½, say) never reaches a real
//! one, and its gradient is never copied out.

use wide::f32x8;

use super::activation::Activation;
use super::loss::MAX_OUTPUTS;
use super::mlp::{Gradients, Mlp};

const W: usize = 8;
const ZERO: f32x8 = f32x8::ZERO;

/// One layer of at most 8 × 8 weights, in both layouts.
#[derive(Clone, Debug)]
struct NarrowLayer {
    inputs: usize,
    outputs: usize,
    /// `forward[p]`: weights from input p to the 8 neurons.
    forward: [f32x8; W],
    /// `backward[j]`: weights into neuron j from the 8 inputs.
    backward: [f32x8; W],
    bias: f32x8,
    grad_w: [f32x8; W],
    grad_b: f32x8,
    activation: Activation,
}

/// The whole network as 8 × 8 blocks, plus per-sample buffers.
#[derive(Clone, Debug, Default)]
pub struct NarrowNet {
    layers: Vec<NarrowLayer>,
    /// `acts[0]` is the input; `acts[l + 1]` the output of layer l.
    acts: Vec<[f32; W]>,
    deltas: Vec<f32x8>,
}

impl NarrowNet {
    /// Whether `net` fits: every layer with at most 8 inputs and 8 outputs.
    pub fn fits(net: &Mlp) -> bool {
        net.layers.iter().all(|l| l.inputs() <= W && l.outputs() <= W)
    }

    /// Copies `net`'s weights (which must [fit](NarrowNet::fits)).
    pub fn load(&mut self, net: &Mlp) {
        if self.layers.len() != net.layers.len() {
            self.layers = net
                .layers
                .iter()
                .map(|l| NarrowLayer {
                    inputs: 0,
                    outputs: 0,
                    forward: [ZERO; W],
                    backward: [ZERO; W],
                    bias: ZERO,
                    grad_w: [ZERO; W],
                    grad_b: ZERO,
                    activation: l.activation,
                })
                .collect();
            self.acts = vec![[0.0; W]; net.layers.len() + 1];
            self.deltas = vec![ZERO; net.layers.len() + 1];
        }
        for (f, l) in self.layers.iter_mut().zip(&net.layers) {
            let (k, m) = (l.inputs(), l.outputs());
            let w = l.weights.as_slice(); // column-major: w[j * k + p]
            let forward: &mut [[f32; W]; W] = bytemuck::cast_mut(&mut f.forward);
            *forward = [[0.0; W]; W];
            for (j, column) in w.chunks_exact(k.max(1)).enumerate() {
                for (p, &v) in column.iter().enumerate() {
                    forward[p][j] = v;
                }
            }
            let backward: &mut [[f32; W]; W] = bytemuck::cast_mut(&mut f.backward);
            *backward = [[0.0; W]; W];
            for (row, column) in backward.iter_mut().zip(w.chunks_exact(k.max(1))) {
                row[..k].copy_from_slice(column);
            }
            let bias: &mut [f32; W] = bytemuck::cast_mut(&mut f.bias);
            *bias = [0.0; W];
            bias[..m].copy_from_slice(l.bias.as_slice());
            f.inputs = k;
            f.outputs = m;
            f.activation = l.activation;
        }
    }

    /// As [`super::FusedWorkspace::train_batch`]: the mean gradient into
    /// `grads`; returns the mean loss and the correctly classified rows.
    pub fn train_batch(
        &mut self,
        net: &Mlp,
        inputs: &nalgebra::DMatrix<f32>,
        targets: &[f32],
        rows: &[usize],
        grads: &mut Gradients,
    ) -> (f64, u64) {
        for f in &mut self.layers {
            f.grad_w = [ZERO; W];
            f.grad_b = ZERO;
        }
        let scale = 1.0 / rows.len().max(1) as f32;
        let head = net.head;
        let out_n = head.outputs();
        let features = inputs.ncols().min(W);
        let mut g = [0.0f32; MAX_OUTPUTS];
        let (mut loss, mut correct) = (0.0f64, 0u64);
        let last = self.layers.len();
        for &i in rows {
            for (p, v) in self.acts[0][..features].iter_mut().enumerate() {
                *v = inputs[(i, p)];
            }
            self.forward_sample();
            let (l, right) = head.train_row(&self.acts[last][..out_n], targets[i], &mut g[..out_n], scale);
            loss += l;
            correct += u64::from(right);
            let mut d = [0.0f32; W];
            d[..out_n].copy_from_slice(&g[..out_n]);
            self.deltas[last] = f32x8::new(d);
            self.backward_sample();
        }
        self.store_gradients(grads);
        (loss * f64::from(scale), correct)
    }

    /// One sample forward; the output layer stays linear (logits).
    #[inline]
    fn forward_sample(&mut self) {
        let last = self.layers.len() - 1;
        for (l, f) in self.layers.iter().enumerate() {
            let x = &self.acts[l];
            let mut acc = f.bias;
            match f.inputs {
                0..=2 => mul_add::<2>(x, &f.forward, &mut acc),
                3..=4 => mul_add::<4>(x, &f.forward, &mut acc),
                _ => mul_add::<W>(x, &f.forward, &mut acc),
            }
            if l != last {
                f.activation.apply_chunk(&mut acc);
            }
            self.acts[l + 1] = acc.to_array();
        }
    }

    /// One sample backward from `deltas[L]`.
    #[inline]
    fn backward_sample(&mut self) {
        for l in (0..self.layers.len()).rev() {
            let delta = self.deltas[l + 1];
            let x = self.acts[l];
            let f = &mut self.layers[l];
            f.grad_b += delta;
            match f.inputs {
                0..=2 => outer_add::<2>(&x, delta, &mut f.grad_w),
                3..=4 => outer_add::<4>(&x, delta, &mut f.grad_w),
                _ => outer_add::<W>(&x, delta, &mut f.grad_w),
            }
            if l == 0 {
                break;
            }
            let d = delta.to_array();
            let mut acc = ZERO;
            match f.outputs {
                0..=1 => mul_add::<1>(&d, &f.backward, &mut acc),
                2 => mul_add::<2>(&d, &f.backward, &mut acc),
                3..=4 => mul_add::<4>(&d, &f.backward, &mut acc),
                _ => mul_add::<W>(&d, &f.backward, &mut acc),
            }
            let a = f32x8::new(x);
            self.layers[l - 1].activation.scale_chunk_by_derivative(&a, &mut acc);
            self.deltas[l] = acc;
        }
    }

    /// Copies the accumulated gradients into nalgebra form.
    fn store_gradients(&self, grads: &mut Gradients) {
        for (l, f) in self.layers.iter().enumerate() {
            let (k, m) = (f.inputs, f.outputs);
            let rows: &[[f32; W]; W] = bytemuck::cast_ref(&f.grad_w);
            let gw = grads.weights[l].as_mut_slice();
            for (j, column) in gw.chunks_exact_mut(k.max(1)).take(m.min(W)).enumerate() {
                for (out, row) in column.iter_mut().zip(rows) {
                    *out = row[j];
                }
            }
            grads.bias[l].as_mut_slice().copy_from_slice(&f.grad_b.to_array()[..m]);
        }
    }
}

/// acc += Σₚ₌₀^{N−1} x[p]·w[p]. `N` is the layer width rounded up to a
/// compile-time size, so the loop unrolls and the zero padding beyond the
/// real width is skipped where it can be.
#[inline(always)]
fn mul_add<const N: usize>(x: &[f32; W], w: &[f32x8; W], acc: &mut f32x8) {
    for p in 0..N {
        *acc += f32x8::splat(x[p]) * w[p];
    }
}

/// g[p] += x[p]·δ for p < N (one sample's outer product x δᵀ).
#[inline(always)]
fn outer_add<const N: usize>(x: &[f32; W], delta: f32x8, g: &mut [f32x8; W]) {
    for p in 0..N {
        g[p] += f32x8::splat(x[p]) * delta;
    }
}
