//! Novikoff's mistake bound (1962) for the perceptron.
//! See [`novikoff_bound`] for the statement and the argument.

use serde::{Deserialize, Serialize};

#[cfg(doc)]
use super::StepFunction;

/// The pieces of Novikoff's bound for one separator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NovikoffBound {
    /// R = max ‖(x, 1)‖ over the training points.
    pub radius: f64,
    /// γ = min tᵢ (wᵀxᵢ + b) / ‖(w, b)‖, the separator's margin.
    pub margin: f64,
    /// (R/γ)², the bound for unit-size updates (Heaviside).
    pub bound: f64,
    /// 1 for Heaviside, 2 for sign: the largest |y − ŷ| of an update.
    pub factor: f64,
    /// factor · (R/γ)²: the guaranteed maximum number of mistakes.
    pub mistake_limit: f64,
}

/// Computes (R/γ)² for the separator (w, b) on `points` with ±1 targets.
///
/// Fold the bias into the weights with augmented vectors x̃ = (x, 1) and
/// w̃ = (w, b). Let R = maxᵢ ‖x̃ᵢ‖ and suppose some w̃* separates the data
/// with margin γ = minᵢ tᵢ (w̃*ᵀx̃ᵢ) / ‖w̃*‖ > 0, where tᵢ = ±1. Take η = 1
/// (see below). Each error update adds c·tᵢ·x̃ᵢ to w̃, with c = |y − ŷ| ∈
/// {1, 2}, so:
///
/// - w̃ᵀw̃*/‖w̃*‖ grows by at least c·γ per mistake, and
/// - ‖w̃‖² grows by at most c²R², because tᵢ w̃ᵀx̃ᵢ ≤ 0 on a mistake.
///
/// After M mistakes with C = Σc: (Cγ)² ≤ ‖w̃‖² ≤ R²·Σc² ≤ c_max·R²·C, hence
/// M ≤ C ≤ c_max·(R/γ)². With Heaviside every error has |y − ŷ| = 1, giving
/// the classic M ≤ (R/γ)². With sign an error with ŷ = −y has |y − ŷ| = 2,
/// so the guaranteed bound is 2(R/γ)² ([`StepFunction::bound_factor`]).
/// η does not matter: from w̃ = 0 it only scales w̃, which no step notices.
///
/// Any separator gives a valid bound; the trainer uses the one it found.
///
/// Returns `None` when (w, b) does not strictly separate the points (γ ≤ 0),
/// when the inputs are empty, of unequal lengths, not finite, or when `w`
/// does not have two entries.
pub fn novikoff_bound(points: &[[f64; 2]], targets_pm1: &[f64], w: &[f64], b: f64) -> Option<f64> {
    radius_and_margin(points, targets_pm1, w, b).map(|(r, gamma)| (r / gamma).powi(2))
}

/// R and γ as in [`novikoff_bound`], or `None` if γ ≤ 0 or the input is
/// unusable.
pub(super) fn radius_and_margin(points: &[[f64; 2]], targets: &[f64], w: &[f64], b: f64) -> Option<(f64, f64)> {
    if points.is_empty() || points.len() != targets.len() || w.len() != 2 {
        return None;
    }
    let norm = (w[0] * w[0] + w[1] * w[1] + b * b).sqrt();
    if !(norm.is_finite() && norm > 0.0) {
        return None;
    }
    let mut r2 = 0.0f64;
    let mut gamma = f64::INFINITY;
    for (x, &t) in points.iter().zip(targets) {
        r2 = r2.max(x[0] * x[0] + x[1] * x[1] + 1.0);
        gamma = gamma.min(t * (w[0] * x[0] + w[1] * x[1] + b) / norm);
    }
    let r = r2.sqrt();
    if gamma.is_nan() || gamma <= 0.0 || !r.is_finite() || !(r / gamma).is_finite() {
        return None;
    }
    Some((r, gamma))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn novikoff_bound_by_hand_and_rejects_non_separators() {
        let pts = [[1.0, 0.0], [-1.0, 0.0]];
        let t = [1.0, -1.0];
        // R = ‖(±1, 0, 1)‖ = √2, γ = 1 for w̃ = (1, 0, 0): (R/γ)² = 2.
        let b = novikoff_bound(&pts, &t, &[1.0, 0.0], 0.0).unwrap();
        assert!((b - 2.0).abs() < 1e-12);
        assert_eq!(novikoff_bound(&pts, &t, &[-1.0, 0.0], 0.0), None);
        assert_eq!(novikoff_bound(&pts, &t, &[0.0, 1.0], 0.0), None);
        assert_eq!(novikoff_bound(&pts, &t, &[0.0, 0.0], 0.0), None);
        assert_eq!(novikoff_bound(&pts, &t[..1], &[1.0, 0.0], 0.0), None);
        assert_eq!(novikoff_bound(&[], &[], &[1.0, 0.0], 0.0), None);
        assert_eq!(novikoff_bound(&pts, &t, &[f64::NAN, 0.0], 0.0), None);
    }
}
