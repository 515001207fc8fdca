//! The window's side of [`crate::lessons`]: the built-in course read once,
//! the lesson being worked through, the lesson panel and classroom mode.
//! The set-ups and the goal checks are the engine's; `apply/lesson.rs`
//! carries out the panel's requests on the window.

mod classroom;
#[cfg(test)]
mod glyphs;
mod goal;
mod panel;

pub use classroom::Classroom;
pub use panel::{LessonPanel, lesson_panel_ui};

use super::labs::{Labs, Tab};
use crate::i18n::Message;
use crate::lessons::{
    CompareFacts, InspectorStage, Lesson, LessonRun, LessonTab, LiveState, LogicFacts, NetworkFacts, PerceptronFacts,
    builtin_lessons,
};
use crate::train::Snapshot;

/// What the lesson panel asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LessonAction {
    /// Pick choice `i` (from 0) of the current step's question.
    Choose(usize),
    /// Go on to the next step (the current one is passed).
    Next,
    /// Open step `i` (passed, or the first not passed) afresh.
    GoTo(usize),
    /// Close the lesson (its progress stays saved).
    Close,
}

/// The window's lessons.
#[derive(Default)]
pub struct Course {
    /// The built-in course, in order (read once when the window opens).
    pub builtin: Vec<Lesson>,
    /// The lesson being worked through.
    pub run: Option<LessonRun>,
    /// The lesson panel's own state.
    pub panel: LessonPanel,
    /// The state the current step's goal was last checked against (the
    /// panel shows its values).
    pub live: LiveState,
}

impl Course {
    /// The course with the built-in lessons, and a message if they could
    /// not be read (a test keeps that from happening in a release).
    pub fn load() -> (Self, Option<Message>) {
        match builtin_lessons() {
            Ok(builtin) => (
                Self {
                    builtin,
                    ..Self::default()
                },
                None,
            ),
            Err((file, error)) => (Self::default(), Some(Message::CourseBroken { file, error })),
        }
    }

    /// How the controls are shown this frame: as the current step says
    /// in classroom mode (`on`), else all usable.
    pub fn classroom(&self, on: bool) -> Classroom {
        match &self.run {
            Some(run) if on => Classroom::from_controls(&run.step().controls),
            _ => Classroom::default(),
        }
    }
}

/// The window's tab for a lesson's tab.
pub fn tab(t: LessonTab) -> Tab {
    match t {
        LessonTab::Network => Tab::Network,
        LessonTab::Logic => Tab::Logic,
        LessonTab::Perceptron => Tab::Perceptron,
        LessonTab::Compare => Tab::Compare,
    }
}

/// The facts the goal checks read: the labs as they are, the network of
/// `snapshot` (which must be of the current data; `None` if there is none
/// yet) and the inspector's stage.
pub fn live_state(labs: &Labs, snapshot: Option<&Snapshot>, inspector_stage: Option<InspectorStage>) -> LiveState {
    LiveState {
        network: snapshot.map(NetworkFacts::from_snapshot),
        perceptron: Some(PerceptronFacts::from_lab(&labs.perceptron)),
        logic: Some(LogicFacts::from_lab(&labs.logic)),
        compare: Some(CompareFacts::from_lab(&labs.compare)),
        inspector_stage,
        answer: None,
    }
}
