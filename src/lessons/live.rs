//! The live state checks read: exactly the facts a goal can ask about,
//! copied out of the window's snapshot and labs each frame (or out of
//! engine objects in tests), so checks never touch the UI.

use std::sync::Arc;

use super::setting::SettingsFacts;
use crate::labs::compare::CompareLab;
use crate::labs::logic_lab::LogicLab;
use crate::labs::neuron::NeuronLab;
use crate::labs::perceptron_lab::{PerceptronLab, Verdict};
use crate::lessons::InspectorNumber;
use crate::nn::Mlp;
use crate::nn::perceptron::{NovikoffBound, Status, StepFunction};
use crate::train::inspect::BackpropTrace;
use crate::train::{HistoryPoint, Snapshot, Trainer};

/// Everything a check may read. A part the window cannot provide (no
/// snapshot yet) is `None`, and checks on it do not hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LiveState {
    /// The network tab's network and its latest figures.
    pub network: Option<NetworkFacts>,
    /// The perceptron lab.
    pub perceptron: Option<PerceptronFacts>,
    /// The logic-neuron lab.
    pub logic: Option<LogicFacts>,
    /// The perceptron-vs-logistic-regression lab.
    pub compare: Option<CompareFacts>,
    /// The neuron lab.
    pub neuron: Option<NeuronFacts>,
    /// The stage the backpropagation inspector shows now (`None`: closed).
    pub inspector_stage: Option<InspectorStage>,
    /// The numbers of the sample the inspector traces (`None`: closed, or
    /// no trace yet), for questions about the screen.
    pub inspector: Option<InspectorFacts>,
    /// The values the learner sets (control panel and labs).
    pub settings: SettingsFacts,
    /// The learner's answer to the current step's question.
    pub answer: Option<Answer>,
    /// The learner pressed Next on a reading step.
    pub read: bool,
}

/// An answer to a step's question.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer {
    /// Choice `i` (from 0).
    Choice(usize),
    /// A typed number.
    Number(f64),
}

/// The stages of one backpropagation step in the inspector, in the order
/// it walks them (issue 14): a later stage has passed the earlier ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InspectorStage {
    /// z = Σ w·a + b and a = φ(z) for every neuron.
    Forward,
    /// The output, the target and this sample's loss.
    Loss,
    /// δ = ∂L/∂z for every neuron, from the output down.
    Backward,
    /// ∂L/∂w = a·δ and ∂L/∂b = δ.
    Gradients,
    /// The weights before and after the optimizer's step.
    Update,
}

/// The numbers of the inspector's trace a question can ask about.
#[derive(Clone, Debug, PartialEq)]
pub struct InspectorFacts {
    /// The sample traced.
    pub sample: usize,
    /// δ = ∂L/∂z of the first output neuron.
    pub output_delta: f64,
}

impl InspectorFacts {
    /// The facts of a trace.
    pub fn from_trace(t: &BackpropTrace) -> Self {
        let delta = t.layers.last().and_then(|l| l.delta.first()).copied();
        Self {
            sample: t.sample,
            output_delta: delta.map_or(f64::NAN, f64::from),
        }
    }

    /// The number `n` of this trace.
    pub fn number(&self, n: InspectorNumber) -> f64 {
        match n {
            InspectorNumber::OutputDelta => self.output_delta,
        }
    }
}

/// One layer's parameters: z = a·W + b, one row of W per input, one
/// column per neuron (as in the network editor and the session file).
#[derive(Clone, Debug, PartialEq)]
pub struct LayerParams {
    /// Inputs of the layer (rows of W).
    pub inputs: usize,
    /// Neurons of the layer (columns of W).
    pub neurons: usize,
    /// W row by row: entry (i, j) at `i * neurons + j`.
    pub weights: Vec<f64>,
    /// b, one per neuron.
    pub bias: Vec<f64>,
}

/// What checks read of the network tab.
#[derive(Clone, Debug, PartialEq)]
pub struct NetworkFacts {
    /// Epochs completed.
    pub epoch: u64,
    /// Neurons of each hidden layer (the output layer is not counted).
    pub hidden: Vec<usize>,
    /// Every layer's parameters, hidden layers then the output layer.
    pub layers: Vec<LayerParams>,
    /// The latest figures, as the status bar shows them (`None` before any).
    pub latest: Option<HistoryPoint>,
    /// The figures epoch by epoch (downsampled as the loss plot's), for
    /// goals over time.
    pub history: Arc<[HistoryPoint]>,
    /// Training stopped because it diverged (a loss or weight stopped
    /// being a finite number), and nothing has been rebuilt since.
    pub diverged: bool,
}

impl NetworkFacts {
    /// The facts of `net` after `epoch` epochs, with its history (the last
    /// point is what the status bar shows).
    pub fn new(net: &Mlp, epoch: u64, history: Arc<[HistoryPoint]>) -> Self {
        let layers = (net.layers.iter())
            .map(|l| {
                let (inputs, neurons) = (l.inputs(), l.outputs());
                let weights = (0..inputs)
                    .flat_map(|i| (0..neurons).map(move |j| (i, j)))
                    .map(|(i, j)| f64::from(l.weights[(i, j)]))
                    .collect();
                LayerParams {
                    inputs,
                    neurons,
                    weights,
                    bias: l.bias.iter().map(|&b| f64::from(b)).collect(),
                }
            })
            .collect();
        Self {
            epoch,
            hidden: net.hidden_specs().iter().map(|s| s.neurons).collect(),
            layers,
            latest: history.last().copied(),
            history,
            diverged: false,
        }
    }

