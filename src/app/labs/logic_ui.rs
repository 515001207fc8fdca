//! The logic-neuron lab: choose a gate or build a network, toggle the
//! inputs, read the live truth table and set its target column.

use egui::{Color32, RichText, Ui};

use super::{Labs, logic_draw};
use crate::app::lesson::Classroom;
use crate::labs::logic_lab::{LogicLab, MAX_LAB_INPUTS, Preset};
use crate::lessons::ControlGroup;
use crate::nn::logic::{ConnectionKind, Gate, Source};

/// Draws the lab; `classroom` may hide or lock the network and the targets.
pub fn logic_ui(ui: &mut Ui, labs: &mut Labs, classroom: &Classroom) {
    let lab = &mut labs.logic;
    classroom.group(ui, ControlGroup::LogicNetwork, |ui| {
        presets_ui(ui, lab, &mut labs.logic_selected)
    });
    logic_lab_ui(ui, labs, classroom);
}

/// The gates and Custom.
fn presets_ui(ui: &mut Ui, lab: &mut LogicLab, selected_neuron: &mut Option<usize>) {
    ui.horizontal_wrapped(|ui| {
        ui.label("Network:");
        for gate in Gate::ALL {
            let selected = lab.preset() == Preset::Gate(gate);
            if ui.selectable_label(selected, gate.formula()).clicked() {
                lab.select_gate(gate);
                *selected_neuron = None;
            }
        }
        if ui.selectable_label(lab.preset() == Preset::Custom, "Custom").clicked() {
            lab.start_custom();
            *selected_neuron = None;
        }
    });
}

/// The inputs, the diagram, the truth table and the custom editor.
fn logic_lab_ui(ui: &mut Ui, labs: &mut Labs, classroom: &Classroom) {
    let lab = &mut labs.logic;
    ui.horizontal(|ui| {
        ui.label("Inputs (click to toggle):");
        for i in 0..lab.inputs().len() {
            let name = lab.network().inputs.get(i).cloned().unwrap_or_default();
            let on = lab.inputs()[i];
            if ui.selectable_label(on, format!("{name} = {}", u8::from(on))).clicked() {
                lab.toggle_input(i);
            }
        }
        ui.separator();
        match lab.evaluation() {
            Ok(e) => {
                for (name, v) in lab.network().output_names().iter().zip(&e.outputs) {
                    ui.label(RichText::new(format!("{name} = {}", u8::from(*v))).strong().size(18.0));
                }
            }
            // A network being built has no output yet: a hint, not an error.
            Err(crate::nn::logic::LogicError::NoOutputs) => {
                ui.weak("no output neuron yet (the first neuron added is the output)");
            }
            Err(e) => {
                ui.colored_label(ui.visuals().error_fg_color, e.to_string());
            }
        }
    });
    ui.label(
        RichText::new(
            "Arrow: excitatory line. Red line ending in a circle: inhibitory (one active inhibitory line vetoes). \
             A neuron fires when no veto and at least θ active excitatory lines. Double ring: output.",
        )
        .small()
        .weak(),
    );
    ui.columns(2, |cols| {
        let lab = &mut labs.logic;
        let height = (cols[0].available_height() - 8.0).clamp(200.0, 420.0);
        if let Some(i) = logic_draw::diagram_ui(&mut cols[0], lab, height) {
            lab.toggle_input(i);
        }
        truth_table_ui(&mut cols[1], lab, classroom);
        if lab.preset() == Preset::Custom && classroom.shown(ControlGroup::LogicNetwork) {
            cols[1].separator();
            classroom.group(&mut cols[1], ControlGroup::LogicNetwork, |ui| editor_ui(ui, labs));
        }
    });
}

