//! Binary logistic regression, trained by full-batch gradient descent, for
//! the comparison with the perceptron.
//!
//! The model is one unit with a sigmoid instead of a step:
//!
//! ```text
//! p(y = 1 | x) = σ(wᵀx + b),   σ(z) = 1 / (1 + e^(−z))
//! ```
//!
//! trained to minimise the mean cross-entropy
//! L = −(1/n) Σ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)], whose gradient is
//! ∂L/∂w = (1/n) Σ (pᵢ − yᵢ) xᵢ and ∂L/∂b = (1/n) Σ (pᵢ − yᵢ). Unlike the
//! perceptron, every point contributes on every step, even when it is
//! already classified correctly: on separable data the loss keeps falling,
//! ‖w‖ keeps growing and the direction of w slowly tends to the
//! maximum-margin separator.

use crate::data::Dataset;

/// σ(z) = 1/(1 + e^(−z)), computed without overflow.
pub fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

/// ln(1 + e^z) without overflow (the cross-entropy of a logit).
fn softplus(z: f64) -> f64 {
    z.max(0.0) + (-z.abs()).exp().ln_1p()
}

/// A logistic regression on the training points of a two-class dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct LogisticRegression {
    /// Weights.
    pub w: [f64; 2],
    /// Bias.
    pub b: f64,
    /// Step size η of gradient descent.
    pub learning_rate: f64,
    /// Gradient steps taken.
    pub epochs: usize,
    /// Inputs (scaled as the dataset says) and targets 0/1.
    samples: Vec<([f64; 2], f64)>,
}

impl LogisticRegression {
    /// Zero weights on `dataset`'s training points; class `positive` is y = 1.
    /// `None` unless the dataset has exactly two classes and some points.
    pub fn new(dataset: &Dataset, positive: usize, learning_rate: f64) -> Option<Self> {
        if dataset.num_classes() != 2 || positive > 1 {
            return None;
        }
        let samples: Vec<([f64; 2], f64)> = dataset
            .train_points()
            .map(|p| (dataset.scaled(p.x), f64::from(u8::from(p.class() == positive))))
            .collect();
        (!samples.is_empty()).then_some(Self {
            w: [0.0; 2],
            b: 0.0,
            learning_rate,
            epochs: 0,
            samples,
        })
    }

    /// The probability of the positive class, σ(wᵀx + b), for scaled x.
    pub fn probability(&self, x: [f64; 2]) -> f64 {
        sigmoid(self.w[0] * x[0] + self.w[1] * x[1] + self.b)
    }

    /// The mean cross-entropy on the training points.
    pub fn loss(&self) -> f64 {
        self.loss_at(self.w, self.b)
    }

    /// The mean cross-entropy the weights (w, b) would have:
    /// L = (1/n) Σ [ln(1 + e^z) − y·z] with z = wᵀx + b, which is
    /// −(1/n) Σ [y ln σ(z) + (1 − y) ln(1 − σ(z))] without overflow. Over
    /// (w₁, w₂) at a fixed b this is the loss surface gradient descent
    /// walks down: convex, and on separable data with no minimum (it keeps
    /// falling as w grows along a separating direction).
    pub fn loss_at(&self, w: [f64; 2], b: f64) -> f64 {
        let n = self.samples.len().max(1) as f64;
        let total: f64 = (self.samples.iter())
            .map(|(x, y)| {
                let z = w[0] * x[0] + w[1] * x[1] + b;
                softplus(z) - y * z
            })
            .sum();
        total / n
    }

    /// One full-batch gradient step: w ← w − η ∂L/∂w, b ← b − η ∂L/∂b.
    pub fn step(&mut self) {
        let n = self.samples.len().max(1) as f64;
        let (mut gw, mut gb) = ([0.0; 2], 0.0);
        for (x, y) in &self.samples {
            let e = self.probability(*x) - y;
            gw[0] += e * x[0] / n;
            gw[1] += e * x[1] / n;
            gb += e / n;
        }
        self.w[0] -= self.learning_rate * gw[0];
        self.w[1] -= self.learning_rate * gw[1];
        self.b -= self.learning_rate * gb;
        self.epochs += 1;
    }

    /// Fraction of training points on the right side of p = 0.5.
    pub fn accuracy(&self) -> f64 {
        let right = (self.samples.iter())
            .filter(|(x, y)| (self.probability(*x) >= 0.5) == (*y == 1.0))
            .count();
        right as f64 / self.samples.len().max(1) as f64
    }

