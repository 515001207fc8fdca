//! The weights of a [`NarrowNet`] in its 8 × 8 blocks: copied in from an
//! [`Mlp`] once, updated there by the optimizer batch after batch, and
//! written back to an [`Mlp`] when someone reads the network.
//!
//! Each layer's weights live in two layouts, `forward` (row p: from input
//! p to the 8 neurons) and `backward` (row j: into neuron j from the 8
//! inputs). The optimizer updates the layout the gradient is in, the
//! *master*: `forward`, except for a one-neuron layer, whose kernels read
//! only `backward[0]`. After each step the master is transposed into the
//! other layout; the padding is never written, so it stays zero.

use super::{NarrowLayer, NarrowNet, W, ZERO};
use crate::nn::mlp::{Gradients, Mlp};
use crate::nn::optim::{LayerTensors, Optimizer, Regularization, step_layers};

impl NarrowLayer {
    /// The weights the optimizer updates and their gradient, as lanes.
    fn master(&mut self) -> LayerTensors<'_> {
        let rows = if self.outputs == 1 { 1 } else { self.inputs };
        let weights = if self.outputs == 1 {
            &mut self.backward[..1]
        } else {
            &mut self.forward[..rows]
        };
        LayerTensors {
            weights: bytemuck::cast_slice_mut(weights),
            weight_grads: bytemuck::cast_slice_mut(&mut self.grad_w[..rows]),
            bias: bytemuck::cast_slice_mut(std::slice::from_mut(&mut self.bias)),
            bias_grads: bytemuck::cast_slice(std::slice::from_ref(&self.grad_b)),
        }
    }

    /// backward[j][p] = forward[p][j] for the real weights (one-neuron
    /// layers read only `backward`, so there is nothing to copy).
    fn sync_backward(&mut self) {
        if self.outputs == 1 {
            return;
        }
        let forward: &[[f32; W]; W] = bytemuck::cast_ref(&self.forward);
        let backward: &mut [[f32; W]; W] = bytemuck::cast_mut(&mut self.backward);
        for (p, row) in forward.iter().enumerate().take(self.inputs) {
            for (j, &v) in row.iter().enumerate().take(self.outputs) {
                backward[j][p] = v;
            }
        }
    }
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

    /// Writes the weights and biases into `net`, which has the shape they
    /// were [loaded](NarrowNet::load) from.
    pub(crate) fn store_weights(&self, net: &mut Mlp) {
        for (f, l) in self.layers.iter().zip(&mut net.layers) {
            let k = f.inputs;
            let backward: &[[f32; W]; W] = bytemuck::cast_ref(&f.backward);
            let forward: &[[f32; W]; W] = bytemuck::cast_ref(&f.forward);
            for (j, column) in l.weights.as_mut_slice().chunks_exact_mut(k.max(1)).enumerate() {
                for (p, slot) in column.iter_mut().enumerate() {
                    *slot = if f.outputs == 1 { backward[j][p] } else { forward[p][j] };
                }
            }
            l.bias.as_mut_slice().copy_from_slice(&f.bias.as_array()[..f.outputs]);
        }
    }

    /// One optimizer step on the blocks from the gradient of the last
    /// [`NarrowNet::train_rows`].
    pub(crate) fn step(&mut self, optimizer: &mut dyn Optimizer, learning_rate: f32, reg: Regularization) {
        step_layers(
            optimizer,
            self.layers.iter_mut().map(NarrowLayer::master),
            learning_rate,
            reg,
        );
        self.layers.iter_mut().for_each(NarrowLayer::sync_backward);
    }

    /// Where the optimizer keeps the parameter of layer `l` from `input`
    /// (`None`: the bias) to neuron `j`, in its master layout (see
    /// [`NarrowLayer::master`]).
    pub(crate) fn param_index(&self, l: usize, input: Option<usize>, j: usize) -> usize {
        match input {
            None => j,
            Some(p) if self.layers[l].outputs == 1 => p,
            Some(p) => p * W + j,
        }
    }

    /// Puts `grads` (nalgebra form) in the master layout's gradient.
    pub(crate) fn load_gradients(&mut self, grads: &Gradients) {
        for (l, f) in self.layers.iter_mut().enumerate() {
            let (k, m) = (f.inputs, f.outputs);
            let gw = grads.weights[l].as_slice(); // column-major: gw[j * k + p]
            let rows: &mut [[f32; W]; W] = bytemuck::cast_mut(&mut f.grad_w);
            if m == 1 {
                rows[0][..k].copy_from_slice(&gw[..k]);
            } else {
                for (j, column) in gw.chunks_exact(k.max(1)).enumerate() {
                    for (p, &g) in column.iter().enumerate() {
                        rows[p][j] = g;
                    }
                }
            }
            let gb: &mut [f32; W] = bytemuck::cast_mut(&mut f.grad_b);
            gb[..m].copy_from_slice(grads.bias[l].as_slice());
        }
    }

    /// Whether every weight and bias is finite (the padding is zero).
    pub(crate) fn all_finite(&self) -> bool {
        self.layers.iter().all(|f| {
            let master = if f.outputs == 1 {
                &f.backward[..1]
            } else {
                &f.forward[..]
            };
            master
                .iter()
                .chain([&f.bias])
                .all(|v| v.as_array().iter().all(|x| x.is_finite()))
        })
    }

    /// Copies the accumulated gradients into nalgebra form.
    pub(crate) fn store_gradients(&self, grads: &mut Gradients) {
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
