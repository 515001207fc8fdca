//! The window's side of [`crate::lessons`]: the built-in course read once,
//! the lesson being worked through, the lesson panel and classroom mode.
//! The set-ups and the goal checks are the engine's; `apply/lesson.rs`
//! carries out the panel's requests on the window.

#[cfg(test)]
mod glyphs;
mod go_on;
mod goal;
mod locks;
mod panel;
mod picture;
mod question;

pub(super) use panel::{LessonPanel, OpenLesson, lesson_panel_ui};

use super::context::Classroom;
use crate::i18n::Message;
use crate::lessons::{Lesson, LessonRun, LiveState, Text, builtin_lessons};

/// The window's lessons.
#[derive(Default)]
pub(super) struct Course {
    /// The built-in course, in order (read once when the window opens).
    pub builtin: Vec<Lesson>,
    /// The lesson being worked through.
    pub run: Option<LessonRun>,
    /// The lesson panel's own state.
    pub panel: LessonPanel,
    /// The state the current step's goal was last checked against (the
    /// panel shows its values).
    pub live: LiveState,
    /// The lesson offered when this one is complete (its `next`), read
    /// when the lesson starts.
    pub next: Option<Lesson>,
}

impl Course {
    /// The course with the built-in lessons, and a message if they could
    /// not be read (a test keeps that from happening in a release).
    pub(super) fn load() -> (Self, Option<Message>) {
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
    pub(super) fn classroom(&self, on: bool) -> Classroom {
        match &self.run {
            Some(run) if on => Classroom::from_controls(&run.step().controls).answer_first(run.awaits_answer()),
            _ => Classroom::default(),
        }
    }
}

/// A lesson text in the learner's language, with every window label it
/// names (`{ui:KEY}`) as that window shows it.
pub(super) fn render(text: &Text) -> String {
    let lang = crate::i18n::language();
    text.render(lang, |key| {
        crate::i18n::has_message(key).then(|| crate::i18n::tr_in(lang, key, &[]))
    })
}
