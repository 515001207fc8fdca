//! The loss plot (train and test loss against epoch, optionally on a log
//! scale) and, beside it, the accuracy plot. The worker keeps the history
//! downsampled to a few thousand points, so this stays cheap after any
//! number of epochs. Under them, the replay's timeline (`timeline.rs`).
//!
//! Axes are labelled for any range: epochs are whole numbers, the log
//! scale is labelled at powers of ten and always spans at least one
//! decade, and a history of one point still gets an epoch axis from 0.

use egui::{Color32, Ui};
use egui_plot::{GridMark, Line, Plot, PlotPoints, VLine};

use crate::app::context::Action;
use crate::app::widgets::colors::class_color;
use crate::tr;
use crate::train::Snapshot;

mod timeline;
mod zoom;

use zoom::EpochZoom;

/// The ids (`egui::Id::unique`) of the loss and the accuracy plot.
pub const LOSS_PLOT_IDS: [&str; 2] = ["loss", "accuracy"];

/// State of the view between frames.
pub(super) struct LossView {
    /// The loss plot on screen (for image export).
    pub rect: egui::Rect,
    /// Which curves are drawn: train loss, test loss, train accuracy, test
    /// accuracy.
    shown: [bool; 4],
    /// The epochs both plots show.
    zoom: EpochZoom,
}

impl Default for LossView {
    fn default() -> Self {
        Self {
            rect: egui::Rect::NOTHING,
            shown: [true; 4],
            zoom: EpochZoom::default(),
        }
    }
}

/// Test curves are grey: visible on the dark and the light theme.
const TEST_COLOR: Color32 = Color32::from_rgb(150, 150, 150);

/// The name of curve `k` (train loss, test loss, train accuracy, test
/// accuracy) and what it tells a learner, in the current language.
fn curve_text(k: usize) -> (String, String) {
    match k {
        0 => (tr!("loss-train-loss"), tr!("loss-train-loss-hover")),
        1 => (tr!("loss-test-loss"), tr!("loss-test-loss-hover")),
        2 => (tr!("loss-train-accuracy"), tr!("loss-train-accuracy-hover")),
        _ => (tr!("loss-test-accuracy"), tr!("loss-test-accuracy-hover")),
    }
}

fn curve_color(k: usize) -> Color32 {
    match k {
        0 => class_color(1),
        2 => class_color(2),
        _ => TEST_COLOR,
    }
}

/// The label of an epoch-axis mark: whole epochs only (a mark between two
/// epochs gets none).
pub(crate) fn epoch_label(value: f64) -> String {
    let rounded = value.round();
    if value >= 0.0 && (value - rounded).abs() < 1e-6 {
        format!("{rounded:.0}")
    } else {
        String::new()
    }
}

/// The label of a mark on the log-scale loss axis, where the plotted value
/// is log₁₀(loss): powers of ten only, written as the loss itself
/// (0.001, 0.01, 0.1, 1, 10).
pub(crate) fn decade_label(log_value: f64) -> String {
    let rounded = log_value.round();
    if (log_value - rounded).abs() > 1e-6 {
        return String::new();
    }
    let exponent = rounded as i32;
    if exponent >= 0 {
        format!("{}", 10f64.powi(exponent))
    } else {
        format!("{:.*}", exponent.unsigned_abs() as usize, 10f64.powi(exponent))
    }
}

/// The range of log₁₀(loss) to show: whole decades around the data, so at
/// least two powers of ten are on the axis and labelled.
pub(crate) fn decade_range(log_values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    let (lo, hi) = log_values
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if lo > hi {
        return None;
    }
    let (lo, hi) = (lo.floor(), hi.ceil());
    // Two decades at least: three labelled powers of ten.
    Some((lo, hi.max(lo + 2.0)))
}

