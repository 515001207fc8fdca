//! The lab tabs driven through egui_kittest (no GPU): the logic lab's
//! inputs and truth table, the perceptron's update table, the XOR verdict
//! and its way out to the network view.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use nnlab::app::{NnlabApp, Settings, Tab};
use nnlab::nn::logic::Gate;

/// The verdict the perceptron lab shows on XOR (English, the tests' language).
fn not_separable() -> String {
    nnlab::i18n::tr_in(nnlab::i18n::Language::En, "perceptron-not-separable", &[])
}

fn harness(tab: Tab) -> Harness<'static, NnlabApp> {
    let mut settings = Settings::default();
    settings.view.tab = tab;
    let d = nnlab::app::default_dataset(&settings);
    let mut app = NnlabApp::new(settings, d, Arc::new(|| {}));
    app.use_path_prompts();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    h.run_steps(2);
    h
}

/// The output the logic lab shows, read from its "C = 0/1" label.
fn shown_output(h: &Harness<'_, NnlabApp>) -> bool {
    let one = h.query_by_label("C = 1").is_some();
    let zero = h.query_by_label("C = 0").is_some();
    assert!(one != zero, "exactly one output label is shown");
    one
}

#[test]
fn tabs_switch_and_persist_in_settings() {
    let mut h = harness(Tab::Network);
    h.get_by_label("Logic neurons").click();
    h.run_steps(2);
    assert_eq!(h.state().settings.view.tab, Tab::Logic);
    assert!(h.query_by_label("Truth table (every input combination)").is_some());
    h.get_by_label("Network").click();
    h.run_steps(2);
    assert_eq!(h.state().settings.view.tab, Tab::Network);
    assert!(h.query_by_label("Truth table (every input combination)").is_none());
}

#[test]
fn toggling_inputs_changes_the_output_as_the_truth_table_says() {
    let mut h = harness(Tab::Logic);
    for gate in [Gate::And, Gate::Or, Gate::AndNot, Gate::Xor] {
        h.get_by_label(gate.formula()).click();
        h.run_steps(2);
        // Walk 00 → 10 → 11 → 01 by clicking the input buttons.
        for (name, a, b) in [("A", true, false), ("B", true, true), ("A", false, true)] {
            let current = h.state().labs.logic.lab.inputs().to_vec();
            let i = usize::from(name == "B");
            let label = format!("{name} = {}", u8::from(current[i]));
            h.get_by_label(&label).click();
            h.run_steps(2);
            assert_eq!(h.state().labs.logic.lab.inputs(), &[a, b]);
            let table = h.state().labs.logic.lab.table().unwrap();
            let row = table.iter().find(|r| r.inputs == [a, b]).unwrap();
            assert_eq!(shown_output(&h), row.output, "{gate:?} at {a} {b}: the table's row");
            assert_eq!(
                Some(row.output),
                gate.expected(&[a, b]),
                "{gate:?} computes its formula"
            );
        }
    }
}

#[test]
fn a_custom_neuron_is_wired_by_clicks() {
    let mut h = harness(Tab::Logic);
    h.get_by_label("Custom").click();
    h.run_steps(2);
    h.get_by_label("Add neuron").click();
    h.run_steps(2);
    // n1 with θ = 1 and one excitatory line from A: n1 = A.
    h.get_all_by_label("excitatory").next().unwrap().click();
    h.run_steps(2);
    assert!(h.query_by_label("n1 = 0").is_some());
    h.get_by_label("A = 0").click();
    h.run_steps(2);
    assert!(h.query_by_label("n1 = 1").is_some(), "A on fires n1");
    let outputs: Vec<bool> = h
        .state()
        .labs
        .logic
        .lab
        .table()
        .unwrap()
        .iter()
        .map(|r| r.output)
        .collect();
    assert_eq!(outputs, [false, false, true, true], "n1 = A over A B");
}

#[test]
fn a_custom_network_grows_to_three_inputs_and_no_further() {
    let mut h = harness(Tab::Logic);
    h.get_by_label("Custom").click();
    h.run_steps(2);
    assert!(
        h.query_by_label("C = 0").is_none(),
        "a custom network starts with A and B"
    );
    assert!(
        h.query_by_label("no output neuron yet (the first neuron added is the output)")
            .is_some(),
        "a blank network gets a hint, not an error"
    );
    assert!(!h.get_by_label("Add input").accesskit_node().is_disabled());
    h.get_by_label("Add input").click();
    h.run_steps(2);
    assert!(h.query_by_label("C = 0").is_some(), "C was added");
    assert_eq!(h.state().labs.logic.lab.network().inputs, ["A", "B", "C"]);
    assert!(
        h.get_by_label("Add input").accesskit_node().is_disabled(),
        "at three inputs the button is greyed out"
    );
}

