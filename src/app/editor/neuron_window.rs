//! The window that edits one neuron exactly: its bias and incoming weights
//! with their values, a field to type an exact value, freezing the chosen
//! connection and switching the neuron off.

use egui::{Context, Id, RichText};

use crate::app::context::NetworkEdit;
use crate::nn::Mlp;
use crate::tr;
use crate::train::Masks;

/// Which neuron is open and which of its parameters is chosen.
#[derive(Debug, Default)]
pub(super) struct NeuronWindow {
    /// Layer index (0 = first hidden layer) and neuron, if open.
    pub target: Option<(usize, usize)>,
    /// The chosen parameter: `None` the bias, `Some(i)` the weight from input i.
    pub selected: Option<usize>,
    text: String,
    /// The user has typed into the field: stop showing the live value.
    editing: bool,
    error: bool,
}

/// Parses a typed number (a decimal comma is accepted).
pub(super) fn parse_value(text: &str) -> Option<f32> {
    text.trim()
        .replace(',', ".")
        .replace('−', "-")
        .parse::<f32>()
        .ok()
        .filter(|v| v.is_finite())
}

impl NeuronWindow {
    /// Opens neuron `neuron` of `layer` with a parameter chosen.
    pub(super) fn open(&mut self, layer: usize, neuron: usize, selected: Option<usize>) {
        self.target = Some((layer, neuron));
        self.selected = selected;
        self.editing = false;
        self.error = false;
    }

    /// Draws the window (its top-right corner first at `anchor`, beside
    /// the graph rather than over it); `input_name(l, i)` names input i of
    /// layer l; `enabled` false shows the values only (a lesson step locks
    /// them). Returns the edits the user made.
    pub(super) fn ui(
        &mut self,
        ctx: &Context,
        anchor: egui::Pos2,
        net: &Mlp,
        masks: &Masks,
        input_name: &dyn Fn(usize, usize) -> String,
        enabled: bool,
    ) -> Vec<NetworkEdit> {
        let mut edits = Vec::new();
        let Some((l, j)) = self.target else { return edits };
        let Some(layer) = net.layers.get(l).filter(|layer| j < layer.outputs()) else {
            self.target = None;
            return edits;
        };
        if self.selected.is_some_and(|i| i >= layer.inputs()) {
            self.selected = None;
        }
        let output = l + 1 == net.layers.len();
        let title = if output {
            tr!("editor-edit-output-neuron", neuron = j + 1)
        } else {
            tr!("editor-edit-neuron", layer = l + 1, neuron = j + 1)
        };
        let phi = if output {
            net.head.output.name().to_string()
        } else {
            layer.activation.name().to_string()
        };
        let current = |sel: Option<usize>| sel.map_or(layer.bias[j], |i| layer.weights[(i, j)]);
        let mut open = true;
        egui::Window::new(tr!("editor-edit-title"))
            .id(Id::unique("network-editor-inspector"))
            .open(&mut open)
            .enabled(enabled)
            .pivot(egui::Align2::RIGHT_TOP)
            .default_pos(anchor)
            .resizable(false)
            .collapsible(false)
            .show(ctx, |ui| {
                ui.label(RichText::new(&title).strong());
                ui.label(format!("z = Σ w·x + b,   a = {phi}(z)"));
                egui::ScrollArea::vertical().max_height(180.0).show(ui, |ui| {
                    let b = tr!("editor-edit-bias", value = format!("{:+.4}", layer.bias[j]));
                    if ui
                        .selectable_label(self.selected.is_none(), b)
                        .on_hover_text(tr!("editor-edit-bias-hover"))
                        .clicked()
                    {
                        self.select(None);
                    }
                    for i in 0..layer.inputs() {
                        let (from, w) = (input_name(l, i), format!("{:+.4}", layer.weights[(i, j)]));
                        let text = if masks.is_frozen(l, i, j) {
                            tr!("editor-edit-weight-frozen", from = from, value = w)
                        } else {
                            tr!("editor-edit-weight", from = from, value = w)
                        };
                        if ui
                            .selectable_label(self.selected == Some(i), text)
                            .on_hover_text(tr!("editor-edit-weight-hover"))
                            .clicked()
                        {
                            self.select(Some(i));
                        }
                    }
                });
                ui.separator();
                if !self.editing {
                    self.text = format!("{:.4}", current(self.selected));
                }
                let mut set = false;
                ui.horizontal(|ui| {
                    let label = ui.label(tr!("editor-edit-exact"));
                    let r = ui
                        .add(egui::TextEdit::singleline(&mut self.text).desired_width(90.0))
                        .labelled_by(label.id)
                        .on_hover_text(tr!("editor-edit-exact-hover"));
                    let entered = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    // Once typed into, the text stays until it is set or the
                    // selection changes (clicking Set takes the focus away
                    // a frame before the click completes).
                    self.editing |= r.changed();
                    set = ui
                        .button(tr!("editor-edit-set"))
                        .on_hover_text(tr!("editor-edit-set-hover"))
                        .clicked()
                        || entered;
                });
                if set {
                    self.editing = false;
                    match parse_value(&self.text) {
                        Some(value) => {
                            self.error = false;
                            edits.push(NetworkEdit::Parameter {
                                layer: l,
                                input: self.selected,
                                neuron: j,
                                before: current(self.selected),
                                after: value,
                            });
                        }
                        None => self.error = true,
                    }
                }
                if self.error {
                    ui.colored_label(ui.visuals().error_fg_color, tr!("editor-edit-not-a-number"));
                }
                if let Some(i) = self.selected {
                    let mut frozen = masks.is_frozen(l, i, j);
                    if ui
                        .checkbox(&mut frozen, tr!("editor-edit-frozen"))
                        .on_hover_text(tr!("editor-edit-frozen-hover"))
                        .changed()
                    {
                        edits.push(NetworkEdit::Frozen {
                            layer: l,
                            input: i,
                            neuron: j,
                            frozen,
                        });
                    }
                }
                if !output {
                    let mut off = masks.is_off(l, j);
                    if ui
                        .checkbox(&mut off, tr!("editor-edit-off"))
                        .on_hover_text(tr!("editor-edit-off-hover"))
                        .changed()
                    {
                        edits.push(NetworkEdit::Off {
                            layer: l,
                            neuron: j,
                            off,
                        });
                    }
                }
            });
        if !open {
            self.target = None;
        }
        edits
    }

    fn select(&mut self, selected: Option<usize>) {
        self.selected = selected;
        self.editing = false;
        self.error = false;
    }
}

#[cfg(test)]
mod tests {
    use super::parse_value;

    #[test]
    fn typed_numbers() {
        assert_eq!(parse_value(" -0.5 "), Some(-0.5));
        assert_eq!(parse_value("1,25"), Some(1.25));
        assert_eq!(parse_value("−2"), Some(-2.0));
        assert_eq!(parse_value("abc"), None);
        assert_eq!(parse_value("inf"), None);
    }
}
