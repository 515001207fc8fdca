//! Concept notes and lesson texts: prose paragraphs and formula lines.

use egui::{RichText, Ui};

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
