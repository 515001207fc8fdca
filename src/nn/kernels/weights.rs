//! The weights of a [`KernelNet`] in its layout: copied in from an [`Mlp`]
//! once, updated there by the optimizer batch after batch, and written
//! back to an [`Mlp`] when someone reads the network.
//!
//! Layer l keeps `weights[i * width + o]`, the weight from input i to
//! neuron o, with `width` the layer's neurons rounded up to 8: row i is
//! what the forward pass broadcasts for input i, and a gradient row comes
//! out of eight neurons' sums at once. The optimizer's state follows the
//! same layout, element by element. Only real weights are ever written,
//! so the padding stays zero.

use super::layer::Layer;
use super::net::KernelNet;
use crate::nn::mlp::{Gradients, Mlp};

/// `n` rounded up to whole 16-lane vectors.
fn vectors_of(n: usize) -> usize {
    n.next_multiple_of(16)
}

impl Layer {
    /// A zero layer of `inputs` inputs and `outputs` neurons.
    fn zeros(inputs: usize, outputs: usize, activation: crate::nn::Activation) -> Layer {
        let width = outputs.next_multiple_of(8);
        // The neuron-lane passes load 2, 4 or 8 whole rows.
        let rows = if inputs <= 8 {
            inputs.max(2).next_power_of_two()
        } else {
            inputs
        };
        let weights = vec![0.0; vectors_of(rows * width)];
        let bias = vec![0.0; vectors_of(width)];
        Layer {
            inputs,
            outputs,
            width,
            grad_w: weights.clone(),
            grad_b: bias.clone(),
            weights,
            bias,
            activation,
        }
    }
}

impl KernelNet {
    /// Makes the network match `net`'s shape and copies its weights. The
    /// layers are rebuilt only when a shape changes.
    pub fn load(&mut self, net: &Mlp) {
        self.weights_changed();
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
                .map(|l| Layer::zeros(l.inputs(), l.outputs(), l.activation))
                .collect();
            self.resize_buffers(net.layers.len());
            let fits = super::narrow::fits(&self.layers);
            self.neuron_fill = fits.then(|| super::narrow::lane_fill(&self.layers, self.path().lanes()));
        }
        for (f, l) in self.layers.iter_mut().zip(&net.layers) {
            let k = f.inputs;
            // nalgebra is column-major: w[o * k + i].
            for (o, column) in l.weights.as_slice().chunks_exact(k.max(1)).enumerate() {
                for (i, &v) in column.iter().enumerate() {
                    f.weights[i * f.width + o] = v;
                }
            }
            f.bias[..f.outputs].copy_from_slice(l.bias.as_slice());
            f.activation = l.activation;
        }
    }

    /// Writes the weights and biases into `net`, which has the shape they
    /// were [loaded](KernelNet::load) from.
    pub(crate) fn store_weights(&self, net: &mut Mlp) {
        for (f, l) in self.layers.iter().zip(&mut net.layers) {
            for (o, column) in l.weights.as_mut_slice().chunks_exact_mut(f.inputs.max(1)).enumerate() {
                for (i, slot) in column.iter_mut().enumerate() {
                    *slot = f.weights[i * f.width + o];
                }
            }
            l.bias.as_mut_slice().copy_from_slice(&f.bias[..f.outputs]);
        }
    }

    /// Where the optimizer keeps the parameter of layer `l` from `input`
    /// (`None`: the bias) to neuron `j`: its index in the tensor
    /// [`KernelNet::step`] passes as slot 2·l (weights) or 2·l + 1
    /// (biases). [`KernelNet::load`] must have been called.
    pub(crate) fn param_index(&self, l: usize, input: Option<usize>, j: usize) -> usize {
        input.map_or(j, |i| i * self.layers[l].width + j)
    }

    /// Puts `grads` (nalgebra form, e.g. one sample's) where
    /// [`KernelNet::step`] reads the gradient, so a step from it meets the
    /// optimizer's state where training left it.
    pub(crate) fn load_gradients(&mut self, grads: &Gradients) {
        for (f, (gw, gb)) in self.layers.iter_mut().zip(grads.weights.iter().zip(&grads.bias)) {
            for (o, column) in gw.as_slice().chunks_exact(f.inputs.max(1)).enumerate() {
                for (i, &g) in column.iter().enumerate() {
                    f.grad_w[i * f.width + o] = g;
                }
            }
            f.grad_b[..f.outputs].copy_from_slice(gb.as_slice());
        }
    }

    /// Copies the gradient of the last batch into nalgebra form.
    pub(crate) fn store_gradients(&self, grads: &mut Gradients) {
        for (f, (gw, gb)) in self.layers.iter().zip(grads.weights.iter_mut().zip(&mut grads.bias)) {
            for (o, column) in gw.as_mut_slice().chunks_exact_mut(f.inputs.max(1)).enumerate() {
                for (i, g) in column.iter_mut().enumerate() {
                    *g = f.grad_w[i * f.width + o];
                }
            }
            gb.as_mut_slice().copy_from_slice(&f.grad_b[..f.outputs]);
        }
    }

    /// Whether every weight and bias is finite (the padding is zero).
    pub(crate) fn all_finite(&self) -> bool {
        self.layers
            .iter()
            .all(|f| f.weights.iter().chain(&f.bias).all(|v| v.is_finite()))
    }
}
