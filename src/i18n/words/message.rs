//! What the window tells the learner on its message line, as values: a
//! panel, a file job or the applier makes a [`Message`], and it is put into
//! words each time it is drawn, so it follows a change of language too.

use std::fmt;
use std::path::PathBuf;

use super::data::io_reason;
use super::window::{ImageFailure, SettingsFix};
use crate::data::DataError;
use crate::export::ExportError as KerasError;
use crate::lessons::{LessonError, Problem};
use crate::nn::ConfigError;
use crate::render::ExportError as GifError;
use crate::session::SessionError;
use crate::tr;
use crate::train::StartError;
use crate::train::landscape::LandscapeError;

/// One message of the window.
#[derive(Debug)]
#[non_exhaustive]
pub enum Message {
    /// A dataset was opened.
    OpenedDataset {
        /// Its file name.
        name: String,
        /// Its points.
        points: usize,
    },
    /// A session was opened.
    OpenedSession {
        /// Its file name.
        name: String,
        /// The epoch it continues from.
        epoch: u64,
    },
    /// A lab's data went to the network view.
    OpenedFromLab {
        /// Its points.
        points: usize,
    },
    /// The autosaved session was restored.
    RestoredAutosave {
        /// The epoch it continues from.
        epoch: u64,
    },
    /// The inspector's single-sample step was applied.
    SampleStepApplied {
        /// The sample.
        sample: usize,
    },
    /// Another window runs: this one does not autosave.
    OtherInstance,
    /// Another window runs: this one autosaves into a folder of its own,
    /// with its own settings.
    OwnAutosave,
    /// A lesson step locks the control that was used.
    LockedByLesson,
    /// The step's question waits for an answer before what would reveal
    /// it (training, the labs' Step and Run, the inspector's Next).
    AnswerFirst,
    /// One point edit visibly shook an Adam run.
    AdamShake,
    /// The points were saved as CSV.
    SavedPoints {
        /// How many.
        points: usize,
        /// Where.
        path: PathBuf,
    },
    /// The session was saved.
    SavedSession {
        /// Where.
        path: PathBuf,
    },
    /// A plot was saved as a picture.
    SavedImage {
        /// Where.
        path: PathBuf,
    },
    /// The Keras program (and its data) was written.
    KerasWritten {
        /// The files written.
        paths: Vec<PathBuf>,
    },
    /// The training animation was written.
    GifSaved {
        /// Its frames.
        frames: usize,
        /// Where.
        path: PathBuf,
    },
    /// The learner stopped the animation export.
    GifCancelled,
    /// A save before the worker sent its first network.
    NoNetworkYet,
    /// The session would not load back yet (the worker's network lags the
    /// latest edit).
    SessionNotReady(SessionError),
    /// A change of the training settings outside their limits.
    ChangeRefused(ConfigError),
    /// Stored settings out of range, brought back within it.
    SettingsFixed(Vec<SettingsFix>),
    /// The training thread crashed and was restarted.
    WorkerCrashed,
    /// The training thread could not start.
    WorkerNotStarted(StartError),
    /// Data that could not be made, read or written (the error names the
    /// file where there is one).
    Data(DataError),
    /// A data file refused, by name.
    DataFile {
        /// The file.
        name: String,
        /// Why.
        error: DataError,
    },
    /// A session that could not be saved (the error names the file).
    Session(SessionError),
    /// A session file refused, by name.
    SessionFile {
        /// The file.
        name: String,
        /// Why.
        error: SessionError,
    },
    /// A lesson file refused, by name.
    LessonFile {
        /// The file.
        name: String,
        /// Why (in the lesson checker's words).
        error: LessonError,
    },
    /// A built-in lesson does not read (a test keeps this from a release).
    CourseBroken {
        /// The lesson file.
        file: &'static str,
        /// Why.
        error: LessonError,
    },
    /// A lesson without steps.
    LessonNoSteps,
    /// A lesson step's set-up cannot be applied; `part` is its table in
    /// the file (`network`, `training`, `data`, `logic`, `compare`).
    LessonSetup {
        /// The table.
        part: &'static str,
        /// What is wrong with it.
        problem: Problem,
    },
    /// The autosaved session does not load.
    RestoreFailed(SessionError),
    /// An autosave did not write its file.
    AutosaveFailed(SessionError),
    /// The autosave thread crashed; it tries again.
    AutosaveCrashed,
    /// Keras cannot train this network.
    KerasRefused(KerasError),
    /// Writing the Keras program failed.
    KerasFailed(KerasError),
    /// A plot's picture was not saved.
    ImageNotSaved(ImageFailure),
    /// The animation could not be made.
    GifFailed(GifError),
    /// The animation was made but not written.
    GifNotWritten {
        /// Where it was to go.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The animation export stopped without a word (its thread died).
    GifStopped,
    /// An animation export is already running.
    GifAlreadyRunning,
    /// The loss landscape was not computed (or was cancelled).
    Landscape(LandscapeError),
    /// The loss landscape's thread died without a word.
    LandscapeStopped,
    /// The inspector's typed sample does not exist.
    InspectorBadIndex {
        /// The last point's index.
        last: usize,
    },
    /// Reading a data file crashed (the import window says so).
    ImportCrashed,
    /// Several problems at once (the window's start), in order.
    Several(Vec<Message>),
}

impl Message {
    /// Whether the window shows it as an error (red) rather than news.
    pub fn is_error(&self) -> bool {
        !matches!(
            self,
            Message::OpenedDataset { .. }
                | Message::OpenedSession { .. }
                | Message::OpenedFromLab { .. }
                | Message::RestoredAutosave { .. }
                | Message::SampleStepApplied { .. }
                | Message::OtherInstance
                | Message::OwnAutosave
                | Message::LockedByLesson
                | Message::AnswerFirst
                | Message::AdamShake
                | Message::SavedPoints { .. }
                | Message::SavedSession { .. }
                | Message::SavedImage { .. }
                | Message::KerasWritten { .. }
                | Message::GifSaved { .. }
                | Message::GifCancelled
                | Message::Landscape(LandscapeError::Cancelled)
        )
    }
}

fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Message::OpenedDataset { name, points } => {
                tr!("apply-opened-dataset", name = name.as_str(), points = *points)
            }
            Message::OpenedSession { name, epoch } => {
                tr!("apply-opened-session", name = name.as_str(), epoch = *epoch)
            }
            Message::OpenedFromLab { points } => tr!("apply-opened-from-lab", points = *points),
            Message::RestoredAutosave { epoch } => tr!("apply-restored-autosave", epoch = *epoch),
            Message::SampleStepApplied { sample } => tr!("apply-sample-step", sample = *sample),
            Message::OtherInstance => tr!("window-other-instance"),
            Message::OwnAutosave => tr!("window-own-autosave"),
            Message::LockedByLesson => tr!("window-locked-by-lesson"),
            Message::AnswerFirst => tr!("lesson-answer-first"),
            Message::AdamShake => tr!("window-adam-shake"),
            Message::SavedPoints { points, path } => {
                tr!("files-saved-points", points = *points, path = shown(path))
            }
            Message::SavedSession { path } => tr!("files-saved-session", path = shown(path)),
            Message::SavedImage { path } => tr!("files-saved-image", path = shown(path)),
            Message::KerasWritten { paths } => {
                let names: Vec<String> = paths.iter().map(|p| shown(p)).collect();
                tr!("files-keras-written", paths = names.join(", "))
            }
            Message::GifSaved { frames, path } => tr!("export-saved", frames = *frames, path = shown(path)),
            Message::GifCancelled => tr!("export-cancelled"),
            Message::NoNetworkYet => tr!("files-no-network-yet"),
            Message::SessionNotReady(e) => tr!("files-cannot-save-yet", reason = e.to_string()),
            Message::ChangeRefused(e) => tr!("window-change-refused", reason = e.to_string()),
            Message::SettingsFixed(fixes) => {
                let each: Vec<String> = fixes.iter().map(ToString::to_string).collect();
                tr!("window-settings-fixed", fixes = each.join("; "))
            }
            Message::WorkerCrashed => tr!("window-worker-crashed"),
            Message::WorkerNotStarted(e) => tr!("window-worker-not-started", reason = e.to_string()),
            Message::Data(e) => e.to_string(),
            Message::DataFile { name, error } => {
                tr!("files-path-error", path = name.as_str(), error = error.to_string())
            }
            Message::Session(e) => e.to_string(),
            Message::SessionFile { name, error } => {
                tr!("files-path-error", path = name.as_str(), error = error.to_string())
            }
            Message::LessonFile { name, error } => {
                tr!("files-path-error", path = name.as_str(), error = error.to_string())
            }
            Message::CourseBroken { file, error } => {
                tr!("lesson-builtin-broken", file = *file, reason = error.to_string())
            }
            Message::LessonNoSteps => tr!("apply-lesson-no-steps"),
            Message::LessonSetup { part, problem } => {
                let reason = tr!(
                    "apply-lesson-setup-part",
                    part = *part,
                    reason = super::problem_text(problem)
                );
                tr!("apply-lesson-setup-failed", reason = reason)
            }
            Message::RestoreFailed(e) => tr!("apply-restore-failed", reason = e.to_string()),
            Message::AutosaveFailed(e) => tr!("recovery-autosave-failed", reason = e.to_string()),
            Message::AutosaveCrashed => tr!("recovery-autosave-crashed"),
            Message::KerasRefused(e) => tr!("files-keras-refused", reason = e.to_string()),
            Message::KerasFailed(e) => tr!("files-keras-failed", reason = e.to_string()),
            Message::ImageNotSaved(e) => tr!("files-cannot-save-image", reason = e.to_string()),
            Message::GifFailed(e) => tr!("export-failed", reason = e.to_string()),
            Message::GifNotWritten { path, source } => {
                tr!("export-write-failed", path = shown(path), reason = io_reason(source))
            }
            Message::GifStopped => tr!("export-stopped"),
            Message::GifAlreadyRunning => tr!("export-already-running"),
            Message::Landscape(e) => e.to_string(),
            Message::LandscapeStopped => tr!("landscape-stopped"),
            Message::InspectorBadIndex { last } => tr!("inspector-bad-index", last = *last),
            Message::ImportCrashed => tr!("import-crashed"),
            Message::Several(all) => {
                let each: Vec<String> = all.iter().map(ToString::to_string).collect();
                each.join("; ")
            }
        };
        f.write_str(&text)
    }
}
