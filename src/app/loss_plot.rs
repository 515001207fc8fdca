//! The loss plot (train and test loss against epoch, optionally on a log
//! scale) and, beside it, the accuracy plot. The worker keeps the history
//! downsampled to a few thousand points, so this stays cheap after any
//! number of epochs. Under them, the replay's timeline (`timeline.rs`).

use egui::{Color32, Ui};
use egui_plot::{GridMark, Legend, Line, Plot, PlotPoints, VLine};

use super::actions::Action;
use super::colors::class_color;
use crate::train::Snapshot;

mod timeline;

/// State of the view between frames.
pub struct LossView {
    /// The loss plot on screen (for image export).
    pub rect: egui::Rect,
}

impl Default for LossView {
    fn default() -> Self {
        Self {
            rect: egui::Rect::NOTHING,
        }
    }
}

/// Test curves are drawn in a darker tone of the training colour.
const TEST_COLOR: Color32 = Color32::from_rgb(60, 60, 60);

impl LossView {
    /// Draws both plots side by side, the timeline under them; returns
    /// what the timeline asks for (a checkpoint to show, Play).
    pub fn ui(&mut self, ui: &mut Ui, snapshot: Option<&Snapshot>, log_scale: bool) -> Option<Action> {
        let history: &[_] = snapshot.map_or(&[], |s| &s.history);
        // The epoch of the checkpoint replayed: a marker on both plots.
        let marker = snapshot.and_then(|s| Some(s.checkpoints.get(s.shown_checkpoint?)?.point.epoch as f64));
        let has_accuracy = history.iter().any(|p| p.train_accuracy.is_some());
        let width = ui.available_width();
        let loss_width = if has_accuracy { width * 0.6 } else { width };
        let action = snapshot.and_then(|s| {
            egui::Panel::bottom("replay-timeline")
                .show_separator_line(false)
                .show(ui, |ui| timeline::timeline_ui(ui, s))
                .inner
        });
        let height = ui.available_height();
        ui.horizontal(|ui| {
            let y = |v: f64| if log_scale { v.max(1e-12).log10() } else { v };
            let train: PlotPoints = history.iter().map(|p| [p.epoch as f64, y(p.train_loss)]).collect();
            let test: PlotPoints = history
                .iter()
                .filter_map(|p| Some([p.epoch as f64, y(p.test_loss?)]))
                .collect();
            let mut plot = Plot::new("loss")
                .width(loss_width)
                .height(height)
                .legend(Legend::default())
                .x_axis_label("epoch")
                .y_axis_label(if log_scale { "loss (log scale)" } else { "loss" })
                .allow_boxed_zoom(false);
            if log_scale {
                plot = plot.y_axis_formatter(|mark: GridMark, _| format!("{:.3}", 10f64.powf(mark.value)));
            }
            let r = plot.show(ui, |p| {
                p.line(Line::new("train loss", train).color(class_color(1)).width(2.0));
                p.line(Line::new("test loss", test).color(TEST_COLOR).width(1.5));
                if let Some(x) = marker {
                    p.vline(replay_marker(x));
                }
            });
            self.rect = r.response.rect;
            if has_accuracy {
                let train: PlotPoints = history
                    .iter()
                    .filter_map(|p| Some([p.epoch as f64, p.train_accuracy? * 100.0]))
                    .collect();
                let test: PlotPoints = history
                    .iter()
                    .filter_map(|p| Some([p.epoch as f64, p.test_accuracy? * 100.0]))
                    .collect();
                Plot::new("accuracy")
                    .height(height)
                    .legend(Legend::default())
                    .x_axis_label("epoch")
                    .y_axis_label("accuracy %")
                    .include_y(0.0)
                    .include_y(100.0)
                    .allow_boxed_zoom(false)
                    .show(ui, |p| {
                        p.line(Line::new("train accuracy", train).color(class_color(2)).width(2.0));
                        p.line(Line::new("test accuracy", test).color(TEST_COLOR).width(1.5));
                        if let Some(x) = marker {
                            p.vline(replay_marker(x));
                        }
                    });
            }
        });
        action
    }
}

/// The vertical line at the epoch replayed.
fn replay_marker(epoch: f64) -> VLine {
    VLine::new("replayed epoch", epoch)
        .color(Color32::from_rgb(214, 39, 40))
        .width(1.5)
}
