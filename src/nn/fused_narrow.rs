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
//! one, and its gradient is zero, so no optimizer moves it.
//!
//! The weights stay in these blocks from batch to batch (`weights`: the
//! optimizer updates them here); the network as an [`crate::nn::Mlp`] is written
//! only when someone reads it.

pub(super) mod head;
pub(super) mod rows;
mod weights;

use nalgebra::DMatrix;
use wide::f32x8;

use super::activation::Activation;
use super::fused_simd::{Kernel, Simd, SimdPath, dispatch};
use super::loss::Head;

const W: usize = 8;
const ZERO: f32x8 = f32x8::ZERO;
/// Rows [`NarrowNet::logits_into`] takes at a time: its buffers (8 KiB per
/// layer) stay in the L1 cache.
const BLOCK: usize = 256;
/// Most layers a network has (hidden layers and the output layer).
const MAX_LAYERS: usize = super::MAX_HIDDEN_LAYERS + 1;

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
    /// The instruction set the kernels run on.
    path: SimdPath,
}

impl NarrowNet {
    /// An empty network whose kernels run on `path` ([`NarrowNet::load`]
    /// gives it weights).
    pub fn new(path: SimdPath) -> NarrowNet {
        NarrowNet {
            path,
            ..NarrowNet::default()
        }
    }

    /// The instruction set the kernels run on.
    pub fn path(&self) -> SimdPath {
        self.path
    }

    /// The mean gradient of the batch `rows`, kept in the blocks for
    /// [`NarrowNet::step`]; returns the mean loss and the correctly
    /// classified rows.
    ///
    /// The batch goes through the network one layer at a time, all rows
    /// together (the rows kernels in `rows`), so each layer's weights
    /// and its choice of kernel and activation are fetched once per batch.
    pub(crate) fn train_rows(
        &mut self,
        head: &Head,
        inputs: &DMatrix<f32>,
        targets: &[f32],
        rows: &[usize],
    ) -> (f64, u64) {
        self.reserve(rows.len());
        self.gather(inputs, rows.iter().copied());
        train_gathered(self, self.path, head, targets, rows)
    }

    /// The logits z of every row of `inputs` into `z` (rows × outputs):
    /// the forward pass of training, `BLOCK` (256) rows at a time, for
    /// evaluating a network over many points (the decision boundary's
    /// grid). [`NarrowNet::load`] must have been called with the network.
    pub fn logits_into(&mut self, inputs: &DMatrix<f32>, z: &mut DMatrix<f32>) {
        self.forward_blocks(inputs, |start, acts| {
            if let Some(logits) = acts.last() {
                write_rows(logits, start, z);
            }
        });
    }

    /// Every layer's output for every row of `inputs`: `layers[l]` (rows
    /// × that layer's width) gets layer l's activations, the output layer's
    /// logits (the per-neuron pictures of the network editor).
    pub fn activations_into(&mut self, inputs: &DMatrix<f32>, layers: &mut [DMatrix<f32>]) {
        self.forward_blocks(inputs, |start, acts| {
            for (out, acts) in layers.iter_mut().zip(acts) {
                write_rows(acts, start, out);
            }
        });
    }

