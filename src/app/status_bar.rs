//! The status bar: epoch, samples seen, losses and accuracies, throughput
//! and the UI's own frame time.

use egui::Ui;

use super::view::View;

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

/// Draws the bottom status bar.
pub fn status_bar_ui(ui: &mut Ui, view: &View) {
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            let Some(s) = view.snapshot else {
                ui.label("starting the training thread…");
                return;
            };
            let state = if view.running { "training" } else { "paused" };
            ui.label(state);
            ui.separator();
            ui.label(format!("epoch {}", s.epoch))
                .on_hover_text("Complete passes over the training points");
            ui.separator();
            ui.label(format!("samples {}", compact(s.samples_seen as f64)));
            ui.separator();
            if let Some(p) = s.history.last() {
                ui.label(format!("train loss {:.4}", p.train_loss));
                if let Some(t) = p.test_loss {
                    ui.label(format!("test loss {t:.4}"));
                }
                if let Some(a) = p.train_accuracy {
                    ui.separator();
                    ui.label(format!("train acc {:.1}%", a * 100.0));
                }
                if let Some(a) = p.test_accuracy {
                    ui.label(format!("test acc {:.1}%", a * 100.0));
                }
                ui.separator();
            }
            ui.label(format!("{} samples/s", compact(s.samples_per_sec)))
                .on_hover_text("Training throughput of the background thread");
            if view.files_busy {
                ui.separator();
                ui.spinner();
                ui.label("working on a file…");
            }
            ui.separator();
            ui.label(format!("frame {:.1} ms", view.frame_ms))
                .on_hover_text("CPU time the window spent on the last frame (smoothed)");
        });
    });
}
