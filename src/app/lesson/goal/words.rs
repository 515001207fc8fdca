//! Words for the parts of goals: bounds, counts, neurons as the editor
//! names them, perceptron outcomes, inspector stages, settings and their
//! values.

use crate::app::widgets::format::num;
use crate::lessons::{Condition, Count, Figure, InspectorStage, LiveState, Range, Setting, SettingCheck, SettingValue};
use crate::tr;

/// " (now v)", or nothing when there is no value yet.
pub(super) fn now_text(v: Option<f64>) -> String {
    v.map_or_else(String::new, |v| tr!("lesson-goal-now", value = num(v)))
}

/// " (now n)" of a count, or nothing.
pub(super) fn now_count(n: Option<u64>) -> String {
    now_text(n.map(|n| n as f64))
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

/// The bounds of a range, each bound a message of its own ("≥ 0.9";
/// in Korean "0.9 이상") and two of them one phrase ("≥ −2 and < −1";
/// "−2 이상 −1 미만").
pub(super) fn bounds(r: &Range) -> String {
    let parts: Vec<String> = [
        r.at_least.map(|v| tr!("lesson-bound-at-least", value = num(v))),
        r.above.map(|v| tr!("lesson-bound-above", value = num(v))),
        r.at_most.map(|v| tr!("lesson-bound-at-most", value = num(v))),
        r.below.map(|v| tr!("lesson-bound-below", value = num(v))),
    ]
    .into_iter()
    .flatten()
    .collect();
    (parts.into_iter())
        .reduce(|low, high| tr!("lesson-bounds-two", low = low, high = high))
        .unwrap_or_default()
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

/// The inspector's stage as its window names it.
pub(super) fn stage_name(s: InspectorStage) -> String {
    crate::app::widgets::format::stage_name(s)
}

/// A figure of the network tab's history, as the loss plot names it.
pub(super) fn figure_name(f: Figure) -> String {
    match f {
        Figure::TrainLoss => tr!("lesson-figure-train-loss"),
        Figure::TestLoss => tr!("lesson-figure-test-loss"),
        Figure::TrainAccuracy => tr!("lesson-figure-train-accuracy"),
        Figure::TestAccuracy => tr!("lesson-figure-test-accuracy"),
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
        Setting::NeuronMode => tr!("lesson-setting-neuron-mode"),
        Setting::NeuronTau => tr!("lesson-setting-neuron-tau"),
        Setting::NeuronThreshold => tr!("lesson-setting-neuron-threshold"),
        Setting::NeuronRefractory => tr!("lesson-setting-neuron-refractory"),
        Setting::NeuronWindow => tr!("lesson-setting-neuron-window"),
        Setting::NeuronPlasticity => tr!("lesson-setting-neuron-plasticity"),
        Setting::NeuronHebbRate => tr!("lesson-setting-neuron-hebb-rate"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};

    #[test]
    fn two_bounds_read_as_one_phrase_in_each_language() {
        let r = Range {
            at_least: Some(-2.0),
            below: Some(-1.0),
            ..Range::default()
        };
        set_language(Language::Ko);
        // Korean puts the bound after the number ("−2 이상 −1 미만"), never
        // "≥ -2 그리고 < -1".
        assert_eq!(bounds(&r), format!("{} 이상 {} 미만", num(-2.0), num(-1.0)));
        set_language(Language::En);
        assert_eq!(bounds(&r), format!("≥ {} and < {}", num(-2.0), num(-1.0)));
    }
}