#[test]
fn step_one_sample_adds_a_row_only_for_a_misclassified_sample() {
    let mut h = harness(Tab::Perceptron);
    assert_eq!(h.state().labs.perceptron.lab.rows().len(), 0);
    // AND from zero: (0,0) is misclassified (z = 0 → 1, y = 0), then (0,1)
    // and (1,0) are right (z = −1), then (1,1) is wrong again.
    for (step, expect_rows) in [(1, 1), (2, 1), (3, 1), (4, 2)] {
        h.get_by_label("Step one sample").click();
        h.run_steps(2);
        let lab = &h.state().labs.perceptron.lab;
        assert_eq!(lab.steps(), step);
        assert_eq!(lab.rows().len(), expect_rows, "after step {step}");
        let drawn = (1..=5).filter(|k| h.query_by_label(&format!("#{k}")).is_some()).count();
        assert_eq!(drawn, expect_rows, "rows drawn after step {step}");
    }
    let last = h.state().labs.perceptron.lab.rows().last().unwrap().clone();
    assert_eq!((last.w_after.clone(), last.b_after), (vec![1.0, 1.0], 0.0));
    assert!(
        h.query_by_label("(0, 0) -> (1, 1)").is_some(),
        "w before → after is shown"
    );
}

/// Issue 13: on the default AND the lab shows R, γ and the bound before the
/// first step (γ of the maximum-margin line: 1/√17 ≈ 0.243, R = √3, so
/// (R/γ)² = 51), then the updates against it.
#[test]
fn novikoffs_bound_is_shown_before_the_first_step() {
    let mut h = harness(Tab::Perceptron);
    let theorem = "Novikoff: R = 1.732 (the longest (x, 1)), γ = 0.243 (the widest margin of a unit vector (w, b), \
                   the bias as the weight of an input 1), so from w = 0 at most (R/γ)² = 51 updates.";
    assert!(h.query_by_label(theorem).is_some());
    // Lesson 4: the same line measured in the plane, 1/√8 ≈ 0.354 from its
    // nearest corners, beside γ.
    assert!(
        h.query_by_label_contains("The same line measured in the plane: 0.354 from the nearest point")
            .is_some()
    );
    assert!(h.query_by_label("Updates so far: 0 of at most 51.").is_some());
    h.get_by_label("Step one sample").click();
    h.run_steps(2);
    assert!(h.query_by_label("Updates so far: 1 of at most 51.").is_some());
}

#[test]
fn xor_shows_the_message_and_opens_in_the_network_view() {
    let mut h = harness(Tab::Perceptron);
    h.state_mut()
        .labs
        .perceptron
        .lab
        .choose(nnlab::labs::data::LabData::Xor);
    h.run_steps(2);
    assert!(h.query_by_label(&not_separable()).is_none(), "not before training");
    for _ in 0..30 {
        if h.query_by_label(&not_separable()).is_some() {
            break;
        }
        h.get_by_label("Step one epoch").click();
        h.run_steps(2);
    }
    assert!(h.query_by_label(&not_separable()).is_some(), "the XOR message appears");
    h.get_by_label("Open this data in the network view (one hidden layer)")
        .click();
    h.run_steps(3);
    let app = h.state();
    assert_eq!(app.settings.view.tab, Tab::Network);
    assert_eq!(app.dataset.points.len(), 4);
    assert_eq!(app.settings.config.hidden.len(), 1, "one hidden layer");
}

#[test]
fn single_key_shortcuts_only_act_on_the_network_tab() {
    let mut h = harness(Tab::Logic);
    h.key_press(egui::Key::Space);
    h.run_steps(2);
    assert!(!h.state().is_running(), "Space does not start training from a lab");
}

/// The perceptron plot's view in data coordinates (min and max corners).
fn plane_view(h: &Harness<'_, NnlabApp>) -> [[f64; 2]; 2] {
    let memory = egui_plot::PlotMemory::load(&h.ctx, egui::Id::unique(nnlab::app::PLANE_PLOT_ID))
        .expect("the perceptron plot was drawn");
    let bounds = *memory.transform().bounds();
    [bounds.min(), bounds.max()]
}

#[test]
fn the_perceptron_plot_pans_before_the_first_step_and_keeps_its_view() {
    let mut h = harness(Tab::Perceptron);
    h.run_steps(2);
    let home = plane_view(&h);
    let frame = egui_plot::PlotMemory::load(&h.ctx, egui::Id::unique(nnlab::app::PLANE_PLOT_ID))
        .unwrap()
        .transform()
        .frame()
        .to_owned();
    // Drag from the middle of the plot 60 pixels right and 40 down.
    let from = frame.center();
    let to = from + egui::vec2(60.0, 40.0);
    h.hover_at(from);
    h.run_steps(1);
    h.drag_at(from);
    h.run_steps(1);
    for k in 1..=6 {
        h.hover_at(from + (to - from) * (k as f32 / 6.0));
        h.run_steps(1);
    }
    h.drop_at(to);
    h.run_steps(3);
    let dragged = plane_view(&h);
    assert!(
        dragged[0][0] < home[0][0] - 0.1,
        "dragged right: the view moves left: {home:?} → {dragged:?}"
    );
    assert!(
        dragged[1][1] > home[1][1] + 0.1,
        "dragged down: the view moves up: {home:?} → {dragged:?}"
    );
    assert_eq!(h.state().labs.perceptron.lab.steps(), 0, "no step yet");
    // A step keeps the view the user chose.
    h.get_by_label("Step one sample").click();
    h.run_steps(3);
    assert_eq!(h.state().labs.perceptron.lab.steps(), 1);
    assert_eq!(plane_view(&h), dragged);
}
