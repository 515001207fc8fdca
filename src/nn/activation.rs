//! Activation functions φ, each with its derivative φ' right beside it, and
//! the row-wise softmax of the output layer.

use nalgebra::DMatrix;

use wide::f32x8;

use super::fastmath;
use crate::names::name_table;

mod properties;
pub use properties::{KerasActivation, Properties, SATURATION_FRACTION};

/// Slope of leaky ReLU for z < 0: φ(z) = 0.01·z keeps a small gradient alive
/// so a neuron that is "off" for every input can still recover.
pub const LEAKY_SLOPE: f32 = 0.01;

/// An element-wise activation function a = φ(z).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Activation {
    /// Heaviside step: 1 for z ≥ 0, else 0 (the threshold logic unit's step).
    Heaviside,
    /// Sign: −1, 0 or +1.
    Sign,
    /// Identity (linear): φ(z) = z.
    Identity,
    /// Logistic sigmoid σ(z) = 1 / (1 + e^(−z)).
    Sigmoid,
    /// Hyperbolic tangent.
    Tanh,
    /// Rectified linear unit max(0, z).
    Relu,
    /// Leaky ReLU: z for z ≥ 0, 0.01·z otherwise.
    LeakyRelu,
}

name_table! {
    Activation {
        Tanh => "tanh";
        Sigmoid => "sigmoid", aliases ["logistic"];
        Relu => "relu";
        LeakyRelu => "leaky_relu", aliases ["leaky-relu", "leakyrelu"];
        Identity => "identity", aliases ["linear"];
        Heaviside => "heaviside", aliases ["step"];
        Sign => "sign", aliases ["sgn"];
    }
}

impl Activation {
    /// φ(z).
    #[inline]
    pub fn f(self, z: f32) -> f32 {
        match self {
            Activation::Heaviside => {
                if z >= 0.0 {
                    1.0
                } else {
                    0.0
                }
            }
            Activation::Sign => {
                if z > 0.0 {
                    1.0
                } else if z < 0.0 {
                    -1.0
                } else {
                    0.0
                }
            }
            Activation::Identity => z,
            Activation::Sigmoid => sigmoid(z),
            Activation::Tanh => fastmath::tanh(z),
            Activation::Relu => z.max(0.0),
            Activation::LeakyRelu => {
                if z >= 0.0 {
                    z
                } else {
                    LEAKY_SLOPE * z
                }
            }
        }
    }

    /// φ'(z), given both z and a = φ(z) (sigmoid and tanh are cheapest from a:
    /// σ' = a(1 − a), tanh' = 1 − a²). The steps have derivative 0 almost
    /// everywhere and none at 0, which is why backpropagation cannot train
    /// them (see [`Activation::is_differentiable`]).
    #[inline]
    pub fn df(self, z: f32, a: f32) -> f32 {
        match self {
            Activation::Heaviside | Activation::Sign => 0.0,
            Activation::Identity => 1.0,
            Activation::Sigmoid => a * (1.0 - a),
            Activation::Tanh => 1.0 - a * a,
            Activation::Relu => {
                if z > 0.0 {
                    1.0
                } else {
                    0.0
                }
            }
            Activation::LeakyRelu => {
                if z > 0.0 {
                    1.0
                } else {
                    LEAKY_SLOPE
                }
            }
        }
    }

    /// Whether gradient descent can train through this function. The steps
    /// are flat wherever they are differentiable, so every gradient through
    /// them is zero: training would silently do nothing.
    pub fn is_differentiable(self) -> bool {
        self.properties().differentiable
    }

    /// Applies φ to every element of `z`, writing `a`. The match is hoisted
    /// out of the loop so each loop body is branch-free and vectorizes.
    pub fn apply(self, z: &[f32], a: &mut [f32]) {
        match self {
            Activation::Tanh => map_x8(z, a, fastmath::tanh_x8),
            Activation::Sigmoid => map_x8(z, a, fastmath::sigmoid_x8),
            Activation::Relu => map_x8(z, a, |v| v.max(f32x8::ZERO)),
            Activation::Identity => a.copy_from_slice(z),
            other => a.iter_mut().zip(z).for_each(|(a, &z)| *a = other.f(z)),
        }
    }

    /// Multiplies `delta` element-wise by φ'(z): turns ∂L/∂a into ∂L/∂z.
    pub fn scale_by_derivative(self, z: &[f32], a: &[f32], delta: &mut [f32]) {
        for ((d, &z), &a) in delta.iter_mut().zip(z).zip(a) {
            *d *= self.df(z, a);
        }
    }
}