    /// The rows of `inputs` through the network `BLOCK` at a time; `out`
    /// gets each block's first row index and every layer's outputs.
    fn forward_blocks(&mut self, inputs: &DMatrix<f32>, mut out: impl FnMut(usize, &[&[f32x8]])) {
        if self.layers.is_empty() {
            return;
        }
        self.reserve(BLOCK);
        let n = inputs.nrows();
        for start in (0..n).step_by(BLOCK) {
            let len = BLOCK.min(n - start);
            self.gather(inputs, start..start + len);
            dispatch(self.path, Forward { net: self, rows: len });
            let mut acts = [&[][..]; MAX_LAYERS];
            for (slot, layer) in acts.iter_mut().zip(&self.acts[1..]) {
                *slot = &layer[..len];
            }
            out(start, &acts[..self.layers.len()]);
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
    fn gather(&mut self, inputs: &DMatrix<f32>, rows: impl Iterator<Item = usize>) {
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
}

/// Rows `start..` of `out` from the 8-lane `rows` (as many lanes as `out`
/// has columns; rows past the end of `out` are dropped).
fn write_rows(rows: &[f32x8], start: usize, out: &mut DMatrix<f32>) {
    let width = out.ncols().min(W);
    for (r, row) in rows.iter().enumerate().take(out.nrows().saturating_sub(start)) {
        for (k, &v) in row.as_array()[..width].iter().enumerate() {
            out[(start + r, k)] = v;
        }
    }
}

impl BatchPasses for NarrowNet {
    /// All rows through every layer; the output layer stays linear (logits).
    #[inline(always)]
    fn forward<S: Simd>(&mut self, s: S, n: usize) {
        let last = self.layers.len() - 1;
        for (l, f) in self.layers.iter().enumerate() {
            let (below, above) = self.acts.split_at_mut(l + 1);
            let (x, out) = (&below[l][..n], &mut above[0][..n]);
            match (f.outputs, f.inputs) {
                (1, _) => rows::forward_single(s, f.backward[0], f.bias.as_array()[0], x, out),
                (_, 0..=2) => rows::forward::<S, 2>(s, &f.forward, f.bias, x, out),
                (_, 3..=4) => rows::forward::<S, 4>(s, &f.forward, f.bias, x, out),
                _ => rows::forward::<S, W>(s, &f.forward, f.bias, x, out),
            }
            if l != last {
                rows::activate(s, f.activation, out);
            }
        }
    }

    /// All rows back from `delta` (the output layer's ∂ℓ/∂z), accumulating
    /// each layer's gradient.
    #[inline(always)]
    fn backward<S: Simd>(&mut self, s: S, n: usize) {
        for l in (0..self.layers.len()).rev() {
            let x = &self.acts[l][..n];
            let f = &mut self.layers[l];
            let delta = &self.delta[..n];
            f.grad_b = rows::sum(s, delta);
            match (f.outputs, f.inputs) {
                (1, _) => f.grad_w[0] = rows::outer_single(s, x, delta),
                (_, 0..=2) => rows::outer::<S, 2>(s, x, delta, &mut f.grad_w),
                (_, 3..=4) => rows::outer::<S, 4>(s, x, delta, &mut f.grad_w),
                _ => rows::outer::<S, W>(s, x, delta, &mut f.grad_w),
            }
            if l == 0 {
                break;
            }
            let below = &mut self.delta_below[..n];
            match f.outputs {
                0..=1 => rows::forward::<S, 1>(s, &f.backward, ZERO, delta, below),
                2 => rows::forward::<S, 2>(s, &f.backward, ZERO, delta, below),
                3..=4 => rows::forward::<S, 4>(s, &f.backward, ZERO, delta, below),
                _ => rows::forward::<S, W>(s, &f.backward, ZERO, delta, below),
            }
            rows::scale_by_derivative(s, self.layers[l - 1].activation, x, below);
            std::mem::swap(&mut self.delta, &mut self.delta_below);
        }
    }

    #[inline(always)]
    fn head_rows(&mut self, n: usize) -> (&[f32x8], &mut [f32x8], usize) {
        (&self.acts[self.layers.len()][..n], &mut self.delta[..n], 1)
    }
}

/// The layer passes of a batch kernel ([`NarrowNet`] or
/// [`super::FusedWorkspace`]), run by [`TrainRows`] on one path.
pub(super) trait BatchPasses {
    /// The first `n` gathered rows through every layer (the output layer
    /// stays linear: its logits go to the head).
    fn forward<S: Simd>(&mut self, s: S, n: usize);
    /// The `n` rows back from the output layer's ∂ℓ/∂z, accumulating each
    /// layer's gradient.
    fn backward<S: Simd>(&mut self, s: S, n: usize);
    /// The first `n` rows' logits and ∂ℓ/∂z buffers, and vectors per row.
    fn head_rows(&mut self, n: usize) -> (&[f32x8], &mut [f32x8], usize);
}

/// The training pass of the gathered batch `rows` on `path`: the mean
/// gradient into the kernel's accumulators; returns the mean loss and the
/// rows classified right.
pub(super) fn train_gathered<K: BatchPasses>(
    net: &mut K,
    path: SimdPath,
    head: &Head,
    targets: &[f32],
    rows: &[usize],
) -> (f64, u64) {
    let scale = 1.0 / rows.len().max(1) as f32;
    let kernel = TrainRows {
        net,
        head,
        targets,
        rows,
        scale,
    };
    let (loss, correct) = dispatch(path, kernel);
    (loss * f64::from(scale), correct)
}

/// A batch's training pass after the gather, on one path: forward, the
/// head's loss and ∂ℓ/∂z (scaled by `scale`), backward.
struct TrainRows<'a, K> {
    net: &'a mut K,
    head: &'a Head,
    targets: &'a [f32],
    rows: &'a [usize],
    scale: f32,
}

impl<K: BatchPasses> Kernel for TrainRows<'_, K> {
    type Output = (f64, u64);

    #[inline(always)]
    fn run<S: Simd>(self, s: S) -> (f64, u64) {
        let TrainRows {
            net,
            head,
            targets,
            rows,
            scale,
        } = self;
        let n = rows.len();
        net.forward(s, n);
        let (logits, delta, chunks) = net.head_rows(n);
        let result = head::train_rows(s, head, logits, chunks, targets, rows, delta, scale);
        net.backward(s, n);
        result
    }
}

/// The forward pass of the first `rows` gathered rows, on one path.
struct Forward<'a> {
    net: &'a mut NarrowNet,
    rows: usize,
}

impl Kernel for Forward<'_> {
    type Output = ();

    #[inline(always)]
    fn run<S: Simd>(self, s: S) {
        self.net.forward(s, self.rows);
    }
}
