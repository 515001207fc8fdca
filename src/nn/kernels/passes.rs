//! The sample-lane passes of a [`KernelNet`]: forward, training and the
//! optimizer step, each one dispatched kernel.

use super::activate::{activate, clear_padding, derivative_into};
use super::columns::SampleColumns;
use super::dense::{Direction, Product, Rows, Shape, gradient, product};
use super::dispatch::{Kernel, Simd};
use super::fused;
use super::head::{HeadRows, train, two_class_probabilities};
use super::layer::{BLOCK, Layer};
use super::step::{Tensor, penalize, update};
use crate::nn::loss::Head;
use crate::nn::optim::{Regularization, VectorStep};

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
        let shape = Shape {
            inputs: f.inputs,
            outputs: f.outputs,
            vectors,
            width: f.width,
        };
        let out = &mut above[0][..f.outputs * stride];
        let forward = Product {
            w: &f.weights,
            direction: Direction::Forward,
            bias: Some(&f.bias),
            shape,
            x: input,
        };
        product(s, forward, (out, stride));
        if l != last {
            activate(s, f.activation, out);
            clear_padding(s, out, f.outputs, stride, vectors, samples);
        }
    }
}

/// A batch's training pass on one path: forward, the head's loss and
/// ∂ℓ/∂z (scaled by `scale`), backward into every layer's gradient.
pub(super) struct TrainBatch<'a> {
    /// The network's layers and the batch's buffers (a [`KernelNet`]'s).
    ///
    /// [`KernelNet`]: super::KernelNet
    pub layers: &'a mut [Layer],
    pub acts: &'a mut [Vec<f32>],
    pub delta: &'a mut Vec<f32>,
    pub delta_below: &'a mut Vec<f32>,
    pub head: &'a Head,
    pub x: &'a [f32],
    pub x_stride: usize,
    pub targets: &'a [f32],
    pub samples: usize,
    pub scale: f32,
}

impl Kernel for TrainBatch<'_> {
    type Output = (f64, u64);

    #[inline(always)]
    fn run<S: Simd>(self, s: S) -> (f64, u64) {
        let TrainBatch {
            layers,
            acts,
            delta,
            delta_below,
            ..
        } = self;
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
            let input = if l == 0 {
                x
            } else {
                Rows {
                    data: &acts[l - 1],
                    stride,
                }
            };
            let d = Rows { data: delta, stride };
            let shape = Shape {
                inputs: f.inputs,
                outputs: f.outputs,
                vectors,
                width: f.width,
            };
            gradient(s, input, d, shape, &mut f.grad_w, &mut f.grad_b);
            if l == 0 {
                break;
            }
            // Backwards the layer maps its outputs to its inputs with the
            // same weights, transposed.
            let k = f.inputs;
            let back = Shape {
                inputs: f.outputs,
                outputs: k,
                ..shape
            };
            let backward = Product {
                w: &f.weights,
                direction: Direction::Backward,
                bias: None,
                shape: back,
                x: d,
            };
            product(s, backward, (delta_below, stride));
            // δ is spent: the layer below's goes where it was.
            derivative_into(
                s,
                layers[l - 1].activation,
                &acts[l - 1][..k * stride],
                &delta_below[..k * stride],
                &mut delta[..k * stride],
            );
            delta[k * stride..k.next_multiple_of(8) * stride].fill(0.0);
        }
        result
    }
}

/// One optimizer step on every layer, on one path.
pub(super) struct Step<'a, 'r> {
    pub layers: &'a mut [Layer],
    pub rule: &'a mut VectorStep<'r>,
    pub learning_rate: f32,
    pub reg: Regularization,
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
pub(super) enum Output<'a> {
    /// Samples `start..start + len` into the batch buffers.
    Block(usize, usize),
    /// Every sample, as two-class probabilities, two floats per sample.
    TwoClass(&'a Head, &'a mut [f32]),
}

/// A forward pass on one path.
pub(super) struct Forward<'a> {
    /// The network's layers, each layer's outputs, and the weights with
    /// each value in every lane (a [`KernelNet`]'s).
    ///
    /// [`KernelNet`]: super::KernelNet
    pub layers: &'a [Layer],
    pub acts: &'a mut [Vec<f32>],
    pub wide: &'a mut Vec<f32>,
    pub columns: &'a SampleColumns,
    pub out: Output<'a>,
}

impl Kernel for Forward<'_> {
    type Output = ();

    #[inline(always)]
    fn run<S: Simd>(self, s: S) {
        let Forward { layers, acts, wide, .. } = self;
        match self.out {
            Output::Block(start, len) => forward_from(s, layers, acts, self.columns, start, len),
            Output::TwoClass(head, out) => {
                let n = self.columns.len();
                // A narrow network goes through in registers, a vector of
                // samples at a time (`fused`).
                let in_registers = fused::fits(layers);
                if in_registers {
                    fused::broadcast(s, layers, wide);
                }
                let last = layers.len() - 1;
                for start in (0..n).step_by(BLOCK) {
                    let len = BLOCK.min(n - start);
                    if in_registers {
                        let x = Rows {
                            data: self.columns.inputs_from(start),
                            stride: self.columns.stride(),
                        };
                        let vectors = len.div_ceil(S::LANES);
                        fused::forward(s, layers, wide, x, vectors, (&mut acts[last], vectors * S::LANES));
                    } else {
                        forward_from(s, layers, acts, self.columns, start, len);
                    }
                    two_class_probabilities(s, head, &acts[last], len, &mut out[2 * start..]);
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
        data: columns.inputs_from(start),
        stride: columns.stride(),
    };
    forward(s, layers, acts, x, len.div_ceil(S::LANES), len);
}
