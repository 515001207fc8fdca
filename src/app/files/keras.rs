//! File ▸ Export ▸ Keras script… / Jupyter notebook…: the session as a
//! Keras program the learner can read and run (issue 17). The network is
//! checked before a file name is asked for — a step or sign layer has no
//! Keras equivalent that trains, and the learner should hear so at once —
//! and the text is built and written on a background thread.

use std::path::{Path, PathBuf};

use super::{Event, Files, Purpose};
use crate::app::context::{Action, KerasFormat};
use crate::export::{ExportError, ExportedFiles, check_exportable, keras_script, notebook};
use crate::i18n::Message;
use crate::session::Session;

impl KerasFormat {
    /// The file name the dialog proposes.
    pub(super) fn default_name(self) -> &'static str {
        match self {
            KerasFormat::Script => "model.py",
            KerasFormat::Notebook => "model.ipynb",
        }
    }

    /// The file name extension.
    pub(super) fn extension(self) -> &'static str {
        match self {
            KerasFormat::Script => "py",
            KerasFormat::Notebook => "ipynb",
        }
    }

    /// The export's text for `session`, to be written at `out`.
    fn build(self, session: &Session, out: &Path) -> Result<ExportedFiles, ExportError> {
        match self {
            KerasFormat::Script => keras_script(session, out),
            KerasFormat::Notebook => notebook(session, out),
        }
    }
}

impl Files {
    /// Starts an export of the current data, settings and weights: refuses
    /// at once (with the reason) what Keras cannot train, else asks where.
    pub(crate) fn export_keras(&mut self, format: KerasFormat, session: Session) -> Result<(), Message> {
        check_exportable(&session).map_err(Message::KerasRefused)?;
        self.pick(Purpose::ExportKeras(Box::new(session), format));
        Ok(())
    }

    /// Writes the export to the chosen `path` in the background.
    pub(super) fn write_keras(&mut self, session: Box<Session>, format: KerasFormat, path: PathBuf) {
        self.run(move || {
            let written = format.build(&session, &path).and_then(|files| files.write(false));
            Event::Done(Action::Notify(match written {
                Ok(paths) => Message::KerasWritten { paths },
                Err(e) => Message::KerasFailed(e),
            }))
        });
    }
}
