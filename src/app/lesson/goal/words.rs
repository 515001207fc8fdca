//! Words for the parts of goals: bounds, counts, neurons as the editor
//! names them, perceptron outcomes, inspector stages, settings and their
//! values.

use crate::app::widgets::format::num;
use crate::lessons::{
    Condition, Count, Figure, InspectorStage, LiveState, PerceptronOutcome, Range, Setting, SettingCheck, SettingValue,
};
use crate::tr;

/// " (now v)", or nothing when there is no value yet.
pub(super) fn now_text(v: Option<f64>) -> String {
    v.map_or_else(String::new, |v| tr!("lesson-goal-now", value = num(v)))
}

/// A count check: "hidden layers ≥ 1 (now 0)".
pub(super) fn counted(what: String, c: &Count, now: Option<u64>) -> String {
    format!("{what} {}{}", count_bounds(c), now_text(now.map(|n| n as f64)))
}

/// The bounds of a count.
pub(super) fn count_bounds(c: &Count) -> String {
    let range = Range {
        at_least: c.at_least.map(|v| v as f64),
        at_most: c.at_most.map(|v| v as f64),
        ..Range::default()
    };
    bounds(&range)
}

/// The bounds of a range: "≥ 0.9", "≥ −2 and < −1".
pub(super) fn bounds(r: &Range) -> String {
    let parts: Vec<String> = [("≥", r.at_least), ("≤", r.at_most), (">", r.above), ("<", r.below)]
        .into_iter()
        .filter_map(|(op, v)| v.map(|v| format!("{op} {}", num(v))))
        .collect();
    parts.join(&tr!("lesson-goal-and"))
}

/// "the output neuron" or "neuron 2 of hidden layer 1", as the network
/// editor names them (from 1); the output is the last layer.
pub(super) fn neuron_name(live: &LiveState, layer: usize, neuron: usize) -> String {
    let layers = live.network.as_ref().map_or(layer + 1, |n| n.layers.len());
    if layer + 1 == layers {
        tr!("lesson-goal-output-neuron", neuron = neuron + 1)
    } else {
        tr!("lesson-goal-hidden-neuron", neuron = neuron + 1, layer = layer + 1)
    }
}

/// How a perceptron run ends, as a goal.
pub(super) fn outcome(o: PerceptronOutcome) -> String {
    match o {
        PerceptronOutcome::Converged => tr!("lesson-goal-converges"),
        PerceptronOutcome::NotConverged => tr!("lesson-goal-not-converged"),
        PerceptronOutcome::Running => tr!("lesson-goal-running"),
    }
}

/// The inspector's stage as its window names it.
pub(super) fn stage_name(s: InspectorStage) -> String {
    match s {
        InspectorStage::Forward => tr!("lesson-stage-forward"),
        InspectorStage::Loss => tr!("lesson-stage-loss"),
        InspectorStage::Backward => tr!("lesson-stage-backward"),
        InspectorStage::Gradients => tr!("lesson-stage-gradients"),
        InspectorStage::Update => tr!("lesson-stage-update"),
    }
}

/// A figure of the network tab's history, as the loss plot names it.
pub(super) fn figure_name(f: Figure) -> String {
    match f {
        Figure::TrainLoss => tr!("lesson-goal-train-loss"),
        Figure::TestLoss => tr!("lesson-goal-test-loss"),
        Figure::TrainAccuracy => tr!("lesson-goal-train-accuracy"),
        Figure::TestAccuracy => tr!("lesson-goal-test-accuracy"),
    }
}

/// A setting's condition and its value now: "learning rate ≤ 0.001 (now 0.03)".
pub(super) fn setting_text(p: &SettingCheck, live: &LiveState) -> String {
    let condition = match &p.condition {
        Condition::Range(r) => bounds(r),
        Condition::Is(v) => format!("= {}", value_text(v)),
        Condition::Has(f) => tr!("lesson-goal-has", feature = *f),
    };
    let now = live
        .settings
        .get(p.setting)
        .map_or_else(String::new, |v| tr!("lesson-goal-now", value = value_text(v)));
    tr!(
        "lesson-goal-setting",
        setting = setting_name(p.setting),
        condition = condition,
        now = now
    )
}

/// A setting's value as the learner reads it.
fn value_text(v: &SettingValue) -> String {
    match v {
        SettingValue::Number(x) => num(*x),
        SettingValue::Name(n) => (*n).to_string(),
        SettingValue::Widths(w) => format!("{w:?}"),
        SettingValue::Features(f) => f.join(", "),
    }
}

/// A setting by the name of its control.
pub(in crate::app::lesson) fn setting_name(s: Setting) -> String {
    match s {
        Setting::Generator => tr!("lesson-setting-generator"),
        Setting::Points => tr!("lesson-setting-points"),
        Setting::Noise => tr!("lesson-setting-noise"),
        Setting::Classes => tr!("lesson-setting-classes"),
        Setting::TestRatio => tr!("lesson-setting-test-ratio"),
        Setting::Features => tr!("lesson-setting-features"),
        Setting::Hidden => tr!("lesson-setting-hidden"),
        Setting::Activation => tr!("lesson-setting-activation"),
        Setting::Optimizer => tr!("lesson-setting-optimizer"),
        Setting::LearningRate => tr!("lesson-setting-learning-rate"),
        Setting::BatchSize => tr!("lesson-setting-batch-size"),
        Setting::Loss => tr!("lesson-setting-loss"),
        Setting::L1 => tr!("lesson-setting-l1"),
        Setting::L2 => tr!("lesson-setting-l2"),
        Setting::Seed => tr!("lesson-setting-seed"),
        Setting::PerceptronData => tr!("lesson-setting-perceptron-data"),
        Setting::StepFunction => tr!("lesson-setting-step-function"),
        Setting::PerceptronLearningRate => tr!("lesson-setting-perceptron-learning-rate"),
        Setting::CompareData => tr!("lesson-setting-compare-data"),
        Setting::CompareLearningRate => tr!("lesson-setting-compare-learning-rate"),
    }
}
