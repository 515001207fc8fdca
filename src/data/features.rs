//! Input features: the transforms of (x1, x2) the network is fed, as in
//! TensorFlow Playground. With x1² and x2² a single neuron can draw a circle.

use nalgebra::DMatrix;

use super::Dataset;
use crate::names::name_table;

/// One input feature computed from a point's (standardized) coordinates.
/// Sorted (the network's input order) by declaration order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Feature {
    /// x1
    X1,
    /// x2
    X2,
    /// x1²
    X1Squared,
    /// x2²
    X2Squared,
    /// x1·x2
    X1X2,
    /// sin x1
    SinX1,
    /// sin x2
    SinX2,
}

// The command line writes `x1^2`, files `x1_squared`, the window `x₁²`.
name_table! {
    Feature {
        X1 => "x1", label "x₁";
        X2 => "x2", label "x₂";
        X1Squared => "x1^2", file "x1_squared", label "x₁²", aliases ["x1sq", "x1_sq", "x1²", "x1x1", "x1*x1"];
        X2Squared => "x2^2", file "x2_squared", label "x₂²", aliases ["x2sq", "x2_sq", "x2²", "x2x2", "x2*x2"];
        X1X2 => "x1*x2", file "x1_x2", label "x₁·x₂", aliases ["x1x2", "x1·x2"];
        SinX1 => "sin(x1)", file "sin_x1", label "sin x₁", aliases ["sinx1", "sin x1", "sin"];
        SinX2 => "sin(x2)", file "sin_x2", label "sin x₂", aliases ["sinx2", "sin x2"];
    }
}

impl Feature {
    /// The feature's value at (standardized) coordinates `x`.
    pub fn eval(self, x: [f64; 2]) -> f64 {
        match self {
            Feature::X1 => x[0],
            Feature::X2 => x[1],
            Feature::X1Squared => x[0] * x[0],
            Feature::X2Squared => x[1] * x[1],
            Feature::X1X2 => x[0] * x[1],
            Feature::SinX1 => x[0].sin(),
            Feature::SinX2 => x[1].sin(),
        }
    }
}

/// The features in the network's input order (declaration order), each
/// once: `x1*x2, x2, x1^2, x1, x2` gives `x1, x2, x1^2, x1*x2`.
pub fn canonical_features(list: &[Feature]) -> Vec<Feature> {
    let mut out = list.to_vec();
    out.sort();
    out.dedup();
    out
}

/// Writes the features of one standardized point into `out` (one per feature).
pub fn feature_row(features: &[Feature], x: [f64; 2], out: &mut [f32]) {
    for (o, f) in out.iter_mut().zip(features) {
        *o = f.eval(x) as f32;
    }
}

/// The network inputs and targets of a set of points: a batch-major matrix
/// `X` (one row per point, one column per feature) and the targets `y`.
#[derive(Clone, Debug, PartialEq)]
pub struct Design {
    /// Inputs, `n × features`.
    pub inputs: DMatrix<f32>,
    /// Targets: class index or regression value, one per row.
    pub targets: Vec<f32>,
}

impl Design {
    /// Number of rows.
    pub fn len(&self) -> usize {
        self.targets.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }
}

/// Builds the design matrix of the training (`test == false`) or test points
/// of `dataset`, through its scaling and the chosen features.
pub fn design(dataset: &Dataset, features: &[Feature], test: bool) -> Design {
    design_where(dataset, features, |p| p.test == test)
}

/// The design matrix of the points of `dataset` that `keep` accepts, in
/// dataset order (e.g. every point, for per-point predictions).
pub fn design_where(dataset: &Dataset, features: &[Feature], keep: impl Fn(&super::Point) -> bool) -> Design {
    let mut d = Design {
        inputs: DMatrix::zeros(0, features.len()),
        targets: Vec::new(),
    };
    d.refill(dataset, features, keep);
    d
}

impl Design {
    /// Rebuilds the design from the points of `dataset` that `keep`
    /// accepts, reusing its buffers: a split slider dragged across a
    /// million points rebuilds it many times a second, and fresh buffers
    /// each time would fragment the heap.
    pub fn refill(&mut self, dataset: &Dataset, features: &[Feature], keep: impl Fn(&super::Point) -> bool) {
        let rows = dataset.points.iter().filter(|p| keep(p)).count();
        let cols = features.len();
        let old = std::mem::replace(&mut self.inputs, DMatrix::zeros(0, cols));
        let mut data: Vec<f32> = old.data.into();
        data.clear();
        data.resize(rows * cols, 0.0);
        self.targets.clear();
        let mut row = vec![0.0f32; cols];
        for (i, p) in dataset.points.iter().filter(|p| keep(p)).enumerate() {
            feature_row(features, dataset.scaled(p.x), &mut row);
            // Column-major: column j of row i is at j·rows + i.
            for (j, v) in row.iter().enumerate() {
                data[j * rows + i] = *v;
            }
            self.targets.push(p.y as f32);
        }
        self.inputs = DMatrix::from_vec(rows, cols, data);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_come_in_canonical_order() {
        use Feature::*;
        let names = ["x1*x2", " x2", "x1^2", "X1", "x2"];
        let parsed: Vec<Feature> = names.iter().filter_map(|n| Feature::from_name(n)).collect();
        assert_eq!(parsed.len(), names.len());
        assert_eq!(canonical_features(&parsed), vec![X1, X2, X1Squared, X1X2]);
        assert_eq!(Feature::from_name("x3"), None);
    }

    #[test]
    fn every_name_and_old_spelling_parses() {
        for f in Feature::ALL {
            assert_eq!(Feature::from_name(f.name()), Some(f));
        }
        // Spellings the hand-written parser accepted, and the file names.
        let old = [
            ("x1sq", Feature::X1Squared),
            ("x2²", Feature::X2Squared),
            ("x1x2", Feature::X1X2),
            ("x1_x2", Feature::X1X2),
            ("sin", Feature::SinX1),
            ("sinx2", Feature::SinX2),
            ("sin_x1", Feature::SinX1),
        ];
        for (text, f) in old {
            assert_eq!(Feature::from_name(text), Some(f), "{text}");
        }
    }

    #[test]
    fn evaluates_transforms() {
        let x = [2.0, -3.0];
        let v: Vec<f64> = Feature::ALL.iter().map(|f| f.eval(x)).collect();
        assert_eq!(&v[..5], &[2.0, -3.0, 4.0, 9.0, -6.0]);
        assert!((v[5] - 2f64.sin()).abs() < 1e-15);
    }
}