/// a = f(z) eight lanes at a time (the tail through a padded chunk).
#[inline]
pub(super) fn map_x8(z: &[f32], a: &mut [f32], f: impl Fn(f32x8) -> f32x8) {
    let mut zc = z.chunks_exact(8);
    let mut ac = a.chunks_exact_mut(8);
    for (zi, ai) in (&mut zc).zip(&mut ac) {
        let v: [f32; 8] = zi.try_into().unwrap_or([0.0; 8]);
        ai.copy_from_slice(f(f32x8::new(v)).as_array());
    }
    let (zr, ar) = (zc.remainder(), ac.into_remainder());
    if !zr.is_empty() {
        let mut v = [0.0f32; 8];
        v[..zr.len()].copy_from_slice(zr);
        let out = f(f32x8::new(v));
        ar.copy_from_slice(&out.as_array()[..ar.len()]);
    }
}

/// σ(z) = 1 / (1 + e^(−z)) (see [`fastmath::sigmoid`] for the stable form).
#[inline]
pub fn sigmoid(z: f32) -> f32 {
    fastmath::sigmoid(z)
}

/// Row-wise softmax pᵢₖ = e^(zᵢₖ − mᵢ) / Σⱼ e^(zᵢⱼ − mᵢ) with mᵢ = maxⱼ zᵢⱼ.
/// Subtracting the row maximum leaves the result unchanged and keeps every
/// exponent ≤ 0, so nothing overflows.
pub fn softmax_rows(z: &DMatrix<f32>, p: &mut DMatrix<f32>) {
    for i in 0..z.nrows() {
        let row = z.row(i);
        let m = row.max();
        let mut sum = 0.0f32;
        for k in 0..z.ncols() {
            let e = (z[(i, k)] - m).exp();
            p[(i, k)] = e;
            sum += e;
        }
        for k in 0..z.ncols() {
            p[(i, k)] /= sum;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// φ' against a central difference of φ at points away from kinks.
    #[test]
    fn derivatives_match_finite_differences() {
        let h = 1e-3f32;
        for act in Activation::ALL.into_iter().filter(|a| a.is_differentiable()) {
            for &z in &[-2.3f32, -0.7, 0.4, 1.9] {
                let numeric = (act.f(z + h) - act.f(z - h)) / (2.0 * h);
                let analytic = act.df(z, act.f(z));
                assert!(
                    (numeric - analytic).abs() < 2e-3,
                    "{act:?} at {z}: {numeric} vs {analytic}"
                );
            }
        }
    }

    #[test]
    fn steps_follow_the_seed_definition() {
        assert_eq!(Activation::Heaviside.f(0.0), 1.0);
        assert_eq!(Activation::Heaviside.f(-1e-9), 0.0);
        assert_eq!(Activation::Sign.f(0.0), 0.0);
        assert_eq!(Activation::Sign.f(-3.0), -1.0);
        assert!(!Activation::Heaviside.is_differentiable());
        assert!(!Activation::Sign.is_differentiable());
    }

    #[test]
    fn sigmoid_is_stable_at_extremes() {
        // Held at σ(−30) ≈ 9.4e-14 in the far tail (never subnormal).
        assert!(sigmoid(-200.0) > 0.0 && sigmoid(-200.0) < 1e-13);
        assert_eq!(sigmoid(200.0), 1.0);
        assert!((sigmoid(0.0) - 0.5).abs() < 1e-7);
    }

    #[test]
    fn softmax_sums_to_one_even_for_huge_logits() {
        let z = DMatrix::from_row_slice(2, 3, &[1000.0, 1001.0, 999.0, -5.0, 0.0, 5.0]);
        let mut p = DMatrix::zeros(2, 3);
        softmax_rows(&z, &mut p);
        for i in 0..2 {
            let s: f32 = p.row(i).iter().sum();
            assert!((s - 1.0).abs() < 1e-6);
            assert!(p.row(i).iter().all(|v| v.is_finite()));
        }
        assert!(p[(0, 1)] > p[(0, 0)] && p[(0, 0)] > p[(0, 2)]);
    }

    #[test]
    fn names_round_trip() {
        for a in Activation::ALL {
            assert_eq!(Activation::from_name(a.name()), Some(a));
        }
        assert_eq!(Activation::from_name("step"), Some(Activation::Heaviside));
        assert_eq!(Activation::from_name(" Leaky-ReLU "), Some(Activation::LeakyRelu));
        assert_eq!(Activation::from_name("swish"), None);
    }
}
