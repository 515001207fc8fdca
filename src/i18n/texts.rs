//! Engine values in words of the current language, for both the window
//! and the command line (chosen by variant, never by parsing the engine's
//! English messages).

use crate::data::DataError;
use crate::nn::logic::LogicError;
use crate::nn::perceptron::Status;
use crate::tr;

/// The perceptron's state in words, in the current language.
pub fn perceptron_status_text(status: &Status) -> String {
    match status {
        Status::Running => tr!("perceptron-status-training"),
        Status::Converged { epochs, updates } => {
            tr!("perceptron-status-converged", epochs = *epochs, updates = *updates)
        }
        Status::NotConverged { epochs, updates } => {
            tr!("perceptron-status-not-converged", epochs = *epochs, updates = *updates)
        }
        Status::Cycle {
            epoch,
            first_seen,
            updates,
        } => tr!(
            "perceptron-status-cycle",
            epoch = *epoch,
            first = *first_seen,
            updates = *updates
        ),
    }
}

/// What is wrong with a data file or dataset. Line and column are always
/// kept: they say where to look in the file.
pub fn data_error_text(e: &DataError) -> String {
    match e {
        DataError::Io { path, source } => tr!(
            "data-error-io",
            path = path.display().to_string(),
            reason = source.to_string()
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
        DataError::BadPoint { index, reason } => {
            tr!("data-error-bad-point", index = *index, reason = reason.as_str())
        }
        DataError::Invalid(message) => message.clone(),
        // Only a stored session can carry scaling; its numbers are for
        // whoever edited the file, as the engine prints them.
        e @ DataError::BadScaling { .. } => tr!("data-error-bad-scaling", detail = e.to_string()),
    }
}

/// What is wrong with a logic network or edit.
pub fn logic_error_text(e: &LogicError) -> String {
    match e {
        LogicError::NoInputs => tr!("logic-error-no-inputs"),
        LogicError::TooManyInputs { found, limit } => {
            tr!("logic-error-too-many-inputs", found = *found, limit = *limit)
        }
        LogicError::NoOutputs => tr!("logic-error-no-outputs"),
        LogicError::EmptyName => tr!("logic-error-empty-name"),
        LogicError::DuplicateName { name } => tr!("logic-error-duplicate-name", name = name.as_str()),
        LogicError::UnknownNeuron { index, count } => {
            tr!("logic-error-unknown-neuron", index = *index, count = *count)
        }
        LogicError::UnknownInput { index, count } => {
            tr!("logic-error-unknown-input", index = *index, count = *count)
        }
        LogicError::ForwardReference { neuron, source_neuron } => {
            tr!(
                "logic-error-forward-reference",
                neuron = *neuron,
                source = *source_neuron
            )
        }
        LogicError::NoSuchConnection { neuron, source_name } => {
            tr!(
                "logic-error-no-such-connection",
                neuron = *neuron,
                source = source_name.as_str()
            )
        }
        LogicError::InputCount { expected, found } => {
            tr!("logic-error-input-count", expected = *expected, found = *found)
        }
        LogicError::UnknownGate { name } => tr!("logic-error-unknown-gate", name = name.as_str()),
    }
}
