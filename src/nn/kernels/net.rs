//! The network as the kernels keep it, and its passes over a batch.
//!
//! A batch's samples lie across the vector lanes (16 on AVX-512, 8
//! otherwise): every layer's values are one row per neuron, each row as
//! many vectors as the batch needs, and every weight is broadcast to all
//! lanes. So a vector is full however narrow the layer — the one-neuron
//! output of a 2-8-8-1 network, a 2-input first layer, 16 lanes against 8
//! neurons — and only a batch that is not a whole number of vectors leaves
//! lanes empty, in its last vector. The batch goes through the network a
//! layer at a time (the products in `dense`), the head takes a vector of
//! samples at a time (`head`), and the optimizer updates the weights where
//! they stay between batches (`step`), each pass one dispatched kernel.
//!
//! This gives exactly the mini-batch gradient of [`Mlp::backward`] (up to
//! rounding); the tests check every path against it.

use nalgebra::DMatrix;

use super::activate::{activate, clear_padding, scale_by_derivative};
use super::columns::SampleColumns;
use super::dense::{Rows, Weights, gradient, product};
use super::dispatch::{Kernel, Simd, SimdPath, dispatch};
use super::head::{HeadRows, train};
use super::step::{Tensor, penalize, update};
use crate::nn::activation::Activation;
use crate::nn::loss::Head;
use crate::nn::mlp::{Gradients, Mlp};
use crate::nn::optim::{LayerTensors, Optimizer, Regularization, VectorStep, update_layers};

/// One layer: `weights[i * width + o]` from input i to neuron o, the
/// neurons padded with zeros to `width` (a multiple of 8), every tensor a
/// whole number of 16-lane vectors long.
#[derive(Clone, Debug)]
pub(super) struct Layer {
    pub inputs: usize,
    pub outputs: usize,
    pub width: usize,
    pub weights: Vec<f32>,
    pub bias: Vec<f32>,
    pub grad_w: Vec<f32>,
    pub grad_b: Vec<f32>,
    pub activation: Activation,
}

/// A network's weights in the kernels' layout, their gradient, and the
/// batch's buffers. Reused from batch to batch: nothing is allocated per
/// batch once the buffers have grown to the batch size.
#[derive(Clone, Debug, Default)]
pub struct KernelNet {
    pub(super) layers: Vec<Layer>,
    /// `acts[l]`: layer l's outputs, one row of `stride` floats per neuron.
    acts: Vec<Vec<f32>>,
    /// ∂ℓ/∂z of the layer being differentiated, and of the one below it;
    /// rows past a layer's width up to a multiple of 8 are zero.
    delta: Vec<f32>,
    delta_below: Vec<f32>,
    /// The instruction set the kernels run on.
    path: SimdPath,
}

/// Samples [`KernelNet::logits_into`] takes at a time: their buffers stay
/// in the L1 cache.
const BLOCK: usize = 256;

impl KernelNet {
    /// An empty network whose kernels run on `path` ([`KernelNet::load`]
    /// gives it weights).
    pub fn new(path: SimdPath) -> KernelNet {
        KernelNet {
            path,
            ..KernelNet::default()
        }
    }

    /// The instruction set the kernels run on.
    pub fn path(&self) -> SimdPath {
        self.path
    }

    /// The mean gradient of samples `start..start + len` of `columns`,
    /// kept for [`KernelNet::step`]; returns their mean loss and how many
    /// were classified right. [`KernelNet::load`] must have been called.
    pub fn train_batch(&mut self, head: &Head, columns: &SampleColumns, start: usize, len: usize) -> (f64, u64) {
        let len = len.min(columns.len().saturating_sub(start));
        if self.layers.is_empty() || len == 0 {
            return (0.0, 0);
        }
        self.reserve(len.div_ceil(self.path.lanes()) * self.path.lanes());
        let scale = 1.0 / len as f32;
        let path = self.path;
        let kernel = TrainBatch {
            net: self,
            head,
            x: columns.from_sample(start),
            x_stride: columns.stride(),
            targets: columns.targets_from(start),
            samples: len,
            scale,
        };
        let (loss, correct) = dispatch(path, kernel);
        (loss * f64::from(scale), correct)
    }

    /// [`KernelNet::train_batch`] on rows `rows` of `inputs` (`n ×
    /// features`) with `targets`, the mean gradient written into `grads`
    /// in nalgebra form: one batch from anywhere (the tests' way in).
    pub fn train_rows(
        &mut self,
        net: &Mlp,
        inputs: &DMatrix<f32>,
        targets: &[f32],
        rows: &[usize],
        grads: &mut Gradients,
    ) -> (f64, u64) {
        let mut columns = SampleColumns::default();
        columns.fill(inputs, targets, rows);
        let result = self.train_batch(&net.head, &columns, 0, rows.len());
        self.store_gradients(grads);
        result
    }

