//! The leaky integrate-and-fire model's refusals in words (its `Display`),
//! in the current language: the command line prints them after the flag.

use std::fmt;

use crate::nn::lif::{LifError, LifValue};
use crate::tr;

/// Which value, in words.
fn value_name(what: LifValue) -> String {
    match what {
        LifValue::Current => tr!("lif-value-current"),
        LifValue::Tau => tr!("lif-value-tau"),
        LifValue::Threshold => tr!("lif-value-threshold"),
        LifValue::Refractory => tr!("lif-value-refractory"),
        LifValue::Duration => tr!("lif-value-duration"),
    }
}

impl fmt::Display for LifError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match *self {
            LifError::NotFinite { what, value } => tr!(
                "lif-error-not-finite",
                what = value_name(what),
                value = value.to_string()
            ),
            LifError::TauNotPositive { value } => tr!("lif-error-tau", value = value.to_string()),
            LifError::ThresholdNotAboveRest { value } => tr!("lif-error-threshold", value = value.to_string()),
            LifError::NegativeRefractory { value } => tr!("lif-error-refractory", value = value.to_string()),
            LifError::DurationOutOfRange { value, limit_ms } => tr!(
                "lif-error-duration",
                value = value.to_string(),
                limit = limit_ms.to_string()
            ),
            LifError::TooManySpikes { current, limit } => tr!(
                "lif-error-too-many-spikes",
                value = current.to_string(),
                limit = limit.to_string()
            ),
        };
        f.write_str(&text)
    }
}
