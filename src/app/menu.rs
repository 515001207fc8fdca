//! The menu bar. Reads the [`View`] (run state, what Undo would do, the
//! course and its progress, the classroom); edits the [`ViewOptions`] of
//! the View menu in place; emits the actions of the File, Edit, Train and
//! Learn menus.

use egui::{RichText, Ui};

use super::context::LessonAction;
use crate::app::context::InspectorAction;
use crate::app::context::KerasFormat;
use crate::app::context::View;
use crate::app::context::ViewOptions;
use crate::app::context::{Action, ImageTarget};
use crate::i18n::Language;
use crate::lessons::ControlGroup;
use crate::tr;

/// Whether developer-only items (simulating a worker crash) are offered:
/// only with the environment variable `NNLAB_DEBUG` set.
fn debug_menu() -> bool {
    std::env::var_os("NNLAB_DEBUG").is_some()
}

/// Draws the menu bar and returns the chosen actions.
pub(super) fn menu_bar_ui(ui: &mut Ui, options: &mut ViewOptions, view: &View) -> Vec<Action> {
    // The menu bar is drawn first in every frame: what it publishes here
    // is the language of the whole frame's texts.
    crate::i18n::set_language(options.language.unwrap_or_default());
    let mut out = Vec::new();
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(tr!("menu-file"), |ui| {
                item(ui, &mut out, &tr!("menu-open-dataset"), "Ctrl+O", Action::OpenDataset);
                item(
                    ui,
                    &mut out,
                    &tr!("menu-save-dataset"),
                    "Ctrl+Shift+S",
                    Action::SaveDataset,
                );
                ui.separator();
                item(ui, &mut out, &tr!("menu-open-session"), "", Action::OpenSession);
                item(ui, &mut out, &tr!("menu-save-session"), "Ctrl+S", Action::SaveSession);
                ui.separator();
                item(ui, &mut out, &tr!("menu-open-lesson"), "", Action::OpenLessonFile);
                ui.separator();
                item(
                    ui,
                    &mut out,
                    &tr!("menu-export-boundary"),
                    "",
                    Action::ExportImage(ImageTarget::Boundary),
                );
                item(
                    ui,
                    &mut out,
                    &tr!("menu-export-loss"),
                    "",
                    Action::ExportImage(ImageTarget::Loss),
                );
                ui.add_enabled_ui(
                    options.show_landscape && options.tab == crate::labs::Tab::Network,
                    |ui| {
                        item(
                            ui,
                            &mut out,
                            &tr!("menu-export-landscape"),
                            "",
                            Action::ExportImage(ImageTarget::Landscape),
                        )
                    },
                );
                item(ui, &mut out, &tr!("menu-export-animation"), "", Action::ExportAnimation);
                ui.menu_button(tr!("menu-export-keras"), |ui| {
                    item(
                        ui,
                        &mut out,
                        &tr!("menu-export-keras-script"),
                        "",
                        Action::ExportKeras(KerasFormat::Script),
                    );
                    item(
                        ui,
                        &mut out,
                        &tr!("menu-export-keras-notebook"),
                        "",
                        Action::ExportKeras(KerasFormat::Notebook),
                    );
                });
                ui.separator();
                item(ui, &mut out, &tr!("menu-quit"), "", Action::Quit);
            });
            ui.menu_button(tr!("menu-edit"), |ui| {
                let undo = view
                    .undo
                    .map_or_else(|| tr!("menu-undo"), |u| tr!("menu-undo-edit", edit = u));
                let redo = view
                    .redo
                    .map_or_else(|| tr!("menu-redo"), |r| tr!("menu-redo-edit", edit = r));
                ui.add_enabled_ui(view.undo.is_some(), |ui| {
                    item(ui, &mut out, &undo, "Ctrl+Z", Action::Undo)
                });
                ui.add_enabled_ui(view.redo.is_some(), |ui| {
                    item(ui, &mut out, &redo, "Ctrl+Shift+Z", Action::Redo)
                });
                ui.separator();
                ui.add_enabled_ui(view.classroom.usable(ControlGroup::Data), |ui| {
                    item(ui, &mut out, &tr!("menu-clear-data"), "", Action::Clear);
                    item(ui, &mut out, &tr!("menu-regenerate-data"), "", Action::Regenerate);
                });
            });
            ui.menu_button(tr!("menu-train"), |ui| {
                ui.add_enabled_ui(view.classroom.usable(ControlGroup::Run), |ui| {
                    let play = if view.running {
                        tr!("menu-pause")
                    } else {
                        tr!("menu-play")
                    };
                    item(ui, &mut out, &play, "Space", Action::TogglePlay);
                    item(ui, &mut out, &tr!("menu-step-batch"), "S", Action::StepBatch);
                    item(ui, &mut out, &tr!("menu-step-epoch"), "Shift+S", Action::StepEpoch);
                    item(ui, &mut out, &tr!("menu-reset"), "R", Action::Reset);
                });
                ui.separator();
                ui.add_enabled_ui(view.classroom.usable(ControlGroup::Inspector), |ui| {
                    item(
                        ui,
                        &mut out,
                        &tr!("menu-inspect"),
                        "I",
                        Action::Inspector(InspectorAction::Toggle),
                    );
                });
            });
            ui.menu_button(tr!("menu-learn"), |ui| {
                learn_menu_ui(ui, crate::i18n::language(), view, &mut out);
            });
            ui.menu_button(tr!("menu-view"), |ui| {
                ui.checkbox(&mut options.show_test, tr!("menu-show-test"))
                    .on_hover_text(tr!("controls-show-test-hover"));
                ui.checkbox(&mut options.discretize, tr!("menu-discretize"))
                    .on_hover_text(tr!("controls-discretize-hover"));
                ui.checkbox(&mut options.log_loss, tr!("menu-log-loss"))
                    .on_hover_text(tr!("menu-log-loss-hover"));
                ui.checkbox(&mut options.show_editor, tr!("menu-editor"))
                    .on_hover_text(tr!("menu-editor-hover"));
                if ui
                    .checkbox(&mut options.show_landscape, tr!("menu-landscape"))
                    .on_hover_text(tr!("menu-landscape-hover"))
                    .changed()
                    && options.show_landscape
                {
                    options.tab = crate::labs::Tab::Network;
                }
                ui.separator();
                language_menu_ui(ui, options);
            });
            ui.menu_button(tr!("menu-help"), |ui| {
                ui.label(tr!("menu-help-mouse"));
                ui.label(tr!("menu-help-click"));
                ui.label(tr!("menu-help-drag"));
                ui.label(tr!("menu-help-pan"));
                ui.label(tr!("menu-help-keys"));
                ui.label(tr!("menu-help-keys-more"));
                if debug_menu() {
                    ui.separator();
                    if ui
                        .button(tr!("menu-crash"))
                        .on_hover_text(tr!("menu-crash-hover"))
                        .clicked()
                    {
                        out.push(Action::CrashWorker);
                    }
                }
            });
        });
    });
    out
}

