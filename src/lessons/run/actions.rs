//! An actions file: what a learner does, in order, as a JSON list.
//!
//! ```json
//! [{"set": {"learning_rate": 10}}, {"train": 200}, {"answer": 2},
//!  {"answer": 0.25}, {"reset": true}, {"perceptron": "epoch"}, {"next": true}]
//! ```
//!
//! Beyond those, the built-in course needs a few more, so every lesson can
//! be driven: `{"compare": 20}` (rounds of the comparison lab),
//! `{"logic": {"neuron": "C", "threshold": 2}}`, `{"logic": {"neuron":
//! "h2", "line": "B", "kind": "inhibitory"}}`, `{"bias": {"layer": 0,
//! "neuron": 0, "value": -1.5}}`, `{"weight": {…, "input": 1, …}}` and
//! `{"inspect": {"sample": 1, "stage": "update"}}`; and the neuron lab's
//! `{"neuron": {"input": "B", "fire_at_ms": 10}}` (an input's moment in
//! coincidence trials), `{"neuron": {"fire": "A"}}` (Fire by hand) and
//! `{"neuron": {"run_ms": 160}}` (the lab's clock runs so long).

use serde_json::{Map, Value};

use crate::lessons::live::{Answer, InspectorStage};
use crate::lessons::rig::Given;
use crate::lessons::setting::Setting;
use crate::nn::logic::ConnectionKind;

/// One thing a learner does in the window.
#[derive(Clone, Debug, PartialEq)]
pub enum LearnerAction {
    /// Set a value by name, as its control would.
    Set(Setting, Given),
    /// Train this many epochs on the network tab (Play).
    Train(u64),
    /// Answer the step's question: a choice, or a number.
    Answer(Answer),
    /// Reset the network tab: new weights from the seed, epoch 0.
    Reset,
    /// The perceptron lab's Step one sample, Step one epoch, or Run.
    Perceptron(PerceptronMove),
    /// Next, on a reading step (a passed step moves on by itself).
    Next,
    /// Rounds of the comparison lab (Step one round, pressed so often).
    Compare(u64),
    /// An edit of the logic lab's network.
    Logic(LogicEdit),
    /// The network editor: set one weight (`input: Some`) or bias.
    Parameter {
        /// Layer (0 = first hidden layer).
        layer: usize,
        /// Row of W, or `None` for the bias.
        input: Option<usize>,
        /// Column of W / the neuron.
        neuron: usize,
        /// The value.
        value: f32,
    },
    /// The neuron lab: an input's moment, Fire, or time passing.
    Neuron(NeuronMove),
    /// The backprop inspector: trace a sample and show a stage.
    Inspect {
        /// The sample (in the data's order, from 0).
        sample: usize,
        /// The stage shown.
        stage: InspectorStage,
    },
}

/// The perceptron lab's buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PerceptronMove {
    /// Step one sample.
    Sample,
    /// Step one epoch.
    Epoch,
    /// Run until the lab stops (converged, weights repeat, or its limit).
    Run,
}

/// What a learner does in the neuron lab.
#[derive(Clone, Debug, PartialEq)]
pub enum NeuronMove {
    /// Sets the moment (ms into each coincidence trial) an input fires.
    FireAt {
        /// The input, by name (`A`, `B`, …).
        input: String,
        /// The moment, ms.
        ms: f64,
    },
    /// Fires an input now, by hand.
    Fire(String),
    /// Lets the lab's clock run this many model milliseconds.
    Run(f64),
}

/// Longest a `run_ms` may ask the neuron lab's clock to run (10 s of
/// model time, as `nnlab neuron --duration-ms` allows).
pub const MAX_ACTION_MS: f64 = 10_000.0;