    /// The facts of the window's latest snapshot.
    pub fn from_snapshot(s: &Snapshot) -> Self {
        Self {
            diverged: s.diverged(),
            ..Self::new(&s.net, s.epoch, Arc::clone(&s.history))
        }
    }

    /// The facts of a trainer (tests, headless set-ups).
    pub fn from_trainer(t: &Trainer) -> Self {
        Self::new(t.net(), t.epoch(), t.history().points().into())
    }

    /// Weight W[input, neuron] of `layer`, if it exists.
    pub fn weight(&self, layer: usize, input: usize, neuron: usize) -> Option<f64> {
        let l = self.layers.get(layer)?;
        (input < l.inputs && neuron < l.neurons).then(|| l.weights[input * l.neurons + neuron])
    }

    /// Bias b[neuron] of `layer`, if it exists.
    pub fn bias(&self, layer: usize, neuron: usize) -> Option<f64> {
        self.layers.get(layer)?.bias.get(neuron).copied()
    }
}

/// How a perceptron run stands, in the terms of the chapter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PerceptronOutcome {
    /// Still training, or not started.
    Running,
    /// An epoch without errors.
    Converged,
    /// Stopped without converging: weights repeated, or the epoch limit.
    NotConverged,
}

impl PerceptronOutcome {
    /// The outcome of a trainer status.
    pub fn of(status: Option<&Status>) -> Self {
        match status {
            Some(Status::Converged { .. }) => Self::Converged,
            Some(Status::Cycle { .. } | Status::NotConverged { .. }) => Self::NotConverged,
            Some(Status::Running) | None => Self::Running,
        }
    }
}

/// What checks read of the perceptron lab.
#[derive(Clone, Debug, PartialEq)]
pub struct PerceptronFacts {
    /// Converged, not converged, or still running.
    pub outcome: PerceptronOutcome,
    /// Samples processed since the reset.
    pub steps: usize,
    /// Updates (errors corrected) since the reset.
    pub updates: usize,
    /// Heaviside or sign.
    pub step_function: StepFunction,
    /// Novikoff's bound as the lab shows it (R, γ, (R/γ)² and the
    /// mistake limit c·(R/γ)²), when it has one.
    pub novikoff: Option<NovikoffBound>,
}

impl PerceptronFacts {
    /// The facts of the perceptron lab.
    pub fn from_lab(lab: &PerceptronLab) -> Self {
        let outcome = match lab.verdict() {
            Verdict::Converged { .. } => PerceptronOutcome::Converged,
            Verdict::NotSeparable { .. } => PerceptronOutcome::NotConverged,
            Verdict::Running => PerceptronOutcome::Running,
        };
        Self {
            outcome,
            steps: lab.steps(),
            updates: lab.total_updates(),
            step_function: lab.config().step,
            novikoff: lab.novikoff(),
        }
    }
}

/// What checks read of the logic lab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogicFacts {
    /// The first output's column of the truth table, rows in binary
    /// counting order (00, 01, 10, 11); `None` while the network cannot be
    /// evaluated (no output neuron yet).
    pub outputs: Option<Vec<bool>>,
}

impl LogicFacts {
    /// The facts of the logic lab.
    pub fn from_lab(lab: &LogicLab) -> Self {
        Self {
            outputs: lab.table().ok().map(|t| t.iter().map(|r| r.output).collect()),
        }
    }
}

/// What checks read of the neuron lab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NeuronFacts {
    /// Spikes since the lab's reset (or set-up).
    pub spikes: u64,
    /// Of them, spikes by coincidence: two or more inputs arriving within
    /// a few milliseconds, none of which fires the neuron alone.
    pub coincident_spikes: u64,
}

impl NeuronFacts {
    /// The facts of the neuron lab.
    pub fn from_lab(lab: &NeuronLab) -> Self {
        Self {
            spikes: lab.spike_count(),
            coincident_spikes: lab.coincident_count(),
        }
    }
}

/// What checks read of the comparison lab.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareFacts {
    /// How the perceptron stands.
    pub perceptron: PerceptronOutcome,
    /// Logistic regression's mean cross-entropy on the training points.
    pub logistic_loss: Option<f64>,
    /// Logistic regression's training accuracy (p ≥ 0.5 is class 1).
    pub logistic_accuracy: Option<f64>,
}

impl CompareFacts {
    /// The facts of the comparison lab.
    pub fn from_lab(lab: &CompareLab) -> Self {
        let logistic = lab.logistic();
        Self {
            perceptron: PerceptronOutcome::of(lab.perceptron_status()),
            logistic_loss: logistic.map(|m| m.loss()),
            logistic_accuracy: logistic.map(|m| m.accuracy()),
        }
    }
}
