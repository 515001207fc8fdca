//! The inspector's strip above the graph: the sample (typed, or clicked in
//! the plot), Back/Next through the stages, what the stage means with this
//! sample's numbers, the hovered neuron's or connection's formula, the
//! neurons that learn nothing, *Apply this step* and the training-set
//! counts toggle.

use egui::{RichText, Ui};

use super::text::{self, Names};
use super::{BackpropInspector, InspectorAction, STAGES, stage_name};
use crate::app::actions::Action;
use crate::data::Feature;
use crate::nn::Mlp;
use crate::train::Snapshot;
use crate::train::inspect::BackpropTrace;

/// Height of the strip's text, in points (scrolls when longer).
const TEXT_HEIGHT: f32 = 170.0;

impl BackpropInspector {
    /// Draws the strip; returns what the learner asked for.
    pub(crate) fn bar_ui(
        &mut self,
        ui: &mut Ui,
        snapshot: &Snapshot,
        features: &[Feature],
        points: usize,
    ) -> Vec<Action> {
        let mut out = Vec::new();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Backprop inspector").strong());
            self.sample_field(ui, points, &mut out);
            if ui.button("Close").on_hover_text("Leave the inspector (I)").clicked() {
                out.push(Action::Inspector(InspectorAction::Close));
            }
        });
        let failed = snapshot.inspection.as_deref().and_then(|r| r.as_ref().err());
        match (self.sample, self.trace(snapshot)) {
            (None, _) => {
                ui.label(format!(
                    "Click a point in the plot, or type its index (0 to {}), to follow it through one training step.",
                    points.saturating_sub(1)
                ));
            }
            (Some(_), Some(t)) => self.trace_ui(ui, t, &snapshot.net, features, snapshot, &mut out),
            (Some(_), None) => match failed {
                Some(e) => {
                    ui.colored_label(ui.visuals().error_fg_color, e.to_string());
                }
                None => {
                    ui.label("Tracing…");
                }
            },
        }
        out
    }

    /// The typed sample index: Enter or *Go* picks it.
    fn sample_field(&mut self, ui: &mut Ui, points: usize, out: &mut Vec<Action>) {
        if !self.editing {
            self.index_text = self.sample.map(|i| i.to_string()).unwrap_or_default();
        }
        let label = ui.label("Sample");
        let r = ui
            .add(egui::TextEdit::singleline(&mut self.index_text).desired_width(48.0))
            .labelled_by(label.id)
            .on_hover_text("A point's index in the data, in file order (as `nnlab backprop --sample`)");
        self.editing |= r.changed();
        let entered = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button("Go").clicked() || entered {
            self.editing = false;
            match self.index_text.trim().parse::<usize>().ok().filter(|&i| i < points) {
                Some(i) => out.push(Action::Inspector(InspectorAction::Pick(i))),
                None => out.push(Action::Notify(
                    format!("type a point index from 0 to {}", points.saturating_sub(1)),
                    true,
                )),
            }
        }
    }

    /// Everything shown once the sample is traced.
    fn trace_ui(
        &mut self,
        ui: &mut Ui,
        t: &BackpropTrace,
        net: &Mlp,
        features: &[Feature],
        snapshot: &Snapshot,
        out: &mut Vec<Action>,
    ) {
        let names = Names { features, net };
        let part = if t.test {
            "a test point: its gradient is shown, but training never learns from it"
        } else {
            "a training point"
        };
        let target = if net.head.classes == 0 {
            format!("target {}", text::num(t.target as f32))
        } else {
            format!("class {}", t.target as usize)
        };
        ui.label(format!(
            "Sample {}: x = ({}, {}), {target}, {part}.",
            t.sample,
            text::num(t.x[0] as f32),
            text::num(t.x[1] as f32)
        ));
        ui.horizontal(|ui| {
            let at = STAGES.iter().position(|s| *s == self.stage).unwrap_or(0);
            if ui.add_enabled(at > 0, egui::Button::new("Back")).clicked() {
                self.step_stage(-1);
            }
            ui.label(RichText::new(format!("Stage {} of 5: {}", at + 1, stage_name(self.stage))).strong());
            if ui
                .add_enabled(at + 1 < STAGES.len(), egui::Button::new("Next"))
                .clicked()
            {
                self.step_stage(1);
            }
        });
        // A fixed height: hovering a neuron adds its lines without moving
        // the graph below away from the pointer.
        egui::ScrollArea::vertical()
            .id_salt("inspector-text")
            .max_height(TEXT_HEIGHT)
            .min_scrolled_height(TEXT_HEIGHT)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for line in text::stage_lines(t, &names, self.stage) {
                    ui.label(line);
                }
                if let Some(focus) = self.focus() {
                    for line in text::focus_lines(t, &names, self.stage, focus) {
                        ui.label(RichText::new(line).monospace());
                    }
                }
                let warn = ui.visuals().warn_fg_color;
                for line in text::trouble_lines(t, &names) {
                    ui.colored_label(warn, line);
                }
                if self.counts
                    && let Some(c) = snapshot.neuron_health.as_deref()
                {
                    for line in text::count_lines(c, &names) {
                        ui.label(line);
                    }
                }
            });
        ui.horizontal_wrapped(|ui| {
            let apply = ui
                .add_enabled(!t.test, egui::Button::new("Apply this step"))
                .on_hover_text("Make exactly this update to the weights (one sample, like one training step)")
                .on_disabled_hover_text("A test point: training never learns from it");
            if apply.clicked() {
                out.push(Action::Inspector(InspectorAction::Apply(t.sample)));
            }
            let mut counts = self.counts;
            if ui
                .checkbox(&mut counts, "Counts over the training set")
                .on_hover_text("On how many training samples each neuron is saturated or dead")
                .changed()
            {
                out.push(Action::Inspector(InspectorAction::Counts(counts)));
            }
        });
    }
}
