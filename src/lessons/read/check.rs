//! `[step.goal]`: a check table (one kind, optionally `label` and
//! `for_epochs`), or `"read"`.

use std::sync::LazyLock;

use super::scalars::named;
use super::{Node, Spot, Table};
use crate::lessons::check::{
    BiasRange, Check, Condition, Count, Figure, InspectorNumber, Metric, MetricOn, NumberAnswer, NumberSource, Range,
    Rose, SettingCheck, UpdateCount, WeightRange,
};
use crate::lessons::error::Expected;
use crate::lessons::error::Problem;
use crate::lessons::live::{InspectorStage, PerceptronOutcome};
use crate::lessons::setting::{Setting, SettingKind, SettingValue, feature, name_in};
use crate::nn::perceptron::StepFunction;

/// Every kind of check, as a file names it.
pub(crate) const KINDS: &[&str] = &[
    "all",
    "any",
    "ever",
    "then",
    "not",
    "diverged",
    "rose",
    "setting",
    "accuracy",
    "loss",
    "hidden_neurons",
    "hidden_layers",
    "epochs",
    "weight",
    "bias",
    "perceptron",
    "compare_perceptron",
    "perceptron_updates",
    "perceptron_steps",
    "step_function",
    "truth_table",
    "inspector_stage_reached",
    "coincident_spikes",
    "answer",
    "answer_number",
];

/// The keys a check table may have: its kind, `label`, `for_epochs`.
static CHECK_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    ["label", "for_epochs"]
        .into_iter()
        .chain(KINDS.iter().copied())
        .collect()
});

/// Bounds on a number.
const BOUNDS: [&str; 4] = ["at_least", "at_most", "above", "below"];

/// A goal written alone, as the body of a `[step.goal]` table (for
/// tests and tools): `all = [{ … }, { … }]`.
///
/// # Errors
/// The problem and its line and column.
pub fn parse_goal(src: &str) -> Result<Check, crate::lessons::LessonError> {
    let at = |offset: usize, problem| {
        let (line, column) = crate::lessons::place::line_col(src, offset);
        crate::lessons::LessonError::At { line, column, problem }
    };
    let tree = toml::de::DeTable::parse(src).map_err(|e| {
        let (syntax, offset) = crate::lessons::syntax::classify(src, e.message(), e.span().map_or(0, |s| s.start));
        at(offset, Problem::Syntax(syntax))
    })?;
    let root = toml::Spanned::new(tree.span(), toml::de::DeValue::Table(tree.into_inner()));
    read_check(&Node::root(&root, src)).map_err(|(offset, p)| at(offset, p))
}

/// A step's goal: a check, or `"read"`.
pub(super) fn read_goal(n: &Node<'_, '_>) -> Result<Check, Spot> {
    if n.value().is_str() {
        // A name: "read" is the only one.
        return n.name(&[("read", ())]).map(|()| Check::Read);
    }
    read_check(n)
}

/// A check table.
fn read_check(n: &Node<'_, '_>) -> Result<Check, Spot> {
    if !n.value().is_table() {
        return n.wrong(Expected::Check);
    }
    let t = n.table(&CHECK_KEYS)?;
    let kinds: Vec<(&str, usize)> = t.keys().into_iter().filter(|(k, _)| KINDS.contains(k)).collect();
    let (kind, _) = match kinds.as_slice() {
        [] => return n.fail(Problem::NoKind),
        [one] => *one,
        [(first, _), (second, at), ..] => {
            let problem = Problem::TwoKinds {
                first: first.to_string(),
                second: second.to_string(),
            };
            return Err((*at, problem));
        }
    };
    let mut check = read_kind(&t, kind)?;
    if let Some(epochs) = t.opt("for_epochs", |n| n.whole(u64::MAX))? {
        check = Check::Held {
            epochs,
            check: Box::new(check),
        };
    }
    if let Some(label) = t.opt("label", |n| n.text())? {
        check = Check::Labelled {
            label,
            check: Box::new(check),
        };
    }
    Ok(check)
}

