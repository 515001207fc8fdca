//! The concept notes beside a lab (the layout places the panel).

use egui::{RichText, Ui};

use super::Tab;
use crate::app::widgets::note_body::note_body_ui;
use crate::labs::notes::{self, NoteId};
use crate::tr;

/// Every note, the tab's own notes open, with a close button. A lesson
/// step may lock it open (`closable` false).
pub(crate) fn notes_panel_ui(ui: &mut Ui, tab: Tab, relevant: &[NoteId], open: &mut bool, closable: bool) {
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
            egui::CollapsingHeader::new(wrapped_title(ui, &note.title))
                .id_salt(id)
                .default_open(relevant.contains(&note.id))
                .show(ui, |ui| note_body_ui(ui, &note.body));
        }
    });
}

/// A note's title laid out to wrap at the panel's width: a collapsing
/// header lays its text out on one line, and a long title ("MLP,
/// feedforward, deep, backpropagation") widened the notes under the
/// lesson panel beside them.
fn wrapped_title(ui: &Ui, title: &str) -> egui::WidgetText {
    let width = ui.available_width() - ui.spacing().indent - ui.spacing().button_padding.x;
    let galley = egui::WidgetText::from(RichText::new(title).strong()).into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        width.max(40.0),
        egui::TextStyle::Button,
    );
    egui::WidgetText::Galley(galley)
}
