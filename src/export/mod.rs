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

use crate::fsutil;
use crate::nn::{Activation, NnError};
use crate::session::{Session, SessionError};

/// Most points written into the code itself; more go to a CSV file beside
/// it (a Python file of 100,000 points is about 4 MB and still loads in
/// well under a second).
pub const MAX_EMBEDDED_POINTS: usize = 100_000;
/// The first line of the points an export writes (embedded, or the data
/// file beside the program): a comment NumPy skips, naming the columns.
/// A later export replaces a data file that starts with it (nnlab wrote
/// it), and refuses one that does not (the user's own), unless forced.
pub const DATA_MARKER: &str = "# nnlab export data: x1,x2,label,test";

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
    /// The data file's name is taken by a file nnlab did not write.
    DataFileTaken {
        /// The data file's path.
        path: PathBuf,
    },
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
    /// Writes every file (data first, so the program never exists without
    /// its data) once every one is known to be writable: the program's
    /// place, then the data file's, which must be new or nnlab's own
    /// unless `replace_data` (`--force`). Returns the paths written.
    pub fn write(&self, replace_data: bool) -> Result<Vec<PathBuf>, ExportError> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| ExportError::Io { path, source }
        };
        let (main_path, main_text) = &self.main;
        let main = fsutil::prepare(main_path).map_err(io(main_path))?;
        let data = match &self.data {
            Some((path, text)) => {
                let taken = std::fs::symlink_metadata(path).is_ok() && !written_by_nnlab(path);
                if taken && !replace_data {
                    return Err(ExportError::DataFileTaken { path: path.clone() });
                }
                Some((path, fsutil::prepare(path).map_err(io(path))?, text))
            }
            None => None,
        };
        let mut written = Vec::new();
        if let Some((path, destination, text)) = data {
            destination.write(text.as_bytes()).map_err(io(path))?;
            written.push(path.clone());
        }
        main.write(main_text.as_bytes()).map_err(io(main_path))?;
        written.push(main_path.clone());
        Ok(written)
    }
}

/// Whether the file at `path` starts with [`DATA_MARKER`].
fn written_by_nnlab(path: &Path) -> bool {
    fsutil::read_start(path, DATA_MARKER.len()).is_ok_and(|start| start == DATA_MARKER.as_bytes())
}

/// Whether `session` can be exported, without building any text: the
/// window can refuse a step or sign layer before asking for a file name.
pub fn check_exportable(session: &Session) -> Result<(), ExportError> {
    model::exportable_network(session).map(drop)
}

/// Where the CSV of a large dataset goes: beside `out`, named after it with
/// `-data.csv` (`MODEL.py` → `MODEL-data.csv`), a name that is never `out`
/// itself and seldom one of the user's own files.
fn data_path(out: &Path) -> PathBuf {
    let mut name = out.file_stem().unwrap_or("model".as_ref()).to_os_string();
    name.push("-data.csv");
    out.with_file_name(name)
}
