//! Optimizers behind one trait, and L1/L2 weight penalties.
//!
//! Every optimizer updates a parameter tensor in place from its gradient g.
//! Per-parameter state (velocity, moments) is kept per *slot* (one slot per
//! tensor), right beside the update rule that uses it.

use serde::{Deserialize, Serialize};

use super::mlp::{Gradients, Mlp};
use crate::names::name_table;

/// Which update rule.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum OptimizerKind {
    /// Plain stochastic gradient descent: w ← w − η·g.
    #[default]
    Sgd,
    /// SGD with momentum: v ← μ·v − η·g,  w ← w + v.
    Momentum,
    /// Adam: bias-corrected running moments of g and g².
    Adam,
}

name_table! {
    OptimizerKind {
        Sgd => "sgd";
        Momentum => "momentum";
        Adam => "adam";
    }
}

/// Optimizer hyperparameters (the learning rate is passed at each step, so it
/// can change live without losing the optimizer's state).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct OptimizerSettings {
    /// The update rule.
    pub kind: OptimizerKind,
    /// Momentum coefficient μ.
    pub momentum: f32,
    /// Adam's β₁ (decay of the mean of g).
    pub beta1: f32,
    /// Adam's β₂ (decay of the mean of g²).
    pub beta2: f32,
    /// Adam's ε, keeping the step finite where g² ≈ 0.
    pub epsilon: f32,
}

impl Default for OptimizerSettings {
    fn default() -> Self {
        Self {
            kind: OptimizerKind::Sgd,
            momentum: 0.9,
            beta1: 0.9,
            beta2: 0.999,
            epsilon: 1e-8,
        }
    }
}

impl OptimizerSettings {
    /// A fresh optimizer (empty state) for these settings.
    pub fn build(&self) -> Box<dyn Optimizer> {
        match self.kind {
            OptimizerKind::Sgd => Box::new(Sgd),
            OptimizerKind::Momentum => Box::new(Momentum {
                mu: self.momentum,
                velocity: StateSlots::default(),
            }),
            OptimizerKind::Adam => Box::new(Adam {
                beta1: self.beta1,
                beta2: self.beta2,
                epsilon: self.epsilon,
                t: 0,
                beta_powers: [self.beta1, self.beta2],
                m: StateSlots::default(),
                v: StateSlots::default(),
            }),
        }
    }
}

/// An update rule for parameter tensors.
pub trait Optimizer: Send + std::fmt::Debug {
    /// Called once per mini-batch, before the tensors are updated.
    fn begin_step(&mut self) {}
    /// Updates tensor `slot` in place from its gradient.
    fn update(&mut self, slot: usize, param: &mut [f32], grad: &[f32], learning_rate: f32);
    /// A copy with the same state: the backprop inspector runs the next
    /// update on it to show what the real one would do, without doing it.
    fn clone_box(&self) -> Box<dyn Optimizer>;
    /// What this optimizer keeps for element `index` of tensor `slot`
    /// (zeros before the tensor's first update), for display.
    fn param_state(&self, _slot: usize, _index: usize) -> ParamState {
        ParamState::Sgd
    }
    /// The rule and its state for the training kernels, which update a
    /// whole tensor with vector code inside their instruction set (called
    /// after [`Optimizer::begin_step`]); `None` for a rule they do not
    /// know, whose [`Optimizer::update`] is then called instead.
    fn vector_step(&mut self) -> Option<VectorStep<'_>> {
        None
    }
}

/// An update rule as vector code runs it: the constants of this step and
/// the per-tensor state (see [`Optimizer::vector_step`]).
#[derive(Debug)]
pub enum VectorStep<'a> {
    /// w ← w − η·g.
    Sgd,
    /// v ← μ·v − η·g,  w ← w + v.
    Momentum {
        /// μ.
        mu: f32,
        /// v per tensor.
        velocity: &'a mut StateSlots,
    },
    /// Adam's moments and their bias corrections for this step.
    Adam {
        /// β₁.
        beta1: f32,
        /// β₂.
        beta2: f32,
        /// ε.
        epsilon: f32,
        /// 1 − β₁ᵗ and 1 − β₂ᵗ.
        corrections: [f32; 2],
        /// m per tensor.
        m: &'a mut StateSlots,
        /// v per tensor.
        v: &'a mut StateSlots,
    },
}

