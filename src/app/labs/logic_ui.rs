//! The logic-neuron lab: choose a gate or build a network, toggle the
//! inputs, read the live truth table and set its target column.

use egui::{Color32, RichText, Ui};

use super::LabPanel;
use super::logic_draw::{self, DiagramClick};
use crate::app::context::Action;
use crate::app::context::Classroom;
use crate::app::context::StatusItem;
use crate::i18n::Message;
use crate::labs::Tab;
use crate::labs::logic_lab::{LogicLab, MAX_LAB_INPUTS, Preset};
use crate::labs::notes::NoteId;
use crate::lessons::{Control, ControlGroup, LiveState, LogicFacts, Setup};
use crate::nn::logic::{ConnectionKind, Gate, LogicError, Source};
use crate::tr;

/// The logic lab's tab: the lab and what only its drawing needs.
#[derive(Default)]
pub struct LogicPanel {
    /// The lab's state machine.
    pub lab: LogicLab,
    /// Neuron selected for editing in the custom network.
    selected: Option<usize>,
    /// Why the last edit of the custom network was refused.
    error: Option<LogicError>,
}

impl LogicPanel {
    /// The neuron selected for editing (custom network).
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }
}

impl LabPanel for LogicPanel {
    fn tab(&self) -> Tab {
        Tab::Logic
    }

    fn notes(&self) -> &'static [NoteId] {
        &[NoteId::Biological, NoteId::MccullochPitts]
    }

    /// `classroom` may hide or lock the network and the targets.
    fn ui(&mut self, ui: &mut Ui, classroom: &Classroom) -> Vec<Action> {
        classroom.control(ui, Control::LogicPreset, |ui| {
            presets_ui(ui, &mut self.lab, &mut self.selected)
        });
        logic_lab_ui(ui, self, classroom);
        Vec::new()
    }

    fn status(&self) -> Vec<StatusItem> {
        super::status::logic_items(&self.lab)
    }

    fn facts(&self, live: &mut LiveState) {
        live.logic = Some(LogicFacts::from_lab(&self.lab));
    }

    fn set_up(&mut self, setup: &Setup) -> Result<(), Message> {
        if let Some(l) = &setup.logic {
            self.selected = None;
            self.error = None;
            l.apply(&mut self.lab)
                .map_err(|problem| Message::LessonSetup { part: "logic", problem })?;
        }
        Ok(())
    }
}

/// How a built-in gate's McCulloch–Pitts network computes it.
fn gate_hover(gate: Gate) -> String {
    match gate {
        Gate::Identity => tr!("logic-gate-identity-hover"),
        Gate::And => tr!("logic-gate-and-hover"),
        Gate::Or => tr!("logic-gate-or-hover"),
        Gate::AndNot => tr!("logic-gate-and-not-hover"),
        Gate::Xor => tr!("logic-gate-xor-hover"),
    }
}

/// The gates and Custom.
fn presets_ui(ui: &mut Ui, lab: &mut LogicLab, selected_neuron: &mut Option<usize>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("logic-network"));
        for gate in Gate::ALL {
            let selected = lab.preset() == Preset::Gate(gate);
            if ui
                .selectable_label(selected, gate.formula())
                .on_hover_text(gate_hover(gate))
                .clicked()
            {
                lab.select_gate(gate);
                *selected_neuron = None;
            }
        }
        if ui
            .selectable_label(lab.preset() == Preset::Custom, tr!("logic-custom"))
            .on_hover_text(tr!("logic-custom-hover"))
            .clicked()
        {
            lab.start_custom();
            *selected_neuron = None;
        }
    });
}

/// The inputs, the diagram, the truth table and the custom editor.
fn logic_lab_ui(ui: &mut Ui, panel: &mut LogicPanel, classroom: &Classroom) {
    let lab = &mut panel.lab;
    ui.horizontal(|ui| {
        ui.label(tr!("logic-inputs"));
        for i in 0..lab.inputs().len() {
            let name = lab.network().inputs.get(i).cloned().unwrap_or_default();
            let on = lab.inputs()[i];
            if ui
                .selectable_label(on, format!("{name} = {}", u8::from(on)))
                .on_hover_text(tr!("logic-input-hover", name = name.as_str()))
                .clicked()
            {
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
            Err(LogicError::NoOutputs) => {
                ui.weak(tr!("logic-no-output-yet"));
            }
            Err(e) => {
                ui.colored_label(ui.visuals().error_fg_color, e.to_string());
            }
        }
    });
    logic_draw::legend_ui(ui);
    // The table and editor at the right take at most 40 % by default, so
    // the diagram keeps most of the width on a laptop screen.
    let side = egui::Panel::right("logic_side");
    super::side_panel(side, ui, [0.4, 0.5], [240.0, 420.0], |ui| {
        truth_table_ui(ui, &mut panel.lab, classroom);
        if panel.lab.preset() == Preset::Custom && classroom.shown(ControlGroup::LogicNetwork) {
            ui.separator();
            classroom.group(ui, ControlGroup::LogicNetwork, |ui| editor_ui(ui, panel));
        }
    });
    egui::CentralPanel::default().show(ui, |ui| {
        let height = (ui.available_height() - 8.0).clamp(200.0, 420.0);
        let editable = panel.lab.preset() == Preset::Custom && classroom.usable(ControlGroup::LogicNetwork);
        let selected = panel.selected.filter(|_| editable);
        match logic_draw::diagram_ui(ui, &panel.lab, height, selected, editable) {
            Some(DiagramClick::Input(i)) => panel.lab.toggle_input(i),
            Some(DiagramClick::Neuron(i)) => panel.selected = Some(i),
            None => {}
        }
    });
}

/// The truth table with its target column (click to flip) and checks; a
/// lesson step may lock the targets, or hide them with the checks.
fn truth_table_ui(ui: &mut Ui, lab: &mut LogicLab, classroom: &Classroom) {
    let targets = classroom.shown(ControlGroup::LogicTargets);
    ui.strong(tr!("logic-truth-table"));
    let table = match lab.table() {
        Ok(t) => t,
        Err(e) => {
            ui.label(tr!("logic-no-table", reason = e.to_string()));
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
            ui.strong(tr!("logic-target"));
            ui.strong(tr!("logic-check"));
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
                    .on_hover_text(tr!("logic-target-hover"))
                    .clicked()
            });
            if clicked == Some(true) {
                flip = Some(r);
            }
            if row.ok() {
                ui.colored_label(Color32::from_rgb(60, 170, 80), tr!("logic-yes"));
            } else {
                ui.colored_label(ui.visuals().error_fg_color, tr!("logic-no"));
            }
            ui.end_row();
        }
    });
    if let Some(r) = flip {
        lab.toggle_target(r);
    }
    if targets {
        let right = table.iter().filter(|r| r.ok()).count();
        ui.label(tr!("logic-rows-match", ok = right, rows = table.len()));
    }
}

