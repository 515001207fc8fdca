//! The training step for small networks, one sample at a time in 8-lane
//! SIMD chunks.
//!
//! With a handful of neurons per layer, matrix routines spend their time
//! setting up loops rather than multiplying. Here each sample flows through
//! the network with every layer's values in chunks of 8 lanes (padded with
//! zeros), so the work per sample is a short sequence of vector operations:
//!
//! forward:  z = b + Σₚ xₚ·W[p,·],  a = φ(z)
//! backward: ∂W[p,·] += xₚ·δ,  ∂b += δ,  δ_prev = (Σⱼ δⱼ·W[·,j]) ⊙ φ'(a_prev)
//!
//! Summing the per-sample gradients gives exactly the mini-batch gradient
//! of [`Mlp::backward`] (up to rounding); a test checks the two agree.

use bytemuck::cast_slice;
use nalgebra::DMatrix;
use wide::f32x8;

use super::activation::Activation;
use super::fused_narrow::NarrowNet;
use super::loss::MAX_OUTPUTS;
use super::mlp::{Gradients, Mlp};

/// Lanes per chunk.
const LANES: usize = 8;
const ZERO: f32x8 = f32x8::ZERO;

/// One layer in chunked form. Weights are stored chunk-major so the inner
/// loops run over contiguous memory with the accumulator in a register.
#[derive(Clone, Debug)]
struct Layer {
    inputs: usize,
    outputs: usize,
    /// `forward[c * inputs + p]`: weights from input p to the 8 neurons of chunk c.
    forward: Vec<f32x8>,
    /// `backward[c * outputs + j]`: weights into neuron j from the 8 inputs of chunk c.
    backward: Vec<f32x8>,
    bias: Vec<f32x8>,
    grad_w: Vec<f32x8>,
    grad_b: Vec<f32x8>,
    activation: Activation,
}

/// Chunked copies of a network's weights, per-sample buffers and gradient
/// accumulators. Reused from batch to batch: nothing is allocated per step.
#[derive(Clone, Debug, Default)]
pub struct FusedWorkspace {
    layers: Vec<Layer>,
    /// `acts[0]` is the input; `acts[l + 1]` the output of layer l.
    acts: Vec<Vec<f32x8>>,
    deltas: Vec<Vec<f32x8>>,
    /// The fixed 8 × 8 path, used instead when every layer fits it.
    narrow: Option<NarrowNet>,
}

fn chunks(n: usize) -> usize {
    n.div_ceil(LANES).max(1)
}

/// The chunks as plain lanes.
#[inline(always)]
fn lanes(v: &[f32x8]) -> &[f32] {
    cast_slice(v)
}

#[inline(always)]
fn lanes_mut(v: &mut [f32x8]) -> &mut [f32] {
    bytemuck::cast_slice_mut(v)
}

impl FusedWorkspace {
    /// Makes the workspace match `net`'s shape and copies its weights.
    pub fn load(&mut self, net: &Mlp) {
        if NarrowNet::fits(net) {
            self.narrow.get_or_insert_with(NarrowNet::default).load(net);
            return;
        }
        self.narrow = None;
        let shape_ok = self.layers.len() == net.layers.len()
            && self
                .layers
                .iter()
                .zip(&net.layers)
                .all(|(f, l)| f.inputs == l.inputs() && f.outputs == l.outputs());
        if !shape_ok {
            self.layers = net
                .layers
                .iter()
                .map(|l| {
                    let (k, m) = (l.inputs(), l.outputs());
                    Layer {
                        inputs: k,
                        outputs: m,
                        forward: vec![ZERO; chunks(m) * k],
                        backward: vec![ZERO; chunks(k) * m],
                        bias: vec![ZERO; chunks(m)],
                        grad_w: vec![ZERO; chunks(m) * k],
                        grad_b: vec![ZERO; chunks(m)],
                        activation: l.activation,
                    }
                })
                .collect();
            let widths = std::iter::once(net.inputs()).chain(net.layers.iter().map(|l| l.outputs()));
            self.acts = widths.map(|w| vec![ZERO; chunks(w)]).collect();
            self.deltas = self.acts.clone();
        }
        for (f, l) in self.layers.iter_mut().zip(&net.layers) {
            f.activation = l.activation;
            let w = l.weights.as_slice(); // column-major: w[j * k + p]
            let (k, m) = (f.inputs, f.outputs);
            // Lane j % 8 of chunk j / 8, for each input p in turn.
            let forward = lanes_mut(&mut f.forward);
            for (j, column) in w.chunks_exact(k).enumerate() {
                let base = (j / LANES) * k * LANES + j % LANES;
                for (slot, &v) in forward[base..].iter_mut().step_by(LANES).zip(column) {
                    *slot = v;
                }
            }
            // Lane p % 8 of chunk p / 8, for each neuron j in turn.
            let backward = lanes_mut(&mut f.backward);
            for (j, column) in w.chunks_exact(k).enumerate() {
                for (p, &v) in column.iter().enumerate() {
                    backward[((p / LANES) * m + j) * LANES + p % LANES] = v;
                }
            }
            lanes_mut(&mut f.bias)[..m].copy_from_slice(l.bias.as_slice());
        }
    }

