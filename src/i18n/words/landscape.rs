//! The loss landscape's typed reasons in words, for the window and the
//! command line alike.

use std::fmt;

use crate::tr;
use crate::train::landscape::{Directions, Fallback, LandscapeError};

impl fmt::Display for LandscapeError {
    /// Why the landscape could not be computed, in the current language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            LandscapeError::BadSize(n) => tr!("landscape-error-size", size = *n),
            LandscapeError::BadSpan(s) => tr!("landscape-error-span", span = s.to_string()),
            LandscapeError::NoTrainingPoints => tr!("landscape-error-no-training-points"),
            LandscapeError::Cancelled => tr!("landscape-cancelled"),
        })
    }
}

/// Why random directions replaced the principal components.
pub fn fallback_text(f: Fallback) -> String {
    match f {
        Fallback::NoCheckpoints => tr!("landscape-fallback-no-checkpoints"),
        Fallback::FlatPath => tr!("landscape-fallback-flat-path"),
    }
}

/// The name of a choice of directions, in the current language.
pub fn directions_label(d: Directions) -> String {
    match d {
        Directions::Pca => tr!("landscape-directions-pca"),
        Directions::Random => tr!("landscape-directions-random"),
    }
}
