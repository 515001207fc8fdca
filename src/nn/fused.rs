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
//!
//! The kernels run on the instruction set the workspace was made for
//! ([`SimdPath`], by default the widest the processor has), and the
//! weights stay in the chunked layout from batch to batch, where the
//! optimizer updates them (`weights`).

mod dense_rows;
mod weights;

use bytemuck::cast_slice;
use nalgebra::DMatrix;
use wide::f32x8;

use self::dense_rows::Shape;
use super::activation::Activation;
use super::fused_narrow::{BatchPasses, NarrowNet, rows, train_gathered};
use super::fused_simd::{Simd, SimdPath};
use super::loss::Head;
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
    /// The instruction set the kernels run on.
    path: SimdPath,
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
fn lanes(v: &[f32x8]) -> &[f32] {
    cast_slice(v)
}

#[inline(always)]
fn lanes_mut(v: &mut [f32x8]) -> &mut [f32] {
    bytemuck::cast_slice_mut(v)
}

impl FusedWorkspace {
    /// An empty workspace whose kernels run on `path`.
    pub fn new(path: SimdPath) -> FusedWorkspace {
        FusedWorkspace {
            path,
            ..FusedWorkspace::default()
        }
    }

    /// The instruction set the kernels run on.
    pub fn path(&self) -> SimdPath {
        self.path
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
        let result = self.train_rows(&net.head, inputs, targets, rows);
        self.store_gradients(grads);
        result
    }

    /// [`FusedWorkspace::train_batch`] keeping the gradient in the chunked
    /// layout, for [`FusedWorkspace::step`].
    pub(crate) fn train_rows(
        &mut self,
        head: &Head,
        inputs: &DMatrix<f32>,
        targets: &[f32],
        rows: &[usize],
    ) -> (f64, u64) {
        if let Some(narrow) = &mut self.narrow {
            return narrow.train_rows(head, inputs, targets, rows);
        }
        self.reserve(rows.len());
        self.gather(inputs, rows);
        train_gathered(self, self.path, head, targets, rows)
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
}

impl BatchPasses for FusedWorkspace {
    /// All rows through every layer; the output layer stays linear (its
    /// logits go to the head).
    #[inline(always)]
    fn forward<S: Simd>(&mut self, s: S, n: usize) {
        let last = self.layers.len() - 1;
        for (l, f) in self.layers.iter().enumerate() {
            let shape = f.shape();
            let (below, above) = self.acts.split_at_mut(l + 1);
            let input = &below[l][..n * shape.in_chunks];
            let out = &mut above[0][..n * shape.out_chunks];
            dense_rows::dense(s, &f.forward, Some(&f.bias), shape, input, out);
            if l != last {
                rows::activate(s, f.activation, out);
            }
        }
    }

    /// All rows back from `delta` (the output layer's ∂ℓ/∂z), writing each
    /// layer's gradient.
    #[inline(always)]
    fn backward<S: Simd>(&mut self, s: S, n: usize) {
        for l in (0..self.layers.len()).rev() {
            let f = &mut self.layers[l];
            let shape = f.shape();
            let input = &self.acts[l][..n * shape.in_chunks];
            let delta = &self.delta[..n * shape.out_chunks];
            dense_rows::outer(s, shape, input, delta, &mut f.grad_w, &mut f.grad_b);
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
            dense_rows::dense(s, &f.backward, None, back, delta, below);
            rows::scale_by_derivative(s, self.layers[l - 1].activation, input, below);
            std::mem::swap(&mut self.delta, &mut self.delta_below);
        }
    }

    #[inline(always)]
    fn head_rows(&mut self, n: usize) -> (&[f32x8], &mut [f32x8], usize) {
        let out_chunks = self.layers.last().map_or(1, |f| chunks(f.outputs));
        (
            &self.acts[self.layers.len()][..n * out_chunks],
            &mut self.delta[..n * out_chunks],
            out_chunks,
        )
    }
}
