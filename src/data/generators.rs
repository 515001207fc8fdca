//! Seeded dataset generators (placeholder: being written).

use super::{DataError, Dataset};

/// A built-in dataset generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Generator {
    /// Two Gaussian blobs.
    Blobs,
}

/// Generator parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GenParams {
    /// Number of points.
    pub points: usize,
    /// Noise level in 0..=1.
    pub noise: f64,
    /// Number of classes, where the generator allows a choice.
    pub classes: usize,
    /// RNG seed.
    pub seed: u64,
}

/// Generates a dataset.
pub fn generate(_g: Generator, _p: &GenParams) -> Result<Dataset, DataError> {
    Err(DataError::Invalid("not yet".into()))
}