/// Custom mode: add inputs and neurons, wire them, set thresholds.
fn editor_ui(ui: &mut Ui, panel: &mut LogicPanel) {
    let lab = &mut panel.lab;
    let mut result: Option<Result<(), LogicError>> = None;
    ui.horizontal(|ui| {
        let add_input = ui
            .add_enabled(lab.can_add_input(), egui::Button::new(tr!("logic-add-input")))
            .on_hover_text(tr!("logic-add-input-hover"))
            .on_disabled_hover_text(tr!("logic-add-input-limit", limit = MAX_LAB_INPUTS));
        if add_input.clicked() {
            result = Some(lab.add_input());
        }
        if ui
            .button(tr!("logic-add-neuron"))
            .on_hover_text(tr!("logic-add-neuron-hover"))
            .clicked()
        {
            match lab.add_neuron() {
                Ok(i) => panel.selected = Some(i),
                Err(e) => result = Some(Err(e)),
            }
        }
    });
    let names: Vec<String> = lab.network().neurons.iter().map(|n| n.name.clone()).collect();
    if names.is_empty() {
        ui.label(tr!("logic-add-neuron-first"));
    }
    let selected = panel.selected.filter(|&i| i < names.len());
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("logic-edit-neuron"));
        for (i, name) in names.iter().enumerate() {
            if ui
                .selectable_label(selected == Some(i), name)
                .on_hover_text(tr!("logic-edit-neuron-hover", name = name.as_str()))
                .clicked()
            {
                panel.selected = Some(i);
            }
        }
    });
    if let Some(i) = selected
        && let Some(neuron) = lab.network().neurons.get(i).cloned()
    {
        ui.horizontal(|ui| {
            let mut theta = neuron.threshold;
            let label = ui.label(tr!("logic-threshold"));
            let drag = ui.add(egui::DragValue::new(&mut theta).range(0..=9));
            if drag
                .labelled_by(label.id)
                .on_hover_text(tr!("logic-threshold-hover"))
                .changed()
            {
                result = Some(lab.edit(|net| net.set_threshold(i, theta)));
            }
            let mut output = neuron.output;
            if ui
                .checkbox(&mut output, tr!("logic-output"))
                .on_hover_text(tr!("logic-output-hover"))
                .changed()
            {
                result = Some(lab.edit(|net| net.set_output(i, output)));
            }
            if ui
                .button(tr!("logic-remove"))
                .on_hover_text(tr!("logic-remove-hover"))
                .clicked()
            {
                result = Some(lab.edit(|net| net.remove_neuron(i).map(|_| ())));
                panel.selected = None;
            }
        });
        ui.label(tr!("logic-lines-into"));
        let sources: Vec<Source> = (0..lab.network().inputs.len())
            .map(Source::Input)
            .chain((0..i).map(Source::Neuron))
            .collect();
        egui::Grid::new("logic_lines").show(ui, |ui| {
            for from in sources {
                let current = neuron.inputs.iter().find(|c| c.from == from).map(|c| c.kind);
                ui.label(lab.network().source_label(from));
                for (kind, text) in [
                    (None, tr!("logic-line-none")),
                    (Some(ConnectionKind::Excitatory), tr!("logic-line-excitatory")),
                    (Some(ConnectionKind::Inhibitory), tr!("logic-line-inhibitory")),
                ] {
                    let tip = match kind {
                        None => tr!("logic-line-none-hover"),
                        Some(ConnectionKind::Excitatory) => tr!("logic-line-excitatory-hover"),
                        Some(ConnectionKind::Inhibitory) => tr!("logic-line-inhibitory-hover"),
                    };
                    if ui.selectable_label(current == kind, text).on_hover_text(tip).clicked() && current != kind {
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
        panel.error = r.err();
    }
    if let Some(e) = &panel.error {
        ui.colored_label(ui.visuals().error_fg_color, e.to_string());
    }
}
