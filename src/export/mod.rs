//! From the lab to Keras: a session's network, data and training settings
//! as a Keras 3 program a learner can read and run (a `.py` script or a
//! Jupyter notebook), and the one prediction both must agree on.
//!
//! The generated code rebuilds exactly the model nnlab evaluates: the same
//! train/test split, input features and standardization (computed in f64,
//! rounded to f32 as nnlab does), `Dense` layers with the same activations,
//! the trained weights bit for bit, and the same optimizer, learning rate,
//! batch size and L1/L2 penalties. Run, it prints nnlab's own figures;
//! `--fit N --save OUT.json` trains on in Keras and writes an nnlab session
//! back. No egui here: the window and the command line both call
//! [`keras_script`] and [`notebook`].

mod code;
mod head;
mod model;
mod notebook;
mod predict;
mod python;
mod script;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

pub use notebook::notebook;
pub use predict::{Prediction, predict};
pub use script::keras_script;

use crate::fsutil::write_atomic;
use crate::nn::{Activation, NnError};
use crate::session::{Session, SessionError};

/// Most points written into the code itself; more go to a CSV file beside
/// it (a Python file of 100,000 points is about 4 MB and still loads in
/// well under a second).
pub const MAX_EMBEDDED_POINTS: usize = 100_000;

/// Why a session could not be exported.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// A step or sign layer: Keras has no activation that trains through
    /// it (its gradient is zero almost everywhere), so there is nothing
    /// faithful to export.
    StepActivation {
        /// The hidden layer, counted from 1 as a learner counts.
        layer: usize,
        /// Heaviside or sign.
        activation: Activation,
    },
    /// A session without points has nothing to evaluate or train on.
    NoPoints,
    /// The session's network does not fit its settings.
    Session(#[from] SessionError),
    /// The session's network or masks are inconsistent.
    Network(#[from] NnError),
    /// A file could not be written.
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
}

/// The text of an export: the program, and the data file beside it when
/// the data is too large to embed.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportedFiles {
    /// The script or notebook, and where it goes.
    pub main: (PathBuf, String),
    /// The CSV file of the points (over [`MAX_EMBEDDED_POINTS`]).
    pub data: Option<(PathBuf, String)>,
}

impl ExportedFiles {
    /// Writes every file atomically (data first, so the program never
    /// exists without its data). Returns the paths written.
    pub fn write(&self) -> Result<Vec<PathBuf>, ExportError> {
        let mut written = Vec::new();
        for (path, text) in self.data.iter().chain(std::iter::once(&self.main)) {
            write_atomic(path, text.as_bytes()).map_err(|source| ExportError::Io {
                path: path.clone(),
                source,
            })?;
            written.push(path.clone());
        }
        Ok(written)
    }
}

/// Whether `session` can be exported, without building any text: the
/// window can refuse a step or sign layer before asking for a file name.
pub fn check_exportable(session: &Session) -> Result<(), ExportError> {
    model::exportable_network(session).map(drop)
}

/// Where the CSV of a large dataset goes: beside `out`, with its stem
/// (`MODEL.py` → `MODEL.csv`; never `out` itself).
fn data_path(out: &Path) -> PathBuf {
    let path = out.with_extension("csv");
    if path == out {
        out.with_extension("data.csv")
    } else {
        path
    }
}
