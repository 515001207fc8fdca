//! The neuron lab driven through egui_kittest (no GPU): two inputs fired
//! together make the neuron fire, two fired far apart do not; coincidence
//! trials read as a McCulloch–Pitts neuron; Hebb's rule switched on from
//! the top row; lesson 1 opens on the neuron's parts.

use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::{NnlabApp, Settings, Tab};

/// The window on the neuron tab, 1280×720. Each frame of the harness is
/// 0.1 s of the window's time (the lab's cap on a frame's dt): at the
/// default 25 model ms per second, 2.5 model ms.
fn harness() -> Harness<'static, NnlabApp> {
    harness_sized(egui::vec2(1280.0, 720.0))
}

/// The same, `size` big.
fn harness_sized(size: egui::Vec2) -> Harness<'static, NnlabApp> {
    let mut settings = Settings::default();
    settings.view.tab = Tab::Neuron;
    let d = nnlab::app::default_dataset(&settings);
    let mut app = NnlabApp::new(settings, d, Arc::new(|| {}));
    app.use_path_prompts();
    let mut h = Harness::builder()
        .with_size(size)
        .with_context_setup(nnlab::app::install_fonts)
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    h.run_steps(2);
    h
}

/// Runs frames until `ms` more model milliseconds have passed.
fn run_for(h: &mut Harness<'_, NnlabApp>, ms: f64) {
    let until = h.state().labs.neuron.lab.now_ms() + ms;
    for _ in 0..1000 {
        if h.state().labs.neuron.lab.now_ms() >= until {
            return;
        }
        h.run_steps(1);
    }
    panic!("the clock did not run {ms} ms");
}

/// The inputs fire only when the test fires them.
fn silence_inputs(h: &mut Harness<'_, NnlabApp>) {
    let lab = &mut h.state_mut().labs.neuron.lab;
    for i in 0..lab.inputs().len() {
        lab.edit_input(i, |x| x.rate_hz = 0.0);
    }
    lab.reset();
}

#[test]
fn two_coincident_inputs_fire_the_neuron_and_two_far_apart_do_not() {
    let mut h = harness();
    silence_inputs(&mut h);
    // Paused, A and B fire at the same model moment; then the clock runs.
    h.get_by_label("Pause").click();
    h.run_steps(1);
    h.get_by_label("Fire A").click();
    h.run_steps(1);
    h.get_by_label("Fire B").click();
    h.run_steps(1);
    assert_eq!(h.state().labs.neuron.lab.travelling().len(), 2, "both on their way");
    h.get_by_label("Run").click();
    run_for(&mut h, 30.0);
    assert_eq!(
        h.state().labs.neuron.lab.spike_count(),
        1,
        "9 + 9 mV together reach θ = 15 mV"
    );
    assert!(h.query_by_label("fired once").is_some(), "the status bar says so");
    // Reset, then A, and B 20 ms later: A's 9 mV has leaked away.
    h.get_by_label("Reset").click();
    h.run_steps(1);
    h.get_by_label("Fire A").click();
    run_for(&mut h, 20.0);
    h.get_by_label("Fire B").click();
    run_for(&mut h, 30.0);
    let lab = &h.state().labs.neuron.lab;
    assert_eq!(lab.arrivals().len(), 2, "both arrived");
    assert_eq!(lab.spike_count(), 0);
    assert!(h.query_by_label("fired 0 times").is_some());
}

