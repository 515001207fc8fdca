//! Everything a panel can ask for. Panels read a [`super::View`] and
//! return actions; the app applies them after drawing, in one place
//! (`apply.rs`), so no panel changes another's state or talks to the
//! training worker itself.

use std::path::PathBuf;

use crate::data::{Dataset, Edit, GenParams, Generator};
use crate::i18n::Message;
use crate::lessons::Lesson;
use crate::session::Session;
use crate::train::{GridSpec, TrainConfig, TrainPace};

use crate::app::context::NetworkEdit;

/// A user request.
#[derive(Debug)]
pub enum Action {
    /// Start training.
    Play,
    /// Stop training.
    Pause,
    /// Play if paused, pause if playing.
    TogglePlay,
    /// Train one mini-batch.
    StepBatch,
    /// Train one epoch.
    StepEpoch,
    /// Re-initialize the network from the seed.
    Reset,
    /// Draw the generator's data again.
    Regenerate,
    /// Use another generator or generator settings (new data).
    SetGenerator(Generator, GenParams),
    /// Change the data: add, delete or move a point (the moves of one drag
    /// become one undo step).
    Edit(Edit),
    /// A new network shape or new training settings (a new test ratio or
    /// seed also re-splits the data).
    SetConfig(Box<TrainConfig>),
    /// A new training pace (the speed slider).
    SetPace(TrainPace),
    /// The grid the boundary view needs evaluated (its visible area at the
    /// chosen resolution), asked for after each frame it is drawn; the
    /// link sends it only when it differs from the last one sent.
    SetGrid(GridSpec),
    /// A weight, bias or mask set by hand in the network editor.
    EditNetwork(NetworkEdit),
    /// Take back the latest change (Ctrl+Z).
    Undo,
    /// Do again the most recently undone change (Ctrl+Shift+Z, Ctrl+Y).
    Redo,
    /// Remove every point.
    Clear,
    /// Choose the class of new points.
    SelectClass(usize),
    /// File ▸ Open dataset…
    OpenDataset,
    /// File ▸ Save dataset…
    SaveDataset,
    /// File ▸ Open session…
    OpenSession,
    /// File ▸ Save session…
    SaveSession,
    /// File ▸ Export ▸ Keras script… / Jupyter notebook….
    ExportKeras(KerasFormat),
    /// File ▸ Export image of a plot.
    ExportImage(ImageTarget),
    /// Crash the worker on purpose (only offered with `NNLAB_DEBUG` set;
    /// tests recovery).
    CrashWorker,
    /// Close the window.
    Quit,
    /// A dataset finished loading (data, file name).
    LoadDataset(Box<Dataset>, String),
    /// A session finished loading (session, file name).
    LoadSession(Box<Session>, String),
    /// Show a message (put into words when drawn).
    Notify(Message),
    /// Train this data in the network view with one hidden layer (from a lab).
    OpenInNetworkView(Box<Dataset>),
    /// Restore the autosaved session offered after a crash.
    RestoreAutosave,
    /// Delete the autosaved session offered after a crash.
    DiscardAutosave,
    /// The backprop inspector: open or close it, pick a sample, apply its
    /// step, the training-set counts (see `modes.rs`).
    Inspector(InspectorAction),
    /// Replay: show checkpoint k's boundary (read-only), or `None`: the present.
    ShowCheckpoint(Option<usize>),
    /// File ▸ Export training animation… (asks for a path).
    ExportAnimation,
    /// Write the training animation to this path (a background job).
    ExportAnimationTo(PathBuf),
    /// Stop the running animation export.
    CancelExport,
    /// Compute the loss landscape around the latest weights (a background job).
    ComputeLandscape,
    /// Stop computing the loss landscape.
    CancelLandscape,
    /// File ▸ Open lesson…
    OpenLessonFile,
    /// Start a lesson (from the Learn menu, or a lesson file just read) at
    /// the step its saved progress reached.
    StartLesson(Box<Lesson>),
    /// A request of the lesson panel.
    Lesson(LessonAction),
}

/// Which plot an image export captures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageTarget {
    /// The decision-boundary view.
    Boundary,
    /// The loss plot.
    Loss,
    /// The loss landscape.
    Landscape,
}

/// What the inspector asks of the window (applied in `app/modes.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InspectorAction {
    /// Open it if closed, close it if open (the toolbar, Train menu, `I`).
    Toggle,
    /// Open it: training pauses, a replay returns to the present.
    Open,
    /// Close it: nothing else changes.
    Close,
    /// Trace this point (index in file order).
    Pick(usize),
    /// Apply the shown single-sample step to this point.
    Apply(usize),
    /// Show (or hide) each neuron's saturated/dead counts over the training set.
    Counts(bool),
}

/// What the lesson panel asks for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LessonAction {
    /// Answer the current step's question: a choice (from 0) or a number.
    Answer(crate::lessons::Answer),
    /// Go on to the next step (the current one is passed, or a reading step).
    Next,
    /// A reading step, the last of its lesson, is read.
    Read,
    /// Open step `i` (passed, or the first not passed) afresh.
    GoTo(usize),
    /// Close the lesson (its progress stays saved).
    Close,
}

/// What the export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KerasFormat {
    /// A self-contained Python script (`MODEL.py`).
    Script,
    /// A Jupyter notebook with the same code and a boundary plot.
    Notebook,
}
