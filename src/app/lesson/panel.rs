//! The lesson panel (the layout places it, down to a card on a laptop):
//! the steps in a row with a check mark for each one passed, the current
//! step's text (formula lines in monospace) and picture, which scroll, and
//! under them, never scrolled away, its question, its hint on demand, the
//! goal part by part, and Next once the step is passed.
//!
//! Reads: the lesson run, the state the goal was last checked against, the
//! [`View`] (the course, the classroom). Edits in place: the panel's own
//! state and the classroom-mode switch. Emits: [`Action::Lesson`] and, at
//! the end of a lesson, [`Action::StartLesson`] for the next one.

use egui::{Color32, RichText, Role, Sense, Stroke, Ui, WidgetInfo, pos2, vec2};

use super::goal::goal_lines;
use super::locks::locks_ui;
use super::picture::{Picture, picture_ui};
use super::question::question_ui;
use super::render;
use crate::app::context::Action;
use crate::app::context::LessonAction;
use crate::app::context::View;
use crate::app::layout::{self, Place};
use crate::app::widgets::note_body::note_body_ui;
use crate::lessons::{Lesson, LessonRun, LiveState};
use crate::tr;

/// Green of a passed step.
pub(super) const PASSED: Color32 = Color32::from_rgb(60, 170, 80);

/// The panel's own state between frames.
#[derive(Debug, Default)]
pub(crate) struct LessonPanel {
    /// The hint of the current step is shown.
    hint_shown: bool,
    /// The lesson id and step the hint belongs to (a new step hides it).
    step: Option<(String, usize)>,
    /// What the learner typed into a number question's field.
    number: String,
    /// The current step's image, uploaded.
    picture: Option<Picture>,
}

/// The open lesson as the panel draws it.
pub(crate) struct OpenLesson<'a> {
    /// The lesson being worked through.
    pub run: &'a LessonRun,
    /// The state its goal was last checked against.
    pub live: &'a LiveState,
    /// The lesson its `next` names, offered at the end.
    pub next: Option<&'a Lesson>,
}

/// Draws the panel for the open lesson into `ui` (the layout places it,
/// as wide as the work beside it allows: down to a card). What the step's
/// goal needs — the question and its choices, the goal, *Next* — stays at
/// the bottom and never scrolls; the step's text scrolls above it.
pub(crate) fn lesson_panel_ui(
    ui: &mut Ui,
    panel: &mut LessonPanel,
    open: &OpenLesson<'_>,
    view: &View,
    classroom: &mut bool,
    place: &mut Place,
) -> Vec<Action> {
    let run = open.run;
    let key = (run.lesson().id.clone(), run.current());
    if panel.step.as_ref() != Some(&key) {
        panel.step = Some(key);
        panel.hint_shown = false;
        panel.number.clear();
    }
    let mut out = Vec::new();
    header_ui(ui, run, classroom, place, &mut out);
    steps_ui(ui, run, &mut out);
    ui.separator();
    egui::Panel::bottom("lesson-task")
        .resizable(false)
        .show_separator_line(true)
        .show(ui, |ui| task_ui(ui, panel, open, view, &mut out));
    egui::ScrollArea::vertical()
        .id_salt(("lesson-text", run.current()))
        .auto_shrink(false)
        .show(ui, |ui| {
            let step = run.step();
            ui.heading(render(&step.title));
            note_body_ui(ui, &render(&step.text));
            picture_ui(ui, run, &mut panel.picture);
        });
    out
}

/// Title, fold, move and close buttons, classroom mode.
fn header_ui(ui: &mut Ui, run: &LessonRun, classroom: &mut bool, place: &mut Place, out: &mut Vec<Action>) {
    let lesson = run.lesson();
    ui.horizontal(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.small_button("×").on_hover_text(tr!("lesson-close-hover")).clicked() {
                out.push(Action::Lesson(LessonAction::Close));
            }
            layout::fold_and_move_ui(ui, place, tr!("lesson-fold"), tr!("lesson-fold-hover"));
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(egui::Label::new(RichText::new(render(&lesson.title)).strong()).wrap());
            });
        });
    });
    if let Some(summary) = &lesson.summary {
        ui.label(RichText::new(render(summary)).small().weak());
    }
    ui.checkbox(classroom, tr!("lesson-classroom"))
        .on_hover_text(tr!("lesson-classroom-hover"));
}

