//! The neuron lab: a drawing of one neuron and its inputs, the membrane
//! potential as a live trace, and the controls — how the inputs fire, the
//! synapses, τ, θ and the refractory period, the clock's speed, and in
//! coincidence mode the McCulloch–Pitts reading beside it.
//!
//! The simulation advances in [`LabPanel::tick`]: at most
//! [`crate::labs::neuron::MAX_TICK_MS`] (100) model milliseconds per frame,
//! whatever the pause before it; with samples every 0.1 ms, at most 5
//! inputs firing at 100 Hz and one output spike per 0.5 ms refractory
//! period, that is at most about 1,700 events a frame.

use egui::{RichText, Ui};

use super::{LabPanel, neuron_draw, neuron_logic_ui, neuron_trace};
use crate::app::context::{Action, Classroom, StatusItem};
use crate::app::widgets::unit_slider as slider;
use crate::i18n::Message;
use crate::labs::Tab;
use crate::labs::neuron::{
    Drive, MAX_FIRE_AT_MS, MAX_INPUTS, MIN_INPUTS, NeuronLab, RATE_RANGE, REFRACTORY_RANGE, SPEED_RANGE,
    STRENGTH_RANGE, SynapseKind, TAU_RANGE, THRESHOLD_RANGE, input_name,
};
use crate::labs::notes::NoteId;
use crate::lessons::{ControlGroup, LiveState, NeuronFacts, Setting, Setup};
use crate::tr;

/// The neuron lab's tab.
#[derive(Default)]
pub struct NeuronPanel {
    /// The lab's state machine.
    pub lab: NeuronLab,
}

impl LabPanel for NeuronPanel {
    fn tab(&self) -> Tab {
        Tab::Neuron
    }

    fn notes(&self) -> &'static [NoteId] {
        &[NoteId::Biological, NoteId::Lif]
    }

    fn tick(&mut self, dt: f64) -> bool {
        self.lab.tick(dt);
        self.lab.running
    }

    /// `classroom` may hide or lock the inputs (`lab_data`), the neuron's
    /// settings and plasticity (`lab_settings`) and the clock (`lab_run`).
    fn ui(&mut self, ui: &mut Ui, classroom: &Classroom) -> Vec<Action> {
        top_row_ui(ui, &mut self.lab, classroom);
        let side = egui::Panel::right("neuron_side");
        super::side_panel(side, ui, [0.3, 0.4], [228.0, 400.0], |ui| {
            side_ui(ui, &mut self.lab, classroom)
        });
        let trace_height = (ui.available_height() * 0.42).clamp(130.0, 320.0);
        egui::Panel::bottom("neuron_trace_panel")
            .resizable(true)
            .default_size(trace_height)
            .min_size(110.0)
            .show(ui, |ui| neuron_trace::trace_ui(ui, &self.lab));
        egui::CentralPanel::default().show(ui, |ui| {
            let height = ui.available_height().max(120.0);
            let clicked = neuron_draw::drawing_ui(ui, &self.lab, height);
            if let Some(i) = clicked.filter(|_| classroom.usable(ControlGroup::LabData)) {
                self.lab.fire(i);
            }
        });
        Vec::new()
    }

    fn status(&self) -> Vec<StatusItem> {
        super::status::neuron_items(&self.lab)
    }

    fn facts(&self, live: &mut LiveState) {
        live.neuron = Some(NeuronFacts::from_lab(&self.lab));
        live.settings.add_neuron(&self.lab);
    }

    fn set_up(&mut self, setup: &Setup) -> Result<(), Message> {
        if let Some(n) = &setup.neuron {
            n.apply(&mut self.lab);
        }
        Ok(())
    }
}

/// How the inputs fire, Run / Pause, the clock's speed, Reset, plasticity.
fn top_row_ui(ui: &mut Ui, lab: &mut NeuronLab, classroom: &Classroom) {
    ui.horizontal_wrapped(|ui| {
        classroom.group(ui, ControlGroup::LabData, |ui| {
            classroom.setting(ui, Setting::NeuronMode, |ui| drive_ui(ui, lab));
        });
        ui.separator();
        classroom.group(ui, ControlGroup::LabRun, |ui| {
            let (label, tip) = if lab.running {
                (tr!("lab-pause"), tr!("neuron-pause-hover"))
            } else {
                (tr!("lab-run"), tr!("neuron-run-hover"))
            };
            if ui.button(label).on_hover_text(tip).clicked() {
                lab.running = !lab.running;
            }
            let unit = tr!("neuron-speed-unit");
            crate::app::widgets::fit_slider(ui, &unit);
            ui.add(
                egui::Slider::new(&mut lab.speed, SPEED_RANGE)
                    .logarithmic(true)
                    .max_decimals(0)
                    .text(unit),
            )
            .on_hover_text(tr!("neuron-speed-hover"));
            if ui
                .button(tr!("lab-reset"))
                .on_hover_text(tr!("neuron-reset-hover"))
                .clicked()
            {
                lab.reset();
            }
        });
        ui.separator();
        classroom.group(ui, ControlGroup::LabSettings, |ui| {
            classroom.setting(ui, Setting::NeuronPlasticity, |ui| {
                ui.checkbox(&mut lab.plasticity, tr!("neuron-plasticity"))
                    .on_hover_text(tr!("neuron-plasticity-hover"));
            });
        });
    });
}

