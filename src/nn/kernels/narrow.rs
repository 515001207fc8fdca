//! The training pass with a layer's neurons across the lanes, for networks
//! whose every layer has at most 8 inputs and 8 neurons, when that fills
//! the vectors better than the batch's samples do.
//!
//! A batch of 10 fills 10 of the 16 lanes of two 8-lane vectors; a layer
//! of 8 neurons fills all 8 lanes of one, whatever the batch. So for
//! TensorFlow Playground's range of networks on 8-lane paths at batch
//! sizes that are not whole vectors, each sample's values are one 8-lane
//! row and the batch goes through the network a layer at a time:
//!
//! forward:  z[r] = b + Σₚ x[r]ₚ·W[p, ·],  a[r] = φ(z[r])          for every row r
//! backward: ∂W[p, ·] = Σᵣ x[r]ₚ·δ[r],  ∂b = Σᵣ δ[r],
//!           δ_below[r] = (Σⱼ δ[r]ⱼ·Wᵀ[j]) ⊙ φ'(a_below[r])
//!
//! The weights and gradients are the same tensors the sample-lane passes
//! use (row p of W is `weights[p·8..]`), so the optimizer and its state
//! do not care which pass ran; the backward product reads Wᵀ, a copy
//! refreshed after each step. The first layer reads its inputs where the
//! training set keeps them, feature by feature.
//!
//! Padded lanes stay harmless: the padding of W, b and Wᵀ is zero, so
//! whatever a padded neuron computes (σ(0) = ½, say) never reaches a real
//! one, its ∂ℓ/∂z is zero, and only the real rows of a gradient are
//! written.

use super::activate::activate;
use super::dispatch::{Kernel, Simd};
use super::layer::Layer;
use super::narrow_output::{SigmoidOutput, head_rows, sigmoid_output};
use super::narrow_rows::{
    Backward, ROW, backward_rows, backward_single, first_gradient, forward_columns, forward_rows, forward_single,
};
use crate::nn::loss::{Head, Loss};

/// Whether every layer fits a row: at most 8 inputs and 8 neurons.
pub(super) fn fits(layers: &[Layer]) -> bool {
    layers.iter().all(|f| f.inputs <= ROW && f.outputs <= ROW)
}

/// How full these passes keep the lanes of a `lanes`-lane path, weighted
/// by each layer's multiply-adds: a layer's neurons fill `outputs` of the
/// 8 lanes of its rows (a one-neuron layer its `inputs`), and an 8-lane
/// row fills 8 of the path's lanes.
pub(super) fn lane_fill(layers: &[Layer], lanes: usize) -> f64 {
    let (mut used, mut all) = (0.0, 0.0);
    for f in layers {
        let work = (f.inputs * f.outputs) as f64;
        let filled = if f.outputs == 1 { f.inputs } else { f.outputs };
        used += work * filled as f64 / ROW as f64;
        all += work;
    }
    used / all.max(1.0) * ROW as f64 / lanes as f64
}

/// A batch's training pass with neurons in the lanes, on one 8-lane path.
pub(super) struct NarrowBatch<'a> {
    pub layers: &'a mut [Layer],
    /// Wᵀ of every layer, `[j·8 + p]` = W[p, j] (zero beyond the layer),
    /// and whether the step since it was made requires making it again.
    pub transposed: &'a mut [[f32; ROW * ROW]],
    pub refresh: bool,
    pub acts: &'a mut [Vec<f32>],
    pub delta: &'a mut Vec<f32>,
    pub delta_below: &'a mut Vec<f32>,
    pub head: &'a Head,
    /// Feature p of sample r at `x.0[p·x.1 + r]`.
    pub x: (&'a [f32], usize),
    pub targets: &'a [f32],
    pub samples: usize,
    pub scale: f32,
}

