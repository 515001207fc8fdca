//! Novikoff's mistake bound (1962) for the perceptron.
//! See [`novikoff_bound`] for the statement and the argument, and
//! [`best_novikoff_bound`] for the bound with the largest margin.

use serde::{Deserialize, Serialize};

#[cfg(doc)]
use super::StepFunction;
use super::Tlu;
use super::max_margin::max_margin_separator;

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
    /// The separator (w, b) whose margin γ is: for [`best_novikoff_bound`]
    /// the maximum-margin one, scaled so the nearest points have
    /// t(wᵀx + b) = 1.
    pub separator: Tlu,
}

impl NovikoffBound {
    /// The distance in the plane from the separator's line wᵀx + b = 0 to
    /// the nearest point: minᵢ tᵢ(wᵀxᵢ + b)/‖w‖ = γ·‖(w, b)‖/‖w‖.
    ///
    /// γ measures the same line in the homogeneous form the bound needs
    /// (the bias as the weight of a constant input 1, so ‖(w, b)‖ divides);
    /// a learner who measures the gap with a ruler sees this one, which is
    /// never smaller. `NAN` for a separator without weights.
    pub fn plane_distance(&self) -> f64 {
        let w = &self.separator.w;
        let w_norm = w.iter().map(|v| v * v).sum::<f64>().sqrt();
        let full = (w_norm * w_norm + self.separator.b * self.separator.b).sqrt();
        if w_norm > 0.0 {
            self.margin * full / w_norm
        } else {
            f64::NAN
        }
    }
}

/// Novikoff's bound with the best margin the data allows: γ of the
/// maximum-margin separator of the bias-augmented points
/// ([`max_margin_separator`](super::max_margin_separator)), R = maxᵢ ‖(xᵢ, 1)‖,
/// and `factor` the step's update size ([`StepFunction::bound_factor`]).
/// It holds before the first update, for any visiting order. `None` when the
/// classes are not linearly separable (or the input is unusable).
pub fn best_novikoff_bound(points: &[[f64; 2]], targets_pm1: &[f64], factor: f64) -> Option<NovikoffBound> {
    let best = max_margin_separator(points, targets_pm1)?;
    let radius = radius(points);
    let bound = (radius / best.margin).powi(2);
    bound.is_finite().then_some(NovikoffBound {
        radius,
        margin: best.margin,
        bound,
        factor,
        mistake_limit: factor * bound,
        separator: best.separator,
    })
}

/// R = maxᵢ ‖(xᵢ, 1)‖.
fn radius(points: &[[f64; 2]]) -> f64 {
    let r2 = points
        .iter()
        .map(|x| x[0] * x[0] + x[1] * x[1] + 1.0)
        .fold(0.0, f64::max);
    r2.sqrt()
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
/// Any separator gives a valid bound; the largest margin gives the tightest
/// ([`best_novikoff_bound`], which the trainer reports).
///
/// Returns `None` when (w, b) does not strictly separate the points (γ ≤ 0),
/// when the inputs are empty, of unequal lengths, not finite, or when `w`
/// does not have two entries.
pub fn novikoff_bound(points: &[[f64; 2]], targets_pm1: &[f64], w: &[f64], b: f64) -> Option<f64> {
    radius_and_margin(points, targets_pm1, w, b).map(|(r, gamma)| (r / gamma).powi(2))
}

/// R and γ as in [`novikoff_bound`], or `None` if γ ≤ 0 or the input is
/// unusable.
fn radius_and_margin(points: &[[f64; 2]], targets: &[f64], w: &[f64], b: f64) -> Option<(f64, f64)> {
    if points.is_empty() || points.len() != targets.len() || w.len() != 2 {
        return None;
    }
    let norm = (w[0] * w[0] + w[1] * w[1] + b * b).sqrt();
    if !(norm.is_finite() && norm > 0.0) {
        return None;
    }
    let gamma = (points.iter().zip(targets))
        .map(|(x, &t)| t * (w[0] * x[0] + w[1] * x[1] + b) / norm)
        .fold(f64::INFINITY, f64::min);
    let r = radius(points);
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

    #[test]
    fn best_bound_on_the_gates_by_hand() {
        let corners = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
        // R = ‖(1, 1, 1)‖ = √3 for the corner (1, 1). γ(AND) = 1/√17 and
        // γ(OR) = 1/3 (see max_margin_tests.rs for the hand computations):
        // (R/γ)² = 3·17 = 51 and 3·9 = 27; sign updates count twice.
        let and = best_novikoff_bound(&corners, &[-1.0, -1.0, -1.0, 1.0], 1.0).unwrap();
        assert!((and.radius - 3f64.sqrt()).abs() < 1e-12);
        assert!((and.margin - 1.0 / 17f64.sqrt()).abs() < 1e-12);
        assert!((and.bound - 51.0).abs() < 1e-9 && and.mistake_limit == and.bound);
        // The same AND line 2x₁ + 2x₂ − 3 = 0 measured in the plane: its
        // nearest corners (0, 1), (1, 0) and (1, 1) lie |±1|/√8 from it,
        // farther than γ = 1/√17 (the bias's weight counts in ‖(w, b)‖).
        let by_ruler = (corners.iter())
            .map(|x| {
                let w = &and.separator.w;
                let z = w[0] * x[0] + w[1] * x[1] + and.separator.b;
                z.abs() / (w[0] * w[0] + w[1] * w[1]).sqrt()
            })
            .fold(f64::INFINITY, f64::min);
        assert!(
            (and.plane_distance() - 1.0 / 8f64.sqrt()).abs() < 1e-9,
            "{}",
            and.plane_distance()
        );
        assert!((and.plane_distance() - by_ruler).abs() < 1e-9);
        let or = best_novikoff_bound(&corners, &[-1.0, 1.0, 1.0, 1.0], 2.0).unwrap();
        assert!((or.margin - 1.0 / 3.0).abs() < 1e-12);
        assert!((or.bound - 27.0).abs() < 1e-9 && (or.mistake_limit - 54.0).abs() < 1e-9);
        assert_eq!(best_novikoff_bound(&corners, &[-1.0, 1.0, 1.0, -1.0], 1.0), None);
        // No other separator has a larger margin: the found AND line of the
        // lab's hand computation, w = (2, 1), b = −3, touches (1, 1) (γ = 0).
        assert_eq!(
            novikoff_bound(&corners, &[-1.0, -1.0, -1.0, 1.0], &[2.0, 1.0], -3.0),
            None
        );
        let s = &and.separator;
        let same = novikoff_bound(&corners, &[-1.0, -1.0, -1.0, 1.0], &s.w, s.b).unwrap();
        assert!((same - 51.0).abs() < 1e-9);
    }
}