/// The built-in course with each lesson's progress, and lesson files: a
/// row per lesson with the steps passed and, for a teacher, how many of its
/// questions were answered right at the first try.
fn learn_menu_ui(ui: &mut Ui, lang: Language, view: &View, out: &mut Vec<Action>) {
    egui::Grid::new("learn-menu-lessons").striped(true).show(ui, |ui| {
        ui.label("");
        ui.label(RichText::new(tr!("menu-lesson-steps-heading")).small().weak());
        ui.label(RichText::new(tr!("menu-first-try-heading")).small().weak())
            .on_hover_text(tr!("menu-first-try-hover"));
        ui.end_row();
        for (k, lesson) in view.course.iter().enumerate() {
            let steps = lesson.steps.len();
            let passed = view.progress.passed(&lesson.id).min(steps);
            let label = tr!("menu-lesson", number = k + 1, title = lesson.title.get(lang));
            let button = ui.button(label);
            let button = match &lesson.summary {
                Some(s) => button.on_hover_text(s.get(lang)),
                None => button,
            };
            if button.clicked() {
                out.push(Action::StartLesson(Box::new(lesson.clone())));
                ui.close();
            }
            ui.label(tr!("menu-lesson-steps", passed = passed, steps = steps));
            let questions = lesson.steps.iter().filter(|s| s.question.is_some()).count();
            let (right, answered) = view.progress.first_tries(&lesson.id);
            let first = if questions == 0 {
                String::new()
            } else {
                tr!(
                    "menu-first-try",
                    right = right,
                    answered = answered,
                    questions = questions
                )
            };
            ui.label(first).on_hover_text(tr!("menu-first-try-hover"));
            ui.end_row();
        }
    });
    ui.separator();
    item(ui, out, &tr!("menu-open-lesson-file"), "", Action::OpenLessonFile);
    if view.lesson_open {
        item(
            ui,
            out,
            &tr!("menu-close-lesson"),
            "",
            Action::Lesson(LessonAction::Close),
        );
    }
}