    /// The distance from the 0.5 contour to the closest training point,
    /// negative when some point is on the wrong side.
    pub fn margin(&self) -> Option<f64> {
        let (points, targets) = self.points_and_signs();
        super::geometric_margin(&points, &targets, self.w, self.b)
    }

    /// The training inputs and their targets as ±1.
    pub fn points_and_signs(&self) -> (Vec<[f64; 2]>, Vec<f64>) {
        self.samples.iter().map(|(x, y)| (*x, 2.0 * y - 1.0)).unzip()
    }

    /// p(x) on a `cols × rows` grid over the box, row 0 at the top
    /// (`y_max`), cell centres; for drawing the probability heatmap.
    pub fn grid(&self, x: [f64; 2], y: [f64; 2], cols: usize, rows: usize) -> Vec<f64> {
        let mut out = Vec::with_capacity(cols * rows);
        for r in 0..rows {
            let yv = y[1] - (r as f64 + 0.5) / rows as f64 * (y[1] - y[0]);
            for c in 0..cols {
                let xv = x[0] + (c as f64 + 0.5) / cols as f64 * (x[1] - x[0]);
                out.push(self.probability([xv, yv]));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labs::data::LabData;

    #[test]
    fn sigmoid_is_stable_and_symmetric() {
        assert_eq!(sigmoid(0.0), 0.5);
        assert!((sigmoid(2.0) + sigmoid(-2.0) - 1.0).abs() < 1e-15);
        assert_eq!(sigmoid(-1000.0), 0.0);
        assert_eq!(sigmoid(1000.0), 1.0);
        assert!((softplus(0.0) - 2f64.ln()).abs() < 1e-15);
        assert!((softplus(800.0) - 800.0).abs() < 1e-9);
    }

    #[test]
    fn first_step_matches_the_gradient_by_hand() {
        // AND with zero weights: every p = 0.5, so ∂L/∂w = ¼ Σ (0.5 − y) x
        // = ¼ [(0.5)(0,1) + (0.5)(1,0) + (−0.5)(1,1)] = (0, 0), and
        // ∂L/∂b = ¼ (0.5·3 − 0.5) = 0.25. With η = 2: b = −0.5, w = 0.
        let d = LabData::And.dataset().unwrap();
        let mut m = LogisticRegression::new(&d, 1, 2.0).unwrap();
        assert!((m.loss() - 2f64.ln()).abs() < 1e-12, "L = ln 2 at the start");
        m.step();
        assert_eq!(m.w, [0.0, 0.0]);
        assert!((m.b + 0.5).abs() < 1e-15);
    }

    #[test]
    fn on_separable_data_loss_falls_and_margin_grows() {
        let d = LabData::Blobs.dataset().unwrap();
        let mut m = LogisticRegression::new(&d, 1, 0.5).unwrap();
        let mut last_loss = m.loss();
        for _ in 0..50 {
            m.step();
            assert!(m.loss() < last_loss, "gradient descent lowers the loss");
            last_loss = m.loss();
        }
        assert_eq!(m.accuracy(), 1.0);
        let norm_early = m.w[0].hypot(m.w[1]);
        for _ in 0..2000 {
            m.step();
        }
        assert!(m.loss() < last_loss, "the loss keeps falling after no error is left");
        assert!(m.margin().unwrap() > 0.0, "the 0.5 contour separates the classes");
        assert!(m.w[0].hypot(m.w[1]) > norm_early, "‖w‖ keeps growing");
        let p = m.probability([0.0, 0.0]);
        assert!(p > 0.0 && p < 1.0);
    }

    #[test]
    fn only_two_class_data_with_points() {
        assert!(LogisticRegression::new(&LabData::IrisSpecies.dataset().unwrap(), 1, 0.1).is_none());
        assert!(LogisticRegression::new(&LabData::Custom.dataset().unwrap(), 1, 0.1).is_none());
        let m = LogisticRegression::new(&LabData::Xor.dataset().unwrap(), 1, 0.1).unwrap();
        let g = m.grid([0.0, 1.0], [0.0, 1.0], 3, 2);
        assert_eq!(g.len(), 6);
        assert!(g.iter().all(|&p| p == 0.5));
    }
}
