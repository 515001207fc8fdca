//! The window's own reasons below its messages: a stored setting it had
//! to fix, a picture it could not save.

use std::fmt;

use super::data::io_reason;
use crate::nn::ConfigError;
use crate::tr;

/// A stored setting that was out of range, and what it became.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum SettingsFix {
    /// The boundary image's cells per side.
    GridResolution {
        /// The stored value.
        found: usize,
        /// The value used.
        used: usize,
        /// Fewest allowed.
        min: usize,
        /// Most allowed.
        max: usize,
    },
    /// The training speed, brought within the speed control's range.
    Pace,
    /// Training settings outside their limits: the defaults are used.
    Config(ConfigError),
}

/// Why a plot's picture was not saved.
#[derive(Debug)]
#[non_exhaustive]
pub enum ImageFailure {
    /// The screenshot did not have the plot's size.
    WrongSize,
    /// The PNG encoder failed (its own words).
    Encode(String),
    /// The file could not be written.
    Write(std::io::Error),
}

impl fmt::Display for SettingsFix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            SettingsFix::GridResolution { found, used, min, max } => tr!(
                "settings-fix-grid",
                found = *found,
                used = *used,
                min = *min,
                max = *max
            ),
            SettingsFix::Pace => tr!("settings-fix-pace"),
            SettingsFix::Config(e) => tr!("settings-fix-config", reason = e.to_string()),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for ImageFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ImageFailure::WrongSize => tr!("files-screenshot-size"),
            ImageFailure::Encode(detail) => detail.clone(),
            ImageFailure::Write(e) => io_reason(e),
        };
        f.write_str(&text)
    }
}
