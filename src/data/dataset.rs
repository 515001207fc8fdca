//! The dataset: labelled points in the plane, their train/test split and the
//! optional standardization that maps raw coordinates to network inputs.

use serde::{Deserialize, Serialize};

use super::split::SplitOrder;
use super::{DataError, GenParams, Generator, PointProblem};

/// Most classes a classification dataset may have. More would make the
/// colour legend unreadable and usually means the wrong column was chosen.
pub const MAX_CLASSES: usize = 16;
/// Most points a dataset may hold (a 1,000,000-row CSV must load).
pub const MAX_POINTS: usize = 5_000_000;
/// Largest magnitude accepted for a coordinate or target. Beyond it the
/// network's `f32` features (x², x1·x2) would overflow or lose all precision.
pub const MAX_ABS_VALUE: f64 = 1e15;

/// One labelled point in the plane.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// The two input coordinates (x1, x2), in the data's own units.
    pub x: [f64; 2],
    /// Class index `0..K` for classification (stored exactly as a float),
    /// the target value for regression.
    pub y: f64,
    /// Held out for testing: never used to train.
    #[serde(default)]
    pub test: bool,
}

impl Point {
    /// A training point.
    pub fn new(x1: f64, x2: f64, y: f64) -> Self {
        Self {
            x: [x1, x2],
            y,
            test: false,
        }
    }

    /// The class index of a classification point.
    pub fn class(&self) -> usize {
        self.y as usize
    }
}

/// What the network learns to predict.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Task {
    /// One of K ≥ 2 classes, each with a display name.
    Classification {
        /// Name of each class, indexed by class number.
        class_names: Vec<String>,
    },
    /// A real-valued target.
    Regression,
}

/// Per-coordinate standardization z = (x − mean) / std, fitted on the data
/// once and stored, so that points added later map the same way.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Standardization {
    /// Mean of each coordinate.
    pub mean: [f64; 2],
    /// Standard deviation of each coordinate (1 where the column is constant).
    pub std: [f64; 2],
}

impl Standardization {
    /// Fits mean and population standard deviation to `points`.
    pub fn fit(points: &[Point]) -> Self {
        let n = points.len().max(1) as f64;
        let mut mean = [0.0; 2];
        for p in points {
            mean[0] += p.x[0] / n;
            mean[1] += p.x[1] / n;
        }
        let mut var = [0.0; 2];
        for p in points {
            var[0] += (p.x[0] - mean[0]).powi(2) / n;
            var[1] += (p.x[1] - mean[1]).powi(2) / n;
        }
        let std = var.map(|v| {
            let s = v.sqrt();
            if s.is_finite() && s > 0.0 { s } else { 1.0 }
        });
        Self { mean, std }
    }

    /// Maps raw coordinates to standardized ones.
    pub fn apply(&self, x: [f64; 2]) -> [f64; 2] {
        [(x[0] - self.mean[0]) / self.std[0], (x[1] - self.mean[1]) / self.std[1]]
    }
}

/// Labelled points in the plane, ready to train on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Where the data came from ("spiral", a file name…).
    pub name: String,
    /// Classification (with class names) or regression.
    pub task: Task,
    /// Names of the two coordinates, e.g. `["petal_length", "petal_width"]`.
    pub axis_names: [String; 2],
    /// The points, in their original order.
    pub points: Vec<Point>,
    /// Standardization applied before the network sees a point (`None`: raw).
    #[serde(default)]
    pub scaling: Option<Standardization>,
    /// The generator that drew the data (`None`: a file, a lab or the
    /// user's own points). Generator settings mean something only then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generator: Option<Generator>,
    /// The generator's settings (points, noise, classes, seed), so a window
    /// that opens the data regenerates the same kind (absent in older files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gen_params: Option<GenParams>,
}

impl Dataset {
    /// An empty classification dataset with classes named "0".."K-1".
    pub fn new_classification(name: &str, classes: usize) -> Self {
        Self {
            name: name.to_string(),
            task: Task::Classification {
                class_names: (0..classes).map(|k| k.to_string()).collect(),
            },
            axis_names: ["x1".to_string(), "x2".to_string()],
            points: Vec::new(),
            scaling: None,
            generator: None,
            gen_params: None,
        }
    }

    /// An empty regression dataset.
    pub fn new_regression(name: &str) -> Self {
        Self {
            name: name.to_string(),
            task: Task::Regression,
            axis_names: ["x1".to_string(), "x2".to_string()],
            points: Vec::new(),
            scaling: None,
            generator: None,
            gen_params: None,
        }
    }

    /// Number of classes (0 for regression).
    pub fn num_classes(&self) -> usize {
        match &self.task {
            Task::Classification { class_names } => class_names.len(),
            Task::Regression => 0,
        }
    }

    /// Class names (empty for regression).
    pub fn class_names(&self) -> &[String] {
        match &self.task {
            Task::Classification { class_names } => class_names,
            Task::Regression => &[],
        }
    }

    /// Whether this is a classification dataset.
    pub fn is_classification(&self) -> bool {
        matches!(self.task, Task::Classification { .. })
    }

    /// Index of the class called `name`, if there is one.
    pub fn class_index(&self, name: &str) -> Option<usize> {
        self.class_names().iter().position(|c| c == name)
    }

    /// The coordinates the network sees for raw point `x` (standardized if
    /// the dataset carries a scaling).
    pub fn scaled(&self, x: [f64; 2]) -> [f64; 2] {
        match &self.scaling {
            Some(s) => s.apply(x),
            None => x,
        }
    }

