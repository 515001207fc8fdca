//! The labs' state machines: plain Rust, no UI. The desktop app draws them
//! (see `app::labs`) and sends them commands; everything here is unit-tested.
//!
//! - [`neuron`]: a leaky integrate-and-fire neuron driven by spiking
//!   inputs; coincidence read as a McCulloch–Pitts neuron; Hebb's rule.
//! - [`logic_lab`]: McCulloch–Pitts networks with toggled inputs, a live
//!   truth table and a user-set target column.
//! - [`perceptron_lab`]: the perceptron rule one sample at a time, with the
//!   update table, the previous boundary and the verdict (converged, or no
//!   straight line separates the data).
//! - [`logistic`]: binary logistic regression trained by gradient descent.
//! - [`compare`]: the perceptron and logistic regression on the same data.
//! - [`weight_path`]: the perceptron's path through weight space and the
//!   samples it has seen (the weight-space view).
//! - [`data`]: the lab datasets (logic gates, blobs, iris petals).
//! - [`notes`]: the concept notes shown beside the labs.

pub mod compare;
pub mod data;
pub mod logic_lab;
pub mod logistic;
pub mod neuron;
pub mod notes;
pub mod perceptron_lab;
pub mod weight_path;

use serde::{Deserialize, Serialize};

/// The window's tabs: the network view and one per lab. Lesson files name
/// them (`tab = "perceptron"`), the settings remember the open one, and the
/// window lists a panel for each lab; adding a lab adds a variant here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tab {
    /// The MLP playground: controls, loss, decision boundary.
    #[default]
    Network,
    /// A biological neuron that fires (leaky integrate-and-fire).
    Neuron,
    /// McCulloch–Pitts logic neurons.
    Logic,
    /// The perceptron rule step by step.
    Perceptron,
    /// Perceptron versus logistic regression.
    Compare,
}

impl Tab {
    /// Every tab, in the order shown.
    pub const ALL: [Tab; 5] = [Tab::Network, Tab::Neuron, Tab::Logic, Tab::Perceptron, Tab::Compare];
}

/// Where the line w₁x₁ + w₂x₂ + b = 0 crosses the box
/// `[x_min, x_max] × [y_min, y_max]`: its two end points, or `None` when
/// w = 0 (no line) or the line misses the box. Used to draw boundaries.
pub fn line_in_box(w: [f64; 2], b: f64, x: [f64; 2], y: [f64; 2]) -> Option<[[f64; 2]; 2]> {
    let mut hits: Vec<[f64; 2]> = Vec::new();
    let eps = 1e-12;
    if w[1].abs() > eps {
        for xv in x {
            let yv = -(w[0] * xv + b) / w[1];
            if yv >= y[0] - eps && yv <= y[1] + eps {
                hits.push([xv, yv]);
            }
        }
    }
    if w[0].abs() > eps {
        for yv in y {
            let xv = -(w[1] * yv + b) / w[0];
            if xv >= x[0] - eps && xv <= x[1] + eps {
                hits.push([xv, yv]);
            }
        }
    }
    let first = *hits.first()?;
    let far = hits
        .iter()
        .copied()
        .max_by(|a, c| dist2(first, *a).total_cmp(&dist2(first, *c)))?;
    (dist2(first, far) > 0.0 && far.iter().chain(&first).all(|v| v.is_finite())).then_some([first, far])
}

/// Squared distance between two points.
fn dist2(a: [f64; 2], b: [f64; 2]) -> f64 {
    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)
}

/// The geometric margin of the line wᵀx + b = 0 on points with targets
/// tᵢ = ±1: minᵢ tᵢ(wᵀxᵢ + b)/‖w‖, the distance from the line to the
/// closest point, negative when some point is on the wrong side. `None`
/// when w = 0 or there are no points.
pub fn geometric_margin(points: &[[f64; 2]], targets_pm1: &[f64], w: [f64; 2], b: f64) -> Option<f64> {
    let norm = (w[0] * w[0] + w[1] * w[1]).sqrt();
    if !(norm > 0.0 && norm.is_finite()) || points.is_empty() {
        return None;
    }
    points
        .iter()
        .zip(targets_pm1)
        .map(|(x, t)| t * (w[0] * x[0] + w[1] * x[1] + b) / norm)
        .min_by(f64::total_cmp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_in_box_clips_and_handles_axis_parallel_lines() {
        // x1 + x2 − 1 = 0 in the unit square: from (0, 1) to (1, 0).
        let [p, q] = line_in_box([1.0, 1.0], -1.0, [0.0, 1.0], [0.0, 1.0]).unwrap();
        let mut ends = [p, q];
        ends.sort_by(|a, c| a[0].total_cmp(&c[0]));
        assert_eq!(ends, [[0.0, 1.0], [1.0, 0.0]]);
        // x1 = 0.5: vertical.
        let [p, q] = line_in_box([2.0, 0.0], -1.0, [0.0, 1.0], [-2.0, 2.0]).unwrap();
        assert_eq!((p[0], q[0]), (0.5, 0.5));
        assert_eq!((p[1] - q[1]).abs(), 4.0);
        assert_eq!(line_in_box([0.0, 0.0], 1.0, [0.0, 1.0], [0.0, 1.0]), None);
        assert_eq!(line_in_box([1.0, 0.0], -5.0, [0.0, 1.0], [0.0, 1.0]), None);
    }

    #[test]
    fn geometric_margin_is_the_distance_to_the_closest_point() {
        let pts = [[2.0, 0.0], [-1.0, 0.0]];
        let t = [1.0, -1.0];
        // Line x1 = 0 scaled by 3: distances 2 and 1, margin 1.
        assert_eq!(geometric_margin(&pts, &t, [3.0, 0.0], 0.0), Some(1.0));
        assert_eq!(geometric_margin(&pts, &t, [-1.0, 0.0], 0.0), Some(-2.0));
        assert_eq!(geometric_margin(&pts, &t, [0.0, 0.0], 1.0), None);
    }
}
