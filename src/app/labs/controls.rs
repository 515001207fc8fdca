//! Controls the perceptron and comparison labs share: the data picker and
//! Run / Pause with the speed of a run.

use egui::Ui;

use crate::app::context::Classroom;
use crate::labs::data::LabData;
use crate::tr;
use crate::train::Pace;

/// The data picker over `options`; returns the new choice if the user
/// picked another one.
pub(super) fn data_choice_ui(ui: &mut Ui, current: LabData, options: &[LabData]) -> Option<LabData> {
    let mut choice = current;
    egui::ComboBox::from_label(tr!("lab-data"))
        .selected_text(data_label(choice))
        .show_ui(ui, |ui| {
            for &c in options {
                ui.selectable_value(&mut choice, c, data_label(c));
            }
        })
        .response
        .on_hover_text(tr!("lab-data-hover"));
    (choice != current).then_some(choice)
}

/// The name of a lab data choice, in the current language.
pub(super) fn data_label(data: LabData) -> String {
    match data {
        LabData::And => tr!("lab-data-and"),
        LabData::Or => tr!("lab-data-or"),
        LabData::Xor => tr!("lab-data-xor"),
        LabData::Blobs => tr!("lab-data-blobs"),
        LabData::IrisSetosa => tr!("lab-data-iris-setosa"),
        LabData::IrisSpecies => tr!("lab-data-iris-species"),
        LabData::Custom => tr!("lab-data-custom"),
    }
}

/// Run / Pause, and a slider for the pace of a run in `unit`s per second
/// (`unit`: already in the current language, e.g. "samples/s"). Run waits
/// for the answer to a lesson step's question (`classroom`); Pause never waits.
pub(super) fn run_controls_ui(ui: &mut Ui, running: &mut bool, pace: &mut Pace, unit: String, classroom: &Classroom) {
    let clicked = if *running {
        ui.button(tr!("lab-pause"))
            .on_hover_text(tr!("lab-pause-hover"))
            .clicked()
    } else {
        classroom
            .reveal_button(ui, egui::Button::new(tr!("lab-run")), tr!("lab-run-hover"))
            .clicked()
    };
    if clicked {
        *running = !*running;
    }
    // A slider lays out its rail, value and unit in one row that a wrapped
    // row cannot break: start a new row when it would not fit.
    let unit_width = crate::app::widgets::text_width(ui, unit.as_str());
    let value_width = 4.0 * ui.spacing().interact_size.x;
    if ui.available_size_before_wrap().x < ui.spacing().slider_width + value_width + unit_width {
        ui.end_row();
    }
    ui.add(
        egui::Slider::new(&mut pace.speed, 1.0..=200.0)
            .logarithmic(true)
            .text(unit),
    )
    .on_hover_text(tr!("lab-pace-hover"));
}
