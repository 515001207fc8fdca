//! The editor's controls: the toolbar (layers, undo, reset, zoom) and the
//! strip above each column (neurons +/−, activation).

use egui::{Rect, Role, Ui, UiBuilder, WidgetInfo};

use crate::nn::{Activation, MAX_HIDDEN_LAYERS, MAX_NEURONS, OutputActivation};
use crate::train::TrainConfig;

/// A button with an accessible name of its own (several "+" buttons).
fn named_button(ui: &mut Ui, text: &str, name: &str, enabled: bool, hover: &str) -> bool {
    let r = ui
        .add_enabled(enabled, egui::Button::new(text).small())
        .on_hover_text(hover);
    r.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, name));
    r.clicked()
}

/// Toolbar: add/remove a hidden layer, reset, node size. Returns whether
/// *Reset weights* was clicked.
pub fn toolbar(ui: &mut Ui, config: &mut TrainConfig, fit: &mut bool, node: &mut f32) -> bool {
    let mut reset = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("{} hidden layers", config.hidden.len()));
        let n = config.hidden.len();
        if ui
            .add_enabled(n < MAX_HIDDEN_LAYERS, egui::Button::new("Add layer"))
            .on_hover_text("Add a hidden layer before the output")
            .clicked()
        {
            config.add_hidden_layer();
        }
        if ui
            .add_enabled(n > 0, egui::Button::new("Remove layer"))
            .on_hover_text("Remove the last hidden layer (none left: a perceptron)")
            .clicked()
        {
            config.hidden.pop();
        }
        ui.separator();
        reset = ui
            .button("Reset weights")
            .on_hover_text("Back to the seed's initial weights (R)")
            .clicked();
        ui.separator();
        ui.checkbox(fit, "Fit")
            .on_hover_text("Size the nodes so every layer fits the panel's height");
        if !*fit {
            ui.add(egui::Slider::new(node, super::layout::NODE_RANGE).text("node size"))
                .on_hover_text("Side of each neuron's picture, in points");
        }
    });
    reset
}

/// Controls above hidden layer `k` (index into `config.hidden`).
pub fn hidden_header(ui: &mut Ui, rect: Rect, config: &mut TrainConfig, k: usize) {
    let Some(spec) = config.hidden.get_mut(k) else { return };
    ui.scope_builder(UiBuilder::new().max_rect(rect), |ui| {
        ui.spacing_mut().item_spacing = egui::vec2(2.0, 2.0);
        ui.horizontal(|ui| {
            let n = spec.neurons;
            if named_button(
                ui,
                "−",
                &format!("remove neuron from layer {}", k + 1),
                n > 1,
                "One neuron fewer",
            ) {
                spec.neurons -= 1;
            }
            ui.label(n.to_string());
            if named_button(
                ui,
                "+",
                &format!("add neuron to layer {}", k + 1),
                n < MAX_NEURONS,
                "One neuron more",
            ) {
                spec.neurons += 1;
            }
        });
        egui::ComboBox::from_id_salt(("editor-activation", k))
            .width(rect.width() - 8.0)
            .selected_text(spec.activation.name())
            .show_ui(ui, |ui| {
                for a in Activation::ALL {
                    ui.selectable_value(&mut spec.activation, a, a.name())
                        .on_hover_text(a.formula());
                }
            })
            .response
            .on_hover_text("Activation of this layer (step and sign cannot be trained by backprop)");
    });
}

/// Caption above the input or output column.
pub fn caption(ui: &mut Ui, rect: Rect, title: &str, detail: &str) {
    ui.scope_builder(UiBuilder::new().max_rect(rect), |ui| {
        ui.vertical_centered(|ui| {
            ui.label(egui::RichText::new(title).strong());
            ui.label(egui::RichText::new(detail).small().weak());
        });
    });
}

/// Short name of an output activation.
pub fn output_name(o: OutputActivation) -> &'static str {
    match o {
        OutputActivation::Identity => "linear",
        OutputActivation::Sigmoid => "sigmoid",
        OutputActivation::Tanh => "tanh",
        OutputActivation::Softmax => "softmax",
    }
}
