//! Lessons: the chapter as a guided course, and lesson files teachers
//! write. No UI here: the window draws the lesson panel and applies
//! set-ups; this module reads files, checks goals and keeps progress.
//!
//! - A [`Lesson`] is steps; a [`Step`] has bilingual texts
//!   ([`Text`]), a [`Setup`], the [`Controls`] classroom mode hides or
//!   locks, an optional [`Question`] and a goal ([`Check`]).
//! - [`parse_lesson`] / [`read_lesson`]: TOML in, a validated lesson out,
//!   or a [`LessonError`] naming line and column.
//! - [`LiveState`]: the facts checks read, filled each frame by the
//!   window (from its snapshot and labs) or by tests (from a [`Rig`]).
//! - [`LessonRun`] and [`CourseProgress`]: the step the learner is on,
//!   what is passed, what is saved with the settings.
//! - [`builtin_lessons`]: the built-in course, files in `assets/lessons/`.

mod builtin;
mod check;
mod error;
mod live;
mod model;
mod parse;
mod progress;
mod rig;
mod setup;
mod text;
mod validate;

pub use builtin::{BUILTIN_SOURCES, builtin_lessons};
pub use check::{BiasRange, Check, Count, Metric, MetricOn, Range, UpdateCount, WeightRange};
pub use error::{LessonError, MAX_LESSON_BYTES, Problem};
pub use live::{
    CompareFacts, InspectorStage, LayerParams, LiveState, LogicFacts, NetworkFacts, NeuronFacts, PerceptronFacts,
    PerceptronOutcome,
};
pub use model::{ControlGroup, ControlState, Controls, Lesson, Origin, Question, Step};
pub use parse::{parse_lesson, read_lesson};
pub use progress::{CourseProgress, LessonProgress, LessonRun};
pub use rig::{NetworkRig, Rig};
pub use setup::{
    BiasValue, CompareSetup, DataSetup, GateData, LogicNeuronSetup, LogicSetup, NetworkPlan, NetworkSetup, NeuronSetup,
    PerceptronSetup, PinnedParameter, Setup, TrainingSetup, WeightValue,
};
pub use text::{Lang, Text};
pub use validate::MAX_RUN_SAMPLES;

/// Whether `path` looks like a lesson file (`.toml`), for `nnlab FILE`
/// and drag-and-drop: sessions are `.json`, datasets `.csv`.
pub fn is_lesson_path(path: &std::path::Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml"))
}
