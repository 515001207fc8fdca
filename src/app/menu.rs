//! The menu bar.

use egui::Ui;

use super::actions::{Action, ImageTarget};
use super::app::NnlabApp;

/// Draws the menu bar and returns the chosen actions.
pub fn menu_bar_ui(ui: &mut Ui, app: &mut NnlabApp) -> Vec<Action> {
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
                ui.separator();
                item(ui, &mut out, "Quit", "", Action::Quit);
            });
            ui.menu_button("Edit", |ui| {
                item(ui, &mut out, "Undo", "Ctrl+Z", Action::UndoLast);
                item(ui, &mut out, "Redo", "Ctrl+Shift+Z", Action::RedoLast);
                ui.separator();
                item(ui, &mut out, "Clear data", "", Action::Clear);
                item(ui, &mut out, "Regenerate data", "", Action::Regenerate);
            });
            ui.menu_button("Train", |ui| {
                let play = if app.is_running() { "Pause" } else { "Play" };
                item(ui, &mut out, play, "Space", Action::TogglePlay);
                item(ui, &mut out, "Step one batch", "S", Action::StepBatch);
                item(ui, &mut out, "Step one epoch", "Shift+S", Action::StepEpoch);
                item(ui, &mut out, "Reset weights", "R", Action::Reset);
            });
            ui.menu_button("View", |ui| {
                ui.checkbox(&mut app.settings.show_test, "Show test data");
                ui.checkbox(&mut app.settings.discretize, "Discretize output");
                ui.checkbox(&mut app.settings.log_loss, "Loss on a log scale");
            });
            ui.menu_button("Help", |ui| {
                ui.label("Mouse on the boundary view:");
                ui.label("  click: add a point of the selected class");
                ui.label("  drag a point: move it · right-click: delete it");
                ui.label("  drag empty space: pan · Ctrl+scroll: zoom · double-click: fit");
                ui.label("Keys: Space play/pause · S step · Shift+S epoch · R reset");
                ui.label("      1–9 class · Ctrl+Z undo · Ctrl+Shift+Z redo");
                ui.separator();
                if ui
                    .button("Simulate a worker crash")
                    .on_hover_text("Checks that a crash of the training thread is survived")
                    .clicked()
                {
                    out.push(Action::CrashWorker);
                }
            });
        });
    });
    out
}

fn item(ui: &mut Ui, out: &mut Vec<Action>, label: &str, shortcut: &str, action: Action) {
    let button = egui::Button::new(label).shortcut_text(shortcut);
    if ui.add(button).clicked() {
        out.push(action);
        ui.close();
    }
}