/// An optimizer's state, one vector per tensor ("slot"), each sized on its
/// first use (and again if the tensor changes size).
#[derive(Clone, Debug, Default)]
pub struct StateSlots(Vec<Vec<f32>>);

impl StateSlots {
    /// The state of tensor `slot`, `len` values (zeros when new).
    pub fn slot(&mut self, slot: usize, len: usize) -> &mut [f32] {
        let states = &mut self.0;
        if states.len() <= slot {
            states.resize_with(slot + 1, Vec::new);
        }
        let s = &mut states[slot];
        if s.len() != len {
            *s = vec![0.0; len];
        }
        s
    }

    /// Element `index` of slot `slot`, 0 where not yet sized.
    fn value(&self, slot: usize, index: usize) -> f32 {
        self.0.get(slot).and_then(|s| s.get(index)).copied().unwrap_or(0.0)
    }
}

/// An optimizer's state for one parameter, as the backprop inspector shows it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ParamState {
    /// Plain SGD keeps nothing: the step is −η·g.
    Sgd,
    /// Momentum's velocity v (v ← μ·v − η·g, w ← w + v).
    Momentum {
        /// The velocity v.
        velocity: f32,
    },
    /// Adam's running moments and its bias-correction powers.
    Adam {
        /// First moment m (running mean of g).
        m: f32,
        /// Second moment v (running mean of g²).
        v: f32,
        /// Steps taken, t.
        t: u64,
        /// β₁ᵗ of the bias correction m̂ = m / (1 − β₁ᵗ).
        beta1_t: f32,
        /// β₂ᵗ of the bias correction v̂ = v / (1 − β₂ᵗ).
        beta2_t: f32,
    },
}

/// Plain SGD.
#[derive(Clone, Debug)]
pub struct Sgd;

impl Optimizer for Sgd {
    fn update(&mut self, _slot: usize, param: &mut [f32], grad: &[f32], lr: f32) {
        for (w, g) in param.iter_mut().zip(grad) {
            *w -= lr * g;
        }
    }

    fn clone_box(&self) -> Box<dyn Optimizer> {
        Box::new(self.clone())
    }

    fn vector_step(&mut self) -> Option<VectorStep<'_>> {
        Some(VectorStep::Sgd)
    }
}

/// SGD with (classical) momentum.
#[derive(Clone, Debug)]
pub struct Momentum {
    mu: f32,
    velocity: StateSlots,
}

impl Optimizer for Momentum {
    fn update(&mut self, slot: usize, param: &mut [f32], grad: &[f32], lr: f32) {
        let v = self.velocity.slot(slot, param.len());
        for ((w, g), v) in param.iter_mut().zip(grad).zip(v.iter_mut()) {
            *v = self.mu * *v - lr * g;
            *w += *v;
        }
    }

    fn clone_box(&self) -> Box<dyn Optimizer> {
        Box::new(self.clone())
    }

    fn param_state(&self, slot: usize, index: usize) -> ParamState {
        ParamState::Momentum {
            velocity: self.velocity.value(slot, index),
        }
    }

    fn vector_step(&mut self) -> Option<VectorStep<'_>> {
        Some(VectorStep::Momentum {
            mu: self.mu,
            velocity: &mut self.velocity,
        })
    }
}

/// Adam (Kingma & Ba): m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g²,
/// w ← w − η·m̂ / (√v̂ + ε) with m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ).
#[derive(Clone, Debug)]
pub struct Adam {
    beta1: f32,
    beta2: f32,
    epsilon: f32,
    t: u64,
    /// (β₁ᵗ, β₂ᵗ), kept up to date by multiplying once per step (t counted
    /// from 1 even before the first step). Computing them with `powi` in
    /// every update cost an eighth of a small network's training time, much
    /// of it in subnormal numbers once βᵗ underflowed.
    beta_powers: [f32; 2],
    m: StateSlots,
    v: StateSlots,
}

/// `x`, or 0 when it is too small to be a normal f32. Subnormal numbers are
/// up to a hundred times slower to compute with, and a moment that small no
/// longer moves a weight.
#[inline]
fn flush_subnormal(x: f32) -> f32 {
    if x.abs() < f32::MIN_POSITIVE { 0.0 } else { x }
}

