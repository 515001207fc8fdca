//! What a step sets up when it opens: the tab, and the state of the
//! network tab, the perceptron lab, the logic lab or the comparison lab.
//! Each part is optional; a part left out is left as the learner has it.
//!
//! These are engine values: the window turns them into its own actions
//! ([`Setup::network_plan`] for the network tab, `apply` on each lab), and
//! tests apply them to engine objects through [`super::Rig`].

mod labs;
mod network;

pub use network::{NetworkPlan, PinnedParameter};

use crate::data::{Feature, Generator};
use crate::labs::Tab;
use crate::labs::data::LabData;
use crate::labs::neuron::Drive;
use crate::nn::logic::Gate;
use crate::nn::perceptron::StepFunction;
use crate::nn::{Activation, OptimizerKind};

/// A step's set-up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Setup {
    /// The tab to show (`None`: stay).
    pub tab: Option<Tab>,
    /// The network tab's data. With `network` and `training`: if any of the
    /// three is given, the network tab is set up completely (what is left
    /// out takes the defaults of [`NetworkPlan`]) and the network starts
    /// afresh from its seed.
    pub data: Option<DataSetup>,
    /// The network tab's network.
    pub network: Option<NetworkSetup>,
    /// The network tab's optimizer and rates.
    pub training: Option<TrainingSetup>,
    /// The perceptron lab.
    pub perceptron: Option<PerceptronSetup>,
    /// The logic lab.
    pub logic: Option<LogicSetup>,
    /// The comparison lab.
    pub compare: Option<CompareSetup>,
    /// The neuron lab.
    pub neuron: Option<NeuronSetup>,
    /// The backpropagation inspector: open at a sample and stage, or
    /// closed. A step that sets up the network tab closes it unless this
    /// says otherwise (the old sample belongs to the old data).
    pub inspector: Option<InspectorSetup>,
}

/// The backpropagation inspector as a step opens it (`[step.setup.inspector]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InspectorSetup {
    /// Open (default), or closed.
    pub open: bool,
    /// The sample traced (index among the data's points, from 0); `None`:
    /// the learner picks one.
    pub sample: Option<usize>,
    /// The stage shown (default: the forward pass).
    pub stage: crate::lessons::InspectorStage,
}

impl Default for InspectorSetup {
    fn default() -> Self {
        Self {
            open: true,
            sample: None,
            stage: crate::lessons::InspectorStage::Forward,
        }
    }
}

/// The network tab's data: a generator, a gate, or a CSV file beside the
/// lesson (exactly one).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataSetup {
    /// A built-in generator (`spiral`, `circle`, `blobs`, `moons`, …).
    pub generator: Option<Generator>,
    /// A logic gate's four points: `and`, `or` or `xor`.
    pub gate: Option<GateData>,
    /// A CSV file, relative to the lesson file's folder.
    pub csv: Option<String>,
    /// Generator: number of points (default: the generator's own).
    pub points: Option<usize>,
    /// Generator: noise 0–1 (default 0.1).
    pub noise: Option<f64>,
    /// Generator: classes, for spiral and blobs (default 2).
    pub classes: Option<usize>,
    /// Generator: seed (default 1).
    pub seed: Option<u64>,
    /// CSV: column of x₁, by header name (default: the first).
    pub x: Option<String>,
    /// CSV: column of x₂, by header name (default: the second).
    pub y: Option<String>,
    /// CSV: label column, by header name (default: the last).
    pub label: Option<String>,
    /// CSV: standardize the inputs (default false).
    pub standardize: bool,
    /// Fraction of points held out for testing (default 0.25; 0 for gates).
    pub test_ratio: Option<f64>,
}

/// The gates as network-tab data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GateData {
    /// AND on the four corners.
    And,
    /// OR on the four corners.
    Or,
    /// XOR on the four corners.
    Xor,
}

impl GateData {
    /// The generator that makes the gate's points.
    pub fn generator(self) -> Generator {
        match self {
            GateData::And => Generator::And,
            GateData::Or => Generator::Or,
            GateData::Xor => Generator::Xor,
        }
    }
}