impl LossView {
    /// Draws both plots side by side, the timeline under them; returns
    /// what the timeline asks for (a checkpoint to show, Play).
    pub(super) fn ui(&mut self, ui: &mut Ui, snapshot: Option<&Snapshot>, log_scale: bool) -> Option<Action> {
        let history: &[_] = snapshot.map_or(&[], |s| &s.history);
        // The epoch of the checkpoint replayed: a marker on both plots.
        let marker = snapshot.and_then(|s| Some(s.checkpoints.get(s.shown_checkpoint?)?.point.epoch as f64));
        let has_accuracy = history.iter().any(|p| p.train_accuracy.is_some());
        let has_test = history.iter().any(|p| p.test_loss.is_some());
        self.legend_ui(ui, has_test, has_accuracy);
        // At least epochs 0, 1 and 2 on the axis: three labelled ticks.
        let last_epoch = history.last().map_or(0, |p| p.epoch).max(2) as f64;
        let range = self.zoom.range(last_epoch);
        let width = ui.available_width();
        let loss_width = if has_accuracy { width * 0.6 } else { width };
        let action = snapshot.and_then(|s| {
            egui::Panel::bottom("replay-timeline")
                .show_separator_line(false)
                .show(ui, |ui| timeline::timeline_ui(ui, s))
                .inner
        });
        let height = ui.available_height();
        let shown = self.shown;
        ui.horizontal(|ui| {
            let y = |v: f64| if log_scale { v.max(1e-12).log10() } else { v };
            let train: PlotPoints = history.iter().map(|p| [p.epoch as f64, y(p.train_loss)]).collect();
            let test: PlotPoints = history
                .iter()
                .filter_map(|p| Some([p.epoch as f64, y(p.test_loss?)]))
                .collect();
            let mut plot = epoch_plot(LOSS_PLOT_IDS[0], last_epoch)
                .width(loss_width)
                .height(height);
            if log_scale {
                let logs = history
                    .iter()
                    .flat_map(|p| [Some(p.train_loss), p.test_loss])
                    .flatten()
                    .map(y);
                if let Some((lo, hi)) = decade_range(logs) {
                    plot = plot.include_y(lo).include_y(hi);
                }
                plot = plot.custom_y_axes(vec![
                    crate::app::widgets::plot_axes::y_axis(tr!("loss-axis-loss-log"))
                        .formatter(|mark: GridMark, _| decade_label(mark.value)),
                ]);
            } else {
                plot = plot
                    .include_y(0.0)
                    .custom_y_axes(vec![crate::app::widgets::plot_axes::y_axis(tr!("loss-axis-loss"))]);
            }
            let r = plot.show(ui, |p| {
                show_epochs(p, range);
                if shown[0] {
                    p.line(Line::new(curve_text(0).0, train).color(curve_color(0)).width(2.0));
                }
                if shown[1] {
                    p.line(Line::new(curve_text(1).0, test).color(curve_color(1)).width(1.5));
                }
                if let Some(x) = marker {
                    p.vline(replay_marker(x));
                }
            });
            self.rect = r.response.rect;
            self.zoom_input(ui, &r.response, &r.transform, last_epoch);
            crate::app::widgets::hover::describe(&r.response, &tr!("loss-plot-hover"));
            if has_accuracy {
                let train: PlotPoints = history
                    .iter()
                    .filter_map(|p| Some([p.epoch as f64, p.train_accuracy? * 100.0]))
                    .collect();
                let test: PlotPoints = history
                    .iter()
                    .filter_map(|p| Some([p.epoch as f64, p.test_accuracy? * 100.0]))
                    .collect();
                let accuracy = epoch_plot(LOSS_PLOT_IDS[1], last_epoch)
                    .height(height)
                    .custom_y_axes(vec![crate::app::widgets::plot_axes::y_axis(tr!("loss-axis-accuracy"))])
                    .include_y(0.0)
                    .include_y(100.0)
                    .show(ui, |p| {
                        show_epochs(p, range);
                        if shown[2] {
                            p.line(Line::new(curve_text(2).0, train).color(curve_color(2)).width(2.0));
                        }
                        if shown[3] {
                            p.line(Line::new(curve_text(3).0, test).color(curve_color(3)).width(1.5));
                        }
                        if let Some(x) = marker {
                            p.vline(replay_marker(x));
                        }
                    });
                self.zoom_input(ui, &accuracy.response, &accuracy.transform, last_epoch);
                crate::app::widgets::hover::describe(&accuracy.response, &tr!("loss-accuracy-plot-hover"));
            }
        });
        action
    }

