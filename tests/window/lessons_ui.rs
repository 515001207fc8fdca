//! Lessons in the window, driven through egui_kittest (no GPU): the Learn
//! menu opens a built-in lesson with its set-up, classroom mode locks and
//! hides controls, doing the task passes the step, progress survives a
//! restart, and a broken lesson file changes nothing.

#![allow(clippy::unwrap_used)]

use crate::common::MemoryStorage;
use crate::common::ui::{small_app, wait_for};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use nnlab::app::{NnlabApp, Tab};
use nnlab::data::Generator;
use nnlab::lessons::NetworkFacts;

fn harness(app: NnlabApp) -> Harness<'static, NnlabApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    nnlab::app::install_fonts(&h.ctx);
    h.run_steps(2);
    h
}

/// Opens the built-in lesson whose menu entry contains `title` from the
/// Learn menu.
fn open_from_learn_menu(h: &mut Harness<'_, NnlabApp>, title: &str) {
    h.get_by_label("Learn").click();
    h.run_steps(2);
    h.get_by_label_contains(title).click();
    h.run_steps(3);
}

fn disabled(h: &Harness<'_, NnlabApp>, label: &str) -> bool {
    h.get_by_label(label).accesskit_node().is_disabled()
}

/// A lesson file in a fresh folder.
fn lesson_file(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("teacher.toml");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

#[test]
fn the_learn_menu_opens_a_lesson_with_its_setup_and_locks() {
    let mut h = harness(small_app(Generator::Spiral));
    assert!(!disabled(&h, "Step epoch"), "no lesson: everything usable");
    open_from_learn_menu(&mut h, "The threshold logic unit");
    let run = h.state().lesson().expect("the lesson is open");
    assert_eq!((run.lesson().id.as_str(), run.current()), ("tlu", 0));
    assert_eq!(h.state().settings.view.tab, Tab::Network);
    assert_eq!(h.state().dataset.points.len(), 4, "the AND gate's four points");
    assert!(h.state().settings.config.hidden.is_empty(), "a single TLU");
    // The worker runs the new network: one layer with w = (1, 1), b = 0.
    wait_for(&mut h, "the lesson's network", |a| {
        a.snapshot().is_some_and(|s| s.net.layers.len() == 1)
    });
    let facts = NetworkFacts::from_snapshot(h.state().snapshot().unwrap());
    assert_eq!(facts.weight(0, 0, 0), Some(1.0));
    assert_eq!(facts.weight(0, 1, 0), Some(1.0));
    assert_eq!(facts.bias(0, 0), Some(0.0));
    assert!(
        h.query_all_by_label_contains("Set the bias of a TLU for AND")
            .next()
            .is_some()
    );
    // Data and run are locked in this step: shown, but disabled.
    assert!(disabled(&h, "Step epoch"));
    assert!(disabled(&h, "Regenerate"));
    // The keyboard cannot get round the lock either.
    h.key_press(egui::Key::Space);
    h.run_steps(2);
    assert!(!h.state().is_running(), "Space is refused while Run is locked");
    // Classroom mode off: everything usable again.
    h.get_by_label("Classroom mode").click();
    h.run_steps(2);
    assert!(!disabled(&h, "Step epoch"));
}

/// A lesson file's text: `id`, and one step whose keys and tables are
/// `step`.
fn one_step(id: &str, step: &str) -> String {
    format!("id = \"{id}\"\ntitle = \"Test\"\n\n[[step]]\n{step}")
}

#[test]
fn a_teachers_lesson_hides_what_it_names() {
    let (_dir, path) = lesson_file(&one_step(
        "hide-test",
        r#"title = "Only the network"
text = "Nothing to press."
goal = "read"

[step.setup]
tab = "network"

[step.controls]
hidden = ["tabs", "run"]
"#,
    ));
    let mut h = harness(small_app(Generator::Circle));
    assert!(h.query_by_label("Step epoch").is_some());
    assert!(h.query_by_label("Logic neurons").is_some(), "the tab bar");
    h.state_mut().open_path(path);
    wait_for(&mut h, "the lesson", |a| a.lesson().is_some());
    h.run_steps(2);
    assert!(h.query_by_label("Step epoch").is_none(), "run hidden");
    assert!(h.query_by_label("Logic neurons").is_none(), "tab bar hidden");
}

#[test]
fn doing_the_task_passes_the_step_and_next_moves_on() {
    let mut h = harness(small_app(Generator::Spiral));
    open_from_learn_menu(&mut h, "The perceptron learning rule");
    assert_eq!(h.state().settings.view.tab, Tab::Perceptron);
    assert!(h.query_by_label("Step passed").is_none());
    assert!(h.query_by_label("Next step").is_none(), "Next only once passed");
    // Answer the question, then do what it asks: step one sample.
    h.get_by_label("w = (0, 0), b = −1").click();
    h.run_steps(2);
    assert!(
        h.query_by_label("Step passed").is_none(),
        "the sample is not stepped yet"
    );
    h.get_by_label("Step one sample").click();
    h.run_steps(3);
    assert!(h.query_by_label("Step passed").is_some());
    assert!(
        h.query_by_label_contains("1. Predict the first update, passed")
            .is_some(),
        "✓ in the list"
    );
    assert_eq!(h.state().settings.lessons.passed("perceptron-rule"), 1, "saved at once");
    h.get_by_label("Next step").click();
    h.run_steps(3);
    assert_eq!(h.state().lesson().unwrap().current(), 1);
    assert_eq!(
        h.state().labs.perceptron.lab.steps(),
        3,
        "step 2's set-up ran three samples"
    );
    assert!(
        h.query_by_label("Step passed").is_none(),
        "the new step is not passed yet"
    );
}

#[test]
fn progress_survives_saving_and_loading_the_settings() {
    let mut h = harness(small_app(Generator::Spiral));
    open_from_learn_menu(&mut h, "The perceptron learning rule");
    h.get_by_label("w = (0, 0), b = −1").click();
    h.get_by_label("Step one sample").click();
    h.run_steps(3);
    let mut storage = MemoryStorage::default();
    h.state().save_to(&mut storage);
    let restarted = NnlabApp::from_storage(Some(&storage), &egui::Context::default());
    assert_eq!(restarted.settings.lessons, h.state().settings.lessons);
    let mut h = harness(restarted);
    h.get_by_label("Learn").click();
    h.run_steps(2);
    assert!(h.query_by_label_contains("The perceptron learning rule").is_some());
    assert!(h.query_by_label("1/4").is_some(), "one of its four steps passed");
    h.get_by_label_contains("The perceptron learning rule").click();
    h.run_steps(3);
    let run = h.state().lesson().unwrap();
    assert_eq!(run.current(), 0, "resumes on the step the learner was on");
    assert!(run.is_passed(0));
    assert!(h.query_by_label("Step passed").is_some());
    assert!(h.query_by_label("Next step").is_some());
}

#[test]
fn a_broken_lesson_file_names_line_and_column_and_changes_nothing() {
    let (_dir, path) = lesson_file(
        r#"id = "broken"
title = "Broken"

[[step]]
title = "One"
txet = "a typo"
"#,
    );
    let mut h = harness(small_app(Generator::Circle));
    let before = (h.state().settings.clone(), h.state().dataset.clone());
    h.state_mut().open_path(path);
    wait_for(&mut h, "the error", |a| a.notice.is_some());
    let notice = &h.state().notice.as_ref().unwrap().message;
    assert!(
        matches!(notice, nnlab::i18n::Message::LessonFile { error, .. } if error.position() == Some((6, 1))),
        "{notice:?}"
    );
    assert!(h.state().lesson().is_none());
    assert_eq!(h.state().settings, before.0);
    assert!(h.state().dataset == before.1);
}

#[test]
fn the_backprop_lesson_passes_through_the_inspector() {
    // Lesson 9's second goal is the inspector's stage: the lesson reads it
    // from the window's inspector, once the learner has said which δ comes
    // first. (The first step, why the step function
    // had to go, is passed: the learner resumes on the second.)
    let mut app = small_app(Generator::Spiral);
    let passed = nnlab::lessons::LessonProgress {
        current: 1,
        passed: [0].into(),
        ..Default::default()
    };
    app.settings.lessons.lessons.insert("backprop".into(), passed);
    let mut h = harness(app);
    open_from_learn_menu(&mut h, "Reading one backpropagation step");
    assert_eq!(h.state().lesson().unwrap().current(), 1);
    assert_eq!(h.state().lesson().unwrap().lesson().id, "backprop");
    wait_for(&mut h, "the lesson's XOR network", |a| {
        a.dataset.points.len() == 4 && a.snapshot().is_some_and(|s| s.net.layers.len() == 2)
    });
    h.get_by_label("Inspect backprop").click();
    h.run_steps(2);
    h.get_by_label("Sample").focus();
    h.step();
    h.get_by_label("Sample").type_text("1");
    h.step();
    h.get_by_label("Go").click();
    wait_for(&mut h, "the pick", |a| a.inspector_stage().is_some());
    let start = std::time::Instant::now();
    while h.query_by_label("Next").is_none() {
        assert!(start.elapsed().as_secs() < 30, "the trace never showed");
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(
        h.query_by_label("Step passed").is_none(),
        "forward is not the update yet"
    );
    // Next waits for the prediction: pressing it shows nothing more.
    assert!(disabled(&h, "Next"), "Next waits for the answer");
    for _ in 0..4 {
        h.get_by_label("Next").click();
        h.run_steps(2);
    }
    assert_eq!(
        h.state().inspector_stage(),
        Some(nnlab::lessons::InspectorStage::Forward),
        "Next alone does not walk the stages"
    );
    h.get_by_label("The output neuron's").click();
    h.run_steps(3);
    assert!(!h.state().lesson().unwrap().is_passed(1), "the answer alone");
    for _ in 0..4 {
        h.get_by_label("Next").click();
        h.run_steps(2);
    }
    assert_eq!(
        h.state().inspector_stage(),
        Some(nnlab::lessons::InspectorStage::Update)
    );
    wait_for(&mut h, "the step to pass", |a| {
        a.lesson().is_some_and(|r| r.is_passed(1))
    });
    h.run_steps(2);
    assert!(h.query_by_label("Step passed").is_some());
}

/// The neuron lab's values are settings too: a lesson locks τ alone
/// (θ's slider stays free), and choosing coincidence trials meets its goal.
#[test]
fn the_neuron_labs_settings_lock_one_by_one_and_meet_goals() {
    let (_dir, path) = lesson_file(&one_step(
        "neuron-settings",
        r#"title = "Trials"
text = "Switch to coincidence trials."

[step.setup]
tab = "neuron"

[step.setup.neuron]
mode = "rates"

[step.controls]
locked = ["neuron_tau"]

[step.goal]
setting = { neuron_mode = { is = "coincidence" } }
"#,
    ));
    let mut h = harness(small_app(Generator::Circle));
    h.state_mut().open_path(path);
    wait_for(&mut h, "the lesson", |a| a.lesson().is_some());
    h.run_steps(3);
    // τ and t_ref are the two sliders in ms while the inputs fire at rates.
    let mut ms: Vec<_> = h
        .get_all_by_role_and_label(egui::accesskit::Role::Slider, "ms")
        .map(|n| (n.rect().top(), n.accesskit_node().is_disabled()))
        .collect();
    ms.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(
        ms.iter().map(|m| m.1).collect::<Vec<_>>(),
        [true, false],
        "τ locked, t_ref free"
    );
    assert!(
        h.query_by_label_contains("Locked in this step: the neuron's time constant τ")
            .is_some()
    );
    assert!(h.query_by_label("Step passed").is_none());
    h.get_by_label("Coincidence trials").click();
    h.run_steps(3);
    assert!(h.query_by_label("Step passed").is_some());
}
