//! Input features: the transforms of (x1, x2) the network is fed, as in
//! TensorFlow Playground. With x1² and x2² a single neuron can draw a circle.

use nalgebra::DMatrix;
use serde::{Deserialize, Serialize};

use super::Dataset;

/// One input feature computed from a point's (standardized) coordinates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

impl Feature {
    /// All features in canonical order.
    pub const ALL: [Feature; 7] = [
        Feature::X1,
        Feature::X2,
        Feature::X1Squared,
        Feature::X2Squared,
        Feature::X1X2,
        Feature::SinX1,
        Feature::SinX2,
    ];

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

    /// The name used on the command line (`--features x1,x2,x1^2`).
    pub fn cli_name(self) -> &'static str {
        match self {
            Feature::X1 => "x1",
            Feature::X2 => "x2",
            Feature::X1Squared => "x1^2",
            Feature::X2Squared => "x2^2",
            Feature::X1X2 => "x1*x2",
            Feature::SinX1 => "sin(x1)",
            Feature::SinX2 => "sin(x2)",
        }
    }

    /// The name shown in the UI, with proper symbols.
    pub fn label(self) -> &'static str {
        match self {
            Feature::X1 => "x₁",
            Feature::X2 => "x₂",
            Feature::X1Squared => "x₁²",
            Feature::X2Squared => "x₂²",
            Feature::X1X2 => "x₁·x₂",
            Feature::SinX1 => "sin x₁",
            Feature::SinX2 => "sin x₂",
        }
    }

    /// Parses a command-line name; accepts a few spellings (`x1^2`, `x1sq`,
    /// `x1x2`, `sinx1`…).
    pub fn parse(name: &str) -> Option<Feature> {
        let n: String = name
            .trim()
            .to_ascii_lowercase()
            .chars()
            .filter(|c| !"()_ ".contains(*c))
            .collect();
        Some(match n.as_str() {
            "x1" => Feature::X1,
            "x2" => Feature::X2,
            "x1^2" | "x1sq" | "x1²" | "x1x1" | "x1*x1" => Feature::X1Squared,
            "x2^2" | "x2sq" | "x2²" | "x2x2" | "x2*x2" => Feature::X2Squared,
            "x1*x2" | "x1x2" | "x1·x2" => Feature::X1X2,
            "sinx1" | "sin" => Feature::SinX1,
            "sinx2" => Feature::SinX2,
            _ => return None,
        })
    }
}

/// Parses a comma-separated feature list such as `x1,x2,x1^2`.
pub fn parse_feature_list(list: &str) -> Result<Vec<Feature>, String> {
    let mut out = Vec::new();
    for part in list.split(',').filter(|s| !s.trim().is_empty()) {
        let f = Feature::parse(part).ok_or_else(|| {
            let known: Vec<&str> = Feature::ALL.iter().map(|f| f.cli_name()).collect();
            format!("unknown feature \"{}\" (known: {})", part.trim(), known.join(", "))
        })?;
        if !out.contains(&f) {
            out.push(f);
        }
    }
    if out.is_empty() {
        return Err("at least one input feature is needed".to_string());
    }
    out.sort();
    Ok(out)
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
    let rows: Vec<&super::Point> = dataset.points.iter().filter(|p| keep(p)).collect();
    let mut inputs = DMatrix::<f32>::zeros(rows.len(), features.len());
    let mut row = vec![0.0f32; features.len()];
    for (i, p) in rows.iter().enumerate() {
        feature_row(features, dataset.scaled(p.x), &mut row);
        for (j, v) in row.iter().enumerate() {
            inputs[(i, j)] = *v;
        }
    }
    let targets = rows.iter().map(|p| p.y as f32).collect();
    Design { inputs, targets }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lists_in_canonical_order() {
        let f = parse_feature_list("x1*x2, x2, x1^2,x1").unwrap();
        assert_eq!(f, vec![Feature::X1, Feature::X2, Feature::X1Squared, Feature::X1X2]);
        assert!(parse_feature_list("x3").unwrap_err().contains("x3"));
        assert!(parse_feature_list("").is_err());
    }

    #[test]
    fn every_cli_name_round_trips() {
        for f in Feature::ALL {
            assert_eq!(Feature::parse(f.cli_name()), Some(f));
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
