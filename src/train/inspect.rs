//! The backprop inspector's engine: one training step on one sample, with
//! every number of it — the forward pass, this sample's loss, δ = ∂L/∂z of
//! every neuron, the gradients ∂L/∂w = a·δ and ∂L/∂b = δ, and the update
//! the current optimizer (with its real state) would make.
//!
//! The trace runs its own per-sample backpropagation, written as the
//! learner reads it, so the tests can hold it against the trainer's batch
//! kernels and against finite differences. [`Trainer::apply_sample_step`]
//! applies exactly the update the trace shows.

mod formula;
pub(crate) mod health;
mod update;

pub use formula::{LossFormula, number};
pub use health::{HealthCount, NeuronHealth, NeuronHealthCounts, SATURATION_FRACTION};
pub use update::{Held, LayerUpdate, ParamUpdate, StepUpdate, UpdateTerms};
pub(crate) use update::{Stepped, preview};

use crate::nn::{Gradients, MAX_OUTPUTS, Mlp, NnError};

/// Why a sample cannot be traced or stepped on.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum InspectError {
    /// No point with this index.
    SampleOutOfRange {
        /// The index asked for.
        index: usize,
        /// Points in the dataset.
        count: usize,
    },
    /// A held-out test point: training never learns from it, so no step is applied.
    TestPoint(usize),
    /// The network cannot be differentiated (a step or sign layer), or the
    /// step would diverge.
    Network(#[from] NnError),
}

/// One layer's share of the trace (hidden layers first, then the output).
#[derive(Clone, Debug, PartialEq)]
pub struct LayerTrace {
    /// z = Σᵢ wᵢⱼ·aᵢ + bⱼ per neuron.
    pub z: Vec<f32>,
    /// a = φ(z) (the output layer: the head's output, e.g. softmax(z)).
    pub a: Vec<f32>,
    /// φ'(zⱼ) per hidden neuron; empty for the output layer, whose δ comes
    /// from the loss directly (δ = a − y for cross-entropies, 2(a − t)·φ'(z) for MSE).
    pub slope: Vec<f32>,
    /// ∂L/∂aⱼ = Σₖ wⱼₖ·δₖ over the next layer's neurons k (hidden layers;
    /// empty for the output). The chain rule: δⱼ = φ'(zⱼ)·∂L/∂aⱼ.
    pub upstream: Vec<f32>,
    /// δⱼ = ∂L/∂zⱼ.
    pub delta: Vec<f32>,
    /// ∂L/∂wᵢⱼ = aᵢ·δⱼ, `[input][neuron]` like a session's `weights`.
    pub grad_weights: Vec<Vec<f32>>,
    /// ∂L/∂bⱼ = δⱼ.
    pub grad_bias: Vec<f32>,
    /// Saturated or dead for this sample (see [`NeuronHealth`]).
    pub health: Vec<NeuronHealth>,
}

/// One training step on one sample, every number of it.
#[derive(Clone, Debug, PartialEq)]
pub struct BackpropTrace {
    /// Index of the point among the dataset's points, in file order.
    pub sample: usize,
    /// Whether the point is held out for testing (its gradient is shown,
    /// but training never uses it and it cannot be applied).
    pub test: bool,
    /// The raw point (x₁, x₂) in the data's own units.
    pub x: [f64; 2],
    /// The feature vector fed to the network (after standardization).
    pub inputs: Vec<f32>,
    /// Class index, or the regression value.
    pub target: f64,
    /// Hidden layers, then the output layer.
    pub layers: Vec<LayerTrace>,
    /// This sample's loss ℓ, without L1/L2 penalties.
    pub loss: f64,
    /// ℓ's formula with this sample's numbers.
    pub loss_formula: LossFormula,
    /// What the optimizer would do with these gradients now.
    pub update: StepUpdate,
}

/// The chain rule at one hidden neuron j, spelled out:
/// δⱼ = φ'(zⱼ) · Σₖ wⱼₖ·δₖ over the next layer's neurons k.
#[derive(Clone, Debug, PartialEq)]
pub struct ChainRule {
    /// φ'(zⱼ).
    pub slope: f32,
    /// (wⱼₖ, δₖ) for every neuron k of the next layer.
    pub terms: Vec<(f32, f32)>,
    /// Σₖ wⱼₖ·δₖ = ∂L/∂aⱼ.
    pub upstream: f32,
    /// δⱼ.
    pub delta: f32,
}

