//! Neurons that learn nothing from a sample: saturated sigmoid/tanh units
//! (their slope φ'(z) is nearly zero, so the gradient vanishes through
//! them) and dead ReLUs (z ≤ 0: slope exactly zero).

use nalgebra::DMatrix;

use crate::nn::{Activation, Loss, Mlp, OutputActivation, Workspace};

/// A sigmoid or tanh neuron is *saturated* when its slope φ'(z) is below
/// this fraction of the largest slope it can have (σ' ≤ ¼ at z = 0, tanh' ≤ 1
/// at z = 0): then every gradient passing through it is cut at least a
/// hundredfold. For σ that is σ'(z) < 0.0025, |z| > 5.99; for tanh,
/// tanh'(z) < 0.01, |z| > 2.99 (each activation states its saturation
/// range in its properties). Leaky ReLU (slope 0.01 below zero, its
/// remedy for dead units) and linear neurons are never flagged.
pub use crate::nn::SATURATION_FRACTION;

/// Whether a neuron passes gradient back for one sample.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NeuronHealth {
    /// Its slope lets the gradient through.
    Active,
    /// A sigmoid or tanh whose slope φ'(z) is under [`SATURATION_FRACTION`]
    /// of its maximum: the gradient nearly vanishes here.
    Saturated,
    /// A ReLU with z ≤ 0: its output and slope are 0, so neither it nor
    /// the weights into it learn from this sample.
    Dead,
}

impl NeuronHealth {
    /// The health of a neuron with activation `act` at pre-activation `z`.
    pub fn of(act: Activation, z: f32) -> NeuronHealth {
        let facts = act.properties();
        let slope = act.df(z, act.f(z));
        if facts.dies_below_zero && slope == 0.0 {
            NeuronHealth::Dead
        } else if facts.saturates_beyond.is_some() && slope < facts.peak_slope * SATURATION_FRACTION {
            NeuronHealth::Saturated
        } else {
            NeuronHealth::Active
        }
    }
}

/// The activation whose slope multiplies the output layer's δ, if any: only
/// an MSE head with a sigmoid or tanh output (the cross-entropies' fused
/// δ = a − y has no vanishing slope).
fn output_activation(net: &Mlp) -> Activation {
    match (net.head.loss, net.head.output) {
        (Loss::Mse, OutputActivation::Sigmoid) => Activation::Sigmoid,
        (Loss::Mse, OutputActivation::Tanh) => Activation::Tanh,
        _ => Activation::Identity,
    }
}

/// The activation that decides the health of layer `l`'s neurons.
fn activation_of(net: &Mlp, l: usize) -> Activation {
    if l + 1 == net.layers.len() {
        output_activation(net)
    } else {
        net.layers[l].activation
    }
}

/// Health of every neuron of layer `l` at pre-activations `z`.
pub(crate) fn of_layer(net: &Mlp, l: usize, z: &[f32]) -> Vec<NeuronHealth> {
    let act = activation_of(net, l);
    z.iter().map(|&z| NeuronHealth::of(act, z)).collect()
}

/// On how many samples one neuron is saturated or dead.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HealthCount {
    /// Samples on which it is saturated.
    pub saturated: usize,
    /// Samples on which it is a dead ReLU.
    pub dead: usize,
}

/// [`HealthCount`]s of every neuron over the training set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NeuronHealthCounts {
    /// Training samples counted.
    pub samples: usize,
    /// `layers[l][j]`: hidden layers, then the output layer.
    pub layers: Vec<Vec<HealthCount>>,
}

/// Rows per forward pass when counting (bounds the memory for big data).
const CHUNK: usize = 4096;

/// Counts, for every neuron of `net`, the rows of `inputs` on which it is
/// saturated or dead.
pub(crate) fn count(net: &Mlp, inputs: &DMatrix<f32>) -> NeuronHealthCounts {
    let mut layers: Vec<Vec<HealthCount>> = net
        .layers
        .iter()
        .map(|l| vec![HealthCount::default(); l.outputs()])
        .collect();
    let n = inputs.nrows();
    let mut start = 0;
    while start < n {
        let rows = CHUNK.min(n - start);
        let chunk = inputs.rows(start, rows).into_owned();
        let mut ws = Workspace::new(net, rows);
        net.forward(&chunk, &mut ws);
        for (l, counts) in layers.iter_mut().enumerate() {
            let act = activation_of(net, l);
            for (j, c) in counts.iter_mut().enumerate() {
                for &z in ws.z[l].column(j).iter() {
                    match NeuronHealth::of(act, z) {
                        NeuronHealth::Saturated => c.saturated += 1,
                        NeuronHealth::Dead => c.dead += 1,
                        NeuronHealth::Active => {}
                    }
                }
            }
        }
        start += rows;
    }
    NeuronHealthCounts { samples: n, layers }
}