/// The check of kind `kind` in table `t`.
fn read_kind(t: &Table<'_, '_>, kind: &str) -> Result<Check, Spot> {
    let Some(n) = KINDS.iter().find(|k| **k == kind).and_then(|k| t.get(k)) else {
        return Err((t.at(), Problem::NoKind));
    };
    let list = |n: &Node<'_, '_>| n.list_of(read_check);
    let boxed = |n: &Node<'_, '_>| read_check(n).map(Box::new);
    Ok(match kind {
        "all" => Check::All(list(&n)?),
        "any" => Check::Any(list(&n)?),
        "then" => Check::Then(list(&n)?),
        "ever" => Check::Ever(boxed(&n)?),
        "not" => Check::Not(boxed(&n)?),
        "diverged" if n.bool()? => Check::Diverged,
        "diverged" => Check::Not(Box::new(Check::Diverged)),
        "rose" => Check::Rose(read_rose(&n)?),
        "setting" => Check::Setting(read_settings(&n)?),
        "accuracy" => Check::Accuracy(read_metric(&n)?),
        "loss" => Check::Loss(read_metric(&n)?),
        "hidden_neurons" => Check::HiddenNeurons(read_count(&n)?),
        "hidden_layers" => Check::HiddenLayers(read_count(&n)?),
        "epochs" => Check::Epochs(read_count(&n)?),
        "perceptron_steps" => Check::PerceptronSteps(read_count(&n)?),
        "coincident_spikes" => Check::CoincidentSpikes(read_count(&n)?),
        "weight" => {
            let t = n.table(&["layer", "input", "neuron", "at_least", "at_most", "above", "below"])?;
            Check::Weight(WeightRange {
                layer: t.req("layer")?.usize()?,
                input: t.req("input")?.usize()?,
                neuron: t.req("neuron")?.usize()?,
                range: range(&t)?,
            })
        }
        "bias" => {
            let t = n.table(&["layer", "neuron", "at_least", "at_most", "above", "below"])?;
            Check::Bias(BiasRange {
                layer: t.req("layer")?.usize()?,
                neuron: t.req("neuron")?.usize()?,
                range: range(&t)?,
            })
        }
        "perceptron" => Check::Perceptron(n.name(&OUTCOMES)?),
        "compare_perceptron" => Check::ComparePerceptron(n.name(&OUTCOMES)?),
        "perceptron_updates" => {
            let t = n.table(&["at_least", "at_most", "within_bound"])?;
            Check::PerceptronUpdates(UpdateCount {
                at_least: t.opt("at_least", |n| n.whole(u64::MAX))?,
                at_most: t.opt("at_most", |n| n.whole(u64::MAX))?,
                within_bound: t.opt("within_bound", |n| n.bool())?.unwrap_or(false),
            })
        }
        "step_function" => Check::StepFunction(n.name(&named::<StepFunction>())?),
        "truth_table" => Check::TruthTable(n.list_of(|n| n.whole(255).map(|v| v as u8))?),
        "inspector_stage_reached" => Check::InspectorStageReached(n.name(&STAGES)?),
        "answer" if n.value().is_array() => Check::Answer(n.list_of(Node::usize)?),
        "answer" if n.value().is_integer() => Check::Answer(vec![n.usize()?]),
        "answer" => return n.wrong(Expected::Answer),
        _ => {
            let t = n.table(&["value", "inspector", "within"])?;
            let expected = match (t.get("value"), t.get("inspector")) {
                (Some(_), Some(second)) => {
                    return second.fail(Problem::EitherKey {
                        first: "value",
                        second: "inspector",
                    });
                }
                (None, Some(i)) => NumberSource::Inspector(i.name(&InspectorNumber::NAMES)?),
                _ => NumberSource::Value(t.req("value")?.f64()?),
            };
            Check::AnswerNumber(NumberAnswer {
                expected,
                within: t.req("within")?.f64()?,
            })
        }
    })
}

/// The perceptron outcomes by name.
const OUTCOMES: [(&str, PerceptronOutcome); 3] = [
    ("running", PerceptronOutcome::Running),
    ("converged", PerceptronOutcome::Converged),
    ("not_converged", PerceptronOutcome::NotConverged),
];

/// The inspector's stages by name.
pub(super) const STAGES: [(&str, InspectorStage); 5] = [
    ("forward", InspectorStage::Forward),
    ("loss", InspectorStage::Loss),
    ("backward", InspectorStage::Backward),
    ("gradients", InspectorStage::Gradients),
    ("update", InspectorStage::Update),
];

