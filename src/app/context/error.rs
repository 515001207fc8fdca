//! The window's own errors: what went wrong when the user asked for
//! something, as a value the caller can match on, put into words (in the
//! current language) only where it is shown.

use std::fmt;
use std::path::PathBuf;

use crate::data::DataError;
use crate::i18n::texts::data_error_text;
use crate::lessons::Problem;
use crate::session::SessionError;
use crate::tr;

/// Something the window could not do.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AppError {
    /// File ▸ Save session before the worker sent its first network.
    NoNetworkYet,
    /// The session would not load back (the worker's network lags the
    /// latest edit): saving it would write a broken file.
    SessionNotReady(#[source] SessionError),
    /// A file offered as a dataset has no readable CSV preview (empty,
    /// binary, not text).
    Preview {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: DataError,
    },
    /// A lesson step's set-up cannot be applied; `part` is the table of
    /// the lesson file at fault (`network`, `training`, `data`, `logic`,
    /// `compare`: the file's own English names).
    LessonSetup {
        /// The set-up table.
        part: &'static str,
        /// What is wrong with it.
        problem: Problem,
    },
    /// The native window could not start (no display, no OpenGL).
    Window(#[source] eframe::Error),
}

impl fmt::Display for AppError {
    /// The message in the current language: looked up when shown, never
    /// stored translated.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            AppError::NoNetworkYet => tr!("files-no-network-yet"),
            AppError::SessionNotReady(e) => tr!("files-cannot-save-yet", reason = e.to_string()),
            AppError::Preview { path, source } => tr!(
                "files-path-error",
                path = path.display().to_string(),
                error = data_error_text(source)
            ),
            AppError::LessonSetup { part, problem } => {
                tr!(
                    "apply-lesson-setup-part",
                    part = *part,
                    reason = crate::i18n::problem_text(problem)
                )
            }
            AppError::Window(e) => e.to_string(),
        };
        f.write_str(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_error_reads_as_its_catalogue_message() {
        assert_eq!(AppError::NoNetworkYet.to_string(), "no network yet; wait a moment");
        let e = AppError::Preview {
            path: PathBuf::from("empty.csv"),
            source: DataError::Empty,
        };
        assert!(e.to_string().starts_with("empty.csv: "), "{e}");
    }
}
