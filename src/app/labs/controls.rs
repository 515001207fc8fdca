//! Controls the perceptron and comparison labs share: the data picker and
//! Run / Pause with the speed of a run.

use egui::Ui;

use crate::labs::data::LabData;
use crate::train::Pace;

/// The data picker over `options`; returns the new choice if the user
/// picked another one.
pub fn data_choice_ui(ui: &mut Ui, current: LabData, options: &[LabData]) -> Option<LabData> {
    let mut choice = current;
    egui::ComboBox::from_label("data")
        .selected_text(choice.label())
        .show_ui(ui, |ui| {
            for &c in options {
                ui.selectable_value(&mut choice, c, c.label());
            }
        });
    (choice != current).then_some(choice)
}

/// Run / Pause, and a slider for the pace of a run in `unit`s per second.
pub fn run_controls_ui(ui: &mut Ui, running: &mut bool, pace: &mut Pace, unit: &str) {
    if ui.button(if *running { "Pause" } else { "Run" }).clicked() {
        *running = !*running;
    }
    ui.add(
        egui::Slider::new(&mut pace.speed, 1.0..=200.0)
            .logarithmic(true)
            .text(format!("{unit}/s")),
    )
    .on_hover_text("How fast Run goes");
}