impl Optimizer for Adam {
    fn begin_step(&mut self) {
        self.t = self.t.saturating_add(1);
        if self.t > 1 {
            self.beta_powers[0] = flush_subnormal(self.beta_powers[0] * self.beta1);
            self.beta_powers[1] = flush_subnormal(self.beta_powers[1] * self.beta2);
        }
    }

    fn update(&mut self, slot: usize, param: &mut [f32], grad: &[f32], lr: f32) {
        let c1 = 1.0 - self.beta_powers[0];
        let c2 = 1.0 - self.beta_powers[1];
        let (b1, b2, eps) = (self.beta1, self.beta2, self.epsilon);
        let m = self.m.slot(slot, param.len());
        let v = self.v.slot(slot, param.len());
        for (((w, g), m), v) in param.iter_mut().zip(grad).zip(m.iter_mut()).zip(v.iter_mut()) {
            *m = flush_subnormal(b1 * *m + (1.0 - b1) * g);
            *v = flush_subnormal(b2 * *v + (1.0 - b2) * g * g);
            *w -= lr * (*m / c1) / ((*v / c2).sqrt() + eps);
        }
    }

    fn clone_box(&self) -> Box<dyn Optimizer> {
        Box::new(self.clone())
    }

    fn param_state(&self, slot: usize, index: usize) -> ParamState {
        ParamState::Adam {
            m: self.m.value(slot, index),
            v: self.v.value(slot, index),
            t: self.t,
            beta1_t: self.beta_powers[0],
            beta2_t: self.beta_powers[1],
        }
    }

    fn vector_step(&mut self) -> Option<VectorStep<'_>> {
        Some(VectorStep::Adam {
            beta1: self.beta1,
            beta2: self.beta2,
            epsilon: self.epsilon,
            corrections: [1.0 - self.beta_powers[0], 1.0 - self.beta_powers[1]],
            m: &mut self.m,
            v: &mut self.v,
        })
    }
}

/// Weight penalties, never applied to biases (a bias does not make the
/// function wigglier, so penalizing it only shifts the boundary).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Regularization {
    /// λ₁ of the penalty λ₁·Σ|w| (gradient λ₁·sign w): drives weights to exactly 0.
    pub l1: f32,
    /// λ₂ of the penalty (λ₂/2)·Σw² (gradient λ₂·w): shrinks all weights.
    pub l2: f32,
}

/// One optimization step: adds the penalty gradients to the weight gradients,
/// then lets `optimizer` update every tensor. Slots are 2·layer for weights
/// and 2·layer + 1 for biases.
pub fn apply_step(optimizer: &mut dyn Optimizer, net: &mut Mlp, grads: &mut Gradients, lr: f32, reg: Regularization) {
    let layers = net
        .layers
        .iter_mut()
        .zip(grads.weights.iter_mut().zip(&grads.bias))
        .map(|(layer, (gw, gb))| LayerTensors {
            weights: layer.weights.as_mut_slice(),
            weight_grads: gw.as_mut_slice(),
            bias: layer.bias.as_mut_slice(),
            bias_grads: gb.as_slice(),
        });
    step_layers(optimizer, layers, lr, reg);
}

/// One layer's parameters and gradients for [`step_layers`], as flat
/// slices in whatever layout the caller keeps them (the same layout for a
/// tensor and its gradient, and from step to step: the optimizer's state
/// follows it element by element).
pub(crate) struct LayerTensors<'a> {
    /// The weights.
    pub weights: &'a mut [f32],
    /// Their gradient (the penalties are added to it).
    pub weight_grads: &'a mut [f32],
    /// The biases.
    pub bias: &'a mut [f32],
    /// Their gradient.
    pub bias_grads: &'a [f32],
}

/// [`apply_step`] for tensors in any layout: the fused kernels update the
/// weights where they keep them, without copying them out and back each
/// batch. Every rule is element-wise, so the layout changes no result;
/// zero padding with zero gradient stays zero under each rule and penalty.
pub(crate) fn step_layers<'a>(
    optimizer: &mut dyn Optimizer,
    layers: impl IntoIterator<Item = LayerTensors<'a>>,
    lr: f32,
    reg: Regularization,
) {
    optimizer.begin_step();
    update_layers(optimizer, layers, lr, reg);
}

