//! The editor's controls: the toolbar (layers, undo, reset, zoom) and the
//! strip above each column (neurons +/−, activation).

use egui::{Rect, Role, Ui, UiBuilder, WidgetInfo};

use crate::app::context::Action;
use crate::app::context::Classroom;
use crate::app::context::InspectorAction;
use crate::lessons::{Control, ControlGroup, ControlState, Setting};
use crate::nn::{Activation, MAX_HIDDEN_LAYERS, MAX_NEURONS};
use crate::tr;
use crate::train::TrainConfig;

/// A button with an accessible name of its own (several "+" buttons).
fn named_button(ui: &mut Ui, text: &str, name: &str, enabled: bool, hover: &str) -> bool {
    let r = ui
        .add_enabled(enabled, egui::Button::new(text).small())
        .on_hover_text(hover);
    let enabled = enabled && ui.is_enabled();
    r.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, name));
    r.clicked()
}

/// Toolbar: add/remove a hidden layer, reset, node size, the backprop
/// inspector's toggle. Returns *Reset weights* or the toggle when clicked.
/// A lesson step may hide or lock the shape, the reset and the inspector
/// (`classroom`).
pub(super) fn toolbar(
    ui: &mut Ui,
    config: &mut TrainConfig,
    fit: &mut bool,
    node: &mut f32,
    inspecting: bool,
    classroom: &Classroom,
) -> Vec<Action> {
    let mut out = Vec::new();
    ui.horizontal_wrapped(|ui| {
        // A button that does not fit goes to the next row whole (egui
        // would wrap its label into a column of letters); a locked one
        // too (see `Classroom::group`).
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        ui.label(tr!("editor-hidden-layers", count = config.hidden.len()))
            .on_hover_text(tr!("editor-hidden-layers-hover"));
        classroom.setting(ui, Setting::Hidden, |ui| layer_buttons(ui, config));
        ui.separator();
        let reset = classroom.control(ui, Control::Reset, |ui| {
            ui.button(tr!("editor-reset"))
                .on_hover_text(tr!("editor-reset-hover"))
                .clicked()
        });
        if reset == Some(true) {
            out.push(Action::Reset);
        }
        let toggle = classroom.group(ui, ControlGroup::Inspector, |ui| {
            ui.selectable_label(inspecting, tr!("editor-inspect"))
                .on_hover_text(tr!("editor-inspect-hover"))
                .clicked()
        });
        if toggle == Some(true) {
            out.push(Action::Inspector(InspectorAction::Toggle));
        }
        ui.separator();
        ui.checkbox(fit, tr!("editor-fit"))
            .on_hover_text(tr!("editor-fit-hover"));
        if !*fit {
            ui.add(egui::Slider::new(node, super::layout::NODE_RANGE).text(tr!("editor-node-size")))
                .on_hover_text(tr!("editor-node-size-hover"));
        }
    });
    out
}

/// Add layer, Remove layer.
fn layer_buttons(ui: &mut Ui, config: &mut TrainConfig) {
    let n = config.hidden.len();
    if ui
        .add_enabled(n < MAX_HIDDEN_LAYERS, egui::Button::new(tr!("editor-add-layer")))
        .on_hover_text(tr!("editor-add-layer-hover"))
        .clicked()
    {
        config.add_hidden_layer();
    }
    if ui
        .add_enabled(n > 0, egui::Button::new(tr!("editor-remove-layer")))
        .on_hover_text(tr!("editor-remove-layer-hover"))
        .clicked()
    {
        config.hidden.pop();
    }
}

/// Controls above hidden layer `k` (index into `config.hidden`), unless a
/// lesson step hides the network's shape (locked: shown disabled).
pub(super) fn hidden_header(ui: &mut Ui, rect: Rect, config: &mut TrainConfig, k: usize, classroom: &Classroom) {
    let Some(spec) = config.hidden.get_mut(k) else { return };
    if classroom.control_state(Control::Setting(Setting::Hidden)) == ControlState::Hidden {
        return;
    }
    let widths = classroom.can_set(Setting::Hidden);
    let activation = classroom.can_set(Setting::Activation);
    if rect.width() < super::layout::COMPACT_HEADER {
        compact_hidden_header(ui, rect, spec, k, widths);
        return;
    }
    ui.scope_builder(UiBuilder::new().max_rect(rect), |ui| {
        header_controls(ui, rect, spec, k, (widths, activation));
    });
}

