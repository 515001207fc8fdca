//! The status bar: epoch, samples seen, losses and accuracies, throughput
//! and the UI's own frame time.

use egui::Ui;

use crate::app::context::StatusItem;
use crate::app::context::View;
use crate::app::widgets::format::compact;
use crate::tr;
use crate::train::TrainPace;

/// Draws the bottom status bar: the network's training figures on the
/// Network tab, `lab` (the tab's own figures) on a lab tab; `jobs` adds
/// the progress of background work (the animation export).
pub(super) fn status_bar_ui(
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
pub(super) fn pace_text(pace: TrainPace) -> String {
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
