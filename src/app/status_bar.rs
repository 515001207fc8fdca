//! The status bar: epoch, samples seen, losses and accuracies, throughput
//! and the UI's own frame time.

use egui::Ui;

use super::view::View;
use crate::tr;
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
                ui.label(tr!("statusbar-file-busy"));
            }
            jobs(ui);
            ui.separator();
            ui.label(tr!("statusbar-frame", ms = format!("{:.1}", view.frame_ms)))
                .on_hover_text(tr!("statusbar-frame-hover"));
        });
    });
}

/// The Network tab's figures: state, pace, epoch, samples, loss and
/// accuracy of the current weights on the current data, throughput.
fn network_status_ui(ui: &mut Ui, view: &View, pace: TrainPace) {
    let Some(s) = view.snapshot else {
        ui.label(tr!("statusbar-starting"));
        return;
    };
    ui.label(if view.running {
        tr!("statusbar-training")
    } else {
        tr!("statusbar-paused")
    });
    ui.label(pace_text(pace)).on_hover_text(tr!("statusbar-pace-hover"));
    ui.separator();
    ui.label(tr!("statusbar-epoch", epoch = s.epoch))
        .on_hover_text(tr!("statusbar-epoch-hover"));
    ui.separator();
    ui.label(tr!("statusbar-samples", samples = compact(s.samples_seen as f64)))
        .on_hover_text(tr!("statusbar-samples-hover"));
    // Figures of an older revision of the data would describe other points.
    if let Some(f) = view.current_snapshot().and_then(|s| s.figures.as_deref()) {
        for (part, metrics) in [(tr!("statusbar-train"), &f.train), (tr!("statusbar-test"), &f.test)] {
            let Some(m) = metrics else { continue };
            ui.separator();
            let loss = format!("{:.4}", m.loss);
            ui.label(tr!("statusbar-loss", part = part.as_str(), loss = loss))
                .on_hover_text(tr!("statusbar-loss-hover", part = part.as_str()));
            if let Some(a) = m.accuracy {
                let accuracy = format!("{:.1}", a * 100.0);
                ui.label(tr!("statusbar-accuracy", part = part.as_str(), accuracy = accuracy))
                    .on_hover_text(tr!("statusbar-accuracy-hover", part = part.as_str()));
            }
        }
    }
    ui.separator();
    let rate = s.samples_per_sec.map_or_else(
        || tr!("statusbar-rate-unknown"),
        |r| tr!("statusbar-rate", rate = compact(r)),
    );
    ui.label(rate).on_hover_text(tr!("statusbar-rate-hover"));
}

/// The pace as the status bar says it.
pub fn pace_text(pace: TrainPace) -> String {
    match pace {
        TrainPace::Max => tr!("statusbar-pace-max"),
        TrainPace::EpochsPerSecond(e) => tr!("statusbar-pace-rate", rate = compact_rate(e)),
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
