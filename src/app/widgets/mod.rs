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
