//! The replay's timeline under the loss plot: a slider over the weight
//! checkpoints the worker kept (log-spaced epochs), its last notch the
//! present. Moving it shows that checkpoint's boundary and neuron
//! pictures, read-only (training pauses); Play returns to the present and
//! trains on from there.

use egui::{Role, Ui, WidgetInfo};

use crate::app::actions::Action;
use crate::train::Snapshot;

/// Draws the timeline; returns a checkpoint to show (or the present), or Play.
pub(super) fn timeline_ui(ui: &mut Ui, s: &Snapshot) -> Option<Action> {
    let count = s.checkpoints.len();
    let mut out = None;
    ui.horizontal(|ui| {
        ui.label("Replay").on_hover_text(
            "Scrub through the weights kept during training (more often early on): the boundary and the \
             neuron pictures show that moment. Play returns to the present.",
        );
        if count == 0 {
            ui.weak("no checkpoints yet: train for a moment");
            return;
        }
        // Notches 0..count−1 are the checkpoints, `count` the present.
        let mut at = s.shown_checkpoint.unwrap_or(count);
        let label = match s.checkpoints.get(at) {
            Some(c) => format!("epoch {}", c.point.epoch),
            None => format!("now (epoch {})", s.epoch),
        };
        let width = (ui.available_width() - 260.0).max(120.0);
        ui.spacing_mut().slider_width = width;
        let slider = ui.add(egui::Slider::new(&mut at, 0..=count).show_value(false));
        slider.widget_info(|| {
            let mut info = WidgetInfo::labeled(Role::Slider, true, "replay timeline");
            info.value = Some(at as f64);
            info
        });
        if slider.changed() {
            out = Some(Action::ShowCheckpoint((at < count).then_some(at)));
        }
        ui.label(label);
        if s.shown_checkpoint.is_some()
            && ui
                .button("Play")
                .on_hover_text("Back to the present, and train on")
                .clicked()
        {
            out = Some(Action::Play);
        }
    });
    out
}
