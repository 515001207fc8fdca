//! Seeded dataset generators: the classic 2-D toy problems (blobs, circle,
//! XOR quadrants, spirals, moons, a sine boundary), the three logic gates and
//! two regression surfaces.
//!
//! Every generator draws from one `StdRng` seeded with [`GenParams::seed`] and
//! nothing else, so a seed names a dataset: the same parameters always give
//! the same points, bit for bit, which makes experiments repeatable and
//! sessions small (they could store the recipe instead of the points).

use rand::SeedableRng;
use rand::rngs::StdRng;
use serde::{Deserialize, Serialize};

use super::gen_shapes as shapes;
use super::{DataError, Dataset, MAX_POINTS};
use crate::names::name_table;

/// A built-in dataset generator. Named on the command line, in the dataset
/// and in files by its lower-case [`name`](Generator::name).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Generator {
    /// K Gaussian blobs, linearly separable when the noise is low.
    Blobs,
    /// A disc (class 0) inside a ring (class 1): needs x1², x2² or a hidden layer.
    Circle,
    /// The XOR cloud: class 1 where x1·x2 < 0.
    Quadrants,
    /// K interleaved spiral arms, the classic hard case for small networks.
    Spiral,
    /// Two interleaving half circles.
    Moons,
    /// Class 1 above the curve x2 = sin x1.
    Sine,
    /// The AND gate on the four corners of the unit square.
    And,
    /// The OR gate on the four corners of the unit square.
    Or,
    /// The XOR gate on the four corners of the unit square (not linearly separable).
    Xor,
    /// Regression on a tilted plane, y = (x1 + x2) / 12.
    Plane,
    /// Regression on a sum of Gaussian bumps and dips.
    Gaussians,
}

name_table! {
    Generator {
        Blobs => "blobs";
        Circle => "circle";
        Quadrants => "quadrants";
        Spiral => "spiral";
        Moons => "moons";
        Sine => "sine";
        And => "and";
        Or => "or";
        Xor => "xor";
        Plane => "plane";
        Gaussians => "gaussians";
    }
}

impl Generator {
    /// Whether the points are a whole truth table (and, or, xor: the four
    /// rows (0,0), (0,1), (1,0), (1,1)) rather than a sample of a
    /// distribution. A truth table is trained on whole: holding rows out
    /// would leave a 2-point problem and test on rows the model never saw,
    /// which measures nothing (see [`Generator::test_ratio`]).
    pub fn is_truth_table(self) -> bool {
        matches!(self, Generator::And | Generator::Or | Generator::Xor)
    }

    /// The fraction of this generator's points to hold out for testing when
    /// `requested` is asked for: none for a [truth table](Self::is_truth_table),
    /// `requested` for every sampled dataset.
    pub fn test_ratio(self, requested: f64) -> f64 {
        if self.is_truth_table() { 0.0 } else { requested }
    }

    /// Whether the generator produces a real-valued target instead of classes.
    pub fn is_regression(self) -> bool {
        matches!(self, Generator::Plane | Generator::Gaussians)
    }

    /// The inclusive range of class counts the user may choose, or `None`
    /// when the generator has a fixed number of classes (or none) and
    /// ignores [`GenParams::classes`].
    pub fn class_range(self) -> Option<(usize, usize)> {
        match self {
            Generator::Blobs | Generator::Spiral => Some((2, 6)),
            _ => None,
        }
    }

    /// A sensible number of points: the four corners for the gates, 400
    /// (enough to see the shape, few enough to train live) for the rest.
    pub fn default_points(self) -> usize {
        if self.is_truth_table() { 4 } else { 400 }
    }
}

/// What to generate: how many points, how noisy, how many classes, which seed.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GenParams {
    /// Number of points, `1..=MAX_POINTS` (the gates always give 4).
    pub points: usize,
    /// Noise level in `0..=1`; each generator scales it to its own units
    /// (the standard deviation of the jitter it adds).
    pub noise: f64,
    /// Number of classes, used only where [`Generator::class_range`] allows a choice.
    pub classes: usize,
    /// Seed of the random number generator: same seed, same dataset.
    pub seed: u64,
}

impl Default for GenParams {
    /// 400 points, noise 0.1, 2 classes, seed 1.
    fn default() -> Self {
        Self {
            points: 400,
            noise: 0.1,
            classes: 2,
            seed: 1,
        }
    }
}

/// Generates the dataset `g` with parameters `p`.
///
/// Points are returned in generation order, all marked as training points
/// (`test: false`): splitting is the caller's job. Classification datasets
/// name their classes "0".."K-1" and their axes "x1", "x2".
///
/// # Errors
/// [`DataError::PointCount`] if `points` is 0 or above [`MAX_POINTS`],
/// [`DataError::Noise`] if `noise` is not a finite number in `0..=1`,
/// [`DataError::ClassCount`] if `classes` is outside [`Generator::class_range`].
pub fn generate(g: Generator, p: &GenParams) -> Result<Dataset, DataError> {
    check_params(g, p)?;
    let mut rng = StdRng::seed_from_u64(p.seed);
    let n = p.points;
    let noise = p.noise;
    let classes = match g {
        Generator::Blobs | Generator::Spiral => p.classes,
        Generator::Plane | Generator::Gaussians => 0,
        _ => 2,
    };
    let mut data = if g.is_regression() {
        Dataset::new_regression(g.name())
    } else {
        Dataset::new_classification(g.name(), classes)
    };
    data.points = match g {
        Generator::Blobs => shapes::blobs(&mut rng, n, classes, noise),
        Generator::Circle => shapes::circle(&mut rng, n, noise),
        Generator::Quadrants => shapes::quadrants(&mut rng, n, noise),
        Generator::Spiral => shapes::spiral(&mut rng, n, classes, noise),
        Generator::Moons => shapes::moons(&mut rng, n, noise),
        Generator::Sine => shapes::sine(&mut rng, n, noise),
        Generator::And => shapes::gate(|a, b| a && b),
        Generator::Or => shapes::gate(|a, b| a || b),
        Generator::Xor => shapes::gate(|a, b| a != b),
        Generator::Plane => shapes::plane(&mut rng, n, noise),
        Generator::Gaussians => shapes::gaussians(&mut rng, n, noise),
    };
    data.generator = Some(g);
    // A truth table depends on nothing the parameters say.
    data.gen_params = (!g.is_truth_table()).then_some(*p);
    Ok(data)
}

/// Rejects parameters no generator can honour, with the value and the
/// range allowed.
fn check_params(g: Generator, p: &GenParams) -> Result<(), DataError> {
    if p.points == 0 || p.points > MAX_POINTS {
        return Err(DataError::PointCount {
            found: p.points,
            max: MAX_POINTS,
        });
    }
    if !p.noise.is_finite() || !(0.0..=1.0).contains(&p.noise) {
        return Err(DataError::Noise { value: p.noise });
    }
    if let Some((lo, hi)) = g.class_range()
        && !(lo..=hi).contains(&p.classes)
    {
        return Err(DataError::ClassCount {
            generator: g,
            found: p.classes,
            min: lo,
            max: hi,
        });
    }
    Ok(())
}

#[cfg(test)]
#[path = "generators_tests.rs"]
mod tests;