    /// Trains on rows `rows` of `inputs` (`n × features`, the dataset's
    /// design matrix): writes the mean gradient into `grads`, and returns
    /// the mean loss and the number of correctly classified rows.
    /// [`FusedWorkspace::load`] must have been called with `net` first.
    pub fn train_batch(
        &mut self,
        net: &Mlp,
        inputs: &DMatrix<f32>,
        targets: &[f32],
        rows: &[usize],
        grads: &mut Gradients,
    ) -> (f64, u64) {
        if let Some(narrow) = &mut self.narrow {
            return narrow.train_batch(net, inputs, targets, rows, grads);
        }
        for f in &mut self.layers {
            f.grad_w.fill(ZERO);
            f.grad_b.fill(ZERO);
        }
        let scale = 1.0 / rows.len().max(1) as f32;
        let head = net.head;
        let out_n = head.outputs();
        let last = self.layers.len() - 1;
        let mut g = [0.0f32; MAX_OUTPUTS];
        let (mut loss, mut correct) = (0.0f64, 0u64);
        let features = inputs.ncols();
        for &i in rows {
            let x = lanes_mut(&mut self.acts[0]);
            for (p, v) in x[..features].iter_mut().enumerate() {
                *v = inputs[(i, p)];
            }
            self.forward_sample();
            let (l, right) = head.train_row(
                &lanes(&self.acts[last + 1])[..out_n],
                targets[i],
                &mut g[..out_n],
                scale,
            );
            loss += l;
            correct += u64::from(right);
            let d = &mut self.deltas[last + 1];
            d.fill(ZERO);
            lanes_mut(d)[..out_n].copy_from_slice(&g[..out_n]);
            self.backward_sample();
        }
        self.store_gradients(grads);
        (loss * f64::from(scale), correct)
    }

    /// One sample forward: acts[0] → acts[L]. The output layer stays
    /// linear (its logits go to the head).
    #[inline]
    fn forward_sample(&mut self) {
        let last = self.layers.len() - 1;
        for (l, f) in self.layers.iter().enumerate() {
            let (before, after) = self.acts.split_at_mut(l + 1);
            let x = &lanes(&before[l])[..f.inputs];
            for (c, out) in after[0].iter_mut().enumerate() {
                let mut acc = f.bias[c];
                for (w, &xp) in f.forward[c * f.inputs..(c + 1) * f.inputs].iter().zip(x) {
                    acc += f32x8::splat(xp) * *w;
                }
                if l != last {
                    f.activation.apply_chunk(&mut acc);
                }
                *out = acc;
            }
        }
    }

    /// One sample backward from deltas[L] (∂ℓ/∂z of the output layer).
    #[inline]
    fn backward_sample(&mut self) {
        for l in (0..self.layers.len()).rev() {
            let f = &mut self.layers[l];
            let x = &lanes(&self.acts[l])[..f.inputs];
            let (below, above) = self.deltas.split_at_mut(l + 1);
            let delta = &above[0];
            for (c, d) in delta.iter().enumerate() {
                f.grad_b[c] += *d;
                for (gw, &xp) in f.grad_w[c * f.inputs..(c + 1) * f.inputs].iter_mut().zip(x) {
                    *gw += f32x8::splat(xp) * *d;
                }
            }
            if l == 0 {
                break;
            }
            let d = &lanes(delta)[..f.outputs];
            let act = self.layers[l - 1].activation;
            let f = &self.layers[l];
            for (c, (prev, a)) in below[l].iter_mut().zip(&self.acts[l]).enumerate() {
                let mut acc = ZERO;
                for (w, &dj) in f.backward[c * f.outputs..(c + 1) * f.outputs].iter().zip(d) {
                    acc += f32x8::splat(dj) * *w;
                }
                act.scale_chunk_by_derivative(a, &mut acc);
                *prev = acc;
            }
        }
    }

    /// Copies the accumulated gradients into nalgebra form.
    fn store_gradients(&self, grads: &mut Gradients) {
        for (l, f) in self.layers.iter().enumerate() {
            let (k, m) = (f.inputs, f.outputs);
            let gw = grads.weights[l].as_mut_slice();
            let src = lanes(&f.grad_w);
            for j in 0..m {
                for p in 0..k {
                    gw[j * k + p] = src[((j / LANES) * k + p) * LANES + j % LANES];
                }
            }
            grads.bias[l].as_mut_slice().copy_from_slice(&lanes(&f.grad_b)[..m]);
        }
    }
}
