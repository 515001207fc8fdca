//! Goals the checker refuses, and what `nnlab lesson run` says about an
//! actions file and the actions a step refused.

use crate::lessons::{ActionError, Control, Impossible, Refusal, SetError, SettingKind, Shape};
use crate::tr;

/// Why a goal can never be met, with a hint.
pub(super) fn impossible_text(i: &Impossible) -> String {
    let shape = |s: Shape| match s {
        Shape::Layers => tr!("lesson-shape-layers"),
        Shape::Neurons => tr!("lesson-shape-neurons"),
    };
    match i {
        Impossible::AccuracyAboveOne { bound, hint: Some(h) } => tr!(
            "lesson-impossible-percent",
            bound = bound.to_string(),
            hint = h.to_string()
        ),
        Impossible::AccuracyAboveOne { bound, hint: None } => {
            tr!("lesson-impossible-accuracy-above", bound = bound.to_string())
        }
        Impossible::AccuracyBelowZero => tr!("lesson-impossible-accuracy-below"),
        Impossible::LossBelowZero => tr!("lesson-impossible-loss"),
        Impossible::BeyondAnyNetwork { layer } => tr!(
            "lesson-impossible-beyond-any-network",
            layer = *layer,
            last = crate::nn::MAX_HIDDEN_LAYERS
        ),
        Impossible::NoSuchLayer { layer, layers } => {
            tr!("lesson-impossible-layer", layer = *layer, layers = *layers)
        }
        Impossible::NoSuchWeight { layer, inputs, neurons } => tr!(
            "lesson-impossible-weight",
            layer = *layer,
            inputs = *inputs,
            neurons = *neurons
        ),
        Impossible::TooBig { what, max } => {
            tr!("lesson-impossible-too-big", what = shape(*what), max = *max as usize)
        }
        Impossible::ShapeLocked { what, now } => {
            tr!(
                "lesson-impossible-shape-locked",
                what = shape(*what),
                now = *now as usize
            )
        }
        Impossible::SettingRange { setting, min, max } => tr!(
            "lesson-impossible-setting-range",
            setting = setting.name(),
            min = min.to_string(),
            max = max.to_string(),
            layers = crate::nn::MAX_HIDDEN_LAYERS
        ),
        Impossible::SettingLocked(setting) => tr!("lesson-impossible-setting-locked", setting = setting.name()),
        Impossible::NeedsTraining => tr!("lesson-impossible-needs-training"),
        Impossible::NothingToWatch => tr!("lesson-impossible-nothing-to-watch"),
        Impossible::MetAtStart => tr!("lesson-impossible-met-at-start"),
    }
}

/// What is wrong with an actions file.
pub fn action_error_text(e: &ActionError) -> String {
    match e {
        ActionError::Json { line, column } => tr!("lesson-actions-json", line = *line, column = *column),
        ActionError::NotAList => tr!("lesson-actions-not-list"),
        ActionError::Unknown { index } => tr!(
            "lesson-actions-unknown",
            index = *index,
            names = crate::lessons::ACTION_NAMES.join(", ")
        ),
        ActionError::BadValue { index, name } => {
            tr!("lesson-actions-bad-value", index = *index, name = name.as_str())
        }
        ActionError::UnknownSetting { index, name } => tr!(
            "lesson-actions-unknown-setting",
            index = *index,
            name = name.as_str(),
            names = crate::lessons::Setting::NAMES.join(", ")
        ),
    }
}

/// Why an action of `nnlab lesson run` did nothing.
pub fn refusal_text(r: &Refusal) -> String {
    match r {
        Refusal::Locked(c) => tr!("lesson-refused-locked", control = control_name(*c)),
        Refusal::LockedGroup(g) => tr!("lesson-refused-locked", control = g.name()),
        Refusal::NotPassed => tr!("lesson-refused-not-passed"),
        Refusal::NoQuestion => tr!("lesson-refused-no-question"),
        Refusal::NoNetwork => tr!("lesson-refused-no-network"),
        Refusal::Set(e) => set_error_text(e),
        Refusal::Training(e) => tr!("lesson-refused-training", reason = e.to_string()),
        Refusal::Logic(e) => e.to_string(),
        Refusal::UnknownName(n) => tr!("lesson-refused-unknown-name", name = n.as_str()),
        Refusal::UnknownInput(n) => tr!("lesson-refused-unknown-input", name = n.as_str()),
        Refusal::Inspect(e) => tr!("lesson-refused-inspect", reason = e.to_string()),
        Refusal::Complete => tr!("lesson-refused-complete"),
        Refusal::AnswerFirst => tr!("lesson-refused-answer-first"),
    }
}

/// A control by its name in lesson files.
fn control_name(c: Control) -> &'static str {
    c.name()
}

/// Why a `set` was refused.
fn set_error_text(e: &SetError) -> String {
    match e {
        SetError::NoNetwork => tr!("lesson-refused-no-network"),
        SetError::NoGenerator => tr!("lesson-refused-no-generator"),
        SetError::WrongKind(kind) => tr!(
            "lesson-refused-kind",
            kind = match kind {
                SettingKind::Number { .. } => tr!("lesson-expected-number"),
                SettingKind::Name(_) => tr!("lesson-expected-name"),
                SettingKind::Widths => tr!("lesson-refused-kind-widths"),
                SettingKind::Features => tr!("lesson-refused-kind-features"),
            }
        ),
        SetError::OutOfRange { min, max } => {
            tr!("lesson-refused-range", min = min.to_string(), max = max.to_string())
        }
        SetError::UnknownName { name, names } => {
            tr!("lesson-refused-name", name = name.as_str(), names = names.join(", "))
        }
        SetError::Network(e) => tr!("lesson-refused-training", reason = e.to_string()),
        SetError::Data(e) => e.to_string(),
    }
}
