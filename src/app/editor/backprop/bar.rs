//! The inspector's strip above the graph: the sample (typed, or clicked in
//! the plot), Back/Next through the stages, what the stage means with this
//! sample's numbers, the hovered neuron's or connection's formula, the
//! neurons that learn nothing, *Apply this step* and the training-set
//! counts toggle.

use egui::{RichText, Ui};

use super::text::{self, Names};
use super::{BackpropInspector, STAGES, stage_name};
use crate::app::context::Action;
use crate::app::context::Classroom;
use crate::app::context::InspectorAction;
use crate::data::Feature;
use crate::i18n::Message;
use crate::tr;
use crate::train::Snapshot;
use crate::train::inspect::{BackpropTrace, InspectError};

impl BackpropInspector {
    /// Draws the strip; returns what the learner asked for.
    pub(crate) fn bar_ui(
        &mut self,
        ui: &mut Ui,
        snapshot: &Snapshot,
        features: &[Feature],
        points: usize,
        classroom: &Classroom,
    ) -> Vec<Action> {
        let mut out = Vec::new();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr!("inspector-title")).strong());
            self.sample_field(ui, points, &mut out);
            if ui
                .button(tr!("inspector-close"))
                .on_hover_text(tr!("inspector-close-hover"))
                .clicked()
            {
                out.push(Action::Inspector(InspectorAction::Close));
            }
        });
        // An error about another sample (or data a lesson step replaced)
        // is not shown: only the picked sample's own.
        let failed = (snapshot.inspection.as_deref().and_then(|r| r.as_ref().err()))
            .filter(|e| error_sample(e).is_none_or(|i| Some(i) == self.sample));
        match (self.sample, self.trace(snapshot)) {
            (None, _) => {
                ui.label(tr!("inspector-pick", last = points.saturating_sub(1)));
            }
            (Some(_), Some(t)) => self.trace_ui(ui, t, features, snapshot, classroom, &mut out),
            (Some(_), None) => match failed {
                Some(e) => {
                    ui.colored_label(ui.visuals().error_fg_color, e.to_string());
                }
                None => {
                    ui.label(tr!("inspector-tracing"));
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
        let label = ui.label(tr!("inspector-sample"));
        let r = ui
            .add(egui::TextEdit::singleline(&mut self.index_text).desired_width(48.0))
            .labelled_by(label.id)
            .on_hover_text(tr!("inspector-sample-hover"));
        self.editing |= r.changed();
        let entered = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui
            .button(tr!("inspector-go"))
            .on_hover_text(tr!("inspector-go-hover"))
            .clicked()
            || entered
        {
            self.editing = false;
            match self.index_text.trim().parse::<usize>().ok().filter(|&i| i < points) {
                Some(i) => out.push(Action::Inspector(InspectorAction::Pick(i))),
                None => out.push(Action::Notify(Message::InspectorBadIndex {
                    last: points.saturating_sub(1),
                })),
            }
        }
    }

    /// Everything shown once the sample is traced.
    fn trace_ui(
        &mut self,
        ui: &mut Ui,
        t: &BackpropTrace,
        features: &[Feature],
        snapshot: &Snapshot,
        classroom: &Classroom,
        out: &mut Vec<Action>,
    ) {
        let net = &snapshot.net;
        let names = Names { features, net };
        let part = if t.test {
            tr!("inspector-test-point")
        } else {
            tr!("inspector-training-point")
        };
        let target = if net.head.classes == 0 {
            tr!("inspector-target", value = text::num(t.target as f32))
        } else {
            tr!("inspector-class", class = t.target as usize)
        };
        ui.label(tr!(
            "inspector-sample-line",
            sample = t.sample,
            x = format!("({}, {})", text::num(t.x[0] as f32), text::num(t.x[1] as f32)),
            target = target,
            part = part
        ));
        // Back and Next first, at fixed places: the stage's name after
        // them changes length with the stage and the language.
        ui.horizontal(|ui| {
            let at = STAGES.iter().position(|s| *s == self.stage).unwrap_or(0);
            if ui
                .add_enabled(at > 0, egui::Button::new(tr!("inspector-back")))
                .on_hover_text(tr!("inspector-back-hover"))
                .clicked()
            {
                self.step_stage(-1);
            }
            // Next waits for the answer to a lesson step's question.
            let next = ui
                .add_enabled(
                    at + 1 < STAGES.len() && classroom.may_reveal(),
                    egui::Button::new(tr!("inspector-next")),
                )
                .on_hover_text(tr!("inspector-next-hover"));
            let next = if classroom.may_reveal() {
                next
            } else {
                next.on_disabled_hover_text(tr!("lesson-answer-first"))
            };
            if next.clicked() {
                self.step_stage(1);
            }
            let stage = tr!("inspector-stage", at = at + 1, name = stage_name(self.stage));
            ui.label(RichText::new(stage).strong());
        });
        // The rest of the panel: the stage's explanation whole, a hovered
        // neuron's formula with its numbers under it. A new stage starts
        // at its first line.
        let reset = self.shown_stage.replace(self.stage) != Some(self.stage);
        let mut area = egui::ScrollArea::vertical()
            .id_salt("inspector-text")
            .max_height((ui.available_height() - 2.0 * ui.spacing().interact_size.y - 8.0).max(60.0))
            .auto_shrink([false, false]);
        if reset {
            area = area.vertical_scroll_offset(0.0);
        }
        area.show(ui, |ui| {
            for line in text::stage_lines(t, &names, self.stage) {
                ui.label(line);
            }
            if let Some(focus) = self.focus() {
                for line in text::focus_lines(t, &names, self.stage, focus) {
                    ui.label(RichText::new(text::unbreakable(&line)).monospace());
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
                .add_enabled(
                    !t.test && classroom.may_reveal(),
                    egui::Button::new(tr!("inspector-apply")),
                )
                .on_hover_text(tr!("inspector-apply-hover"))
                .on_disabled_hover_text(if t.test {
                    tr!("inspector-apply-disabled-hover")
                } else {
                    tr!("lesson-answer-first")
                });
            if apply.clicked() {
                out.push(Action::Inspector(InspectorAction::Apply(t.sample)));
            }
            let mut counts = self.counts;
            if ui
                .checkbox(&mut counts, tr!("inspector-counts"))
                .on_hover_text(tr!("inspector-counts-hover"))
                .changed()
            {
                out.push(Action::Inspector(InspectorAction::Counts(counts)));
            }
        });
    }
}

/// The sample an error is about, if it names one.
fn error_sample(e: &InspectError) -> Option<usize> {
    match e {
        InspectError::SampleOutOfRange { index, .. } | InspectError::TestPoint(index) => Some(*index),
        _ => None,
    }
}
