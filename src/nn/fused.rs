//! The training step for networks of any width, in 8-lane SIMD chunks.
//!
//! With a handful of neurons per layer, matrix routines spend their time
//! setting up loops rather than multiplying. Here every layer's values are
//! kept in chunks of 8 lanes (padded with zeros), and the mini-batch goes
//! through the network one layer at a time, all rows together (the kernels
//! in `dense_rows`):
//!
//! forward:  z[r] = b + Σₚ x[r]ₚ·W[p,·],  a[r] = φ(z[r])
//! backward: ∂W[p,·] = Σᵣ x[r]ₚ·δ[r],  ∂b = Σᵣ δ[r],
//!           δ_prev[r] = (Σⱼ δ[r]ⱼ·W[·,j]) ⊙ φ'(a_prev[r])
//!
//! This gives exactly the mini-batch gradient of [`Mlp::backward`] (up to
//! rounding); a test checks the two agree. Networks whose layers are all
//! at most 8 wide take the fixed-size [`NarrowNet`] instead.

mod dense_rows;

use bytemuck::cast_slice;
use nalgebra::DMatrix;
use wide::f32x8;

use self::dense_rows::Shape;
use super::activation::Activation;
use super::fused_narrow::{NarrowNet, head, rows};
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

/// Chunked copies of a network's weights, the batch's buffers and gradient
/// accumulators. Reused from batch to batch: nothing is allocated per step
/// once the buffers have grown to the batch size.
#[derive(Clone, Debug, Default)]
pub struct FusedWorkspace {
    layers: Vec<Layer>,
    /// `acts[0]` holds the batch's input rows; `acts[l + 1]` their outputs
    /// of layer l (each row `chunks(width)` vectors).
    acts: Vec<Vec<f32x8>>,
    /// ∂ℓ/∂z of the layer being differentiated, and of the one below it.
    delta: Vec<f32x8>,
    delta_below: Vec<f32x8>,
    /// The fixed 8 × 8 path, used instead when every layer fits it.
    narrow: Option<NarrowNet>,
}

impl Layer {
    /// The shape of its forward product.
    fn shape(&self) -> Shape {
        Shape {
            inputs: self.inputs,
            in_chunks: chunks(self.inputs),
            out_chunks: chunks(self.outputs),
        }
    }
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
            self.acts = vec![Vec::new(); net.layers.len() + 1];
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
        let n = rows.len();
        self.reserve(n);
        self.gather(inputs, rows);
        self.forward(n);
        let scale = 1.0 / n.max(1) as f32;
        let out_chunks = chunks(net.head.outputs());
        let logits = &self.acts[self.layers.len()][..n * out_chunks];
        let delta = &mut self.delta[..n * out_chunks];
        let (loss, correct) = head::train_rows(&net.head, logits, out_chunks, targets, rows, delta, scale);
        self.backward(n);
        self.store_gradients(grads);
        (loss * f64::from(scale), correct)
    }

    /// Makes every buffer hold `n` rows.
    fn reserve(&mut self, n: usize) {
        let widths = self.layers.first().map(|f| f.inputs).into_iter();
        let widths = widths.chain(self.layers.iter().map(|f| f.outputs));
        let mut widest = 0;
        for (buffer, width) in self.acts.iter_mut().zip(widths) {
            widest = widest.max(chunks(width));
            if buffer.len() < n * chunks(width) {
                buffer.resize(n * chunks(width), ZERO);
            }
        }
        for buffer in [&mut self.delta, &mut self.delta_below] {
            if buffer.len() < n * widest {
                buffer.resize(n * widest, ZERO);
            }
        }
    }

    /// acts[0] = the batch's input rows.
    fn gather(&mut self, inputs: &DMatrix<f32>, rows: &[usize]) {
        let features = inputs.ncols();
        let per_row = chunks(features);
        for (x, &i) in self.acts[0].chunks_exact_mut(per_row).zip(rows) {
            for (p, v) in lanes_mut(x)[..features].iter_mut().enumerate() {
                *v = inputs[(i, p)];
            }
        }
    }

    /// All rows through every layer; the output layer stays linear (its
    /// logits go to the head).
    fn forward(&mut self, n: usize) {
        let last = self.layers.len() - 1;
        for (l, f) in self.layers.iter().enumerate() {
            let shape = f.shape();
            let (below, above) = self.acts.split_at_mut(l + 1);
            let input = &below[l][..n * shape.in_chunks];
            let out = &mut above[0][..n * shape.out_chunks];
            dense_rows::dense(&f.forward, Some(&f.bias), shape, input, out);
            if l != last {
                rows::activate(f.activation, out);
            }
        }
    }

    /// All rows back from `delta` (the output layer's ∂ℓ/∂z), writing each
    /// layer's gradient.
    fn backward(&mut self, n: usize) {
        for l in (0..self.layers.len()).rev() {
            let f = &mut self.layers[l];
            let shape = f.shape();
            let input = &self.acts[l][..n * shape.in_chunks];
            let delta = &self.delta[..n * shape.out_chunks];
            dense_rows::outer(shape, input, delta, &mut f.grad_w, &mut f.grad_b);
            if l == 0 {
                break;
            }
            // Backwards the layer maps its m outputs to its k inputs, with
            // the weights in the `backward` layout.
            let back = Shape {
                inputs: f.outputs,
                in_chunks: shape.out_chunks,
                out_chunks: shape.in_chunks,
            };
            let below = &mut self.delta_below[..n * shape.in_chunks];
            dense_rows::dense(&f.backward, None, back, delta, below);
            rows::scale_by_derivative(self.layers[l - 1].activation, input, below);
            std::mem::swap(&mut self.delta, &mut self.delta_below);
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
