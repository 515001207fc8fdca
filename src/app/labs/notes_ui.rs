//! The concept notes panel on the right of a lab.

use egui::{RichText, Ui};

use super::Tab;
use crate::app::widgets::note_body::note_body_ui;
use crate::labs::notes::{self, NoteId};
use crate::tr;

/// A resizable right panel with every note; the tab's own notes open.
/// A lesson step may lock it open (`closable` false).
pub fn notes_panel_ui(ui: &mut Ui, tab: Tab, relevant: &[NoteId], open: &mut bool, closable: bool) {
    super::share_of_width(egui::Panel::right("concept_notes"), ui, [0.22, 0.35], [240.0, 380.0]).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading(tr!("notes-heading"));
            let close = ui.add_enabled(closable, egui::Button::new("×").small());
            if close.on_hover_text(tr!("notes-close-hover")).clicked() {
                *open = false;
            }
        });
        egui::ScrollArea::vertical().show(ui, |ui| {
            for note in notes::all(crate::i18n::language()) {
                // Keyed by the note, not its title: a note stays open
                // or closed when the language changes.
                let id = ui.make_persistent_id((note.id, tab));
                egui::CollapsingHeader::new(RichText::new(&note.title).strong())
                    .id_salt(id)
                    .default_open(relevant.contains(&note.id))
                    .show(ui, |ui| note_body_ui(ui, &note.body));
            }
        });
    });
}