    /// One optimizer step from the gradient of the last batch (or of
    /// [`KernelNet::load_gradients`]), inside the dispatched kernel when
    /// the kernels know the optimizer's rule.
    pub fn step(&mut self, optimizer: &mut dyn Optimizer, learning_rate: f32, reg: Regularization) {
        optimizer.begin_step();
        let path = self.path;
        match optimizer.vector_step() {
            Some(mut rule) => dispatch(
                path,
                Step {
                    layers: &mut self.layers,
                    rule: &mut rule,
                    learning_rate,
                    reg,
                },
            ),
            None => {
                let tensors = self.layers.iter_mut().map(|f| LayerTensors {
                    weights: &mut f.weights,
                    weight_grads: &mut f.grad_w,
                    bias: &mut f.bias,
                    bias_grads: &f.grad_b,
                });
                update_layers(optimizer, tensors, learning_rate, reg);
            }
        }
    }

    /// The logits z of every sample of `columns` into `z` (samples ×
    /// outputs): the forward pass of training, [`BLOCK`] samples at a time
    /// (the decision boundary's grid).
    pub fn logits_into(&mut self, columns: &SampleColumns, z: &mut DMatrix<f32>) {
        self.forward_blocks(columns, |start, len, stride, acts| {
            if let Some(logits) = acts.last() {
                write_rows(logits, stride, start, len, z);
            }
        });
    }

    /// Every layer's output for every sample of `columns`: `layers[l]`
    /// (samples × that layer's width) gets layer l's activations, the
    /// output layer's logits (the network editor's per-neuron pictures).
    pub fn activations_into(&mut self, columns: &SampleColumns, layers: &mut [DMatrix<f32>]) {
        self.forward_blocks(columns, |start, len, stride, acts| {
            for (out, acts) in layers.iter_mut().zip(acts) {
                write_rows(acts, stride, start, len, out);
            }
        });
    }

    /// The two-class probabilities (1 − σ(z), σ(z)) of every sample of
    /// `columns` into `out` (two per sample), computed in the kernel; false,
    /// writing nothing, when `head` is not a single sigmoid.
    pub fn two_class_probabilities(&mut self, head: &Head, columns: &SampleColumns, out: &mut [f32]) -> bool {
        if self.layers.is_empty() || head.outputs() != 1 || head.output != crate::nn::OutputActivation::Sigmoid {
            return false;
        }
        self.reserve(BLOCK);
        dispatch(
            self.path,
            Forward {
                net: self,
                columns,
                out: Output::TwoClass(head, out),
            },
        );
        true
    }

    /// The samples of `columns` through the network [`BLOCK`] at a time;
    /// `out` gets each block's first sample, length, row stride and every
    /// layer's outputs.
    fn forward_blocks(&mut self, columns: &SampleColumns, mut out: impl FnMut(usize, usize, usize, &[Vec<f32>])) {
        if self.layers.is_empty() {
            return;
        }
        self.reserve(BLOCK);
        let lanes = self.path.lanes();
        for start in (0..columns.len()).step_by(BLOCK) {
            let len = BLOCK.min(columns.len() - start);
            let stride = len.div_ceil(lanes) * lanes;
            dispatch(
                self.path,
                Forward {
                    net: self,
                    columns,
                    out: Output::Block(start, len),
                },
            );
            out(start, len, stride, &self.acts);
        }
    }

    /// One (empty) output buffer per layer.
    pub(super) fn resize_buffers(&mut self, layers: usize) {
        self.acts = vec![Vec::new(); layers];
    }

    /// Makes every batch buffer hold rows of `stride` floats.
    fn reserve(&mut self, stride: usize) {
        let mut widest = 8;
        for (buffer, f) in self.acts.iter_mut().zip(&self.layers) {
            widest = widest.max(f.width).max(f.inputs.next_multiple_of(8));
            if buffer.len() < f.outputs * stride {
                buffer.resize(f.outputs * stride, 0.0);
            }
        }
        for buffer in [&mut self.delta, &mut self.delta_below] {
            if buffer.len() < widest * stride {
                buffer.resize(widest * stride, 0.0);
            }
        }
    }
}

/// Samples `start..start + len` of `out` from `rows` (one row per column
/// of `out`, `stride` apart).
fn write_rows(rows: &[f32], stride: usize, start: usize, len: usize, out: &mut DMatrix<f32>) {
    let n = out.nrows();
    let len = len.min(n.saturating_sub(start));
    for (c, column) in out.as_mut_slice().chunks_exact_mut(n.max(1)).enumerate() {
        column[start..start + len].copy_from_slice(&rows[c * stride..][..len]);
    }
}

/// All layers forward for `vectors` vectors of samples from `x`; hidden
/// layers activated, the output layer left as logits.
#[inline(always)]
fn forward<S: Simd>(s: S, layers: &[Layer], acts: &mut [Vec<f32>], x: Rows<'_>, vectors: usize, samples: usize) {
    let stride = vectors * S::LANES;
    let last = layers.len() - 1;
    for (l, f) in layers.iter().enumerate() {
        let (below, above) = acts.split_at_mut(l);
        let input = match below.last() {
            Some(data) => Rows { data, stride },
            None => x,
        };
        let w = Weights {
            w: &f.weights,
            si: f.width,
            so: 1,
        };
        let out = &mut above[0][..f.outputs * stride];
        product(s, w, Some(&f.bias), f.inputs, f.outputs, input, out, stride, vectors);
        if l != last {
            activate(s, f.activation, out);
            clear_padding(s, out, f.outputs, stride, vectors, samples);
        }
    }
}