/// [`step_layers`] after [`Optimizer::begin_step`]: the penalties, then
/// each tensor's update.
pub(crate) fn update_layers<'a>(
    optimizer: &mut dyn Optimizer,
    layers: impl IntoIterator<Item = LayerTensors<'a>>,
    lr: f32,
    reg: Regularization,
) {
    for (l, t) in layers.into_iter().enumerate() {
        if reg.l1 != 0.0 || reg.l2 != 0.0 {
            for (g, &w) in t.weight_grads.iter_mut().zip(t.weights.iter()) {
                *g += reg.l2 * w + reg.l1 * sign(w);
            }
        }
        optimizer.update(2 * l, t.weights, t.weight_grads, lr);
        optimizer.update(2 * l + 1, t.bias, t.bias_grads, lr);
    }
}

/// sign with sign(0) = 0, so L1 leaves an exact zero at zero.
fn sign(w: f32) -> f32 {
    if w > 0.0 {
        1.0
    } else if w < 0.0 {
        -1.0
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Minimizes f(w) = (w − 3)² with each optimizer.
    fn minimize(kind: OptimizerKind, lr: f32, steps: usize) -> f32 {
        let mut opt = OptimizerSettings {
            kind,
            ..Default::default()
        }
        .build();
        let mut w = [0.0f32];
        for _ in 0..steps {
            let g = [2.0 * (w[0] - 3.0)];
            opt.begin_step();
            opt.update(0, &mut w, &g, lr);
        }
        w[0]
    }

    /// Adam's first step uses β¹ (also without `begin_step`), its powers
    /// follow βᵗ, and nothing it keeps ever becomes subnormal: the powers
    /// and the moments of a weight whose gradient has gone flush to 0.
    #[test]
    fn adam_bias_correction_follows_beta_to_the_t_without_subnormals() {
        let settings = OptimizerSettings::default();
        let mut adam = Adam {
            beta1: settings.beta1,
            beta2: settings.beta2,
            epsilon: settings.epsilon,
            t: 0,
            beta_powers: [settings.beta1, settings.beta2],
            m: StateSlots::default(),
            v: StateSlots::default(),
        };
        let mut w = [1.0f32];
        adam.update(0, &mut w, &[0.5], 0.1);
        assert!((w[0] - 0.9).abs() < 1e-6, "first step moves by η: {}", w[0]);
        for t in 1..=1000 {
            adam.begin_step();
            let expected = [settings.beta1.powi(t), settings.beta2.powi(t)];
            for (got, want) in adam.beta_powers.into_iter().zip(expected) {
                if want >= f32::MIN_POSITIVE {
                    assert!((got - want).abs() <= 1e-5 * want, "t = {t}: {got} vs {want}");
                } else {
                    assert_eq!(got, 0.0, "t = {t}: below the normal range, flushed");
                }
            }
        }
        for _ in 0..200_000 {
            adam.begin_step();
            adam.update(0, &mut w, &[0.0], 0.1);
            let kept = adam
                .beta_powers
                .into_iter()
                .chain([adam.m.value(0, 0), adam.v.value(0, 0)]);
            assert!(kept.into_iter().all(|x| x == 0.0 || x.abs() >= f32::MIN_POSITIVE));
        }
        assert_eq!(
            (adam.beta_powers, adam.m.value(0, 0), adam.v.value(0, 0)),
            ([0.0, 0.0], 0.0, 0.0)
        );
        assert!(w[0].is_finite());
    }

    #[test]
    fn every_optimizer_finds_a_quadratic_minimum() {
        assert!((minimize(OptimizerKind::Sgd, 0.1, 200) - 3.0).abs() < 1e-4);
        assert!((minimize(OptimizerKind::Momentum, 0.02, 500) - 3.0).abs() < 1e-3);
        assert!((minimize(OptimizerKind::Adam, 0.05, 2000) - 3.0).abs() < 1e-2);
    }

    #[test]
    fn adam_first_step_has_size_lr() {
        // With bias correction the first step is η·g/|g| = η whatever |g| is.
        let mut opt = OptimizerSettings {
            kind: OptimizerKind::Adam,
            ..Default::default()
        }
        .build();
        let mut w = [1.0f32];
        opt.begin_step();
        opt.update(0, &mut w, &[123.0], 0.01);
        assert!((w[0] - 0.99).abs() < 1e-6);
    }

    #[test]
    fn names_round_trip() {
        for k in OptimizerKind::ALL {
            assert_eq!(OptimizerKind::from_name(k.name()), Some(k));
        }
    }
}
