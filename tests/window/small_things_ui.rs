//! The small things seen on the way (issue 25): a typed learning rate
//! undoes to the value before it; a neuron clicked in the logic diagram
//! is selected for editing; the logic legend is body-sized; the notes'
//! formula blocks keep their columns in Korean; messages go by themselves
//! and a lesson step starts without old ones; the perceptron lab's result
//! is in view at 1280×720.

use egui::accesskit::Role;
use egui::{Event, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::{Action, ERROR_SECONDS, INFO_SECONDS, LessonAction, NnlabApp, Tab};
use nnlab::data::Generator;
use nnlab::i18n::{Language, Message};
use nnlab::labs::data::LabData;
use nnlab::labs::perceptron_lab::Verdict;
use nnlab::tr;

use crate::common::ui::small_app;

fn harness(size: (f32, f32), app: NnlabApp) -> Harness<'static, NnlabApp> {
    crate::common::ui::laptop_harness(size, app)
}

fn rect(node: &egui_kittest::Node<'_>) -> Rect {
    crate::common::ui::node_rect(node)
}

#[test]
fn a_typed_learning_rate_undoes_to_the_value_before_it() {
    nnlab::i18n::set_language(Language::En);
    let mut h = harness((1280.0, 720.0), small_app(Generator::Spiral));
    let before = h.state().settings.config.learning_rate;
    let slider = rect(&h.get_by_role_and_label(Role::Slider, &tr!("controls-learning-rate")));
    // The slider's number box: the spin button on the slider's row.
    let number = h
        .query_all_by_role(Role::SpinButton)
        .map(|n| rect(&n))
        .find(|r| (slider.min.y..=slider.max.y).contains(&r.center().y) && r.min.x >= slider.min.x)
        .expect("the learning rate's number box");
    h.event(Event::PointerMoved(number.center()));
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos: number.center(),
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::default(),
        });
    }
    h.run_steps(2);
    // Typed key by key, as a learner types it: "0", "0.", "0.0", "0.05".
    for key in ["0", ".", "0", "5"] {
        h.event(Event::Text(key.into()));
        h.run_steps(2);
        let now = h.state().settings.config.learning_rate;
        assert_eq!(now, before, "no value is taken while typing (got {now} after {key:?})");
    }
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
    assert!(
        (h.state().settings.config.learning_rate - 0.05).abs() < 1e-6,
        "Enter takes 0.05"
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(3);
    assert_eq!(
        h.state().settings.config.learning_rate,
        before,
        "one undo: the rate before"
    );
}

#[test]
fn a_neuron_clicked_in_the_logic_diagram_is_selected_for_editing() {
    nnlab::i18n::set_language(Language::En);
    let mut h = harness((1280.0, 720.0), small_app(Generator::Spiral));
    h.state_mut().settings.view.tab = Tab::Logic;
    h.run_steps(2);
    h.get_by_label(&tr!("logic-custom")).click();
    h.run_steps(2);
    for _ in 0..2 {
        h.get_by_label(&tr!("logic-add-neuron")).click();
        h.run_steps(2);
    }
    assert_eq!(h.state().labs.logic.selected(), Some(1), "a new neuron is selected");
    h.get_by_label(&tr!("logic-diagram-neuron", name = "n1")).click();
    h.run_steps(2);
    assert_eq!(
        h.state().labs.logic.selected(),
        Some(0),
        "the neuron clicked in the diagram"
    );
    assert!(
        h.query_by_label(&tr!("logic-threshold")).is_some(),
        "its threshold is on show"
    );
}

#[test]
fn the_logic_legend_reads_at_body_size_in_both_languages() {
    for lang in Language::ALL {
        nnlab::i18n::set_language(lang);
        let mut h = harness((1024.0, 640.0), small_app(Generator::Spiral));
        h.state_mut().settings.view.tab = Tab::Logic;
        h.run_steps(3);
        let body = rect(&h.get_by_label(&tr!("logic-inputs"))).height();
        for key in [
            "logic-legend-excitatory",
            "logic-legend-inhibitory",
            "logic-legend-output",
            "logic-legend-rule",
        ] {
            let r = rect(&h.get_by_label(&nnlab::i18n::tr(key, &[])));
            assert!(
                r.height() + 0.5 >= body,
                "{lang:?} {key}: {:.1} px high, body text {body:.1}",
                r.height()
            );
        }
    }
}