/// A batch's training pass on one path: forward, the head's loss and
/// ∂ℓ/∂z (scaled by `scale`), backward into every layer's gradient.
struct TrainBatch<'a> {
    net: &'a mut KernelNet,
    head: &'a Head,
    x: &'a [f32],
    x_stride: usize,
    targets: &'a [f32],
    samples: usize,
    scale: f32,
}

impl Kernel for TrainBatch<'_> {
    type Output = (f64, u64);

    #[inline(always)]
    fn run<S: Simd>(self, s: S) -> (f64, u64) {
        let KernelNet {
            layers,
            acts,
            delta,
            delta_below,
            ..
        } = self.net;
        let vectors = self.samples.div_ceil(S::LANES);
        let stride = vectors * S::LANES;
        let x = Rows {
            data: self.x,
            stride: self.x_stride,
        };
        forward(s, layers, acts, x, vectors, self.samples);
        let out = &layers[layers.len() - 1];
        let rows = HeadRows {
            logits: &acts[layers.len() - 1],
            delta: &mut delta[..out.outputs * stride],
            stride,
            vectors,
            samples: self.samples,
        };
        let result = train(s, self.head, rows, self.targets, self.scale);
        delta[out.outputs * stride..out.width * stride].fill(0.0);
        for l in (0..layers.len()).rev() {
            let f = &mut layers[l];
            let input = if l == 0 { x } else { Rows { data: &acts[l - 1], stride } };
            let d = Rows { data: delta, stride };
            gradient(s, input, f.inputs, d, f.outputs, vectors, &mut f.grad_w, f.width, &mut f.grad_b);
            if l == 0 {
                break;
            }
            // Backwards the layer maps its outputs to its inputs with the
            // same weights, transposed.
            let w = Weights {
                w: &f.weights,
                si: 1,
                so: f.width,
            };
            let k = f.inputs;
            product(s, w, None, f.outputs, k, d, delta_below, stride, vectors);
            delta_below[k * stride..k.next_multiple_of(8) * stride].fill(0.0);
            scale_by_derivative(
                s,
                layers[l - 1].activation,
                &acts[l - 1][..k * stride],
                &mut delta_below[..k * stride],
            );
            std::mem::swap(delta, delta_below);
        }
        result
    }
}

/// One optimizer step on every layer, on one path.
struct Step<'a, 'r> {
    layers: &'a mut [Layer],
    rule: &'a mut VectorStep<'r>,
    learning_rate: f32,
    reg: Regularization,
}

impl Kernel for Step<'_, '_> {
    type Output = ();

    #[inline(always)]
    fn run<S: Simd>(self, s: S) {
        for (l, f) in self.layers.iter_mut().enumerate() {
            let mut weights = Tensor {
                values: &mut f.weights,
                grads: &mut f.grad_w,
            };
            penalize(s, &mut weights, self.reg);
            update(s, self.rule, 2 * l, weights, self.learning_rate);
            let bias = Tensor {
                values: &mut f.bias,
                grads: &mut f.grad_b,
            };
            update(s, self.rule, 2 * l + 1, bias, self.learning_rate);
        }
    }
}

/// Where a forward pass puts its results.
enum Output<'a> {
    /// Samples `start..start + len` into the batch buffers.
    Block(usize, usize),
    /// Every sample, as two-class probabilities, two floats per sample.
    TwoClass(&'a Head, &'a mut [f32]),
}

/// A forward pass on one path.
struct Forward<'a> {
    net: &'a mut KernelNet,
    columns: &'a SampleColumns,
    out: Output<'a>,
}

impl Kernel for Forward<'_> {
    type Output = ();

    #[inline(always)]
    fn run<S: Simd>(self, s: S) {
        let KernelNet { layers, acts, .. } = self.net;
        match self.out {
            Output::Block(start, len) => forward_from(s, layers, acts, self.columns, start, len),
            Output::TwoClass(head, out) => {
                let n = self.columns.len();
                for start in (0..n).step_by(BLOCK) {
                    let len = BLOCK.min(n - start);
                    forward_from(s, layers, acts, self.columns, start, len);
                    let logits = &acts[layers.len() - 1];
                    super::head::two_class_probabilities(s, head, logits, len, &mut out[2 * start..]);
                }
            }
        }
    }
}

/// [`forward`] for samples `start..start + len` of `columns`.
#[inline(always)]
fn forward_from<S: Simd>(
    s: S,
    layers: &[Layer],
    acts: &mut [Vec<f32>],
    columns: &SampleColumns,
    start: usize,
    len: usize,
) {
    let x = Rows {
        data: columns.from_sample(start),
        stride: columns.stride(),
    };
    forward(s, layers, acts, x, len.div_ceil(S::LANES), len);
}