/// An edit of the logic lab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogicEdit {
    /// Set a neuron's threshold θ.
    Threshold {
        /// The neuron, by name.
        neuron: String,
        /// θ.
        threshold: u32,
    },
    /// Set the line from `from` into `neuron`: excitatory, inhibitory, or
    /// none (removed).
    Line {
        /// The neuron, by name.
        neuron: String,
        /// An input or earlier neuron, by name.
        from: String,
        /// The line's kind; `None` removes it.
        kind: Option<ConnectionKind>,
    },
}

/// What is wrong with an actions file (action `index` from 0, when the
/// problem is in one action).
#[derive(Debug)]
pub enum ActionError {
    /// Not JSON; line and column of the mistake.
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The file is not a JSON list.
    NotAList,
    /// Action `index` is not `{"name": value}` with one of the names.
    Unknown {
        /// The action.
        index: usize,
    },
    /// Action `index` has a value of the wrong kind or out of range.
    BadValue {
        /// The action.
        index: usize,
        /// Its name.
        name: String,
    },
    /// `set` names no setting.
    UnknownSetting {
        /// The action.
        index: usize,
        /// The name.
        name: String,
    },
}

/// Most epochs (or rounds) one action may ask for.
pub(super) const MAX_ACTION_EPOCHS: u64 = 100_000;

/// The action names, for messages.
pub const ACTION_NAMES: [&str; 12] = [
    "set",
    "train",
    "answer",
    "reset",
    "perceptron",
    "next",
    "compare",
    "logic",
    "bias",
    "weight",
    "inspect",
    "neuron",
];

/// Reads an actions file.
///
/// # Errors
/// The first [`ActionError`].
pub fn parse_actions(text: &str) -> Result<Vec<LearnerAction>, ActionError> {
    let value: Value = serde_json::from_str(text).map_err(|e| ActionError::Json {
        line: e.line(),
        column: e.column(),
    })?;
    let Value::Array(items) = value else {
        return Err(ActionError::NotAList);
    };
    items.iter().enumerate().map(|(i, v)| action(i, v)).collect()
}

/// Action `index`.
fn action(index: usize, v: &Value) -> Result<LearnerAction, ActionError> {
    let unknown = ActionError::Unknown { index };
    let Some((name, value)) = v.as_object().filter(|o| o.len() == 1).and_then(|o| o.iter().next()) else {
        return Err(unknown);
    };
    let bad = || ActionError::BadValue {
        index,
        name: name.clone(),
    };
    let whole = |v: &Value| v.as_u64();
    // A typo of 1e9 epochs would otherwise run for hours.
    let epochs = |v: &Value| v.as_u64().filter(|&n| n <= MAX_ACTION_EPOCHS);
    Ok(match (name.as_str(), value) {
        ("set", Value::Object(o)) if o.len() == 1 => {
            let (setting, v) = o.iter().next().ok_or_else(bad)?;
            let s = Setting::from_name(setting).ok_or_else(|| ActionError::UnknownSetting {
                index,
                name: setting.clone(),
            })?;
            LearnerAction::Set(s, given(v).ok_or_else(bad)?)
        }
        ("train", v) => LearnerAction::Train(epochs(v).ok_or_else(bad)?),
        ("compare", Value::String(s)) if s == "round" => LearnerAction::Compare(1),
        ("compare", v) => LearnerAction::Compare(epochs(v).ok_or_else(bad)?),
        ("answer", Value::Number(n)) => LearnerAction::Answer(match n.as_u64() {
            Some(k) if !n.is_f64() => Answer::Choice(usize::try_from(k).map_err(|_| bad())?),
            _ => Answer::Number(n.as_f64().ok_or_else(bad)?),
        }),
        ("reset", Value::Bool(true)) => LearnerAction::Reset,
        ("next", Value::Bool(true)) => LearnerAction::Next,
        ("perceptron", Value::String(s)) => LearnerAction::Perceptron(match s.as_str() {
            "sample" => PerceptronMove::Sample,
            "epoch" => PerceptronMove::Epoch,
            "run" => PerceptronMove::Run,
            _ => return Err(bad()),
        }),
        ("logic", Value::Object(o)) => LearnerAction::Logic(logic(o).ok_or_else(bad)?),
        ("neuron", Value::Object(o)) => LearnerAction::Neuron(neuron(o).ok_or_else(bad)?),
        ("bias" | "weight", Value::Object(o)) => parameter(o, name == "weight").ok_or_else(bad)?,
        ("inspect", Value::Object(o)) => {
            let stages = [
                ("forward", InspectorStage::Forward),
                ("loss", InspectorStage::Loss),
                ("backward", InspectorStage::Backward),
                ("gradients", InspectorStage::Gradients),
                ("update", InspectorStage::Update),
            ];
            let stage = o.get("stage").and_then(Value::as_str).ok_or_else(bad)?;
            LearnerAction::Inspect {
                sample: usize::try_from(o.get("sample").and_then(whole).ok_or_else(bad)?).map_err(|_| bad())?,
                stage: stages.iter().find(|(n, _)| *n == stage).ok_or_else(bad)?.1,
            }
        }
        (n, _) if ACTION_NAMES.contains(&n) => return Err(bad()),
        _ => return Err(unknown),
    })
}