#[test]
fn formula_columns_line_up_in_the_korean_notes() {
    nnlab::i18n::set_language(Language::Ko);
    let mut h = harness((1024.0, 640.0), small_app(Generator::Spiral));
    h.state_mut().settings.view.tab = Tab::Logic;
    h.state_mut().settings.view.show_notes = true;
    h.run_steps(4);
    let first = rect(&h.get_by_label("활성 억제성 입력이 없고"));
    let second = rect(&h.get_by_label("(활성 흥분성 입력의 수) ≥ θ 일 때"));
    let formula = rect(&h.get_all_by_label("y = 1").next().expect("y = 1"));
    assert!(
        (first.min.x - second.min.x).abs() <= 1.0,
        "the condition's two lines start in one column: {first:?} {second:?}"
    );
    assert!(formula.max.x < first.min.x, "the condition sits right of y = 1");
}

#[test]
fn messages_go_by_themselves_and_a_lesson_step_starts_without_them() {
    nnlab::i18n::set_language(Language::En);
    let mut h = harness((1280.0, 720.0), small_app(Generator::Spiral));
    let ctx = h.ctx.clone();
    // kittest's clock moves a quarter of a second a frame.
    let frames = |seconds: f64| (seconds * 4.0).ceil() as usize;
    h.state_mut().apply(Action::Notify(Message::OtherInstance), &ctx);
    h.run_steps(frames(INFO_SECONDS) - 4);
    assert!(h.state().notice.is_some(), "still there before its time");
    h.run_steps(8);
    assert!(h.state().notice.is_none(), "an information goes after {INFO_SECONDS} s");
    h.state_mut().apply(Action::Notify(Message::GifStopped), &ctx);
    h.run_steps(frames(INFO_SECONDS) + 4);
    assert!(h.state().notice.is_some(), "an error stays longer");
    h.run_steps(frames(ERROR_SECONDS - INFO_SECONDS) + 4);
    assert!(h.state().notice.is_none(), "an error goes after {ERROR_SECONDS} s");

    h.state_mut().apply(Action::Notify(Message::GifCancelled), &ctx);
    let lesson = h.state().builtin_lessons()[0].clone();
    h.state_mut().apply(Action::StartLesson(Box::new(lesson)), &ctx);
    assert!(h.state().notice.is_none(), "a lesson step starts without old messages");
    h.state_mut().apply(Action::Notify(Message::GifStopped), &ctx);
    h.state_mut().apply(Action::Lesson(LessonAction::GoTo(0)), &ctx);
    assert!(h.state().notice.is_none(), "restarting a step clears them too");
}

#[test]
fn the_perceptron_result_is_in_view_at_1280_by_720() {
    for lang in Language::ALL {
        nnlab::i18n::set_language(lang);
        let size = (1280.0, 720.0);
        let mut h = harness(size, small_app(Generator::Spiral));
        h.state_mut().settings.view.tab = Tab::Perceptron;
        for data in [LabData::And, LabData::Xor] {
            h.state_mut().labs.perceptron.lab.choose(data);
            for _ in 0..20 {
                h.state_mut().labs.perceptron.lab.step_epoch();
            }
            h.run_steps(4);
            let verdict = match h.state().labs.perceptron.lab.verdict() {
                Verdict::Converged { epochs } => tr!("perceptron-converged", epochs = epochs),
                Verdict::NotSeparable { .. } => tr!("perceptron-not-separable"),
                Verdict::Running => panic!("{lang:?} {data:?}: no verdict after 20 epochs"),
            };
            // In view: above the update table (the side panel scrolls
            // above it; a verdict scrolled away would sit below its top).
            let rows = h.state().labs.perceptron.lab.rows().len();
            let table = rect(&h.get_by_label(&tr!("perceptron-updates-heading", updates = rows)));
            let mut lines = vec![verdict];
            if data == LabData::And {
                let b = h.state().labs.perceptron.lab.novikoff().expect("AND is separable");
                let updates = h.state().labs.perceptron.lab.total_updates();
                let limit = nnlab::app::widgets::format::num(b.mistake_limit);
                lines.push(tr!("perceptron-updates-so-far", updates = updates, limit = limit));
            }
            for line in lines {
                let r = rect(&h.get_by_label(&line));
                assert!(
                    r.min.y >= 0.0 && r.max.y <= table.min.y && r.max.x <= size.0,
                    "{lang:?} {data:?}: {line:?} at {r:?}, the table starts at {:.0}",
                    table.min.y
                );
            }
        }
    }
}