/// View ▸ Language: each language in its own script. The choice is
/// published at once, so the rest of this frame already reads it.
fn language_menu_ui(ui: &mut Ui, options: &mut ViewOptions) {
    ui.menu_button(tr!("menu-language"), |ui| {
        for lang in Language::ALL {
            let current = options.language.unwrap_or_default() == lang;
            if ui
                .radio(current, lang.label())
                .on_hover_text(tr!("menu-language-hover"))
                .clicked()
            {
                options.language = Some(lang);
                crate::i18n::set_language(lang);
                ui.close();
            }
        }
    });
}

/// What a menu item does, for its tooltip.
fn item_hover(action: &Action) -> Option<String> {
    Some(match action {
        Action::OpenDataset => tr!("menu-open-dataset-hover"),
        Action::SaveDataset => tr!("menu-save-dataset-hover"),
        Action::OpenSession => tr!("menu-open-session-hover"),
        Action::SaveSession => tr!("menu-save-session-hover"),
        Action::OpenLessonFile => tr!("menu-open-lesson-hover"),
        Action::ExportImage(ImageTarget::Boundary) => tr!("menu-export-boundary-hover"),
        Action::ExportImage(ImageTarget::Loss) => tr!("menu-export-loss-hover"),
        Action::ExportImage(ImageTarget::Landscape) => tr!("menu-export-landscape-hover"),
        Action::ExportAnimation => tr!("menu-export-animation-hover"),
        Action::ExportKeras(KerasFormat::Script) => tr!("menu-export-keras-script-hover"),
        Action::ExportKeras(KerasFormat::Notebook) => tr!("menu-export-keras-notebook-hover"),
        Action::Quit => tr!("menu-quit-hover"),
        Action::Undo => tr!("menu-undo-hover"),
        Action::Redo => tr!("menu-redo-hover"),
        Action::Clear => tr!("controls-clear-hover"),
        Action::Regenerate => tr!("controls-regenerate-hover"),
        Action::TogglePlay => tr!("menu-play-hover"),
        Action::StepBatch => tr!("controls-step-hover"),
        Action::StepEpoch => tr!("controls-step-epoch-hover"),
        Action::Reset => tr!("controls-reset-hover"),
        Action::Inspector(_) => tr!("menu-inspect-hover"),
        Action::Lesson(LessonAction::Close) => tr!("menu-close-lesson-hover"),
        _ => return None,
    })
}

fn item(ui: &mut Ui, out: &mut Vec<Action>, label: &str, shortcut: &str, action: Action) {
    let button = egui::Button::new(label).shortcut_text(shortcut);
    let mut response = ui.add(button);
    if let Some(hover) = item_hover(&action) {
        response = response.on_hover_text(hover);
    }
    if response.clicked() {
        out.push(action);
        ui.close();
    }
}
