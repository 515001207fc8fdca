//! The concept notes panel on the right of a lab.

use egui::{RichText, Ui};

use super::Tab;
use crate::labs::notes::{self, Note};

/// The notes a tab opens by default.
fn relevant(tab: Tab) -> &'static [Note] {
    match tab {
        Tab::Logic => &[notes::BIOLOGICAL, notes::MCCULLOCH_PITTS],
        Tab::Perceptron => &[notes::TLU, notes::LEARNING_RULES, notes::CONVERGENCE, notes::XOR],
        Tab::Compare => &[notes::LOGISTIC],
        Tab::Network => &[notes::MLP],
    }
}

/// A resizable right panel with every note; the tab's own notes open.
/// A lesson step may lock it open (`closable` false).
pub fn notes_panel_ui(ui: &mut Ui, tab: Tab, open: &mut bool, closable: bool) {
    let width = crate::app::panel_sizes::lab_side(ui.ctx().content_rect().width(), 380.0);
    width
        .apply(egui::Panel::right("concept_notes").resizable(true))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading("Concept notes");
                let close = ui.add_enabled(closable, egui::Button::new("×").small());
                if close.on_hover_text("Close the notes").clicked() {
                    *open = false;
                }
            });
            egui::ScrollArea::vertical().show(ui, |ui| {
                for note in notes::ALL {
                    let id = ui.make_persistent_id((note.title, tab));
                    egui::CollapsingHeader::new(RichText::new(note.title).strong())
                        .id_salt(id)
                        .default_open(relevant(tab).contains(&note))
                        .show(ui, |ui| note_body_ui(ui, note.body));
                }
            });
        });
}

/// Paragraphs as wrapped text; lines indented by two spaces as formulas in
/// the monospace font (the concept notes and the lesson texts).
pub fn note_body_ui(ui: &mut Ui, body: &str) {
    for paragraph in body.split("\n\n") {
        let mut prose = String::new();
        for line in paragraph.lines() {
            if let Some(formula) = line.strip_prefix("  ") {
                if !prose.is_empty() {
                    ui.label(std::mem::take(&mut prose));
                }
                ui.label(RichText::new(formula).monospace());
            } else {
                if !prose.is_empty() {
                    prose.push(' ');
                }
                prose.push_str(line);
            }
        }
        if !prose.is_empty() {
            ui.label(prose);
        }
        ui.add_space(4.0);
    }
}