impl Kernel for NarrowBatch<'_> {
    type Output = (f64, u64);

    #[inline(always)]
    fn run<S: Simd>(self, s: S) -> (f64, u64) {
        debug_assert_eq!(S::LANES, ROW, "the neuron-lane passes are 8-lane code");
        if self.refresh {
            // The first layer sends no error back: it needs no Wᵀ.
            // A layer of 4 inputs or fewer keeps only 2 or 4 rows of W: the
            // block is padded with zero rows before it is transposed.
            // A one-neuron layer reads only its weights' first column.
            for (f, t) in self.layers.iter().zip(self.transposed.iter_mut()).skip(1) {
                if f.outputs == 1 {
                    for (p, t) in t[..ROW].iter_mut().enumerate() {
                        *t = f.weights.get(p * ROW).copied().unwrap_or(0.0);
                    }
                } else if let Some(w) = f.weights.first_chunk::<{ ROW * ROW }>() {
                    s.transpose8(w, t);
                } else {
                    let mut w = [0.0f32; ROW * ROW];
                    w[..f.weights.len()].copy_from_slice(&f.weights);
                    s.transpose8(&w, t);
                }
            }
        }
        let n = self.samples;
        let last = self.layers.len() - 1;
        // One sigmoid neuron with binary cross-entropy over a hidden layer:
        // its layer, the head and its backward pass in one sweep.
        let sigmoid_neuron = last > 0
            && self.layers[last].outputs == 1
            && self.head.loss == Loss::BinaryCrossEntropy
            && self.head.outputs() == 1;
        let swept = if sigmoid_neuron { last } else { last + 1 };
        for (l, f) in self.layers.iter().enumerate().take(swept) {
            let (below, above) = self.acts.split_at_mut(l);
            let out = &mut above[0][..n * ROW];
            let (w, b) = (&f.weights[..], &f.bias[..ROW]);
            match below.last() {
                None => match f.inputs {
                    0..=2 => forward_columns::<S, 2>(s, (w, b), f.inputs, self.x, out, n),
                    3..=4 => forward_columns::<S, 4>(s, (w, b), f.inputs, self.x, out, n),
                    _ => forward_columns::<S, ROW>(s, (w, b), f.inputs, self.x, out, n),
                },
                Some(x) => match (f.outputs, f.inputs) {
                    (1, _) => forward_single(s, &self.transposed[l][..ROW], b[0], x, out, n),
                    (_, 0..=2) => forward_rows::<S, 2>(s, w, Some(b), x, out, n),
                    (_, 3..=4) => forward_rows::<S, 4>(s, w, Some(b), x, out, n),
                    _ => forward_rows::<S, ROW>(s, w, Some(b), x, out, n),
                },
            }
            if l != last {
                activate(s, f.activation, out);
            }
        }
        let result = if sigmoid_neuron {
            let below_activation = self.layers[last - 1].activation;
            let f = &mut self.layers[last];
            let output = SigmoidOutput {
                x: &self.acts[last - 1],
                inputs: f.inputs,
                below_activation,
                w: &self.transposed[last][..ROW],
                bias: f.bias[0],
                targets: self.targets,
                g: &mut f.grad_w,
                gb: &mut f.grad_b,
                below: &mut self.delta[..n * ROW],
                n,
                scale: self.scale,
            };
            sigmoid_output(s, output)
        } else {
            let delta = &mut self.delta[..n * ROW];
            head_rows(
                s,
                self.head,
                &self.acts[last][..n * ROW],
                self.targets,
                delta,
                self.scale,
            )
        };
        // The layers below the swept ones send their error down in turn.
        for l in (1..swept).rev() {
            let below_activation = self.layers[l - 1].activation;
            let f = &mut self.layers[l];
            let (outputs, inputs) = (f.outputs, f.inputs);
            let b = Backward {
                x: &self.acts[l - 1][..n * ROW],
                inputs,
                below_activation,
                delta: &self.delta[..n * ROW],
                t: &self.transposed[l][..],
                g: &mut f.grad_w[..],
                gb: &mut f.grad_b[..],
                below: &mut self.delta_below[..n * ROW],
                n,
            };
            match (outputs, inputs) {
                (1, _) => backward_single(s, b),
                (2..=4, 0..=4) => backward_rows::<S, 4, 4>(s, b),
                (2..=4, _) => backward_rows::<S, ROW, 4>(s, b),
                (_, 0..=4) => backward_rows::<S, 4, ROW>(s, b),
                _ => backward_rows::<S, ROW, ROW>(s, b),
            }
            std::mem::swap(self.delta, self.delta_below);
        }
        let f = &mut self.layers[0];
        let (x, delta) = ((self.x.0, self.x.1, f.inputs), &self.delta[..n * ROW]);
        let grads = (&mut f.grad_w[..], &mut f.grad_b[..]);
        match f.inputs {
            0..=2 => first_gradient::<S, 2>(s, x, delta, grads, n),
            3..=4 => first_gradient::<S, 4>(s, x, delta, grads, n),
            _ => first_gradient::<S, ROW>(s, x, delta, grads, n),
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::Activation;

    fn layer(inputs: usize, outputs: usize) -> Layer {
        Layer {
            inputs,
            outputs,
            width: 8,
            weights: Vec::new(),
            bias: Vec::new(),
            grad_w: Vec::new(),
            grad_b: Vec::new(),
            activation: Activation::Tanh,
        }
    }

    /// 2-8-8-1 fills every lane of an 8-lane row (its one-neuron layer by
    /// its 8 inputs), half of a 16-lane vector; a 4-wide layer half a row.
    #[test]
    fn lane_fill_weighs_each_layer_by_its_multiply_adds() {
        let net = [layer(2, 8), layer(8, 8), layer(8, 1)];
        assert_eq!(lane_fill(&net, 8), 1.0);
        assert_eq!(lane_fill(&net, 16), 0.5);
        assert_eq!(lane_fill(&[layer(2, 4), layer(4, 4)], 8), 0.5);
        assert!(fits(&net) && !fits(&[layer(2, 9)]));
    }
}
