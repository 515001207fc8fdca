//! The perceptron lab's update table: one row per update, folded away to
//! its heading when the plots need the room.

use egui::{RichText, Ui};

use crate::app::widgets::format::num;
use crate::labs::perceptron_lab::PerceptronLab;
use crate::nn::perceptron::Update;
use crate::tr;

/// Column widths of the update table, so the header can stay above the
/// scrolling rows and still line up with them.
const COLUMN_WIDTHS: [f32; 9] = [44.0, 44.0, 36.0, 100.0, 32.0, 32.0, 120.0, 190.0, 110.0];

/// The update table: one row per update (correct samples add none). The
/// header stays put while the rows scroll.
pub(super) fn table_ui(ui: &mut Ui, lab: &PerceptronLab, open: &mut bool) {
    let rows = lab.rows();
    let heading = RichText::new(tr!("perceptron-updates-heading", updates = rows.len())).strong();
    ui.toggle_value(open, heading)
        .on_hover_text(tr!("perceptron-table-toggle-hover"));
    if !*open {
        return;
    }
    let several = lab.units().len() > 1;
    let header = [
        "#".to_string(),
        tr!("perceptron-col-epoch"),
        tr!("perceptron-col-unit"),
        "x".to_string(),
        "y".to_string(),
        "ŷ".to_string(),
        "Δw = η(y−ŷ)x".to_string(),
        tr!("perceptron-col-w"),
        tr!("perceptron-col-b"),
    ]
    .map(|h| RichText::new(h).strong());
    // The fixed columns are wider than a laptop's plot area: they scroll
    // sideways rather than widen the lab past the notes panel.
    egui::ScrollArea::horizontal()
        .id_salt("perceptron_table_columns")
        .show(ui, |ui| {
            cells_ui(ui, header, several);
            ui.separator();
            egui::ScrollArea::vertical()
                .stick_to_bottom(true)
                .auto_shrink(false)
                .show(ui, |ui| {
                    let first = rows.len().saturating_sub(500);
                    for (i, r) in rows.iter().enumerate().skip(first) {
                        row_ui(ui, i + 1, r, several);
                    }
                });
        });
}

/// One line of the table in the fixed columns (the unit column only when
/// there are several units).
fn cells_ui(ui: &mut Ui, cells: [RichText; 9], several: bool) {
    ui.horizontal(|ui| {
        let height = ui.spacing().interact_size.y;
        for (k, (cell, width)) in cells.into_iter().zip(COLUMN_WIDTHS).enumerate() {
            if k != 2 || several {
                ui.add_sized([width, height], egui::Label::new(cell));
            }
        }
    });
}

/// One table row.
fn row_ui(ui: &mut Ui, n: usize, r: &Update, several: bool) {
    let v = |xs: &[f64]| format!("({})", xs.iter().map(|x| num(*x)).collect::<Vec<_>>().join(", "));
    let cells = [
        format!("#{n}"),
        r.epoch.to_string(),
        r.unit.to_string(),
        v(&r.x),
        num(r.y),
        num(r.y_hat),
        v(&r.delta_w()),
        format!("{} -> {}", v(&r.w_before), v(&r.w_after)),
        format!("{} -> {}", num(r.b_before), num(r.b_after)),
    ]
    .map(RichText::new);
    cells_ui(ui, cells, several);
}