/// The −/+ buttons and the activation of one hidden layer, each usable
/// as `enabled` says (widths, activation).
fn header_controls(ui: &mut Ui, rect: Rect, spec: &mut crate::nn::LayerSpec, k: usize, enabled: (bool, bool)) {
    ui.spacing_mut().item_spacing = egui::vec2(2.0, 2.0);
    ui.add_enabled_ui(enabled.0, |ui| {
        ui.horizontal(|ui| {
            let n = spec.neurons;
            fewer_button(ui, spec, k);
            ui.label(n.to_string());
            more_button(ui, spec, k);
        });
    });
    ui.add_enabled_ui(enabled.1, |ui| activation_choice(ui, rect, spec, k));
}

/// The activation of hidden layer `k`. Its name stays on one line, cut
/// short where the column is narrower than it ("heaviside" wrapped onto
/// the first neuron's picture at 1280 px): the list gives it whole, and
/// so does the hover text, with its formula.
fn activation_choice(ui: &mut Ui, rect: Rect, spec: &mut crate::nn::LayerSpec, k: usize) {
    // Hover text, not a hover closure: egui records it as the widget's
    // accessible description, which screen readers and the tooltip test
    // read.
    let chosen = format!(
        "{}: {}\n{}",
        spec.activation.name(),
        crate::i18n::words::activation_formula(spec.activation),
        tr!("editor-activation-hover")
    );
    egui::ComboBox::from_id_salt(("editor-activation", k))
        .width(rect.width() - 8.0)
        .truncate()
        .selected_text(spec.activation.name())
        .show_ui(ui, |ui| {
            for a in Activation::ALL {
                ui.selectable_value(&mut spec.activation, a, a.name())
                    .on_hover_text(crate::i18n::words::activation_formula(a));
            }
        })
        .response
        .on_hover_text(chosen);
}

/// Controls above a narrow column (*Fit* on a small panel): the neuron
/// count with − and + stacked; the activation is chosen in the side panel
/// or in a wider editor, and its name is in the tooltip. Disabled unless
/// `enabled` (a lesson step locks the network's shape).
fn compact_hidden_header(ui: &mut Ui, rect: Rect, spec: &mut crate::nn::LayerSpec, k: usize, enabled: bool) {
    ui.scope_builder(UiBuilder::new().max_rect(rect), |ui| {
        ui.add_enabled_ui(enabled, |ui| compact_controls(ui, spec, k));
    });
}

/// The neuron count with + above and − below.
fn compact_controls(ui: &mut Ui, spec: &mut crate::nn::LayerSpec, k: usize) {
    ui.spacing_mut().item_spacing = egui::vec2(1.0, 1.0);
    ui.vertical_centered(|ui| {
        let n = spec.neurons;
        more_button(ui, spec, k);
        ui.label(egui::RichText::new(n.to_string()).small()).on_hover_text(tr!(
            "editor-neurons-hover",
            count = n,
            activation = spec.activation.name()
        ));
        fewer_button(ui, spec, k);
    });
}

/// − : one neuron fewer in hidden layer `k` (at least one stays).
fn fewer_button(ui: &mut Ui, spec: &mut crate::nn::LayerSpec, k: usize) {
    let name = tr!("editor-fewer", layer = k + 1);
    if named_button(ui, "−", &name, spec.neurons > 1, &tr!("editor-fewer-hover")) {
        spec.neurons -= 1;
    }
}

/// + : one neuron more in hidden layer `k` (up to [`MAX_NEURONS`]).
fn more_button(ui: &mut Ui, spec: &mut crate::nn::LayerSpec, k: usize) {
    let name = tr!("editor-more", layer = k + 1);
    if named_button(ui, "+", &name, spec.neurons < MAX_NEURONS, &tr!("editor-more-hover")) {
        spec.neurons += 1;
    }
}

/// Caption above the input or output column.
/// Over a narrow column (*Fit* on a small panel) the caption is small and
/// the detail left out, rather than broken mid-word.
pub(super) fn caption(ui: &mut Ui, rect: Rect, title: &str, detail: &str) {
    let narrow = rect.width() < super::layout::COMPACT_HEADER;
    ui.scope_builder(UiBuilder::new().max_rect(rect), |ui| {
        ui.vertical_centered(|ui| {
            let title = egui::RichText::new(title).strong();
            if narrow {
                ui.add(egui::Label::new(title.small()).truncate());
            } else {
                ui.label(title);
                ui.label(egui::RichText::new(detail).small().weak());
            }
        });
    });
}
