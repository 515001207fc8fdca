//! Lessons: the chapter as a guided course, and lesson files teachers
//! write. No UI here: the window draws the lesson panel and applies
//! set-ups; this module reads files, checks goals and keeps progress.
//!
//! - A [`Lesson`] is steps; a [`Step`] has bilingual texts
//!   ([`Text`]), a [`Setup`], the [`Controls`] classroom mode hides or
//!   locks (groups or single controls), an optional [`Question`] and a goal
//!   ([`Check`]), which may look back over time ([`Tracker`]).
//! - [`parse_lesson`] / [`read_lesson`]: TOML in, a checked lesson out, or
//!   a [`LessonError`] naming line and column with a typed [`Problem`]
//!   (`i18n` puts it into words) — including goals that can never be met.
//! - [`LiveState`]: the facts checks read, filled each frame by the
//!   window (from its snapshot, settings and labs) or from a [`Rig`].
//! - [`LessonRun`] and [`CourseProgress`]: the step the learner is on,
//!   what is passed, first tries, what is saved with the settings.
//! - [`run_lesson`]: a lesson driven without a window by a list of
//!   [`LearnerAction`]s (`nnlab lesson run`).
//! - [`builtin_lessons`]: the built-in course, files in `assets/lessons/`.

mod budget;
mod builtin;
mod check;
mod controls;
mod error;
mod feasible;
mod files;
mod live;
mod model;
mod parse;
mod place;
mod progress;
mod read;
mod rig;
mod run;
mod setting;
mod setup;
mod sources;
mod syntax;
mod text;
mod track;
mod validate;

pub use budget::DRY_RUN_BUDGET;
pub use builtin::builtin_lessons;
pub use check::{
    BiasRange, Check, Condition, Count, Figure, InspectorNumber, Metric, MetricOn, NumberAnswer, NumberSource, Range,
    Rose, SettingCheck, UpdateCount, WeightRange, metric as metric_now,
};
pub use controls::{Control, ControlGroup, ControlState, Controls, Lock};
pub use error::{
    Allowed, Expected, Found, ImageProblem, Impossible, LessonError, MAX_LESSON_BYTES, Problem, Shape, Syntax,
    TableKind, TableName,
};
pub use files::{LessonImage, MAX_IMAGE_BYTES, MAX_IMAGE_SIDE, load_image};
pub use live::{
    Answer, CompareFacts, InspectorFacts, InspectorStage, LayerParams, LiveState, LogicFacts, NetworkFacts,
    NeuronFacts, PerceptronFacts, PerceptronOutcome,
};
pub use model::{Choice, Lesson, Origin, Question, Step};
pub use parse::{parse_lesson, read_lesson};
pub use progress::{CourseProgress, LessonProgress, LessonRun};
pub use read::parse_goal;
pub use rig::{Given, NetworkRig, Rig, SetError};
pub use run::{
    ACTION_NAMES, ActionError, LearnerAction, LogicEdit, MAX_ACTION_MS, NeuronMove, PerceptronMove, Refusal, RunReport,
    StepResult, parse_actions, run_lesson,
};
pub use setting::{Setting, SettingKind, SettingValue, SettingsFacts};
pub use setup::{
    BiasValue, CompareSetup, DataSetup, GateData, InspectorSetup, LogicNeuronSetup, LogicSetup, NetworkPlan,
    NetworkSetup, NeuronSetup, PerceptronSetup, PinnedParameter, Setup, TrainingSetup, WeightValue,
};
pub use sources::BUILTIN_SOURCES;
pub use text::Text;
pub use track::Tracker;
pub use validate::MAX_RUN_SAMPLES;

/// The lesson `next` names (a built-in lesson by id, or `<id>.toml`
/// beside `lesson`'s file), read and checked.
///
/// # Errors
/// The next lesson's own [`LessonError`], or [`Problem::NextNotFound`].
pub fn next_lesson(lesson: &Lesson, builtin: &[Lesson]) -> Option<Result<Lesson, LessonError>> {
    let id = lesson.next.as_ref()?;
    if let Some(l) = builtin.iter().find(|l| &l.id == id) {
        return Some(Ok(l.clone()));
    }
    Some(match files::next_lesson(&lesson.origin, id) {
        Ok(Some(path)) => read_lesson(&path),
        Ok(None) => builtin_lessons().map_err(|(_, e)| e).and_then(|all| {
            all.into_iter().find(|l| &l.id == id).ok_or(LessonError::At {
                line: 1,
                column: 1,
                problem: Problem::NextNotFound(id.clone()),
            })
        }),
        Err(problem) => Err(LessonError::At {
            line: 1,
            column: 1,
            problem,
        }),
    })
}

/// Whether `path` looks like a lesson file (`.toml`), for `nnlab FILE`
/// and drag-and-drop: sessions are `.json`, datasets `.csv`.
pub fn is_lesson_path(path: &std::path::Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml"))
}
