//! Everything that can be wrong with a dataset or a data file, each case with
//! the line and column where that applies (both 1-based, as editors count).

use std::path::PathBuf;

/// A dataset could not be read, parsed or used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DataError {
    /// The file could not be read or written.
    #[error("cannot access {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// Larger than any dataset nnlab can hold.
    #[error("the file is {bytes} bytes; files larger than {limit} bytes are refused")]
    FileTooLarge {
        /// File size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// Nothing to read.
    #[error("the file is empty")]
    Empty,
    /// A header row and nothing else.
    #[error("the file has a header row but no data rows")]
    HeaderOnly,
    /// NUL bytes or other signs of a non-text file.
    #[error("this is not a text CSV file (line {line} contains binary data)")]
    Binary {
        /// First line with binary content.
        line: u64,
    },
    /// A column asked for by name does not exist.
    #[error("no column named \"{name}\" (columns: {available})")]
    UnknownColumn {
        /// The name asked for.
        name: String,
        /// The header's names, comma-separated.
        available: String,
    },
    /// A column asked for by position does not exist.
    #[error("column {column} does not exist: the file has {columns} columns")]
    ColumnOutOfRange {
        /// The 1-based column asked for.
        column: usize,
        /// How many columns the file has.
        columns: usize,
    },
    /// A row is shorter than the columns it must provide.
    #[error("line {line}, column {column}: missing field (the row has {found} fields)")]
    MissingField {
        /// 1-based line.
        line: u64,
        /// 1-based column that is missing.
        column: usize,
        /// Fields the row has.
        found: usize,
    },
    /// A cell that must hold a number holds something else.
    #[error("line {line}, column {column}: \"{value}\" is not a number")]
    NotANumber {
        /// 1-based line.
        line: u64,
        /// 1-based column.
        column: usize,
        /// The cell's text.
        value: String,
    },
    /// NaN, ±infinity, or a magnitude beyond ±1e15.
    #[error("line {line}, column {column}: \"{value}\" is not a finite number within ±1e15")]
    NotFinite {
        /// 1-based line.
        line: u64,
        /// 1-based column.
        column: usize,
        /// The cell's text.
        value: String,
    },
    /// A label cell is empty.
    #[error("line {line}, column {column}: the label is empty")]
    EmptyLabel {
        /// 1-based line.
        line: u64,
        /// 1-based column.
        column: usize,
    },
    /// Classification needs at least two classes.
    #[error("found {found} class(es); classification needs at least 2")]
    TooFewClasses {
        /// Distinct labels found.
        found: usize,
    },
    /// More distinct labels than the app can colour and train on.
    #[error(
        "found {found} distinct labels; at most {limit} classes are supported (is the label column right, or is this a regression target?)"
    )]
    TooManyClasses {
        /// Distinct labels found.
        found: usize,
        /// The limit.
        limit: usize,
    },
    /// More rows than the app accepts.
    #[error("more than {limit} points (found {found})")]
    TooManyPoints {
        /// Points found (or counted so far).
        found: usize,
        /// The limit.
        limit: usize,
    },
    /// A malformed CSV record (for example an unclosed quote).
    #[error("line {line}: {message}")]
    Malformed {
        /// 1-based line.
        line: u64,
        /// What the CSV reader said.
        message: String,
    },
    /// An in-memory point that breaks a dataset invariant.
    #[error("point {index}: {reason}")]
    BadPoint {
        /// 0-based index of the point.
        index: usize,
        /// What is wrong.
        reason: String,
    },
    /// An option that makes no sense (unknown generator, bad parameter…).
    #[error("{0}")]
    Invalid(String),
    /// A stored standardization that would make the inputs infinite or NaN.
    #[error("the stored standardization (mean {mean:?}, spread {std:?}) needs finite means and spreads above 0")]
    BadScaling {
        /// The stored means.
        mean: [f64; 2],
        /// The stored spreads.
        std: [f64; 2],
    },
}
