//! The menu bar. Reads the [`View`] (run state, what Undo would do, the
//! course and its progress, the classroom); edits the [`ViewOptions`] of
//! the View menu in place; emits the actions of the File, Edit, Train and
//! Learn menus.

use egui::Ui;

use super::actions::{Action, ImageTarget};
use super::editor::InspectorAction;
use super::files::KerasFormat;
use super::lesson::LessonAction;
use super::settings::ViewOptions;
use super::view::View;
use crate::i18n::Language;
use crate::lessons::{ControlGroup, Lang};
use crate::tr;

/// Whether developer-only items (simulating a worker crash) are offered:
/// only with the environment variable `NNLAB_DEBUG` set.
fn debug_menu() -> bool {
    std::env::var_os("NNLAB_DEBUG").is_some()
}

/// Draws the menu bar and returns the chosen actions.
pub fn menu_bar_ui(ui: &mut Ui, options: &mut ViewOptions, view: &View) -> Vec<Action> {
    // The menu bar is drawn first in every frame: what it publishes here
    // is the language of the whole frame's texts.
    crate::i18n::set_language(options.language.unwrap_or_default());
    let mut out = Vec::new();
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                item(ui, &mut out, "Open dataset…", "Ctrl+O", Action::OpenDataset);
                item(ui, &mut out, "Save dataset…", "Ctrl+Shift+S", Action::SaveDataset);
                ui.separator();
                item(ui, &mut out, "Open session…", "", Action::OpenSession);
                item(ui, &mut out, "Save session…", "Ctrl+S", Action::SaveSession);
                ui.separator();
                item(ui, &mut out, "Open lesson…", "", Action::OpenLessonFile);
                ui.separator();
                item(
                    ui,
                    &mut out,
                    "Export boundary image…",
                    "",
                    Action::ExportImage(ImageTarget::Boundary),
                );
                item(
                    ui,
                    &mut out,
                    "Export loss plot image…",
                    "",
                    Action::ExportImage(ImageTarget::Loss),
                );
                item(ui, &mut out, "Export training animation…", "", Action::ExportAnimation);
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
                item(ui, &mut out, "Quit", "", Action::Quit);
            });
            ui.menu_button("Edit", |ui| {
                let undo = view.undo.map_or_else(|| "Undo".to_string(), |u| format!("Undo {u}"));
                let redo = view.redo.map_or_else(|| "Redo".to_string(), |r| format!("Redo {r}"));
                ui.add_enabled_ui(view.undo.is_some(), |ui| {
                    item(ui, &mut out, &undo, "Ctrl+Z", Action::Undo)
                });
                ui.add_enabled_ui(view.redo.is_some(), |ui| {
                    item(ui, &mut out, &redo, "Ctrl+Shift+Z", Action::Redo)
                });
                ui.separator();
                ui.add_enabled_ui(view.classroom.usable(ControlGroup::Data), |ui| {
                    item(ui, &mut out, "Clear data", "", Action::Clear);
                    item(ui, &mut out, "Regenerate data", "", Action::Regenerate);
                });
            });
            ui.menu_button("Train", |ui| {
                ui.add_enabled_ui(view.classroom.usable(ControlGroup::Run), |ui| {
                    let play = if view.running { "Pause" } else { "Play" };
                    item(ui, &mut out, play, "Space", Action::TogglePlay);
                    item(ui, &mut out, "Step one batch", "S", Action::StepBatch);
                    item(ui, &mut out, "Step one epoch", "Shift+S", Action::StepEpoch);
                    item(ui, &mut out, "Reset weights", "R", Action::Reset);
                });
                ui.separator();
                ui.add_enabled_ui(view.classroom.usable(ControlGroup::Inspector), |ui| {
                    item(
                        ui,
                        &mut out,
                        "Inspect backprop",
                        "I",
                        Action::Inspector(InspectorAction::Toggle),
                    );
                });
            });
            ui.menu_button("Learn", |ui| {
                learn_menu_ui(ui, crate::i18n::language().lesson_lang(), view, &mut out);
            });
            ui.menu_button("View", |ui| {
                ui.checkbox(&mut options.show_test, "Show test data");
                ui.checkbox(&mut options.discretize, "Discretize output");
                ui.checkbox(&mut options.log_loss, "Loss on a log scale");
                ui.checkbox(&mut options.show_editor, "Network editor")
                    .on_hover_text("The panel at the right that draws and edits the network");
                ui.separator();
                language_menu_ui(ui, options);
            });
            ui.menu_button("Help", |ui| {
                ui.label("Mouse on the boundary view:");
                ui.label("  click: add a point of the selected class");
                ui.label("  drag a point: move it · right-click: delete it");
                ui.label("  drag empty space: pan · Ctrl+scroll: zoom · double-click: fit");
                ui.label("Keys: Space play/pause · S step · Shift+S epoch · R reset · I inspect backprop");
                ui.label("      1–9 class · Ctrl+Z undo · Ctrl+Shift+Z redo");
                if debug_menu() {
                    ui.separator();
                    if ui
                        .button("Simulate a worker crash")
                        .on_hover_text("Checks that a crash of the training thread is survived (NNLAB_DEBUG)")
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

/// The built-in course with each lesson's progress, and lesson files.
fn learn_menu_ui(ui: &mut Ui, lang: Lang, view: &View, out: &mut Vec<Action>) {
    for (k, lesson) in view.course.iter().enumerate() {
        let steps = lesson.steps.len();
        let passed = view.progress.passed(&lesson.id).min(steps);
        let label = format!("{}. {} ({passed}/{steps} steps)", k + 1, lesson.title.get(lang));
        let button = ui.button(label);
        let button = match &lesson.summary {
            Some(s) => button.on_hover_text(s.get(lang)),
            None => button,
        };
        if button.clicked() {
            out.push(Action::StartLesson(Box::new(lesson.clone())));
            ui.close();
        }
    }
    ui.separator();
    item(ui, out, "Open lesson file…", "", Action::OpenLessonFile);
    if view.lesson_open {
        item(ui, out, "Close lesson", "", Action::Lesson(LessonAction::Close));
    }
}

/// View ▸ Language: each language in its own script. The choice is
/// published at once, so the rest of this frame already reads it.
fn language_menu_ui(ui: &mut Ui, options: &mut ViewOptions) {
    ui.menu_button(crate::tr!("menu-language"), |ui| {
        for lang in Language::ALL {
            let current = options.language.unwrap_or_default() == lang;
            if ui.radio(current, lang.label()).clicked() {
                options.language = Some(lang);
                crate::i18n::set_language(lang);
                ui.close();
            }
        }
    });
}

fn item(ui: &mut Ui, out: &mut Vec<Action>, label: &str, shortcut: &str, action: Action) {
    let button = egui::Button::new(label).shortcut_text(shortcut);
    if ui.add(button).clicked() {
        out.push(action);
        ui.close();
    }
}
