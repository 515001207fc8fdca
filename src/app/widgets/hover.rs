//! Hover text for widgets whose tooltip is a drawing (a neuron's picture,
//! a connection's weight) rather than a sentence.

use egui::Response;

/// Records `summary` as the widget's accessible description, as
/// `on_hover_text` does for plain tooltips: screen readers then say what the
/// widget is, and the tooltip test sees that it explains itself. Call it
/// before `on_hover_ui`, which shows the full tooltip.
pub(crate) fn describe(response: &Response, summary: &str) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        if node.description().is_none() {
            node.set_description(summary);
        }
    });
}
