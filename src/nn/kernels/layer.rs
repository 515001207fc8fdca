//! One layer of a network as the kernels keep it, the unit every pass
//! reads and the optimizer updates; and how many samples a forward pass
//! over many points takes at a time.

use crate::nn::activation::Activation;

/// One layer: `weights[i * width + o]` from input i to neuron o, the
/// neurons padded with zeros to `width` (a multiple of 8) and up to 8
/// inputs to 2, 4 or 8 rows (the neuron-lane passes load whole rows),
/// every tensor a whole number of 16-lane vectors.
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

/// Samples a forward pass over many points takes at a time: their buffers
/// stay in the L1 cache.
pub(super) const BLOCK: usize = 256;
