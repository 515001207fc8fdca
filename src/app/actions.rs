//! Everything a panel can ask for. Panels return actions; the app applies
//! them after drawing, so no panel needs mutable access to the others.

use crate::data::{Dataset, Edit};
use crate::session::Session;

/// A user request.
#[derive(Clone, Debug, PartialEq)]
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
    /// Generate the data again from the generator settings.
    Regenerate,
    /// Re-split train/test with the configured ratio.
    Resplit,
    /// Change the data.
    Edit(Edit),
    /// A point is being dragged: live position, not yet an undo step.
    DragTo {
        /// Point index.
        index: usize,
        /// Current coordinates.
        to: [f64; 2],
    },
    /// Undo the last data edit.
    Undo,
    /// Undo the latest edit, of the data or in the network editor (Ctrl+Z).
    UndoLast,
    /// Redo the last undone data edit.
    Redo,
    /// Redo the most recently undone edit, of the data or in the network
    /// editor (Ctrl+Shift+Z, Ctrl+Y).
    RedoLast,
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
    /// File ▸ Export image of a plot.
    ExportImage(ImageTarget),
    /// Crash the worker on purpose (Help ▸ Debug; tests recovery).
    CrashWorker,
    /// Close the window.
    Quit,
    /// A dataset finished loading (data, file name).
    LoadDataset(Box<Dataset>, String),
    /// A session finished loading (session, file name).
    LoadSession(Box<Session>, String),
    /// Show a message (text, is it an error).
    Notify(String, bool),
    /// Train this data in the network view with one hidden layer (from a lab).
    OpenInNetworkView(Box<Dataset>),
}

/// Which plot an image export captures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageTarget {
    /// The decision-boundary view.
    Boundary,
    /// The loss plot.
    Loss,
}
