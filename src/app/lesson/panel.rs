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

use crate::app::widgets::colors::PASSED;
use egui::{RichText, Role, Sense, Stroke, Ui, WidgetInfo, pos2, vec2};

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

/// Lines of the step's text kept in view beside a tall task.
const TEXT_LINES: f32 = 3.0;

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
    /// The task was taller than its room last frame.
    task_scrolls: bool,
    /// Height the task's contents took last frame.
    task_height: Option<f32>,
}

impl LessonPanel {
    /// The task (question, hint, goal) did not fit its room last frame.
    pub(crate) fn task_scrolls(&self) -> bool {
        self.task_scrolls
    }
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
    // Bottom up: the buttons to go on, then the task, then the text in
    // what is left. The task's panel is as high as its contents were last
    // frame, up to the card less [`TEXT_LINES`]; a taller task scrolls in
    // its own area rather than run over the text and past the card.
    egui::Panel::bottom("lesson-go")
        .resizable(false)
        .show_separator_line(false)
        .frame(egui::Frame::NONE.inner_margin(egui::Margin::symmetric(0, 3)))
        .show(ui, |ui| super::go_on::go_on_ui(ui, run, view, open.next, &mut out));
    let text_min = TEXT_LINES * (ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y);
    let task_max = (ui.available_height() - text_min).max(text_min);
    let task_height = panel.task_height.unwrap_or(task_max).min(task_max);
    egui::Panel::bottom("lesson-task")
        .resizable(false)
        .show_separator_line(false)
        .frame(egui::Frame::NONE)
        .exact_size(task_height)
        .show(ui, |ui| {
            let top = ui.cursor().min.y;
            ui.separator();
            let above = ui.cursor().min.y - top;
            let shown = egui::ScrollArea::vertical()
                .id_salt(("lesson-task", &run.lesson().id, run.current()))
                .auto_shrink([false, true])
                .show(ui, |ui| task_ui(ui, panel, open, view, &mut out));
            let wanted = shown.content_size.y + above;
            if panel.task_height.is_none_or(|h| (h - wanted).abs() > 0.5) {
                // Laid out again at once (a goal line that changed its
                // length this frame would otherwise scroll for a frame).
                panel.task_height = Some(wanted);
                ui.ctx().request_discard("the lesson's task changed height");
            }
            panel.task_scrolls = shown.content_size.y > shown.inner_rect.height() + 0.5;
        });
    egui::ScrollArea::vertical()
        // One scroll position per lesson and step: a step of another lesson
        // opens at its top, not where the same step number was left.
        .id_salt(("lesson-text", &run.lesson().id, run.current()))
        .auto_shrink(false)
        .show(ui, |ui| {
            // The lesson's summary reads with the text (above the task it
            // took the room a laptop's card needs for the question).
            if let Some(summary) = &run.lesson().summary {
                ui.label(RichText::new(render(summary)).small().weak());
            }
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
    let label = tr!("lesson-classroom");
    let s = ui.spacing();
    let checkbox = s.icon_width + s.icon_spacing + crate::app::widgets::text_width(ui, label.as_str());
    let mut beside = false;
    // The buttons on a row of their own, with classroom mode where it
    // fits: beside them a card's title broke inside its words
    // ("backpro / pagatio / n").
    ui.horizontal(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.small_button("×").on_hover_text(tr!("lesson-close-hover")).clicked() {
                out.push(Action::Lesson(LessonAction::Close));
            }
            layout::fold_and_move_ui(ui, place, tr!("lesson-fold"), tr!("lesson-fold-hover"));
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                beside = ui.available_width() >= checkbox;
                if beside {
                    classroom_ui(ui, classroom, &label);
                } else {
                    // The panel's name where it fits (beside the inspector
                    // the card is too narrow for it and its buttons).
                    let name = RichText::new(tr!("layout-lesson")).small().weak();
                    if ui.available_width() >= crate::app::widgets::text_width(ui, name.clone()) {
                        ui.label(name);
                    }
                }
            });
        });
    });
    ui.add(egui::Label::new(RichText::new(render(&lesson.title)).strong()).wrap());
    if !beside {
        classroom_ui(ui, classroom, &label);
    }
}

/// The classroom-mode switch.
fn classroom_ui(ui: &mut Ui, classroom: &mut bool, label: &str) {
    ui.checkbox(classroom, label)
        .on_hover_text(tr!("lesson-classroom-hover"));
}

/// One small button per step, in a row: a check mark when passed; a step
/// can be opened when it is passed or the first one not passed. The
/// button's accessible name is the step's number and title. Each mark
/// sits close to its number and the steps a little apart, so three steps
/// keep one row on the ~200-point card beside the inspector (the last
/// number wrapped alone onto a second line).
fn steps_ui(ui: &mut Ui, run: &LessonRun, out: &mut Vec<Action>) {
    let steps = &run.lesson().steps;
    let first_open = (0..steps.len()).find(|&i| !run.is_passed(i)).unwrap_or(steps.len());
    ui.horizontal_wrapped(|ui| {
        let apart = ui.spacing().item_spacing.x;
        ui.spacing_mut().item_spacing.x = 1.0;
        ui.label(
            RichText::new(tr!("lesson-step-of", step = run.current() + 1, steps = steps.len()))
                .small()
                .weak(),
        );
        for (i, step) in steps.iter().enumerate() {
            let passed = run.is_passed(i);
            ui.add_space(apart - 1.0);
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
/// controls it locks.
fn task_ui(ui: &mut Ui, panel: &mut LessonPanel, open: &OpenLesson<'_>, view: &View, out: &mut Vec<Action>) {
    let run = open.run;
    let step = run.step();
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
