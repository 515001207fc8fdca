//! The weights of a [`FusedWorkspace`] in its chunked layouts: copied in
//! from an [`Mlp`] once, updated there by the optimizer batch after batch,
//! and written back to an [`Mlp`] when someone reads the network.
//!
//! `forward` is the master the optimizer updates (the gradient is in its
//! layout); after each step it is copied into `backward`. Only real
//! weights are ever written, so the padding stays zero.

use super::{FusedWorkspace, LANES, Layer, ZERO, chunks, lanes, lanes_mut};
use crate::nn::fused_narrow::NarrowNet;
use crate::nn::mlp::{Gradients, Mlp};
use crate::nn::optim::{LayerTensors, Optimizer, Regularization, step_layers};

impl Layer {
    /// Index in `forward`'s lanes of the weight from input p to neuron j:
    /// lane j % 8 of chunk j / 8 for input p.
    fn forward_lane(&self, p: usize, j: usize) -> usize {
        ((j / LANES) * self.inputs + p) * LANES + j % LANES
    }

    /// Index in `backward`'s lanes of the same weight: lane p % 8 of chunk
    /// p / 8 for neuron j.
    fn backward_lane(&self, p: usize, j: usize) -> usize {
        ((p / LANES) * self.outputs + j) * LANES + p % LANES
    }

    /// `backward` from `forward`.
    fn sync_backward(&mut self) {
        let (k, m) = (self.inputs, self.outputs);
        for j in 0..m {
            for p in 0..k {
                let v = lanes(&self.forward)[self.forward_lane(p, j)];
                let at = self.backward_lane(p, j);
                lanes_mut(&mut self.backward)[at] = v;
            }
        }
    }
}

impl FusedWorkspace {
    /// Makes the workspace match `net`'s shape and copies its weights.
    pub fn load(&mut self, net: &Mlp) {
        if NarrowNet::fits(net) {
            let path = self.path;
            self.narrow.get_or_insert_with(|| NarrowNet::new(path)).load(net);
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
            let k = f.inputs;
            for (j, column) in l.weights.as_slice().chunks_exact(k).enumerate() {
                for (p, &v) in column.iter().enumerate() {
                    let at = f.forward_lane(p, j);
                    lanes_mut(&mut f.forward)[at] = v;
                }
            }
            f.sync_backward();
            lanes_mut(&mut f.bias)[..f.outputs].copy_from_slice(l.bias.as_slice());
        }
    }

    /// Writes the weights and biases into `net`, which has the shape they
    /// were [loaded](FusedWorkspace::load) from.
    pub(crate) fn store_weights(&self, net: &mut Mlp) {
        if let Some(narrow) = &self.narrow {
            return narrow.store_weights(net);
        }
        for (f, l) in self.layers.iter().zip(&mut net.layers) {
            for (j, column) in l.weights.as_mut_slice().chunks_exact_mut(f.inputs).enumerate() {
                for (p, slot) in column.iter_mut().enumerate() {
                    *slot = lanes(&f.forward)[f.forward_lane(p, j)];
                }
            }
            l.bias.as_mut_slice().copy_from_slice(&lanes(&f.bias)[..f.outputs]);
        }
    }

    /// One optimizer step on the chunked weights from the gradient of the
    /// last [`FusedWorkspace::train_rows`].
    pub(crate) fn step(&mut self, optimizer: &mut dyn Optimizer, learning_rate: f32, reg: Regularization) {
        if let Some(narrow) = &mut self.narrow {
            return narrow.step(optimizer, learning_rate, reg);
        }
        let layers = self.layers.iter_mut().map(|f| LayerTensors {
            weights: lanes_mut(&mut f.forward),
            weight_grads: lanes_mut(&mut f.grad_w),
            bias: lanes_mut(&mut f.bias),
            bias_grads: lanes(&f.grad_b),
        });
        step_layers(optimizer, layers, learning_rate, reg);
        self.layers.iter_mut().for_each(Layer::sync_backward);
    }

    /// Where the optimizer keeps the parameter of layer `l` from `input`
    /// (`None`: the bias) to neuron `j`: its index in the tensor
    /// [`FusedWorkspace::step`] passes as slot 2·l (weights) or 2·l + 1
    /// (biases). [`FusedWorkspace::load`] must have been called.
    pub(crate) fn param_index(&self, l: usize, input: Option<usize>, j: usize) -> usize {
        if let Some(narrow) = &self.narrow {
            return narrow.param_index(l, input, j);
        }
        input.map_or(j, |p| self.layers[l].forward_lane(p, j))
    }

    /// Puts `grads` (nalgebra form, e.g. one sample's) where
    /// [`FusedWorkspace::step`] reads the gradient, so a step from it
    /// meets the optimizer's state where training left it.
    pub(crate) fn load_gradients(&mut self, grads: &Gradients) {
        if let Some(narrow) = &mut self.narrow {
            return narrow.load_gradients(grads);
        }
        for (l, f) in self.layers.iter_mut().enumerate() {
            for (j, column) in grads.weights[l].as_slice().chunks_exact(f.inputs).enumerate() {
                for (p, &g) in column.iter().enumerate() {
                    let at = f.forward_lane(p, j);
                    lanes_mut(&mut f.grad_w)[at] = g;
                }
            }
            lanes_mut(&mut f.grad_b)[..f.outputs].copy_from_slice(grads.bias[l].as_slice());
        }
    }

    /// Whether every weight and bias is finite (the padding is zero).
    pub(crate) fn all_finite(&self) -> bool {
        match &self.narrow {
            Some(narrow) => narrow.all_finite(),
            None => self
                .layers
                .iter()
                .all(|f| lanes(&f.forward).iter().chain(lanes(&f.bias)).all(|v| v.is_finite())),
        }
    }

    /// Copies the accumulated gradients into nalgebra form.
    pub(super) fn store_gradients(&self, grads: &mut Gradients) {
        if let Some(narrow) = &self.narrow {
            return narrow.store_gradients(grads);
        }
        for (l, f) in self.layers.iter().enumerate() {
            let gw = grads.weights[l].as_mut_slice();
            for (j, column) in gw.chunks_exact_mut(f.inputs).enumerate() {
                for (p, g) in column.iter_mut().enumerate() {
                    *g = lanes(&f.grad_w)[f.forward_lane(p, j)];
                }
            }
            grads.bias[l]
                .as_mut_slice()
                .copy_from_slice(&lanes(&f.grad_b)[..f.outputs]);
        }
    }
}