/// The network tab's network.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NetworkSetup {
    /// Neurons of each hidden layer (`[]`: no hidden layer).
    pub hidden: Option<Vec<usize>>,
    /// The activation of every hidden layer (default tanh).
    pub activation: Option<Activation>,
    /// One activation per hidden layer (instead of `activation`).
    pub activations: Option<Vec<Activation>>,
    /// Input features (default x1, x2).
    pub features: Option<Vec<Feature>>,
    /// Weights set after the network is built.
    pub weights: Vec<WeightValue>,
    /// Biases set after the network is built.
    pub biases: Vec<BiasValue>,
}

/// A weight a step sets: W[input, neuron] of `layer`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeightValue {
    /// Layer (0 = first hidden layer; the output layer is the last).
    pub layer: usize,
    /// Row of W.
    pub input: usize,
    /// Column of W.
    pub neuron: usize,
    /// The value.
    pub value: f32,
}

/// A bias a step sets: b[neuron] of `layer`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BiasValue {
    /// Layer (0 = first hidden layer; the output layer is the last).
    pub layer: usize,
    /// The neuron.
    pub neuron: usize,
    /// The value.
    pub value: f32,
}

/// The network tab's optimizer and rates.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TrainingSetup {
    /// `sgd`, `momentum` or `adam` (default sgd).
    pub optimizer: Option<OptimizerKind>,
    /// η (default 0.03).
    pub learning_rate: Option<f32>,
    /// Samples per mini-batch (default 10).
    pub batch_size: Option<usize>,
    /// Seed of the split, the initial weights and the shuffles (default 1).
    pub seed: Option<u64>,
    /// L1 rate (default 0).
    pub l1: Option<f32>,
    /// L2 rate (default 0).
    pub l2: Option<f32>,
}

/// The perceptron lab, reset on this data and settings.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PerceptronSetup {
    /// The dataset: `and` (default), `or`, `xor`, `blobs`, `iris_setosa`,
    /// `iris_species`, `custom`.
    pub data: LabData,
    /// `heaviside` or `sign` (default heaviside).
    pub step_function: Option<StepFunction>,
    /// η (default 1).
    pub learning_rate: Option<f64>,
    /// Samples to process after the reset, as if Step was pressed so
    /// often (default 0).
    pub run_samples: usize,
}

/// The comparison lab, reset on this data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CompareSetup {
    /// Two-class dataset (default `blobs`; not `iris_species`).
    pub data: LabData,
    /// η of logistic regression (default 0.5).
    pub learning_rate: Option<f64>,
}

/// The neuron lab, reset to its defaults with the inputs firing so.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct NeuronSetup {
    /// `rates` (default) or `coincidence`.
    pub mode: Drive,
    /// Hebb's rule on (default off).
    pub plasticity: bool,
}

/// The logic lab: a built-in gate, or a custom network.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LogicSetup {
    /// A built-in gate (then no `inputs` or `neurons`).
    pub gate: Option<Gate>,
    /// Custom network: input names (default A, B; at most 3).
    pub inputs: Option<Vec<String>>,
    /// Custom network: neurons in evaluation order.
    pub neurons: Vec<LogicNeuronSetup>,
    /// The target column, 0/1 per truth-table row (default: the gate's
    /// function, or all 0).
    pub target: Option<Vec<u8>>,
}

/// A McCulloch–Pitts neuron of a custom logic network.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LogicNeuronSetup {
    /// Its name (unique; not an input's name).
    pub name: String,
    /// θ: how many excitatory lines must be active.
    pub threshold: u32,
    /// Inputs or earlier neurons with excitatory lines into it.
    pub excitatory: Vec<String>,
    /// Inputs or earlier neurons with inhibitory lines into it.
    pub inhibitory: Vec<String>,
    /// Whether it is an output (the lab's table shows the first output).
    pub output: bool,
}