    /// The wheel over a plot zooms its epochs; double-click shows the whole run.
    fn zoom_input(&mut self, ui: &Ui, response: &egui::Response, transform: &egui_plot::PlotTransform, last: f64) {
        if response.double_clicked() {
            self.zoom = EpochZoom::default();
        }
        if let Some(pos) = response.hover_pos() {
            let scroll = ui.input(|i| i.smooth_scroll_delta.y + i.smooth_scroll_delta.x);
            let at = transform.value_from_position(pos).x;
            self.zoom.wheel(scroll, at, last);
        }
    }

    /// The epochs shown, zoomed with the wheel (`None`: the whole run).
    pub(super) fn epoch_range(&self) -> Option<(f64, f64)> {
        self.zoom.0
    }

    /// One checkbox per curve there is, in the curve's colour, explaining
    /// what the curve tells.
    fn legend_ui(&mut self, ui: &mut Ui, has_test: bool, has_accuracy: bool) {
        ui.horizontal_wrapped(|ui| {
            for k in 0..4 {
                let exists = match k {
                    0 => true,
                    1 => has_test,
                    2 => has_accuracy,
                    _ => has_test && has_accuracy,
                };
                if exists {
                    let (name, meaning) = curve_text(k);
                    let text = egui::RichText::new(name).color(curve_color(k));
                    ui.checkbox(&mut self.shown[k], text).on_hover_text(meaning);
                }
            }
        });
    }
}

/// A plot against epochs: whole-epoch labels, the axis from 0 to at least
/// the last epoch (one point still gets a readable range).
fn epoch_plot(id: &'static str, last_epoch: f64) -> Plot<'static> {
    crate::app::widgets::plot_axes::with_x_ticks(Plot::new(id), true)
        .id(egui::Id::unique(id))
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_double_click_reset(false)
        .custom_x_axes(vec![
            crate::app::widgets::plot_axes::x_axis(tr!("loss-axis-epoch"))
                .formatter(|mark: GridMark, _| epoch_label(mark.value)),
        ])
        .include_x(0.0)
        .include_x(last_epoch)
        .allow_boxed_zoom(false)
}

/// Shows `range` of the epochs (or the whole run), the y axis fitted to
/// the curves.
fn show_epochs(p: &mut egui_plot::PlotUi<'_>, range: Option<(f64, f64)>) {
    match range {
        Some((lo, hi)) => {
            p.set_auto_bounds([false, true]);
            p.set_plot_bounds_x(lo..=hi);
        }
        None => p.set_auto_bounds([true, true]),
    }
}

/// The vertical line at the epoch replayed.
fn replay_marker(epoch: f64) -> VLine {
    VLine::new(tr!("loss-replayed-epoch"), epoch)
        .color(Color32::from_rgb(214, 39, 40))
        .width(1.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epochs_are_labelled_only_at_whole_numbers() {
        assert_eq!(epoch_label(0.0), "0");
        assert_eq!(epoch_label(20_000.0), "20000");
        assert_eq!(epoch_label(0.5), "");
        assert_eq!(epoch_label(-0.02), "");
    }

    #[test]
    fn the_log_axis_is_labelled_at_powers_of_ten_with_the_loss_itself() {
        assert_eq!(decade_label(0.0), "1");
        assert_eq!(decade_label(1.0), "10");
        assert_eq!(decade_label(-1.0), "0.1");
        assert_eq!(decade_label(-3.0), "0.001");
        assert_eq!(decade_label(-0.5), "");
    }

    #[test]
    fn the_log_axis_spans_whole_decades_around_the_data() {
        // Losses 0.3…0.5 (log −0.52…−0.30): the axis runs 0.1…1, so two
        // labelled decades show instead of one unlabelled sliver.
        let range = decade_range([0.3f64.log10(), 0.5f64.log10()].into_iter());
        assert_eq!(range, Some((-1.0, 1.0)));
        // One loss of exactly 0.01: still two whole decades.
        assert_eq!(decade_range([-2.0].into_iter()), Some((-2.0, 0.0)));
        assert_eq!(decade_range(std::iter::empty()), None);
    }
}
