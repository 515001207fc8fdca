//! What each activation function is like, in one table: the window, the
//! Keras export, the backprop inspector and the health checks read these
//! facts instead of matching on the function, so a new activation is
//! described here once and the compiler points at the one match to fill.

use super::Activation;
use crate::nn::init::Init;

/// How a hidden activation appears in an exported Keras script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KerasActivation {
    /// A name Keras knows: `Dense(…, activation="tanh")`.
    Named(&'static str),
    /// A function the script defines first (leaky ReLU: Keras's own has
    /// slope 0.2 below zero, nnlab's 0.01), passed by name.
    Helper(&'static str),
    /// No Keras counterpart that trains: the steps have no gradient, so
    /// the export refuses them.
    None,
}

/// The facts about an activation φ that code outside `nn` needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Properties {
    /// The values φ can take, (lowest, highest); infinite ends for the
    /// unbounded functions. Bounded outputs are drawn on a fixed colour scale.
    pub range: (f32, f32),
    /// Whether gradient descent can train through φ: the steps are flat
    /// wherever they are differentiable, so every gradient through them is 0.
    pub differentiable: bool,
    /// The largest slope max φ'(z) (σ'(0) = ¼, tanh'(0) = 1): saturation is
    /// measured against it.
    pub peak_slope: f32,
    /// The saturation range: for |z| beyond this, φ'(z) is under
    /// [`SATURATION_FRACTION`] of `peak_slope`, so the gradient nearly
    /// vanishes. σ'(z) = σ(1 − σ) < 0.0025 for |z| > 5.9889;
    /// tanh'(z) = 1 − tanh² < 0.01 for |z| > atanh(√0.99) = 2.9932.
    /// `None` for functions that never flatten on both sides.
    pub saturates_beyond: Option<f32>,
    /// φ' = 0 for every z ≤ 0 (ReLU): a neuron whose z stays negative is
    /// dead, neither it nor the weights into it learn.
    pub dies_below_zero: bool,
    /// What [`Init::Auto`] resolves to: He for the ReLU family (their
    /// half-zero slope halves the variance), Glorot otherwise.
    pub default_init: Init,
    /// How the Keras export writes it.
    pub keras: KerasActivation,
    /// The catalogue key of the formula shown in tooltips.
    pub formula_key: &'static str,
}

/// A neuron is saturated when its slope is under this fraction of the
/// function's peak slope: every gradient through it is cut a hundredfold.
pub const SATURATION_FRACTION: f32 = 0.01;

impl Activation {
    /// The facts about this activation (one exhaustive match: a new
    /// activation cannot be added without stating them).
    pub const fn properties(self) -> Properties {
        const UNBOUNDED: (f32, f32) = (f32::NEG_INFINITY, f32::INFINITY);
        match self {
            Activation::Heaviside => Properties {
                range: (0.0, 1.0),
                differentiable: false,
                peak_slope: 0.0,
                saturates_beyond: None,
                dies_below_zero: false,
                default_init: Init::Glorot,
                keras: KerasActivation::None,
                formula_key: "controls-activation-heaviside-formula",
            },
            Activation::Sign => Properties {
                range: (-1.0, 1.0),
                differentiable: false,
                peak_slope: 0.0,
                saturates_beyond: None,
                dies_below_zero: false,
                default_init: Init::Glorot,
                keras: KerasActivation::None,
                formula_key: "controls-activation-sign-formula",
            },
            Activation::Identity => Properties {
                range: UNBOUNDED,
                differentiable: true,
                peak_slope: 1.0,
                saturates_beyond: None,
                dies_below_zero: false,
                default_init: Init::Glorot,
                keras: KerasActivation::Named("linear"),
                formula_key: "controls-activation-identity-formula",
            },
            Activation::Sigmoid => Properties {
                range: (0.0, 1.0),
                differentiable: true,
                peak_slope: 0.25,
                saturates_beyond: Some(5.9889),
                dies_below_zero: false,
                default_init: Init::Glorot,
                keras: KerasActivation::Named("sigmoid"),
                formula_key: "controls-activation-sigmoid-formula",
            },
            Activation::Tanh => Properties {
                range: (-1.0, 1.0),
                differentiable: true,
                peak_slope: 1.0,
                saturates_beyond: Some(2.9932),
                dies_below_zero: false,
                default_init: Init::Glorot,
                keras: KerasActivation::Named("tanh"),
                formula_key: "controls-activation-tanh-formula",
            },
            Activation::Relu => Properties {
                range: (0.0, f32::INFINITY),
                differentiable: true,
                peak_slope: 1.0,
                saturates_beyond: None,
                dies_below_zero: true,
                default_init: Init::He,
                keras: KerasActivation::Named("relu"),
                formula_key: "controls-activation-relu-formula",
            },
            Activation::LeakyRelu => Properties {
                range: UNBOUNDED,
                differentiable: true,
                peak_slope: 1.0,
                saturates_beyond: None,
                dies_below_zero: false,
                default_init: Init::He,
                keras: KerasActivation::Helper("leaky_relu"),
                formula_key: "controls-activation-leaky-relu-formula",
            },
        }
    }

    /// Whether φ's outputs lie in a finite range.
    pub fn is_bounded(self) -> bool {
        let (lo, hi) = self.properties().range;
        lo.is_finite() && hi.is_finite()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stated facts against φ and φ' themselves, sampled densely: the
    /// range holds every value, the peak slope is the largest slope, the
    /// saturation range is where the slope falls under the fraction.
    #[test]
    fn properties_agree_with_the_functions() {
        for act in Activation::ALL {
            let p = act.properties();
            let mut peak = 0.0f32;
            for i in -4000..=4000 {
                let z = i as f32 * 0.005;
                let a = act.f(z);
                assert!(
                    a >= p.range.0 && a <= p.range.1,
                    "{act:?}: φ({z}) = {a} outside {:?}",
                    p.range
                );
                let slope = act.df(z, a);
                peak = peak.max(slope);
                if let Some(edge) = p.saturates_beyond {
                    let under = slope < SATURATION_FRACTION * p.peak_slope;
                    // Away from the edge by the sampling step, the two agree.
                    if (z.abs() - edge).abs() > 1e-3 {
                        assert_eq!(under, z.abs() > edge, "{act:?} at z = {z}: slope {slope}");
                    }
                }
                if p.dies_below_zero && z <= 0.0 {
                    assert_eq!(slope, 0.0, "{act:?} at {z}");
                }
            }
            assert_eq!(peak, p.peak_slope, "{act:?}");
            assert_eq!(p.differentiable, act.is_differentiable(), "{act:?}");
            // Dense sampling reaches both ends of a bounded range.
            if act.is_bounded() {
                assert!(act.f(-20.0).min(act.f(20.0)) <= p.range.0 + 1e-3, "{act:?}");
                assert!(act.f(20.0).max(act.f(-20.0)) >= p.range.1 - 1e-3, "{act:?}");
            }
        }
    }
}
