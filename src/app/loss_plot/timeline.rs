//! The replay's timeline under the loss plot: a slider over the weight
//! checkpoints the worker kept (log-spaced epochs), its last notch the
//! present. Moving it shows that checkpoint's boundary and neuron
//! pictures, read-only (training pauses); *Now* returns to the present,
//! and so does Play (which trains on from there).

use egui::{Role, Ui, WidgetInfo};

use crate::app::context::Action;
use crate::tr;
use crate::train::Snapshot;

/// Draws the timeline; returns a checkpoint to show (or the present), or Play.
pub(super) fn timeline_ui(ui: &mut Ui, s: &Snapshot) -> Option<Action> {
    let count = s.checkpoints.len();
    let mut out = None;
    ui.horizontal(|ui| {
        ui.label(tr!("loss-replay")).on_hover_text(tr!("loss-replay-hover"));
        if count == 0 {
            ui.weak(tr!("loss-replay-empty"));
            return;
        }
        // Notches 0..count−1 are the checkpoints, `count` the present.
        let mut at = s.shown_checkpoint.unwrap_or(count);
        let label = match s.checkpoints.get(at) {
            Some(c) => tr!("loss-replay-epoch", epoch = c.point.epoch),
            None => tr!("loss-replay-now", epoch = s.epoch),
        };
        let now = ui
            .add_enabled(s.shown_checkpoint.is_some(), egui::Button::new(tr!("loss-now")))
            .on_hover_text(tr!("loss-now-hover"));
        if now.clicked() {
            out = Some(Action::ShowCheckpoint(None));
        }
        // Wide enough for "now (epoch 1234567)" whatever is shown.
        ui.add_sized([150.0, ui.spacing().interact_size.y], egui::Label::new(label));
        ui.spacing_mut().slider_width = (ui.available_width() - 12.0).max(80.0);
        let slider = ui
            .add(egui::Slider::new(&mut at, 0..=count).show_value(false))
            .on_hover_text(tr!("loss-timeline-hover"));
        slider.widget_info(|| {
            let mut info = WidgetInfo::labeled(Role::Slider, true, tr!("loss-timeline"));
            info.value = Some(at as f64);
            info
        });
        if slider.changed() {
            out = Some(Action::ShowCheckpoint((at < count).then_some(at)));
        }
    });
    out
}
