//! The training step for networks whose every layer has at most 8 inputs
//! and 8 neurons (TensorFlow Playground's whole range, and the lab's
//! default 2-8-8-1).
//!
//! The general fused step ([`super::FusedWorkspace`]) loops over chunks and
//! inputs whose counts are only known at run time, and profiling showed
//! that loop bookkeeping, not arithmetic, was most of its instructions.
//! Here every layer is exactly one 8-lane chunk with 8 (zero-padded)
//! inputs, and the batch moves through the network a layer at a time:
//!
//! forward:  z[r] = b + Σₚ x[r]ₚ·W[p,·],  a[r] = φ(z[r])          for every row r
//! backward: ∂W[p,·] = Σᵣ x[r]ₚ·δ[r],  ∂b = Σᵣ δ[r],
//!           δ_prev[r] = (Σⱼ δ[r]ⱼ·W[·,j]) ⊙ φ'(a_prev[r])
//!
//! Per-sample order (one sample through all layers, then the next) fetched
//! every weight, and chose every kernel and activation, once per sample;
//! here that happens once per layer per batch, and the gradients build up
//! in registers.
//!
//! Padded lanes stay harmless: their weights are zero in both directions,
//! so whatever a padded neuron computes (σ(0) = ½, say) never reaches a real
//! one, and its gradient is never copied out.

pub(super) mod head;
pub(super) mod rows;

use wide::f32x8;

use super::activation::Activation;
use super::mlp::{Gradients, Mlp};

const W: usize = 8;
const ZERO: f32x8 = f32x8::ZERO;
/// Rows [`NarrowNet::logits_into`] takes at a time: its buffers (8 KiB per
/// layer) stay in the L1 cache.
const BLOCK: usize = 256;

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
    /// In the layout of `forward`, except for a one-neuron layer, whose
    /// gradient is `grad_w[0]` in the layout of `backward[0]`.
    grad_w: [f32x8; W],
    grad_b: f32x8,
    activation: Activation,
}

/// The whole network as 8 × 8 blocks, plus the batch's buffers.
#[derive(Clone, Debug, Default)]
pub struct NarrowNet {
    layers: Vec<NarrowLayer>,
    /// `acts[0][r]` is row r's input; `acts[l + 1][r]` its output of layer l.
    acts: Vec<Vec<f32x8>>,
    /// ∂ℓ/∂z of the layer being differentiated, and of the one below it.
    delta: Vec<f32x8>,
    delta_below: Vec<f32x8>,
}

impl NarrowNet {
    /// Whether `net` fits: every layer with at most 8 inputs and 8 outputs.
    pub fn fits(net: &Mlp) -> bool {
        net.layers.iter().all(|l| l.inputs() <= W && l.outputs() <= W)
    }

    /// Copies `net`'s weights (which must [fit](NarrowNet::fits)). The
    /// blocks are cleared only when a layer's shape changes: the padding
    /// stays zero because only the real weights are ever written.
    pub fn load(&mut self, net: &Mlp) {
        let same_shape = self.layers.len() == net.layers.len()
            && self
                .layers
                .iter()
                .zip(&net.layers)
                .all(|(f, l)| (f.inputs, f.outputs) == (l.inputs(), l.outputs()));
        if !same_shape {
            self.layers = net
                .layers
                .iter()
                .map(|l| NarrowLayer {
                    inputs: l.inputs(),
                    outputs: l.outputs(),
                    forward: [ZERO; W],
                    backward: [ZERO; W],
                    bias: ZERO,
                    grad_w: [ZERO; W],
                    grad_b: ZERO,
                    activation: l.activation,
                })
                .collect();
            self.acts = vec![Vec::new(); net.layers.len() + 1];
        }
        for (f, l) in self.layers.iter_mut().zip(&net.layers) {
            let k = f.inputs;
            let w = l.weights.as_slice(); // column-major: w[j * k + p]
            let forward: &mut [[f32; W]; W] = bytemuck::cast_mut(&mut f.forward);
            let backward: &mut [[f32; W]; W] = bytemuck::cast_mut(&mut f.backward);
            // Element by element: `copy_from_slice` of 2 to 8 values was a
            // `memcpy` call each, 3 % of a small network's instructions.
            for ((j, column), row) in w.chunks_exact(k.max(1)).enumerate().zip(backward.iter_mut()) {
                for ((p, &v), slot) in column.iter().enumerate().zip(row.iter_mut()) {
                    *slot = v;
                    forward[p][j] = v;
                }
            }
            let bias: &mut [f32; W] = bytemuck::cast_mut(&mut f.bias);
            bias[..f.outputs].copy_from_slice(l.bias.as_slice());
            f.activation = l.activation;
        }
    }

    /// As [`super::FusedWorkspace::train_batch`]: the mean gradient into
    /// `grads`; returns the mean loss and the correctly classified rows.
    ///
    /// The batch goes through the network one layer at a time, all rows
    /// together (the rows kernels in `rows`), so each layer's weights
    /// and its choice of kernel and activation are fetched once per batch.
    pub fn train_batch(
        &mut self,
        net: &Mlp,
        inputs: &nalgebra::DMatrix<f32>,
        targets: &[f32],
        rows: &[usize],
        grads: &mut Gradients,
    ) -> (f64, u64) {
        let n = rows.len();
        self.reserve(n);
        self.gather(inputs, rows.iter().copied());
        self.forward(n);
        let scale = 1.0 / n.max(1) as f32;
        let logits = &self.acts[self.layers.len()][..n];
        let (loss, correct) = head::train_rows(&net.head, logits, 1, targets, rows, &mut self.delta[..n], scale);
        self.backward(n);
        self.store_gradients(grads);
        (loss * f64::from(scale), correct)
    }

