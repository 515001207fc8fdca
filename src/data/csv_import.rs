//! CSV import (placeholder: being written).

use std::path::Path;

use super::{DataError, Dataset};

/// A column chosen by header name or 0-based index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ColumnRef {
    /// By header name.
    Name(String),
    /// By 0-based position.
    Index(usize),
}

/// Classification or regression, or decide from the label column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TaskHint {
    /// Decide from the labels.
    #[default]
    Auto,
    /// Classes.
    Classification,
    /// Real target.
    Regression,
}

/// How to read a CSV file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CsvOptions {
    /// Column of x1.
    pub x: Option<ColumnRef>,
    /// Column of x2.
    pub y: Option<ColumnRef>,
    /// Label column.
    pub label: Option<ColumnRef>,
    /// Header row present (None: detect).
    pub has_header: Option<bool>,
    /// Delimiter (None: detect).
    pub delimiter: Option<u8>,
    /// Task.
    pub task: TaskHint,
    /// Standardize inputs.
    pub standardize: bool,
}

/// The first rows of a file, for the import dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvPreview {
    /// Detected delimiter.
    pub delimiter: u8,
    /// Whether the first row looks like a header.
    pub has_header: bool,
    /// Column names (from the header, or "column 1"…).
    pub headers: Vec<String>,
    /// The first data rows.
    pub rows: Vec<Vec<String>>,
}

/// Reads a CSV file.
pub fn read_csv(path: &Path, options: &CsvOptions) -> Result<Dataset, DataError> {
    let bytes = std::fs::read(path).map_err(|source| DataError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_csv(&bytes, options)
}

/// Parses CSV bytes.
pub fn parse_csv(_bytes: &[u8], _options: &CsvOptions) -> Result<Dataset, DataError> {
    Err(DataError::Invalid("not yet".into()))
}

/// Previews CSV bytes.
pub fn preview_csv(_bytes: &[u8], _max_rows: usize) -> Result<CsvPreview, DataError> {
    Err(DataError::Invalid("not yet".into()))
}
