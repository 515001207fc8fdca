//! What is wrong with a data file or a dataset, in words. Line and column
//! are always kept: they say where to look in the file.

use std::fmt;

use super::names::generator_label;
use crate::data::{DataError, PointProblem};
use crate::tr;

/// An operating-system error in words: the usual cases (no such file, no
/// permission, a folder, a full or read-only disk) in the learner's
/// language, anything rarer as the system says it.
pub(super) fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    // nnlab's own refusals carry their reason (a pipe, a folder …).
    if let Some(refusal) = crate::fsutil::refusal(e) {
        return refusal.to_string();
    }
    match e.kind() {
        ErrorKind::NotFound => tr!("io-not-found"),
        ErrorKind::PermissionDenied => tr!("io-permission-denied"),
        ErrorKind::IsADirectory => tr!("io-is-a-directory"),
        ErrorKind::StorageFull => tr!("io-storage-full"),
        ErrorKind::ReadOnlyFilesystem => tr!("io-read-only"),
        _ => e.to_string(),
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            DataError::Io { path, source } => tr!(
                "file-error-io",
                path = path.display().to_string(),
                reason = io_reason(source)
            ),
            DataError::FileTooLarge { bytes, limit } => tr!(
                "data-error-file-too-large",
                bytes = bytes.to_string(),
                limit = limit.to_string()
            ),
            DataError::Empty => tr!("data-error-empty"),
            DataError::HeaderOnly => tr!("data-error-header-only"),
            DataError::Binary { line } => tr!("data-error-binary", line = *line),
            DataError::UnknownColumn { name, available } => tr!(
                "data-error-unknown-column",
                name = name.as_str(),
                available = available.as_str()
            ),
            DataError::ColumnOutOfRange { column, columns } => {
                tr!("data-error-column-out-of-range", column = *column, columns = *columns)
            }
            DataError::MissingField { line, column, found } => tr!(
                "data-error-missing-field",
                line = *line,
                column = *column,
                found = *found
            ),
            DataError::NotANumber { line, column, value } => tr!(
                "data-error-not-a-number",
                line = *line,
                column = *column,
                value = value.as_str()
            ),
            DataError::NotFinite { line, column, value } => tr!(
                "data-error-not-finite",
                line = *line,
                column = *column,
                value = value.as_str()
            ),
            DataError::EmptyLabel { line, column } => {
                tr!("data-error-empty-label", line = *line, column = *column)
            }
            DataError::TooFewClasses { found } => tr!("data-error-too-few-classes", found = *found),
            DataError::TooManyClasses { found, limit } => {
                tr!("data-error-too-many-classes", found = *found, limit = *limit)
            }
            DataError::TooManyPoints { found, limit } => tr!(
                "data-error-too-many-points",
                found = found.to_string(),
                limit = limit.to_string()
            ),
            DataError::Malformed { line, message } => {
                tr!("data-error-malformed", line = *line, message = message.as_str())
            }
            DataError::UnclosedQuote { line } => tr!("data-error-unclosed-quote", line = *line),
            DataError::BadPoint { index, problem } => point_problem(*index, *problem),
            DataError::NoSuchClass { name } => tr!("data-error-no-such-class", name = *name),
            DataError::LabelsNotClasses => tr!("data-error-labels-not-classes"),
            DataError::NamesNeedHeader => tr!("data-error-names-need-header"),
            DataError::LabelIsInput { column, columns } => {
                tr!("data-error-label-is-input", column = *column, columns = *columns)
            }
            DataError::PointCount { found, max } => tr!(
                "data-error-point-count",
                found = found.to_string(),
                max = max.to_string()
            ),
            DataError::Noise { value } => tr!("data-error-noise", value = value.to_string()),
            DataError::ClassCount {
                generator,
                found,
                min,
                max,
            } => tr!(
                "data-error-class-count",
                generator = generator_label(*generator),
                found = *found,
                min = *min,
                max = *max
            ),
            // Only a stored session carries scaling: its numbers are for
            // whoever edited the file.
            DataError::BadScaling { mean, std } => tr!(
                "data-error-bad-scaling",
                mean = format!("{mean:?}"),
                spread = format!("{std:?}")
            ),
        };
        f.write_str(&text)
    }
}

/// What is wrong with point `index` (0-based, as the data lists it).
fn point_problem(index: usize, problem: PointProblem) -> String {
    match problem {
        PointProblem::NotFinite { value } => {
            tr!("data-error-point-not-finite", index = index, value = value.to_string())
        }
        PointProblem::NotAClass { label, classes } => tr!(
            "data-error-point-not-a-class",
            index = index,
            label = label.to_string(),
            classes = classes
        ),
        PointProblem::ScaledNotFinite => tr!("data-error-point-scaled-not-finite", index = index),
    }
}