/// `at_least`, `at_most`, `above`, `below` of a table.
fn range(t: &Table<'_, '_>) -> Result<Range, Spot> {
    let [at_least, at_most, above, below] = BOUNDS.map(|k| t.opt(k, |n| n.f64()));
    Ok(Range {
        at_least: at_least?,
        at_most: at_most?,
        above: above?,
        below: below?,
    })
}

/// `{ on, at_least, … }`.
fn read_metric(n: &Node<'_, '_>) -> Result<Metric, Spot> {
    let t = n.table(&["on", "at_least", "at_most", "above", "below"])?;
    let on = [
        ("train", MetricOn::Train),
        ("test", MetricOn::Test),
        ("logistic", MetricOn::Logistic),
    ];
    Ok(Metric {
        on: t.req("on")?.name(&on)?,
        range: range(&t)?,
    })
}

/// `{ at_least, at_most }` of a count.
fn read_count(n: &Node<'_, '_>) -> Result<Count, Spot> {
    let t = n.table(&["at_least", "at_most"])?;
    Ok(Count {
        at_least: t.opt("at_least", |n| n.whole(u64::MAX))?,
        at_most: t.opt("at_most", |n| n.whole(u64::MAX))?,
    })
}

/// `{ metric, by, within_epochs }`.
fn read_rose(n: &Node<'_, '_>) -> Result<Rose, Spot> {
    let t = n.table(&["metric", "by", "within_epochs"])?;
    Ok(Rose {
        metric: t.req("metric")?.name(&Figure::NAMES)?,
        by: t.req("by")?.f64()?,
        within_epochs: t.req("within_epochs")?.whole(u64::MAX)?,
    })
}

/// `setting = { learning_rate = { at_most = 0.001 }, optimizer = { is = "adam" } }`.
fn read_settings(n: &Node<'_, '_>) -> Result<Vec<SettingCheck>, Spot> {
    let t = n.table(&Setting::NAMES)?;
    let mut out = Vec::new();
    for (name, _) in t.keys() {
        let Some(setting) = Setting::from_name(name) else {
            continue;
        };
        let Some(n) = t.get(setting.name()) else { continue };
        out.push(SettingCheck {
            setting,
            condition: read_condition(&n, setting)?,
        });
    }
    Ok(out)
}

/// What one setting must be: bounds, `is` or `has`, as its kind allows.
fn read_condition(n: &Node<'_, '_>, setting: Setting) -> Result<Condition, Spot> {
    let kind = setting.kind();
    let keys: &'static [&'static str] = match kind {
        SettingKind::Number { .. } => &["at_least", "at_most", "above", "below", "is"],
        SettingKind::Features => &["is", "has"],
        SettingKind::Name(_) | SettingKind::Widths => &["is"],
    };
    let t = n.table(keys)?;
    let name = |n: &Node<'_, '_>| -> Result<&'static str, Spot> {
        let found = n.str()?;
        let known = match kind {
            SettingKind::Features => feature(found).map(crate::names::Named::file_name),
            _ => name_in(setting, found),
        };
        known.map_or_else(|| n.fail(unknown_name(n, found, kind)), Ok)
    };
    if let Some(has) = t.get("has") {
        return Ok(Condition::Has(name(&has)?));
    }
    let Some(is) = t.get("is") else {
        return Ok(Condition::Range(range(&t)?));
    };
    let value = match kind {
        SettingKind::Number { .. } => SettingValue::Number(is.f64()?),
        SettingKind::Name(_) => SettingValue::Name(name(&is)?),
        SettingKind::Widths => SettingValue::Widths(is.list_of(Node::usize)?),
        SettingKind::Features => SettingValue::Features(is.list_of(name)?),
    };
    Ok(Condition::Is(value))
}

/// A name the setting does not have.
fn unknown_name(n: &Node<'_, '_>, found: &str, kind: SettingKind) -> Problem {
    let names = match kind {
        SettingKind::Name(names) => names.to_vec(),
        _ => <crate::data::Feature as crate::names::Named>::FILE_NAMES.to_vec(),
    };
    Problem::UnknownName {
        key: n.name_key(),
        found: found.to_string(),
        names,
    }
}
