//! CSV export (placeholder: being written).

use std::path::Path;

use super::{DataError, Dataset};

/// The dataset as CSV text.
pub fn to_csv_string(_d: &Dataset) -> String {
    String::new()
}

/// Writes the dataset as CSV, atomically.
pub fn write_csv(_d: &Dataset, _path: &Path) -> Result<(), DataError> {
    Ok(())
}