/// One small button per step, in a row: a check mark when passed; a step
/// can be opened when it is passed or the first one not passed. The
/// button's accessible name is the step's number and title.
fn steps_ui(ui: &mut Ui, run: &LessonRun, out: &mut Vec<Action>) {
    let steps = &run.lesson().steps;
    let first_open = (0..steps.len()).find(|&i| !run.is_passed(i)).unwrap_or(steps.len());
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(tr!("lesson-step-of", step = run.current() + 1, steps = steps.len()))
                .small()
                .weak(),
        );
        for (i, step) in steps.iter().enumerate() {
            let passed = run.is_passed(i);
            check_mark(ui, passed);
            let text = format!("{}. {}", i + 1, render(&step.title));
            let reachable = i <= first_open;
            let r = ui
                .add_enabled(
                    reachable,
                    egui::Button::selectable(i == run.current(), format!("{}", i + 1)),
                )
                .on_hover_text(format!("{text}\n{}", tr!("lesson-step-hover")))
                .on_disabled_hover_text(tr!("lesson-step-locked-hover"));
            let name = if passed {
                tr!("lesson-step-passed-name", step = text.as_str())
            } else {
                text.clone()
            };
            r.widget_info(|| WidgetInfo::selected(Role::Button, reachable, i == run.current(), name.as_str()));
            if r.clicked() {
                out.push(Action::Lesson(LessonAction::GoTo(i)));
            }
        }
    });
}

/// What the step asks of the learner: its question, hint, goal, the
/// controls it locks, and the buttons to go on.
fn task_ui(ui: &mut Ui, panel: &mut LessonPanel, open: &OpenLesson<'_>, view: &View, out: &mut Vec<Action>) {
    let run = open.run;
    let step = run.step();
    let i = run.current();
    if let Some(q) = &step.question {
        question_ui(ui, q, run, open.live, &mut panel.number, out);
    }
    if let Some(hint) = &step.hint {
        ui.add_space(4.0);
        if panel.hint_shown {
            ui.label(RichText::new(tr!("lesson-hint", hint = render(hint))).italics());
        } else if ui
            .button(tr!("lesson-show-hint"))
            .on_hover_text(tr!("lesson-show-hint-hover"))
            .clicked()
        {
            panel.hint_shown = true;
        }
    }
    ui.separator();
    goal_ui(ui, run, open.live);
    locks_ui(ui, view);
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        next_button_ui(ui, run, out);
        if ui
            .button(tr!("lesson-restart-step"))
            .on_hover_text(tr!("lesson-restart-step-hover"))
            .clicked()
        {
            out.push(Action::Lesson(LessonAction::GoTo(i)));
        }
    });
    if run.is_complete() {
        next_lesson_ui(ui, run, view, open.next, out);
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

/// The goal, part by part, and whether the step is passed.
fn goal_ui(ui: &mut Ui, run: &LessonRun, live: &LiveState) {
    let mut live = live.clone();
    live.answer = run.answer();
    ui.strong(tr!("lesson-goal"));
    for line in goal_lines(&run.step().goal, run.tracker(), &live) {
        ui.horizontal_wrapped(|ui| {
            check_mark(ui, line.met);
            ui.label(line.text);
        });
    }
    if run.is_passed(run.current()) {
        ui.horizontal(|ui| {
            check_mark(ui, true);
            ui.label(RichText::new(tr!("lesson-step-passed")).strong().color(PASSED));
        });
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

/// A painted check mark (the default fonts have no ✓), or an empty ring.
fn check_mark(ui: &mut Ui, done: bool) {
    let size = ui.spacing().interact_size.y.min(16.0);
    let (rect, _) = ui.allocate_exact_size(vec2(size, size), Sense::hover());
    let p = ui.painter_at(rect);
    let (c, r) = (rect.center(), size * 0.4);
    if done {
        let stroke = Stroke::new(2.0, PASSED);
        let (a, b, d) = (
            pos2(c.x - r, c.y),
            pos2(c.x - r * 0.3, c.y + r * 0.7),
            pos2(c.x + r, c.y - r * 0.7),
        );
        p.line_segment([a, b], stroke);
        p.line_segment([b, d], stroke);
    } else {
        p.circle_stroke(c, r * 0.8, Stroke::new(1.0, ui.visuals().weak_text_color()));
    }
}