/// At random rates, or in coincidence trials.
fn drive_ui(ui: &mut Ui, lab: &mut NeuronLab) {
    for (drive, text, tip) in [
        (Drive::Rates, tr!("neuron-drive-rates"), tr!("neuron-drive-rates-hover")),
        (
            Drive::Coincidence,
            tr!("neuron-drive-coincidence"),
            tr!("neuron-drive-coincidence-hover"),
        ),
    ] {
        if ui
            .selectable_label(lab.drive() == drive, text)
            .on_hover_text(tip)
            .clicked()
            && lab.drive() != drive
        {
            lab.set_drive(drive);
        }
    }
}

/// The side panel: the McCulloch–Pitts reading (coincidence mode), the
/// inputs, the neuron's settings, Hebb's rule.
fn side_ui(ui: &mut Ui, lab: &mut NeuronLab, classroom: &Classroom) {
    if lab.drive() == Drive::Coincidence {
        neuron_logic_ui::mcculloch_pitts_ui(ui, lab, classroom);
        ui.separator();
    }
    ui.strong(tr!("neuron-inputs"));
    classroom.group(ui, ControlGroup::LabData, |ui| {
        for i in 0..lab.inputs().len() {
            input_ui(ui, lab, i);
        }
        ui.horizontal(|ui| {
            let add = ui.add_enabled(
                lab.inputs().len() < MAX_INPUTS,
                egui::Button::new(tr!("neuron-add-input")),
            );
            if add.on_hover_text(tr!("neuron-add-input-hover")).clicked() {
                lab.add_input();
            }
            let remove = ui.add_enabled(
                lab.inputs().len() > MIN_INPUTS,
                egui::Button::new(tr!("neuron-remove-input")),
            );
            if remove.on_hover_text(tr!("neuron-remove-input-hover")).clicked() {
                lab.remove_input();
            }
        });
    });
    ui.separator();
    ui.strong(tr!("neuron-cell"));
    classroom.group(ui, ControlGroup::LabSettings, |ui| settings_ui(ui, lab, classroom));
    ui.separator();
    neuron_logic_ui::hebb_ui(ui, lab, classroom);
}

/// One input: its kind, Fire, its strength, and its rate or moment.
fn input_ui(ui: &mut Ui, lab: &mut NeuronLab, i: usize) {
    let x = lab.inputs()[i].clone();
    let name = input_name(i);
    ui.horizontal(|ui| {
        let color = neuron_draw::kind_color(x.kind);
        ui.label(RichText::new(&name).strong().color(color));
        let (kind, flipped) = match x.kind {
            SynapseKind::Excitatory => (tr!("neuron-excitatory"), SynapseKind::Inhibitory),
            SynapseKind::Inhibitory => (tr!("neuron-inhibitory"), SynapseKind::Excitatory),
        };
        if ui.button(kind).on_hover_text(tr!("neuron-kind-hover")).clicked() {
            lab.edit_input(i, |x| x.kind = flipped);
        }
        let fire = ui.button(tr!("neuron-fire", name = name.as_str()));
        if fire.on_hover_text(tr!("neuron-fire-hover")).clicked() {
            lab.fire(i);
        }
    });
    let mut strength = x.strength;
    let tip = tr!("neuron-strength-hover", name = name.as_str());
    if slider(ui, &mut strength, STRENGTH_RANGE, 0.5, tr!("neuron-unit-mv"), tip) {
        lab.edit_input(i, |x| x.strength = strength);
    }
    match lab.drive() {
        Drive::Rates => {
            let mut rate = x.rate_hz;
            if slider(
                ui,
                &mut rate,
                RATE_RANGE,
                1.0,
                tr!("neuron-unit-rate"),
                tr!("neuron-rate-hover"),
            ) {
                lab.edit_input(i, |x| x.rate_hz = rate);
            }
        }
        Drive::Coincidence => {
            ui.horizontal(|ui| {
                let mut on = x.in_trial;
                if ui
                    .checkbox(&mut on, tr!("neuron-in-trial"))
                    .on_hover_text(tr!("neuron-in-trial-hover"))
                    .changed()
                {
                    lab.edit_input(i, |x| x.in_trial = on);
                }
                let mut at = x.fire_at_ms;
                let tip = tr!("neuron-fire-at-hover");
                if slider(ui, &mut at, 0.0..=MAX_FIRE_AT_MS, 0.5, tr!("neuron-unit-ms"), tip) {
                    lab.edit_input(i, |x| x.fire_at_ms = at);
                }
            });
        }
    }
    ui.add_space(4.0);
}

/// τ, θ and the refractory period, each a control a lesson can lock.
fn settings_ui(ui: &mut Ui, lab: &mut NeuronLab, classroom: &Classroom) {
    let mut p = lab.params();
    let mut changed = false;
    let (ms, mv) = (tr!("neuron-unit-ms"), tr!("neuron-unit-mv"));
    let rows = [
        (
            Setting::NeuronTau,
            "τ",
            &mut p.tau_ms,
            TAU_RANGE,
            &ms,
            tr!("neuron-tau-hover"),
        ),
        (
            Setting::NeuronThreshold,
            "θ",
            &mut p.threshold,
            THRESHOLD_RANGE,
            &mv,
            tr!("neuron-threshold-hover"),
        ),
        (
            Setting::NeuronRefractory,
            "t_ref",
            &mut p.refractory_ms,
            REFRACTORY_RANGE,
            &ms,
            tr!("neuron-refractory-hover"),
        ),
    ];
    for (setting, symbol, value, range, unit, tip) in rows {
        classroom.setting(ui, setting, |ui| {
            ui.horizontal(|ui| {
                ui.label(symbol);
                changed |= slider(ui, value, range, 0.5, unit.clone(), tip);
            })
        });
    }
    ui.label(RichText::new("τ·dV/dt = −(V − V_rest) + R·I(t)").monospace());
    if changed {
        lab.set_params(p);
    }
}
