//! The Data section of the control panel: the generator and its settings
//! (or a file's facts), the test split, Regenerate and Clear, and how new
//! points are added. A lesson step may lock the section or single settings
//! (`generator`, `points`, `noise`, `classes`, `test_ratio`).

use egui::{RichText, Slider, Ui};

use super::{captioned, kept};
use crate::app::context::Action;
use crate::app::context::Classroom;
use crate::app::context::View;
use crate::app::context::ViewOptions;
use crate::app::widgets::colors::class_color;
use crate::data::{Dataset, GenParams, Generator};
use crate::i18n::words::generator_label;
use crate::lessons::Setting;
use crate::tr;
use crate::train::TrainConfig;

/// The generator's settings (points, noise, classes), each of which a
/// lesson step may lock by name.
fn generator_ui(ui: &mut Ui, generator: Generator, params: &mut GenParams, classroom: &Classroom) {
    if !generator.is_truth_table() {
        classroom.setting(ui, Setting::Points, |ui| {
            captioned(
                ui,
                true,
                kept(Slider::new(&mut params.points, 10..=5000)).logarithmic(true),
                tr!("controls-points"),
            )
            .on_hover_text(tr!("controls-points-hover"))
        });
        classroom.setting(ui, Setting::Noise, |ui| {
            captioned(
                ui,
                true,
                kept(Slider::new(&mut params.noise, 0.0..=1.0)),
                tr!("controls-noise"),
            )
            .on_hover_text(tr!("controls-noise-hover"))
        });
    }
    if let Some((lo, hi)) = generator.class_range() {
        classroom.setting(ui, Setting::Classes, |ui| {
            captioned(
                ui,
                true,
                kept(Slider::new(&mut params.classes, lo..=hi)),
                tr!("controls-classes"),
            )
            .on_hover_text(tr!("controls-classes-hover"))
        });
    }
}

/// What a file's data is: its points, classes and columns, and whether the
/// network sees the inputs standardized.
fn file_facts_ui(ui: &mut Ui, dataset: &Dataset) {
    let n = dataset.points.len();
    let facts = if dataset.is_classification() {
        tr!(
            "controls-file-classes",
            points = n,
            classes = dataset.num_classes(),
            names = dataset.class_names().join(", ")
        )
    } else {
        tr!("controls-file-regression", points = n)
    };
    ui.label(facts).on_hover_text(tr!("controls-file-hover"));
    ui.label(format!(
        "x₁ = {}, x₂ = {}",
        dataset.axis_names[0], dataset.axis_names[1]
    ))
    .on_hover_text(tr!("controls-file-columns-hover"));
    if let Some(s) = dataset.scaling {
        ui.label(tr!(
            "controls-file-standardized",
            mean = format!("({:.3}, {:.3})", s.mean[0], s.mean[1]),
            std = format!("({:.3}, {:.3})", s.std[0], s.std[1])
        ))
        .on_hover_text(tr!("controls-file-standardized-hover"));
    }
}

/// The Data section; edits `options` and the copy `config`.
pub(super) fn data_ui(
    ui: &mut Ui,
    options: &mut ViewOptions,
    config: &mut TrainConfig,
    view: &View,
    actions: &mut Vec<Action>,
) {
    let (mut generator, mut params) = (view.generator, view.gen_params);
    let dataset = view.dataset;
    // Generator settings describe the data only while it is that
    // generator's output; a file (or a lab's points) has its own facts.
    let generated = dataset.generator.is_some();
    let current = if generated {
        generator_label(generator)
    } else {
        tr!("controls-dataset-file", name = dataset.name.as_str())
    };
    let classroom = &view.classroom;
    classroom.setting(ui, Setting::Generator, |ui| {
        egui::ComboBox::from_label(tr!("controls-dataset"))
            .selected_text(current)
            .show_ui(ui, |ui| {
                for g in Generator::ALL {
                    ui.selectable_value(&mut generator, g, generator_label(g));
                }
            })
            .response
            .on_hover_text(tr!("controls-dataset-hover"))
    });
    if generated {
        generator_ui(ui, generator, &mut params, classroom);
    } else {
        file_facts_ui(ui, dataset);
    }
    if (generator, params) != (view.generator, view.gen_params) || (!generated && generator != view.generator) {
        actions.push(Action::SetGenerator(generator, params));
    }
    let gate = dataset.generator.is_some_and(Generator::is_truth_table);
    classroom.setting(ui, Setting::TestRatio, |ui| {
        captioned(
            ui,
            !gate,
            kept(Slider::new(&mut config.test_ratio, 0.0..=0.9)),
            tr!("controls-test-ratio"),
        )
        .on_hover_text(tr!("controls-test-ratio-hover"))
        .on_disabled_hover_text(tr!("controls-test-ratio-gate-hover"))
    });
    ui.horizontal(|ui| {
        if ui
            .add_enabled(generated, egui::Button::new(tr!("controls-regenerate")))
            .on_hover_text(tr!("controls-regenerate-hover"))
            .on_disabled_hover_text(tr!("controls-regenerate-file-hover"))
            .clicked()
        {
            actions.push(Action::Regenerate);
        }
        if ui
            .button(tr!("controls-clear"))
            .on_hover_text(tr!("controls-clear-hover"))
            .clicked()
        {
            actions.push(Action::Clear);
        }
    });
    ui.checkbox(&mut options.keep_weights, tr!("controls-keep-weights"))
        .on_hover_text(tr!("controls-keep-weights-hover"));
    if dataset.is_classification() {
        ui.label(tr!("controls-new-point-class"));
        ui.horizontal_wrapped(|ui| {
            for (k, name) in dataset.class_names().iter().enumerate() {
                let (dot, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                ui.painter().circle_filled(dot.center(), 5.0, class_color(k));
                let label = tr!("controls-class", name = name.as_str());
                let tip = tr!("controls-class-hover", name = name.as_str(), key = k + 1);
                if ui
                    .selectable_label(options.selected_class == k, label)
                    .on_hover_text(tip)
                    .clicked()
                {
                    actions.push(Action::SelectClass(k));
                }
            }
        });
    } else {
        ui.add(
            egui::DragValue::new(&mut options.new_value)
                .speed(0.05)
                .prefix(tr!("controls-new-value")),
        )
        .on_hover_text(tr!("controls-new-value-hover"));
    }
    ui.checkbox(&mut options.show_test, tr!("controls-show-test"))
        .on_hover_text(tr!("controls-show-test-hover"));
    ui.checkbox(&mut options.discretize, tr!("controls-discretize"))
        .on_hover_text(tr!("controls-discretize-hover"));
    ui.label(RichText::new(tr!("controls-mouse-help")).small().weak());
}