impl BackpropTrace {
    /// What flows into layer `l`: the feature vector for the first layer,
    /// the previous layer's activations after it (aᵢ of ∂L/∂wᵢⱼ = aᵢ·δⱼ).
    pub fn layer_input(&self, l: usize) -> &[f32] {
        if l == 0 { &self.inputs } else { &self.layers[l - 1].a }
    }

    /// The chain rule at hidden neuron `j` of layer `l` with the weights
    /// the step starts from; `None` for the output layer or out of range.
    pub fn chain_rule(&self, l: usize, j: usize) -> Option<ChainRule> {
        let (layer, next) = (self.layers.get(l)?, self.layers.get(l + 1)?);
        let weights = self.update.layers.get(l + 1)?.weights.get(j)?;
        Some(ChainRule {
            slope: *layer.slope.get(j)?,
            terms: weights.iter().zip(&next.delta).map(|(w, d)| (w.before, *d)).collect(),
            upstream: layer.upstream[j],
            delta: layer.delta[j],
        })
    }

    /// The gradients in the trainer's layout, for [`crate::nn::apply_step`].
    pub(crate) fn gradients(&self, net: &Mlp) -> Gradients {
        let mut g = Gradients::new(net);
        for (l, layer) in self.layers.iter().enumerate() {
            for (i, row) in layer.grad_weights.iter().enumerate() {
                for (j, v) in row.iter().enumerate() {
                    g.weights[l][(i, j)] = *v;
                }
            }
            g.bias[l].iter_mut().zip(&layer.grad_bias).for_each(|(b, v)| *b = *v);
        }
        g
    }
}

/// Forward and backward pass of one sample through `net`: every layer's z,
/// a, φ'(z), ∂L/∂a, δ and gradients, and the loss. Fails on a step or sign
/// layer (no derivative).
pub fn trace_sample(net: &Mlp, inputs: &[f32], target: f32) -> Result<(Vec<LayerTrace>, f64), NnError> {
    if let Some(a) = net.non_differentiable() {
        return Err(NnError::NotDifferentiable(a));
    }
    let last = net.layers.len() - 1;
    let mut layers: Vec<LayerTrace> = Vec::with_capacity(net.layers.len());
    let mut loss = 0.0;
    for (l, layer) in net.layers.iter().enumerate() {
        let below = if l == 0 { inputs } else { &layers[l - 1].a };
        let z: Vec<f32> = (0..layer.outputs())
            .map(|j| {
                below
                    .iter()
                    .enumerate()
                    .fold(layer.bias[j], |s, (i, a)| s + layer.weights[(i, j)] * a)
            })
            .collect();
        let mut a = vec![0.0f32; z.len()];
        let mut delta = vec![0.0f32; z.len()];
        if l == last {
            let (mut out, mut grad) = ([0.0f32; MAX_OUTPUTS], [0.0f32; MAX_OUTPUTS]);
            let k = z.len();
            loss = net.head.row(&z, target, &mut out[..k], Some(&mut grad[..k]), 1.0);
            a.copy_from_slice(&out[..k]);
            delta.copy_from_slice(&grad[..k]);
        } else {
            a.iter_mut().zip(&z).for_each(|(a, &z)| *a = layer.activation.f(z));
        }
        layers.push(LayerTrace {
            health: health::of_layer(net, l, &z),
            z,
            a,
            slope: Vec::new(),
            upstream: Vec::new(),
            delta,
            grad_weights: Vec::new(),
            grad_bias: Vec::new(),
        });
    }
    for l in (0..last).rev() {
        let (this, above) = layers.split_at_mut(l + 1);
        let (t, next) = (&mut this[l], &above[0]);
        let (act, w) = (net.layers[l].activation, &net.layers[l + 1].weights);
        t.upstream = (0..t.z.len())
            .map(|j| next.delta.iter().enumerate().map(|(k, d)| w[(j, k)] * d).sum())
            .collect();
        t.slope = t.z.iter().zip(&t.a).map(|(&z, &a)| act.df(z, a)).collect();
        t.delta = t.slope.iter().zip(&t.upstream).map(|(s, u)| s * u).collect();
    }
    for l in 0..=last {
        let below = if l == 0 {
            inputs.to_vec()
        } else {
            layers[l - 1].a.clone()
        };
        let t = &mut layers[l];
        t.grad_weights = below.iter().map(|a| t.delta.iter().map(|d| a * d).collect()).collect();
        t.grad_bias = t.delta.clone();
    }
    Ok((layers, loss))
}
