//! What the panels read: a read-only view of the run, built once per frame
//! by the app. A panel gets this view plus the few settings it edits in
//! place (view options), and returns actions.

use crate::app::context::Classroom;
use crate::data::{Dataset, GenParams, Generator};
use crate::lessons::{CourseProgress, Lesson};
use crate::train::{Snapshot, TrainConfig};

/// The state the panels draw, borrowed for one frame.
#[derive(Clone, Copy)]
pub struct View<'a> {
    /// The network's shape and training settings.
    pub config: &'a TrainConfig,
    /// The generator of the data (meaningful when the data is generated).
    pub generator: Generator,
    /// Its parameters.
    pub gen_params: GenParams,
    /// The data as the user sees and edits it.
    pub dataset: &'a Dataset,
    /// Revision of that data (the worker tags its snapshots with the
    /// revision they reflect).
    pub data_revision: u64,
    /// Goes up when points are added, removed or replaced, not when one is
    /// moved or the split changes: what depends on the whole point set (its
    /// extent, its largest target) is computed again only then.
    pub data_generation: u64,
    /// The latest snapshot from the training worker.
    pub snapshot: Option<&'a Snapshot>,
    /// Whether training was asked to run.
    pub running: bool,
    /// What Undo and Redo would do, if anything.
    pub undo: Option<&'a str>,
    /// What Redo would do, if anything.
    pub redo: Option<&'a str>,
    /// Background file work is running.
    pub files_busy: bool,
    /// The window's own frame time (smoothed), in milliseconds.
    pub frame_ms: f32,
    /// Which control groups and controls the current lesson step hides or locks.
    pub classroom: &'a Classroom,
    /// The built-in course (the Learn menu).
    pub course: &'a [Lesson],
    /// Progress through the lessons.
    pub progress: &'a CourseProgress,
    /// Whether a lesson is open.
    pub lesson_open: bool,
}

impl View<'_> {
    /// The latest snapshot if it reflects the current data (per-point
    /// predictions of an older revision would mark the wrong points).
    pub fn current_snapshot(&self) -> Option<&Snapshot> {
        self.snapshot.filter(|s| s.dataset_revision == self.data_revision)
    }
}
