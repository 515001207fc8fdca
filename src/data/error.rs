//! Everything that can be wrong with a dataset or a data file, each case with
//! the line and column where that applies (both 1-based, as editors count).
//! Values, not sentences: `crate::i18n` puts them into words.

use std::path::PathBuf;

/// A dataset could not be read, parsed or used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DataError {
    /// The file could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// Larger than any dataset nnlab can hold.
    FileTooLarge {
        /// File size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// Nothing to read.
    Empty,
    /// A header row and nothing else.
    HeaderOnly,
    /// NUL bytes or other signs of a non-text file.
    Binary {
        /// First line with binary content.
        line: u64,
    },
    /// A column asked for by name does not exist.
    UnknownColumn {
        /// The name asked for.
        name: String,
        /// The header's names, comma-separated.
        available: String,
    },
    /// A column asked for by position does not exist.
    ColumnOutOfRange {
        /// The 1-based column asked for.
        column: usize,
        /// How many columns the file has.
        columns: usize,
    },
    /// A row is shorter than the columns it must provide.
    MissingField {
        /// 1-based line.
        line: u64,
        /// 1-based column that is missing.
        column: usize,
        /// Fields the row has.
        found: usize,
    },
    /// A cell that must hold a number holds something else.
    NotANumber {
        /// 1-based line.
        line: u64,
        /// 1-based column.
        column: usize,
        /// The cell's text.
        value: String,
    },
    /// NaN, ±infinity, or a magnitude beyond ±1e15.
    NotFinite {
        /// 1-based line.
        line: u64,
        /// 1-based column.
        column: usize,
        /// The cell's text.
        value: String,
    },
    /// A label cell is empty.
    EmptyLabel {
        /// 1-based line.
        line: u64,
        /// 1-based column.
        column: usize,
    },
    /// Classification needs at least two classes.
    TooFewClasses {
        /// Distinct labels found.
        found: usize,
    },
    /// More distinct labels than the app can colour and train on.
    TooManyClasses {
        /// Distinct labels found.
        found: usize,
        /// The limit.
        limit: usize,
    },
    /// More rows than the app accepts.
    TooManyPoints {
        /// Points found (or counted so far).
        found: usize,
        /// The limit.
        limit: usize,
    },
    /// A record the CSV reader could not read.
    Malformed {
        /// 1-based line.
        line: u64,
        /// What the CSV reader said (the reader's own words).
        message: String,
    },
    /// A quoted field that is never closed: the rest of the file would be
    /// one field.
    UnclosedQuote {
        /// 1-based line where the record starts.
        line: u64,
    },
    /// An in-memory point that breaks a dataset invariant.
    BadPoint {
        /// 0-based index of the point.
        index: usize,
        /// What is wrong with it.
        problem: PointProblem,
    },
    /// No class of this name (a lab that needs a particular class).
    NoSuchClass {
        /// The class asked for.
        name: &'static str,
    },
    /// The label column holds text beyond the class limit and numbers a
    /// regression cannot read either.
    LabelsNotClasses,
    /// Columns chosen by name in a file read as having no header row.
    NamesNeedHeader,
    /// The label column is also one of the two input columns.
    LabelIsInput {
        /// The 1-based column.
        column: usize,
        /// Columns in the file.
        columns: usize,
    },
    /// A generator asked for 0 or too many points.
    PointCount {
        /// Points asked for.
        found: usize,
        /// The most allowed (the least is 1).
        max: usize,
    },
    /// A generator's noise level outside 0 to 1 (or not a number).
    Noise {
        /// The value given.
        value: f64,
    },
    /// More or fewer classes than a generator can make.
    ClassCount {
        /// The generator.
        generator: crate::data::Generator,
        /// Classes asked for.
        found: usize,
        /// The fewest it makes.
        min: usize,
        /// The most it makes.
        max: usize,
    },
    /// A stored standardization that would make the inputs infinite or NaN.
    BadScaling {
        /// The stored means.
        mean: [f64; 2],
        /// The stored spreads.
        std: [f64; 2],
    },
}

/// What is wrong with one point of a dataset.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum PointProblem {
    /// A coordinate or target that is NaN, infinite or beyond ±1e15.
    NotFinite {
        /// The value.
        value: f64,
    },
    /// A class label that is not a whole number below the class count.
    NotAClass {
        /// The label.
        label: f64,
        /// Classes in the dataset.
        classes: usize,
    },
    /// Its standardized coordinates overflow (a stored scaling with a tiny
    /// spread).
    ScaledNotFinite,
}
