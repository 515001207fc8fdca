//! The network as the kernels keep it, and its passes over a batch.
//!
//! A batch's samples lie across the vector lanes (16 on AVX-512, 8
//! otherwise): every layer's values are one row per neuron, each row as
//! many vectors as the batch needs, and every weight is broadcast to all
//! lanes (`passes`). So a vector is full however narrow the layer — the
//! one-neuron output of a 2-8-8-1 network, a 2-input first layer, 16 lanes
//! against 8 neurons — and only a batch that is not a whole number of
//! vectors leaves lanes empty, in its last vector. Where a layer's neurons
//! fill the lanes better than that (8-neuron layers at batch 10 on an
//! 8-lane path), the batch goes through the neuron-lane passes instead
//! (`narrow`). Both read the same weights, which stay in this layout
//! between batches, where the optimizer updates them (`step`).
//!
//! This gives exactly the mini-batch gradient of [`Mlp::backward`] (up to
//! rounding); the tests check every path and both lane layouts against it.

use nalgebra::DMatrix;

use super::columns::SampleColumns;
use super::dispatch::{SimdPath, dispatch, dispatch_eight};
use super::layer::{BLOCK, Layer};
use super::narrow::NarrowBatch;
use super::narrow_rows::ROW;
use super::passes::{Forward, Output, Step, TrainBatch};
use crate::nn::loss::Head;
use crate::nn::mlp::{Gradients, Mlp};
use crate::nn::optim::{LayerTensors, Optimizer, Regularization, update_layers};

/// What a batch's vector lanes hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneAxis {
    /// The batch's samples, a row per neuron (any network).
    Samples,
    /// A layer's neurons, a row per sample (every layer at most 8 wide).
    Neurons,
}

/// A network's weights in the kernels' layout, their gradient, and the
/// batch's buffers. Reused from batch to batch: nothing is allocated per
/// batch once the buffers have grown to the batch size.
#[derive(Clone, Debug, Default)]
pub struct KernelNet {
    pub(super) layers: Vec<Layer>,
    /// `acts[l]`: layer l's outputs for the batch.
    pub(super) acts: Vec<Vec<f32>>,
    /// ∂ℓ/∂z of the layer being differentiated, and of the one below it
    /// (with samples in the lanes: the sums sent back before φ', which
    /// `derivative_into` turns into the next δ in `delta`); with samples in
    /// the lanes, the rows of δ past a layer's width up to a multiple of 8
    /// are zero.
    pub(super) delta: Vec<f32>,
    pub(super) delta_below: Vec<f32>,
    /// Wᵀ of every layer for the neuron-lane passes, and whether it
    /// matches the weights.
    transposed: Vec<[f32; ROW * ROW]>,
    transposed_current: bool,
    /// How full the neuron-lane passes keep the path's lanes, if every
    /// layer fits them (see [`KernelNet::axis_for`]).
    pub(super) neuron_fill: Option<f64>,
    /// The lane layout every batch takes, if fixed.
    forced: Option<LaneAxis>,
    /// The weights with each value in every lane, for the forward pass
    /// in registers (`fused`), remade at each such pass.
    pub(super) wide: Vec<f32>,
    /// The instruction set the kernels run on.
    path: SimdPath,
}

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

    /// Makes every batch take `axis` (where the network allows it), or,
    /// with `None`, whichever fills the lanes better.
    pub fn force_axis(&mut self, axis: Option<LaneAxis>) {
        self.forced = axis;
    }

    /// The lane layout a batch of `len` samples takes: the batch's samples,
    /// unless every layer is at most 8 wide and its neurons fill the
    /// path's lanes better (weighted by each layer's multiply-adds) than
    /// `len` samples fill whole vectors.
    pub fn axis_for(&self, len: usize) -> LaneAxis {
        let Some(neuron_fill) = self.neuron_fill else {
            return LaneAxis::Samples;
        };
        if let Some(axis) = self.forced {
            return axis;
        }
        let lanes = self.path.lanes();
        let samples_fill = len as f64 / len.max(1).next_multiple_of(lanes) as f64;
        if neuron_fill > samples_fill {
            LaneAxis::Neurons
        } else {
            LaneAxis::Samples
        }
    }

    /// The mean gradient of samples `start..start + len` of `columns`,
    /// kept for [`KernelNet::step`]; returns their mean loss and how many
    /// were classified right. [`KernelNet::load`] must have been called.
    pub fn train_batch(&mut self, head: &Head, columns: &SampleColumns, start: usize, len: usize) -> (f64, u64) {
        let len = len.min(columns.len().saturating_sub(start));
        if self.layers.is_empty() || len == 0 {
            return (0.0, 0);
        }
        let scale = 1.0 / len as f32;
        let path = self.path;
        let (loss, correct) = match self.axis_for(len) {
            LaneAxis::Samples => {
                self.reserve(len.div_ceil(path.lanes()) * path.lanes());
                let kernel = TrainBatch {
                    layers: &mut self.layers,
                    acts: &mut self.acts,
                    delta: &mut self.delta,
                    delta_below: &mut self.delta_below,
                    head,
                    x: columns.inputs_from(start),
                    x_stride: columns.stride(),
                    targets: columns.targets_from(start),
                    samples: len,
                    scale,
                };
                dispatch(path, kernel)
            }
            LaneAxis::Neurons => {
                self.reserve_rows(len);
                self.transposed.resize(self.layers.len(), [0.0; ROW * ROW]);
                let refresh = !std::mem::replace(&mut self.transposed_current, true);
                let kernel = NarrowBatch {
                    layers: &mut self.layers,
                    transposed: &mut self.transposed,
                    refresh,
                    acts: &mut self.acts,
                    delta: &mut self.delta,
                    delta_below: &mut self.delta_below,
                    head,
                    x: (columns.inputs_from(start), columns.stride()),
                    targets: columns.targets_from(start),
                    samples: len,
                    scale,
                };
                dispatch_eight(path, kernel)
            }
        };
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
        self.transposed_current = false;
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

    /// The weights changed outside a step: Wᵀ is rebuilt before the next
    /// neuron-lane batch.
    pub(super) fn weights_changed(&mut self) {
        self.transposed_current = false;
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
                layers: &self.layers,
                acts: &mut self.acts,
                wide: &mut self.wide,
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
                    layers: &self.layers,
                    acts: &mut self.acts,
                    wide: &mut self.wide,
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

    /// Makes every batch buffer hold `n` rows of 8 (neurons in the lanes),
    /// rounded up to a whole number of 8-row blocks (`narrow_output` reads
    /// a layer's outputs a block at a time).
    fn reserve_rows(&mut self, n: usize) {
        let len = n.next_multiple_of(ROW) * ROW;
        for buffer in self.acts.iter_mut().chain([&mut self.delta, &mut self.delta_below]) {
            if buffer.len() < len {
                buffer.resize(len, 0.0);
            }
        }
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