/// The truth table with its target column (click to flip) and checks; a
/// lesson step may lock the targets, or hide them with the checks.
fn truth_table_ui(ui: &mut Ui, lab: &mut LogicLab, classroom: &Classroom) {
    let targets = classroom.shown(ControlGroup::LogicTargets);
    ui.strong("Truth table (every input combination)");
    let table = match lab.table() {
        Ok(t) => t,
        Err(e) => {
            ui.label(format!("No table yet: {e}."));
            return;
        }
    };
    let output = lab.network().output_names().first().cloned().unwrap_or_default();
    let mut flip = None;
    egui::Grid::new("truth_table").striped(true).show(ui, |ui| {
        for name in &lab.network().inputs {
            ui.strong(name);
        }
        ui.strong(&output);
        if targets {
            ui.strong("target");
            ui.strong("check");
        }
        ui.end_row();
        for (r, row) in table.iter().enumerate() {
            let current = row.inputs.as_slice() == lab.inputs();
            for &v in &row.inputs {
                let t = RichText::new(u8::from(v).to_string());
                ui.label(if current { t.strong().underline() } else { t });
            }
            ui.label(RichText::new(u8::from(row.output).to_string()).strong());
            if !targets {
                ui.end_row();
                continue;
            }
            let clicked = classroom.group(ui, ControlGroup::LogicTargets, |ui| {
                ui.button(u8::from(row.target).to_string())
                    .on_hover_text("Click to change the target")
                    .clicked()
            });
            if clicked == Some(true) {
                flip = Some(r);
            }
            if row.ok() {
                ui.colored_label(Color32::from_rgb(60, 170, 80), "yes");
            } else {
                ui.colored_label(ui.visuals().error_fg_color, "no");
            }
            ui.end_row();
        }
    });
    if let Some(r) = flip {
        lab.toggle_target(r);
    }
    if targets {
        let right = table.iter().filter(|r| r.ok()).count();
        ui.label(format!("{right} of {} rows match the target.", table.len()));
    }
}

/// Custom mode: add inputs and neurons, wire them, set thresholds.
fn editor_ui(ui: &mut Ui, labs: &mut Labs) {
    let lab = &mut labs.logic;
    let mut result: Option<Result<(), crate::nn::logic::LogicError>> = None;
    ui.horizontal(|ui| {
        let add_input = ui
            .add_enabled(lab.can_add_input(), egui::Button::new("Add input"))
            .on_hover_text("Adds the next input: C after A and B")
            .on_disabled_hover_text(format!("The lab has at most {MAX_LAB_INPUTS} inputs (A, B, C)"));
        if add_input.clicked() {
            result = Some(lab.add_input());
        }
        if ui.button("Add neuron").clicked() {
            match lab.add_neuron() {
                Ok(i) => labs.logic_selected = Some(i),
                Err(e) => result = Some(Err(e)),
            }
        }
    });
    let names: Vec<String> = lab.network().neurons.iter().map(|n| n.name.clone()).collect();
    if names.is_empty() {
        ui.label("Add a neuron to start.");
    }
    let selected = labs.logic_selected.filter(|&i| i < names.len());
    ui.horizontal_wrapped(|ui| {
        ui.label("Edit neuron:");
        for (i, name) in names.iter().enumerate() {
            if ui.selectable_label(selected == Some(i), name).clicked() {
                labs.logic_selected = Some(i);
            }
        }
    });
    if let Some(i) = selected
        && let Some(neuron) = lab.network().neurons.get(i).cloned()
    {
        ui.horizontal(|ui| {
            let mut theta = neuron.threshold;
            ui.label("threshold θ");
            if ui.add(egui::DragValue::new(&mut theta).range(0..=9)).changed() {
                result = Some(lab.edit(|net| net.set_threshold(i, theta)));
            }
            let mut output = neuron.output;
            if ui.checkbox(&mut output, "output").changed() {
                result = Some(lab.edit(|net| net.set_output(i, output)));
            }
            if ui.button("Remove").clicked() {
                result = Some(lab.edit(|net| net.remove_neuron(i).map(|_| ())));
                labs.logic_selected = None;
            }
        });
        ui.label("Lines into it (only from inputs and earlier neurons):");
        let sources: Vec<Source> = (0..lab.network().inputs.len())
            .map(Source::Input)
            .chain((0..i).map(Source::Neuron))
            .collect();
        egui::Grid::new("logic_lines").show(ui, |ui| {
            for from in sources {
                let current = neuron.inputs.iter().find(|c| c.from == from).map(|c| c.kind);
                ui.label(lab.network().source_label(from));
                for (kind, text) in [
                    (None, "none"),
                    (Some(ConnectionKind::Excitatory), "excitatory"),
                    (Some(ConnectionKind::Inhibitory), "inhibitory"),
                ] {
                    if ui.selectable_label(current == kind, text).clicked() && current != kind {
                        result = Some(lab.edit(|net| {
                            if current.is_some() {
                                net.disconnect(i, from)?;
                            }
                            match kind {
                                Some(k) => net.connect(i, from, k),
                                None => Ok(()),
                            }
                        }));
                    }
                }
                ui.end_row();
            }
        });
    }
    if let Some(r) = result {
        labs.logic_error = r.err().map(|e| e.to_string());
    }
    if let Some(e) = &labs.logic_error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
}
