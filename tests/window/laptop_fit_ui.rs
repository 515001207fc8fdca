//! Laptop screens, beside a lesson and the concept notes: no widget is cut
//! by its panel's edge on any tab, and the perceptron lab's weight-space
//! status stays above its update table.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use nnlab::app::{PLANE_PLOT_ID, Tab, WEIGHT_PLOT_ID};
use nnlab::data::Generator;
use nnlab::i18n::{Arg, Language};

use crate::laptop_ui::{LAPTOPS, harness_in, plot_frame};

/// Every tab with its concept notes open, on both laptops in both
/// languages: no widget is cut by the edge of the panel it sits in (a row
/// wider than its panel was clipped, or slid under its neighbour).
#[test]
fn no_tab_cuts_a_widget_at_its_panels_edge_on_laptops() {
    for lang in Language::ALL {
        for size in LAPTOPS {
            for tab in Tab::ALL {
                let app = crate::common::ui::small_app(Generator::Spiral);
                let mut h = harness_in(lang, size, tab, app);
                h.run_steps(4);
                let cut = crate::common::ui::cut_widgets(&h);
                assert!(cut.is_empty(), "{tab:?} in {lang:?} at {size:?}: {cut:#?}");
            }
        }
    }
}

/// The perceptron lab beside lesson 1's card and the concept notes
/// (classroom mode off), in both languages on both laptops: the weight
/// space's status lines under the plots end above the update table (in
/// Korean they wrap to four lines, and the last one slid under it).
#[test]
fn the_weight_space_status_stays_above_the_update_table_beside_a_lesson() {
    use nnlab::app::{Action, LessonAction};
    use nnlab::lessons::Answer;
    let lesson = nnlab::lessons::builtin_lessons().unwrap().remove(0);
    for lang in Language::ALL {
        for size in LAPTOPS {
            let mut app = crate::common::ui::small_app(Generator::Spiral);
            app.settings.view.classroom = false;
            let mut h = harness_in(lang, size, Tab::Network, app);
            let ctx = h.ctx.clone();
            h.state_mut().apply(Action::StartLesson(Box::new(lesson.clone())), &ctx);
            h.run_steps(2);
            h.state_mut()
                .apply(Action::Lesson(LessonAction::Answer(Answer::Choice(2))), &ctx);
            h.state_mut().apply(Action::Lesson(LessonAction::Next), &ctx);
            h.run_steps(2);
            h.state_mut().settings.view.tab = Tab::Perceptron;
            h.run_steps(6);
            let what = format!("{lang:?} at {size:?}");
            let heading = nnlab::i18n::tr_in(lang, "perceptron-updates-heading", &[("updates", Arg::from(0))]);
            let table_top = h.get_by_label(&heading).rect().top();
            let (plane, weights) = (plot_frame(&h, PLANE_PLOT_ID), plot_frame(&h, WEIGHT_PLOT_ID));
            let under_plots = |r: &egui::Rect| {
                r.top() >= plane.bottom() && r.left() >= plane.left() - 40.0 && r.right() <= weights.right() + 5.0
            };
            let lines: Vec<egui::Rect> = h
                .get_all_by_role(Role::Label)
                .map(|n| n.rect())
                .filter(|r| under_plots(r) && r.top() < table_top)
                .collect();
            assert!(lines.len() >= 2, "{what}: the status lines {lines:?}");
            for r in lines {
                assert!(
                    r.bottom() <= table_top + 1.0,
                    "{what}: {r:?} runs under the table at {table_top}"
                );
            }
        }
    }
}

/// Every activation's name in the network editor's column header stays
/// on one line on both laptops ("heaviside" wrapped onto the first
/// neuron's picture at 1280 × 720).
#[test]
fn every_activation_name_stays_on_one_line_above_its_column() {
    use egui_kittest::kittest::NodeT;
    use nnlab::nn::Activation;
    for size in LAPTOPS {
        for activation in Activation::ALL {
            // One hidden layer: its column is wide enough for the choice
            // (two or more on a laptop get the compact − / + header).
            let mut settings = crate::common::ui::small_settings(Generator::Spiral);
            settings.config.hidden.truncate(1);
            settings.config.hidden[0].activation = activation;
            let app = crate::common::ui::app_with(settings);
            let mut h = harness_in(Language::En, size, Tab::Network, app);
            h.run_steps(2);
            let what = format!("{activation:?} at {size:?}");
            let combos: Vec<egui::Rect> = h
                .query_all_by_role(Role::ComboBox)
                .filter(|n| n.accesskit_node().value().as_deref() == Some(activation.name()))
                .map(|n| crate::common::ui::node_rect(&n))
                .collect();
            // The side panel's choice and the editor's (at 1024 px the
            // editor's column takes the compact − / + header instead), one
            // line each: a button of one line is the interact height.
            let expected = if size.0 >= 1280.0 { 2 } else { 1 };
            assert_eq!(combos.len(), expected, "{what}: {combos:?}");
            let line = h.ctx.global_style().spacing.interact_size.y;
            for r in &combos {
                assert!(r.height() <= line + 4.0, "{what}: {r:?} is taller than a line ({line})");
            }
            // A name cut short is whole in the hover text (the choice's
            // accessible description), with its formula.
            let described: Vec<String> = h
                .query_all_by_role(Role::ComboBox)
                .filter(|n| n.accesskit_node().value().as_deref() == Some(activation.name()))
                .filter_map(|n| n.accesskit_node().description())
                .collect();
            let formula = nnlab::i18n::words::activation_formula(activation);
            let whole = format!("{}: {formula}", activation.name());
            assert!(
                described.iter().any(|d| d.starts_with(&whole)) || size.0 < 1280.0,
                "{what}: {described:?}"
            );
        }
    }
}