#[test]
fn coincidence_trials_show_the_mcculloch_pitts_reading() {
    let mut h = harness();
    h.get_by_label("Coincidence trials").click();
    h.run_steps(1);
    // A at 10 ms, B at 30 ms: one whole trial, silent, and the MP reading
    // (only A inside the 4 ms window) agrees.
    run_for(&mut h, 85.0);
    assert_eq!(h.state().labs.neuron.lab.spike_count(), 0);
    assert!(
        h.query_by_label("the LIF neuron did not fire in the last trial")
            .is_some()
    );
    assert!(h.query_by_label("the two agree").is_some());
    // B moved while a trial runs: that trial fires, but it ran with B at
    // 30 ms for a while, so it is not compared; the next whole one is.
    h.state_mut().labs.neuron.lab.edit_input(1, |x| x.fire_at_ms = 11.0);
    run_for(&mut h, 80.0);
    assert!(h.query_by_label("the LIF neuron fired in the last trial").is_some());
    assert!(h.query_by_label_contains("the next trial will tell").is_some());
    assert!(h.query_by_label("the two agree").is_none());
    run_for(&mut h, 80.0);
    let lab = &h.state().labs.neuron.lab;
    assert_eq!((lab.spike_count(), lab.coincident_count()), (2, 2));
    assert!(h.query_by_label("the LIF neuron fired in the last trial").is_some());
    assert!(h.query_by_label("the two agree").is_some());
    assert!(
        h.query_by_label_contains("with 2 excitatory inputs this is AND")
            .is_some(),
        "k = 2 of 2: the logic lab's AND"
    );
}

#[test]
fn hebbs_rule_is_switched_on_in_the_top_row_and_grows_co_firing_synapses() {
    let mut h = harness();
    h.get_by_label("Coincidence trials").click();
    h.run_steps(1);
    h.state_mut().labs.neuron.lab.edit_input(1, |x| x.fire_at_ms = 10.0);
    h.get_by_label("Hebb's rule").click();
    h.run_steps(1);
    assert!(h.state().labs.neuron.lab.plasticity);
    run_for(&mut h, 160.0);
    let lab = &h.state().labs.neuron.lab;
    assert_eq!(lab.spike_count(), 2);
    assert_eq!(lab.inputs()[0].strength, 11.0, "9 mV + η = 1 mV per co-firing");
    assert_eq!(lab.inputs()[2].strength, 9.0, "C did not fire");
    assert!(h.query_by_label_contains("last change at t =").is_some());
}

#[test]
fn lesson_one_opens_on_the_neuron_and_its_parts() {
    // Tall enough for the step's text and its question without scrolling.
    let mut h = harness_sized(egui::vec2(1600.0, 1200.0));
    h.state_mut().settings.view.tab = Tab::Network;
    h.run_steps(1);
    h.get_by_label("Learn").click();
    h.run_steps(2);
    h.get_by_label_contains("1. ").click();
    h.run_steps(3);
    let run = h.state().lesson().expect("lesson 1 is open");
    assert_eq!((run.lesson().id.as_str(), run.current()), ("logic-neurons", 0));
    assert_eq!(h.state().settings.view.tab, Tab::Neuron);
    assert!(h.query_by_label("the axon").is_some(), "the question's choices");
    h.get_by_label("the axon").click();
    h.run_steps(3);
    assert!(h.state().lesson().unwrap().is_passed(0));
}

/// Each part named on the drawing explains what it does when hovered, in
/// the learner's language: the name on screen, then its hover text.
#[test]
fn each_part_of_the_drawing_explains_itself_on_hover_in_both_languages() {
    use egui::accesskit::Role;
    use nnlab::i18n::{Language, tr_in};
    let parts = [
        "cell-body",
        "nucleus",
        "dendrites",
        "axon",
        "telodendria",
        "terminals",
        "synapse",
    ];
    for lang in Language::ALL {
        let mut h = harness();
        h.state_mut().settings.view.language = Some(lang);
        h.state_mut().labs.neuron.lab.running = false;
        h.run_steps(3);
        for key in parts {
            let name = tr_in(lang, &format!("neuron-part-{key}"), &[]);
            let tip = tr_in(lang, &format!("neuron-part-{key}-hover"), &[]);
            assert!(
                h.query_by_label(&tip).is_none(),
                "{lang:?} {name}: not before the hover"
            );
            h.get_by_role_and_label(Role::Image, &name).hover();
            h.run_steps(40);
            assert!(h.query_by_label(&tip).is_some(), "{lang:?} {name}: {tip}");
        }
    }
}