    /// The logits z of every row of `inputs` into `z` (rows × outputs):
    /// the forward pass of training, `BLOCK` (256) rows at a time, for
    /// evaluating a network over many points (the decision boundary's
    /// grid). [`NarrowNet::load`] must have been called with the network.
    pub fn logits_into(&mut self, inputs: &nalgebra::DMatrix<f32>, z: &mut nalgebra::DMatrix<f32>) {
        let Some(last) = self.layers.last() else {
            return;
        };
        let outputs = last.outputs.min(z.ncols());
        self.reserve(BLOCK);
        let n = inputs.nrows().min(z.nrows());
        for start in (0..n).step_by(BLOCK) {
            let len = BLOCK.min(n - start);
            self.gather(inputs, start..start + len);
            self.forward(len);
            for (r, logits) in self.acts[self.layers.len()][..len].iter().enumerate() {
                for (k, &v) in logits.as_array()[..outputs].iter().enumerate() {
                    z[(start + r, k)] = v;
                }
            }
        }
    }

    /// Makes every per-row buffer hold at least `n` rows.
    fn reserve(&mut self, n: usize) {
        for buffer in self.acts.iter_mut().chain([&mut self.delta, &mut self.delta_below]) {
            if buffer.len() < n {
                buffer.resize(n, ZERO);
            }
        }
    }

    /// acts[0] = the batch's input rows, zero-padded to 8 lanes.
    fn gather(&mut self, inputs: &nalgebra::DMatrix<f32>, rows: impl Iterator<Item = usize>) {
        let features = inputs.ncols().min(W);
        let mut columns: [&[f32]; W] = [&[]; W];
        for (c, column) in columns
            .iter_mut()
            .zip(inputs.as_slice().chunks_exact(inputs.nrows().max(1)))
        {
            *c = column;
        }
        for (x, i) in self.acts[0].iter_mut().zip(rows) {
            let mut v = [0.0; W];
            for (v, column) in v.iter_mut().zip(&columns[..features]) {
                *v = column[i];
            }
            *x = f32x8::new(v);
        }
    }

    /// All rows through every layer; the output layer stays linear (logits).
    fn forward(&mut self, n: usize) {
        let last = self.layers.len() - 1;
        for (l, f) in self.layers.iter().enumerate() {
            let (below, above) = self.acts.split_at_mut(l + 1);
            let (x, out) = (&below[l][..n], &mut above[0][..n]);
            match (f.outputs, f.inputs) {
                (1, _) => rows::forward_single(f.backward[0], f.bias.as_array()[0], x, out),
                (_, 0..=2) => rows::forward::<2>(&f.forward, f.bias, x, out),
                (_, 3..=4) => rows::forward::<4>(&f.forward, f.bias, x, out),
                _ => rows::forward::<W>(&f.forward, f.bias, x, out),
            }
            if l != last {
                rows::activate(f.activation, out);
            }
        }
    }

    /// All rows back from `delta` (the output layer's ∂ℓ/∂z), accumulating
    /// each layer's gradient.
    fn backward(&mut self, n: usize) {
        for l in (0..self.layers.len()).rev() {
            let x = &self.acts[l][..n];
            let f = &mut self.layers[l];
            let delta = &self.delta[..n];
            f.grad_b = rows::sum(delta);
            match (f.outputs, f.inputs) {
                (1, _) => f.grad_w[0] = rows::outer_single(x, delta),
                (_, 0..=2) => rows::outer::<2>(x, delta, &mut f.grad_w),
                (_, 3..=4) => rows::outer::<4>(x, delta, &mut f.grad_w),
                _ => rows::outer::<W>(x, delta, &mut f.grad_w),
            }
            if l == 0 {
                break;
            }
            let below = &mut self.delta_below[..n];
            match f.outputs {
                0..=1 => rows::forward::<1>(&f.backward, ZERO, delta, below),
                2 => rows::forward::<2>(&f.backward, ZERO, delta, below),
                3..=4 => rows::forward::<4>(&f.backward, ZERO, delta, below),
                _ => rows::forward::<W>(&f.backward, ZERO, delta, below),
            }
            rows::scale_by_derivative(self.layers[l - 1].activation, x, below);
            std::mem::swap(&mut self.delta, &mut self.delta_below);
        }
    }

    /// Copies the accumulated gradients into nalgebra form.
    fn store_gradients(&self, grads: &mut Gradients) {
        for (l, f) in self.layers.iter().enumerate() {
            let (k, m) = (f.inputs, f.outputs);
            let gw = grads.weights[l].as_mut_slice();
            if m == 1 {
                gw.copy_from_slice(&f.grad_w[0].as_array()[..k]);
            } else {
                let rows: &[[f32; W]; W] = bytemuck::cast_ref(&f.grad_w);
                for (j, column) in gw.chunks_exact_mut(k.max(1)).enumerate() {
                    for (out, row) in column.iter_mut().zip(rows) {
                        *out = row[j];
                    }
                }
            }
            grads.bias[l].as_mut_slice().copy_from_slice(&f.grad_b.as_array()[..m]);
        }
    }
}