/// A value for `set`: a number, a name, or a list of either.
fn given(v: &Value) -> Option<Given> {
    match v {
        Value::Number(n) => Some(Given::Number(n.as_f64()?)),
        Value::String(s) => Some(Given::Name(s.clone())),
        Value::Array(items) if items.iter().all(Value::is_number) => {
            Some(Given::Numbers(items.iter().filter_map(Value::as_f64).collect()))
        }
        Value::Array(items) => Some(Given::Names(
            items
                .iter()
                .map(|i| i.as_str().map(str::to_string))
                .collect::<Option<_>>()?,
        )),
        _ => None,
    }
}

/// `{"neuron", "threshold"}` or `{"neuron", "line", "kind"}`.
fn logic(o: &Map<String, Value>) -> Option<LogicEdit> {
    let neuron = o.get("neuron")?.as_str()?.to_string();
    if let Some(t) = o.get("threshold") {
        return Some(LogicEdit::Threshold {
            neuron,
            threshold: u32::try_from(t.as_u64()?).ok()?,
        });
    }
    let kind = match o.get("kind")?.as_str()? {
        "excitatory" => Some(ConnectionKind::Excitatory),
        "inhibitory" => Some(ConnectionKind::Inhibitory),
        "none" => None,
        _ => return None,
    };
    Some(LogicEdit::Line {
        neuron,
        from: o.get("line")?.as_str()?.to_string(),
        kind,
    })
}

/// `{"input", "fire_at_ms"}`, `{"fire"}` or `{"run_ms"}`: one of them.
fn neuron(o: &Map<String, Value>) -> Option<NeuronMove> {
    let name = |k: &str| o.get(k).and_then(Value::as_str).map(str::to_string);
    let ms = |k: &str| o.get(k).and_then(Value::as_f64).filter(|v| v.is_finite() && *v >= 0.0);
    match o.len() {
        2 => Some(NeuronMove::FireAt {
            input: name("input")?,
            ms: ms("fire_at_ms")?,
        }),
        1 if o.contains_key("fire") => Some(NeuronMove::Fire(name("fire")?)),
        1 => Some(NeuronMove::Run(ms("run_ms").filter(|&v| v <= MAX_ACTION_MS)?)),
        _ => None,
    }
}

/// `{"layer", "input"?, "neuron", "value"}`.
fn parameter(o: &Map<String, Value>, weight: bool) -> Option<LearnerAction> {
    let index = |k: &str| o.get(k).and_then(Value::as_u64).and_then(|v| usize::try_from(v).ok());
    Some(LearnerAction::Parameter {
        layer: index("layer")?,
        input: if weight { Some(index("input")?) } else { None },
        neuron: index("neuron")?,
        value: o.get("value")?.as_f64()? as f32,
    })
}
