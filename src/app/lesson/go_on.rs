//! Going on from a step: *Next* (or *Done* on a reading step), *Start
//! this step again*, and at the end of a lesson the next one. Drawn in the
//! lesson card's bottom row, which the task and the text never cover.

use egui::{RichText, Ui};

use super::render;
use crate::app::context::{Action, LessonAction, View};
use crate::app::widgets::colors::PASSED;
use crate::lessons::{Lesson, LessonRun};
use crate::tr;

/// Next and Restart, and at the end of the lesson the next one.
pub(super) fn go_on_ui(ui: &mut Ui, run: &LessonRun, view: &View, next: Option<&Lesson>, out: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        next_button_ui(ui, run, out);
        if ui
            .button(tr!("lesson-restart-step"))
            .on_hover_text(tr!("lesson-restart-step-hover"))
            .clicked()
        {
            out.push(Action::Lesson(LessonAction::GoTo(run.current())));
        }
    });
    if run.is_complete() {
        next_lesson_ui(ui, run, view, next, out);
    }
}

/// Next: once the step is passed, or at once on a reading step (the last
/// reading step of a lesson says Done).
fn next_button_ui(ui: &mut Ui, run: &LessonRun, out: &mut Vec<Action>) {
    let (i, n) = (run.current(), run.lesson().steps.len());
    let reading = run.is_reading() && !run.is_passed(i);
    let last = i + 1 >= n;
    let (label, tip, action) = match (reading, last) {
        (true, true) => (
            tr!("lesson-read-done"),
            tr!("lesson-read-done-hover"),
            LessonAction::Read,
        ),
        (true, false) => (
            tr!("lesson-next-step"),
            tr!("lesson-read-next-hover"),
            LessonAction::Next,
        ),
        (false, false) if run.is_passed(i) => (
            tr!("lesson-next-step"),
            tr!("lesson-next-step-hover"),
            LessonAction::Next,
        ),
        _ => return,
    };
    if ui.button(RichText::new(label).strong()).on_hover_text(tip).clicked() {
        out.push(Action::Lesson(action));
    }
}

/// The lesson is complete: the lesson its `next` names, else the next
/// lesson of the course, if there is one.
fn next_lesson_ui(ui: &mut Ui, run: &LessonRun, view: &View, named: Option<&Lesson>, out: &mut Vec<Action>) {
    ui.label(RichText::new(tr!("lesson-complete")).strong().color(PASSED));
    let id = &run.lesson().id;
    let following = (view.course.iter())
        .position(|l| &l.id == id)
        .and_then(|k| view.course.get(k + 1));
    if let Some(next) = named.or(following)
        && ui
            .button(tr!("lesson-next-lesson", title = render(&next.title)))
            .on_hover_text(tr!("lesson-next-lesson-hover"))
            .clicked()
    {
        out.push(Action::StartLesson(Box::new(next.clone())));
    }
}
