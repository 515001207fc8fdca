//! Drawing helpers several panels share: colours, neuron pictures, number
//! formats, heat maps with contours, note texts, plot axes, panel widths,
//! fonts and hover text. Like [`super::context`], it imports no panel.

pub mod colors;
pub mod fonts;
pub mod format;
pub mod heat_map;
pub mod hover;
pub mod neuron_image;
pub mod note_body;
pub mod panel_sizes;
pub mod plot_axes;

/// The width `text` takes on one line in the body style: what a row must
/// leave for a caption, a unit or a column before it places them.
pub fn text_width(ui: &egui::Ui, text: impl Into<egui::WidgetText>) -> f32 {
    text.into()
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x
}

/// A slider over `range` in steps of `step`, captioned `unit`, explained by
/// `tip`; returns whether the user moved it. The slider takes what its row
/// has left after its value box and unit (a side panel widens to its
/// widest row, and a right panel that widens slides under the drawing).
pub(crate) fn unit_slider(
    ui: &mut egui::Ui,
    value: &mut f64,
    range: std::ops::RangeInclusive<f64>,
    step: f64,
    unit: String,
    tip: String,
) -> bool {
    fit_slider(ui, unit.as_str());
    ui.add(egui::Slider::new(value, range).step_by(step).text(unit))
        .on_hover_text(tip)
        .changed()
}

/// Makes room for the next slider captioned `unit`: its bar takes what
/// the row has left after its value box and caption (40 to 140 points),
/// and in a wrapped row that has less left than that, it starts a new row.
/// A slider, its value box and its caption are one block that egui never
/// wraps: placed near a row's end, the block ran past the panel's edge
/// and widened the panel, cutting its caption.
pub(crate) fn fit_slider(ui: &mut egui::Ui, unit: &str) {
    let spacing = ui.spacing().item_spacing.x;
    let rest = ui.spacing().interact_size.x + text_width(ui, unit) + 3.0 * spacing;
    // In a wrapped row `available_width` is the whole row's width.
    let row = ui.available_width();
    let bar = (row - rest).clamp(40.0, 140.0);
    ui.spacing_mut().slider_width = bar;
    if ui.layout().main_wrap && ui.available_rect_before_wrap().width() < bar + rest {
        ui.end_row();
    }
}
