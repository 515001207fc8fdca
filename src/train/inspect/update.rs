//! The update one sample's gradients would make, shown term by term: the
//! real optimizer step is run on copies of the network and of the
//! optimizer (with its state), so what is shown is what
//! [`crate::train::Trainer::apply_sample_step`] does, to the last bit.

use crate::nn::{Gradients, Mlp, Optimizer, OptimizerKind, ParamState, Regularization};
use crate::train::{Masks, TrainConfig};

/// Why a parameter did not move although its gradient is not zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Held {
    /// A frozen connection: training leaves its weight where it is.
    Frozen,
    /// An outgoing weight of a switched-off neuron: held at zero.
    NeuronOff,
}

/// The optimizer's own terms for one parameter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum UpdateTerms {
    /// Plain SGD: θ ← θ − η·g.
    Sgd,
    /// Momentum: v ← μ·v − η·g, θ ← θ + v.
    Momentum {
        /// v before this step.
        velocity_before: f32,
        /// v after it (the change of θ).
        velocity_after: f32,
    },
    /// Adam: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², m̂ = m/(1 − β₁ᵗ),
    /// v̂ = v/(1 − β₂ᵗ), θ ← θ − η·m̂/(√v̂ + ε).
    Adam {
        /// m before this step.
        m_before: f32,
        /// v before this step.
        v_before: f32,
        /// m after it.
        m: f32,
        /// v after it.
        v: f32,
        /// The step number t.
        t: u64,
        /// m̂ = m/(1 − β₁ᵗ).
        m_hat: f32,
        /// v̂ = v/(1 − β₂ᵗ).
        v_hat: f32,
        /// η·m̂/(√v̂ + ε), subtracted from θ.
        step: f32,
    },
}

/// One weight or bias, before and after the step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamUpdate {
    /// Its value now.
    pub before: f32,
    /// The penalty's gradient added to this sample's ∂L/∂θ: λ₂·w + λ₁·sign(w)
    /// for weights, 0 for biases (never penalized).
    pub penalty: f32,
    /// The gradient the optimizer is given: ∂L/∂θ + penalty.
    pub grad: f32,
    /// Its value after the step.
    pub after: f32,
    /// The optimizer's terms.
    pub terms: UpdateTerms,
    /// Set when a mask holds the parameter in place.
    pub held: Option<Held>,
}

impl ParamUpdate {
    /// after − before.
    pub fn change(&self) -> f32 {
        self.after - self.before
    }
}

/// One layer's parameters before and after.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayerUpdate {
    /// `[input][neuron]`, like a session's `weights`.
    pub weights: Vec<Vec<ParamUpdate>>,
    /// One per neuron.
    pub bias: Vec<ParamUpdate>,
}

/// The whole step: what rule, at what rate, and every parameter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StepUpdate {
    /// The update rule.
    pub optimizer: OptimizerKind,
    /// η.
    pub learning_rate: f32,
    /// Momentum coefficient μ (momentum), β₁, β₂, ε (Adam): as configured.
    pub momentum: f32,
    /// Adam's β₁.
    pub beta1: f32,
    /// Adam's β₂.
    pub beta2: f32,
    /// Adam's ε.
    pub epsilon: f32,
    /// The L1/L2 penalties in force.
    pub regularization: Regularization,
    /// Hidden layers, then the output layer.
    pub layers: Vec<LayerUpdate>,
}

/// The optimizer step a trainer made on copies: the network and the
/// optimizer after it, and where the optimizer keeps each parameter.
pub(crate) struct Stepped<'a> {
    /// The network after the step (masks not yet enforced).
    pub after: Mlp,
    /// The optimizer after the step.
    pub optimizer: &'a dyn Optimizer,
    /// Index in its tensor (slot 2·layer for weights, 2·layer + 1 for
    /// biases) of the parameter of (layer, input or `None` for the bias,
    /// neuron).
    pub index: &'a dyn Fn(usize, Option<usize>, usize) -> usize,
}