/// Lesson 1's coincidence step with the lesson card and the concept notes
/// open (classroom mode off, so the step does not hide the notes), on both
/// laptops in both languages: the drawing and the membrane trace end left
/// of the side column, and no widget in the window is cut by its panel's
/// edge (the column's units, the notes, the card).
#[test]
fn the_side_column_never_overlaps_the_drawing_nor_is_cut_on_laptops() {
    use egui::accesskit::Role;
    use nnlab::app::{Action, LessonAction};
    use nnlab::i18n::{Language, tr_in};
    use nnlab::lessons::Answer;
    let lesson = nnlab::lessons::builtin_lessons().unwrap().remove(0);
    for lang in Language::ALL {
        for size in [egui::vec2(1024.0, 640.0), egui::vec2(1280.0, 720.0)] {
            let what = format!("{lang:?} at {}×{}", size.x, size.y);
            let mut app = crate::common::ui::small_app(nnlab::data::Generator::Spiral);
            app.settings.view.language = Some(lang);
            app.settings.view.classroom = false;
            app.settings.view.show_notes = true;
            let mut h = Harness::builder()
                .with_size(size)
                .with_context_setup(nnlab::app::install_fonts)
                .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
            h.run_steps(2);
            let ctx = h.ctx.clone();
            h.state_mut().apply(Action::StartLesson(Box::new(lesson.clone())), &ctx);
            h.run_steps(2);
            h.state_mut()
                .apply(Action::Lesson(LessonAction::Answer(Answer::Choice(2))), &ctx);
            h.run_steps(2);
            h.state_mut().apply(Action::Lesson(LessonAction::Next), &ctx);
            // A whole 80-ms trial at 2.5 model ms a frame: the reading of the
            // last trial shows, and the panels have settled.
            h.run_steps(40);
            assert_eq!(h.state().lesson().unwrap().current(), 1, "{what}");
            assert_eq!(h.state().settings.view.tab, Tab::Neuron, "{what}");
            let notes = tr_in(lang, "notes-heading", &[]);
            // The toggle and the panel's heading.
            assert_eq!(h.query_all_by_label(&notes).count(), 2, "{what}: the notes are open");
            let id = egui::Id::unique(nnlab::app::NEURON_DRAWING_ID);
            let drawing = h.ctx.read_response(id).expect("the drawing").rect;
            let trace = *egui_plot::PlotMemory::load(&h.ctx, egui::Id::unique(nnlab::app::NEURON_TRACE_ID))
                .expect("the trace")
                .transform()
                .frame();
            // The column: the reading's heading, the inputs' heading and
            // every input's Fire button.
            let mut column: Vec<egui::Rect> = ["neuron-mp-heading", "neuron-inputs"]
                .iter()
                .map(|key| h.get_by_role_and_label(Role::Label, &tr_in(lang, key, &[])).rect())
                .collect();
            for name in ["A", "B", "C", "D"] {
                let fire = tr_in(lang, "neuron-fire", &[("name", name.into())]);
                column.push(h.get_by_role_and_label(Role::Button, &fire).rect());
            }
            let left = column.iter().map(|r| r.left()).fold(f32::INFINITY, f32::min);
            assert!(
                drawing.right() <= left && trace.right() <= left,
                "{what}: the drawing {drawing:?} or the trace {trace:?} runs into the column at x = {left}"
            );
            // Across, all inside the window; down, the column scrolls, but
            // the reading's heading and A's Fire button are in sight.
            let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
            for r in &column {
                assert!(r.min.x >= 0.0 && r.max.x <= size.x, "{what}: {r:?} leaves the window");
            }
            for r in [column[0], column[2]] {
                assert!(window.contains_rect(r), "{what}: {r:?} out of sight");
            }
            let cut = crate::common::ui::cut_widgets(&h);
            assert!(cut.is_empty(), "{what}: cut by their panel's edge: {cut:#?}");
        }
    }
}
