//! The status bar: epoch, samples seen, losses and accuracies, throughput
//! and the UI's own frame time.

use egui::Ui;

use super::view::View;
use crate::train::TrainPace;

/// Formats a count compactly: 950, 12.3k, 4.56M.
pub fn compact(n: f64) -> String {
    if n >= 1e9 {
        format!("{:.2}G", n / 1e9)
    } else if n >= 1e6 {
        format!("{:.2}M", n / 1e6)
    } else if n >= 1e4 {
        format!("{:.1}k", n / 1e3)
    } else {
        format!("{n:.0}")
    }
}

/// One figure of a lab's status line, with what it means.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusItem {
    /// The figure as shown, e.g. "updates 10".
    pub text: String,
    /// What it means (hover text).
    pub tip: String,
}

impl StatusItem {
    /// A figure and its explanation.
    pub fn new(text: impl Into<String>, tip: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            tip: tip.into(),
        }
    }
}

/// Draws the bottom status bar: the network's training figures on the
/// Network tab, `lab` (the tab's own figures) on a lab tab; `jobs` adds
/// the progress of background work (the animation export).
pub fn status_bar_ui(
    ui: &mut Ui,
    view: &View,
    pace: TrainPace,
    lab: Option<&[StatusItem]>,
    jobs: impl FnOnce(&mut Ui),
) {
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            match lab {
                Some(items) => {
                    for (k, item) in items.iter().enumerate() {
                        if k > 0 {
                            ui.separator();
                        }
                        ui.label(&item.text).on_hover_text(&item.tip);
                    }
                }
                None => network_status_ui(ui, view, pace),
            }
            if view.files_busy {
                ui.separator();
                ui.spinner();
                ui.label("working on a file…");
            }
            jobs(ui);
            ui.separator();
            ui.label(format!("frame {:.1} ms", view.frame_ms))
                .on_hover_text("CPU time the window spent on the last frame (smoothed)");
        });
    });
}

/// The Network tab's figures: state, pace, epoch, samples, loss and
/// accuracy of the current weights on the current data, throughput.
fn network_status_ui(ui: &mut Ui, view: &View, pace: TrainPace) {
    let Some(s) = view.snapshot else {
        ui.label("starting the training thread…");
        return;
    };
    let state = if view.running { "training" } else { "paused" };
    ui.label(state);
    ui.label(pace_text(pace))
        .on_hover_text("Training speed (the slider beside Play; Train ▸ Speed)");
    ui.separator();
    ui.label(format!("epoch {}", s.epoch))
        .on_hover_text("Complete passes over the training points");
    ui.separator();
    ui.label(format!("samples {}", compact(s.samples_seen as f64)))
        .on_hover_text("Training samples processed since the weights were initialized");
    // Figures of an older revision of the data would describe other points.
    if let Some(f) = view.current_snapshot().and_then(|s| s.figures.as_deref()) {
        for (part, metrics) in [("train", &f.train), ("test", &f.test)] {
            let Some(m) = metrics else { continue };
            ui.separator();
            ui.label(format!("{part} loss {:.4}", m.loss))
                .on_hover_text(format!("Mean loss of the current weights on the {part} points"));
            if let Some(a) = m.accuracy {
                ui.label(format!("{part} acc {:.1}%", a * 100.0)).on_hover_text(format!(
                    "Share of the {part} points the current weights classify correctly"
                ));
            }
        }
    }
    ui.separator();
    let rate = s
        .samples_per_sec
        .map_or_else(|| "— samples/s".to_string(), |r| format!("{} samples/s", compact(r)));
    ui.label(rate)
        .on_hover_text("Training throughput of the background thread over the last second");
}

/// The pace as the status bar says it.
pub fn pace_text(pace: TrainPace) -> String {
    match pace {
        TrainPace::Max => "at full speed".to_string(),
        TrainPace::EpochsPerSecond(e) => format!("at {} epochs/s", compact_rate(e)),
    }
}

/// A pace in epochs per second, without useless decimals.
fn compact_rate(e: f64) -> String {
    if e >= 10.0 {
        format!("{e:.0}")
    } else {
        format!("{e:.1}")
    }
}
