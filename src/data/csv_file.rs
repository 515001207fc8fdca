//! Reading a CSV file from disk, refusing files too large to be a dataset
//! nnlab can hold before reading a byte of them.

use std::path::Path;

use super::csv_import::parse_named;
use super::{CsvOptions, DataError, Dataset};
use crate::fsutil::{ReadLimitedError, read_limited};

/// Largest CSV file read (5 million points take about 150 MB of text).
pub const MAX_CSV_BYTES: u64 = 1 << 30;

/// Reads a whole file that should hold CSV text.
///
/// # Errors
/// [`DataError::Io`] if it cannot be read, [`DataError::FileTooLarge`]
/// above [`MAX_CSV_BYTES`].
pub fn read_csv_bytes(path: &Path) -> Result<Vec<u8>, DataError> {
    read_limited(path, MAX_CSV_BYTES).map_err(|e| match e {
        ReadLimitedError::Io(source) => DataError::Io {
            path: path.to_path_buf(),
            source,
        },
        ReadLimitedError::TooLarge(bytes) => DataError::FileTooLarge {
            bytes,
            limit: MAX_CSV_BYTES,
        },
    })
}

/// Reads the CSV file at `path`; the dataset is named after the file stem.
///
/// # Errors
/// As [`read_csv_bytes`], then as [`parse_csv`](super::parse_csv).
pub fn read_csv(path: &Path, options: &CsvOptions) -> Result<Dataset, DataError> {
    let bytes = read_csv_bytes(path)?;
    let name = path.file_stem().map_or_else(|| "csv".into(), |s| s.to_string_lossy());
    parse_named(&bytes, options, &name)
}