    /// Fits and stores a standardization of the current points.
    pub fn standardize(&mut self) {
        self.scaling = Some(Standardization::fit(&self.points));
    }

    /// Training points (not held out).
    pub fn train_points(&self) -> impl Iterator<Item = &Point> {
        self.points.iter().filter(|p| !p.test)
    }

    /// Held-out test points.
    pub fn test_points(&self) -> impl Iterator<Item = &Point> {
        self.points.iter().filter(|p| p.test)
    }

    /// Marks about `ratio · n` points, chosen by a seeded shuffle, as test
    /// points and the rest as training points. Classification data is split
    /// per class (stratified), so every class keeps its share in both sets
    /// and small datasets do not lose a class from the test set by chance.
    /// The same seed gives the same split.
    pub fn assign_split(&mut self, test_ratio: f64, seed: u64) {
        let flags = SplitOrder::new(self, seed).test_flags(test_ratio);
        for (p, test) in self.points.iter_mut().zip(flags) {
            p.test = test;
        }
    }

    /// Bytes the dataset keeps in memory: its points and names.
    pub fn bytes(&self) -> usize {
        let names: usize = self
            .class_names()
            .iter()
            .chain(&self.axis_names)
            .map(String::capacity)
            .sum();
        std::mem::size_of::<Dataset>()
            + self.points.capacity() * std::mem::size_of::<Point>()
            + names
            + self.name.capacity()
    }

    /// Checks the invariants every consumer relies on: class labels in
    /// range, 2..=16 classes, finite coordinates within ±1e15, not too many
    /// points.
    pub fn validate(&self) -> Result<(), DataError> {
        // A zero spread would turn every input infinite.
        if let Some(Standardization { mean, std }) = self.scaling
            && !(mean.iter().all(|m| m.is_finite()) && std.iter().all(|d| d.is_finite() && *d > 0.0))
        {
            return Err(DataError::BadScaling { mean, std });
        }
        if self.points.len() > MAX_POINTS {
            return Err(DataError::TooManyPoints {
                found: self.points.len(),
                limit: MAX_POINTS,
            });
        }
        if let Task::Classification { class_names } = &self.task {
            if class_names.len() > MAX_CLASSES {
                return Err(DataError::TooManyClasses {
                    found: class_names.len(),
                    limit: MAX_CLASSES,
                });
            }
            if class_names.len() < 2 {
                return Err(DataError::TooFewClasses {
                    found: class_names.len(),
                });
            }
        }
        let k = self.num_classes();
        for (i, p) in self.points.iter().enumerate() {
            for v in [p.x[0], p.x[1], p.y] {
                if !v.is_finite() || v.abs() > MAX_ABS_VALUE {
                    return Err(DataError::BadPoint {
                        index: i,
                        problem: PointProblem::NotFinite { value: v },
                    });
                }
            }
            if self.is_classification() && (p.y < 0.0 || p.y.fract() != 0.0 || p.class() >= k) {
                return Err(DataError::BadPoint {
                    index: i,
                    problem: PointProblem::NotAClass { label: p.y, classes: k },
                });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Dataset {
        let mut d = Dataset::new_classification("t", 2);
        for i in 0..100 {
            d.points.push(Point::new(i as f64, -(i as f64), (i % 2) as f64));
        }
        d
    }

    #[test]
    fn split_is_seeded_and_sized() {
        let mut a = sample();
        let mut b = sample();
        a.assign_split(0.3, 7);
        b.assign_split(0.3, 7);
        assert_eq!(a, b);
        assert_eq!(a.test_points().count(), 30);
        // Stratified: each of the two classes gives 15 test points.
        assert_eq!(a.test_points().filter(|p| p.class() == 0).count(), 15);
        b.assign_split(0.3, 8);
        assert_ne!(a, b);
    }

    #[test]
    fn a_stored_standardization_that_cannot_scale_is_refused() {
        let mut d = sample();
        d.standardize();
        assert!(d.validate().is_ok());
        for std in [[0.0, 1.0], [1.0, f64::NAN], [-1.0, 1.0]] {
            d.scaling = Some(Standardization { mean: [0.0; 2], std });
            assert!(
                matches!(d.validate(), Err(DataError::BadScaling { .. })),
                "spread {std:?}"
            );
        }
        d.scaling = Some(Standardization {
            mean: [f64::INFINITY, 0.0],
            std: [1.0; 2],
        });
        assert!(d.validate().is_err(), "an infinite mean");
    }

    #[test]
    fn standardization_gives_zero_mean_unit_variance() {
        let d = sample();
        let s = Standardization::fit(&d.points);
        let z: Vec<[f64; 2]> = d.points.iter().map(|p| s.apply(p.x)).collect();
        let mean: f64 = z.iter().map(|v| v[0]).sum::<f64>() / z.len() as f64;
        let var: f64 = z.iter().map(|v| v[0] * v[0]).sum::<f64>() / z.len() as f64;
        assert!(mean.abs() < 1e-12);
        assert!((var - 1.0).abs() < 1e-12);
    }

    #[test]
    fn validate_rejects_bad_labels_and_values() {
        let mut d = sample();
        assert!(d.validate().is_ok());
        d.points[3].y = 2.0;
        assert!(matches!(d.validate(), Err(DataError::BadPoint { index: 3, .. })));
        d.points[3].y = 1.0;
        d.points[5].x[0] = f64::NAN;
        assert!(matches!(d.validate(), Err(DataError::BadPoint { index: 5, .. })));
    }
}