/// Reads every parameter's before, after and optimizer terms from a step
/// made on copies by the trainer (in the kernel's layout, as training
/// makes it), with the optimizer's state `optimizer` before it.
pub(crate) fn preview(
    net: &Mlp,
    optimizer: &dyn Optimizer,
    stepped: Stepped<'_>,
    masks: &Masks,
    config: &TrainConfig,
    grads: &Gradients,
) -> StepUpdate {
    let Stepped {
        after: mut after_net,
        optimizer: after_opt,
        index,
    } = stepped;
    let (lr, reg) = (config.learning_rate, config.regularization);
    let total = penalized(grads, net, reg);
    masks.enforce(&mut after_net);
    let o = &config.optimizer;
    let read = |slot: usize, index: usize, before: f32, after: f32, loss_grad: f32, grad: f32, held| {
        let terms = terms_of(
            optimizer.param_state(slot, index),
            after_opt.param_state(slot, index),
            lr,
            o.epsilon,
        );
        ParamUpdate {
            before,
            penalty: grad - loss_grad,
            grad,
            after,
            terms,
            held,
        }
    };
    let layers = net
        .layers
        .iter()
        .enumerate()
        .map(|(l, layer)| {
            let (rows, cols) = layer.weights.shape();
            let weights = (0..rows)
                .map(|i| {
                    (0..cols)
                        .map(|j| {
                            let held = if masks.is_frozen(l, i, j) {
                                Some(Held::Frozen)
                            } else if l > 0 && masks.is_off(l - 1, i) {
                                Some(Held::NeuronOff)
                            } else {
                                None
                            };
                            read(
                                2 * l,
                                index(l, Some(i), j),
                                layer.weights[(i, j)],
                                after_net.layers[l].weights[(i, j)],
                                grads.weights[l][(i, j)],
                                total.weights[l][(i, j)],
                                held,
                            )
                        })
                        .collect()
                })
                .collect();
            let bias = (0..cols)
                .map(|j| {
                    let (b, g) = (layer.bias[j], grads.bias[l][j]);
                    read(2 * l + 1, index(l, None, j), b, after_net.layers[l].bias[j], g, g, None)
                })
                .collect();
            LayerUpdate { weights, bias }
        })
        .collect();
    StepUpdate {
        optimizer: o.kind,
        learning_rate: lr,
        momentum: o.momentum,
        beta1: o.beta1,
        beta2: o.beta2,
        epsilon: o.epsilon,
        regularization: reg,
        layers,
    }
}

/// The gradients with the weight penalties added, as the optimizer sees
/// them: g + λ₂·w + λ₁·sign(w) on weights, biases unpenalized.
fn penalized(grads: &Gradients, net: &Mlp, reg: Regularization) -> Gradients {
    let mut total = grads.clone();
    for (g, layer) in total.weights.iter_mut().zip(&net.layers) {
        for (g, &w) in g.iter_mut().zip(layer.weights.iter()) {
            let sign = if w > 0.0 {
                1.0
            } else if w < 0.0 {
                -1.0
            } else {
                0.0
            };
            *g += reg.l2 * w + reg.l1 * sign;
        }
    }
    total
}

/// The terms from the optimizer's state before and after the step; Adam's
/// step is computed with the same operations as its update.
fn terms_of(before: ParamState, after: ParamState, lr: f32, epsilon: f32) -> UpdateTerms {
    match (before, after) {
        (ParamState::Momentum { velocity: vb }, ParamState::Momentum { velocity }) => UpdateTerms::Momentum {
            velocity_before: vb,
            velocity_after: velocity,
        },
        (
            ParamState::Adam {
                m: m_before,
                v: v_before,
                ..
            },
            ParamState::Adam {
                m,
                v,
                t,
                beta1_t,
                beta2_t,
            },
        ) => {
            let (c1, c2) = (1.0 - beta1_t, 1.0 - beta2_t);
            let (m_hat, v_hat) = (m / c1, v / c2);
            UpdateTerms::Adam {
                m_before,
                v_before,
                m,
                v,
                t,
                m_hat,
                v_hat,
                step: lr * m_hat / (v_hat.sqrt() + epsilon),
            }
        }
        _ => UpdateTerms::Sgd,
    }
}
