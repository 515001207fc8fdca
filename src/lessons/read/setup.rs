//! `[step.setup]` and its tables.

use super::scalars::named;
use super::{Node, Spot};
use crate::data::{Feature, Generator};
use crate::labs::Tab;
use crate::labs::data::LabData;
use crate::labs::neuron::Drive;
use crate::lessons::error::Problem;
use crate::lessons::setup::{
    BiasValue, CompareSetup, DataSetup, GateData, InspectorSetup, LogicNeuronSetup, LogicSetup, NetworkSetup,
    NeuronSetup, PerceptronSetup, Setup, TrainingSetup, WeightValue,
};
use crate::nn::logic::Gate;
use crate::nn::perceptron::StepFunction;
use crate::nn::{Activation, OptimizerKind};

/// The gates as network-tab data.
const GATES: [(&str, GateData); 3] = [("and", GateData::And), ("or", GateData::Or), ("xor", GateData::Xor)];

/// The lab datasets by name.
pub(crate) fn lab_data() -> Vec<(&'static str, LabData)> {
    LabData::ALL.iter().map(|d| (d.name(), *d)).collect()
}

/// `[step.setup]`.
pub(super) fn read_setup(n: &Node<'_, '_>) -> Result<Setup, Spot> {
    let t = n.table(&[
        "tab",
        "data",
        "network",
        "training",
        "perceptron",
        "logic",
        "compare",
        "neuron",
        "inspector",
    ])?;
    Ok(Setup {
        tab: t.opt("tab", |n| n.name(&named::<Tab>()))?,
        data: t.opt("data", |n| read_data(&n))?,
        network: t.opt("network", |n| read_network(&n))?,
        training: t.opt("training", |n| read_training(&n))?,
        perceptron: t.opt("perceptron", |n| read_perceptron(&n))?,
        logic: t.opt("logic", |n| read_logic(&n))?,
        compare: t.opt("compare", |n| read_compare(&n))?,
        neuron: t.opt("neuron", |n| read_neuron_lab(&n))?,
        inspector: t.opt("inspector", |n| read_inspector(&n))?,
    })
}

/// `[step.setup.inspector]`: `open` (default true), `sample`, `stage`.
fn read_inspector(n: &Node<'_, '_>) -> Result<InspectorSetup, Spot> {
    let t = n.table(&["open", "sample", "stage"])?;
    let open = t.opt("open", |n| n.bool())?.unwrap_or(true);
    let sample = t.opt("sample", |n| n.usize())?;
    let stage = t.opt("stage", |n| n.name(&super::check::STAGES))?;
    if !open && let Some(n) = t.get("sample").or_else(|| t.get("stage")) {
        let second = if t.get("sample").is_some() { "sample" } else { "stage" };
        return n.fail(Problem::EitherKey {
            first: "open = false",
            second,
        });
    }
    Ok(InspectorSetup {
        open,
        sample,
        stage: stage.unwrap_or(crate::lessons::InspectorStage::Forward),
    })
}

/// `[step.setup.data]`.
fn read_data(n: &Node<'_, '_>) -> Result<DataSetup, Spot> {
    let t = n.table(&[
        "generator",
        "gate",
        "csv",
        "points",
        "noise",
        "classes",
        "seed",
        "x",
        "y",
        "label",
        "standardize",
        "test_ratio",
    ])?;
    let string = |n: Node<'_, '_>| n.str().map(str::to_string);
    Ok(DataSetup {
        generator: t.opt("generator", |n| n.name(&named::<Generator>()))?,
        gate: t.opt("gate", |n| n.name(&GATES))?,
        csv: t.opt("csv", string)?,
        points: t.opt("points", |n| n.usize())?,
        noise: t.opt("noise", |n| n.f64())?,
        classes: t.opt("classes", |n| n.usize())?,
        seed: t.opt("seed", |n| n.whole(u64::MAX))?,
        x: t.opt("x", string)?,
        y: t.opt("y", string)?,
        label: t.opt("label", string)?,
        standardize: t.opt("standardize", |n| n.bool())?.unwrap_or(false),
        test_ratio: t.opt("test_ratio", |n| n.f64())?,
    })
}

/// `[step.setup.network]`.
fn read_network(n: &Node<'_, '_>) -> Result<NetworkSetup, Spot> {
    let t = n.table(&["hidden", "activation", "activations", "features", "weights", "biases"])?;
    let activations = named::<Activation>();
    Ok(NetworkSetup {
        hidden: t.opt("hidden", |n| n.list_of(Node::usize))?,
        activation: t.opt("activation", |n| n.name(&activations))?,
        activations: t.opt("activations", |n| n.list_of(|n| n.name(&activations)))?,
        features: t.opt("features", |n| n.list_of(|n| n.name(&named::<Feature>())))?,
        weights: t.opt("weights", |n| n.list_of(read_weight))?.unwrap_or_default(),
        biases: t.opt("biases", |n| n.list_of(read_bias))?.unwrap_or_default(),
    })
}

/// `{ layer, input, neuron, value }`.
fn read_weight(n: &Node<'_, '_>) -> Result<WeightValue, Spot> {
    let t = n.table(&["layer", "input", "neuron", "value"])?;
    Ok(WeightValue {
        layer: t.req("layer")?.usize()?,
        input: t.req("input")?.usize()?,
        neuron: t.req("neuron")?.usize()?,
        value: t.req("value")?.f32()?,
    })
}

/// `{ layer, neuron, value }`.
fn read_bias(n: &Node<'_, '_>) -> Result<BiasValue, Spot> {
    let t = n.table(&["layer", "neuron", "value"])?;
    Ok(BiasValue {
        layer: t.req("layer")?.usize()?,
        neuron: t.req("neuron")?.usize()?,
        value: t.req("value")?.f32()?,
    })
}

/// `[step.setup.training]`.
fn read_training(n: &Node<'_, '_>) -> Result<TrainingSetup, Spot> {
    let t = n.table(&["optimizer", "learning_rate", "batch_size", "seed", "l1", "l2"])?;
    Ok(TrainingSetup {
        optimizer: t.opt("optimizer", |n| n.name(&named::<OptimizerKind>()))?,
        learning_rate: t.opt("learning_rate", |n| n.f32())?,
        batch_size: t.opt("batch_size", |n| n.usize())?,
        seed: t.opt("seed", |n| n.whole(u64::MAX))?,
        l1: t.opt("l1", |n| n.f32())?,
        l2: t.opt("l2", |n| n.f32())?,
    })
}

/// `[step.setup.perceptron]`.
fn read_perceptron(n: &Node<'_, '_>) -> Result<PerceptronSetup, Spot> {
    let t = n.table(&["data", "step_function", "learning_rate", "run_samples"])?;
    Ok(PerceptronSetup {
        data: t.opt("data", |n| n.name(&lab_data()))?.unwrap_or_default(),
        step_function: t.opt("step_function", |n| n.name(&named::<StepFunction>()))?,
        learning_rate: t.opt("learning_rate", |n| n.f64())?,
        run_samples: t.opt("run_samples", |n| n.usize())?.unwrap_or(0),
    })
}

/// `[step.setup.compare]`.
fn read_compare(n: &Node<'_, '_>) -> Result<CompareSetup, Spot> {
    let t = n.table(&["data", "learning_rate"])?;
    Ok(CompareSetup {
        data: t.opt("data", |n| n.name(&lab_data()))?.unwrap_or(LabData::Blobs),
        learning_rate: t.opt("learning_rate", |n| n.f64())?,
    })
}

/// `[step.setup.neuron]`: `mode` (`rates` or `coincidence`), `plasticity`.
fn read_neuron_lab(n: &Node<'_, '_>) -> Result<NeuronSetup, Spot> {
    let t = n.table(&["mode", "plasticity"])?;
    let modes = [("rates", Drive::Rates), ("coincidence", Drive::Coincidence)];
    Ok(NeuronSetup {
        mode: t.opt("mode", |n| n.name(&modes))?.unwrap_or_default(),
        plasticity: t.opt("plasticity", |n| n.bool())?.unwrap_or(false),
    })
}

/// `[step.setup.logic]`.
fn read_logic(n: &Node<'_, '_>) -> Result<LogicSetup, Spot> {
    let t = n.table(&["gate", "inputs", "neurons", "target"])?;
    let string = |n: &Node<'_, '_>| n.str().map(str::to_string);
    Ok(LogicSetup {
        gate: t.opt("gate", |n| n.name(&named::<Gate>()))?,
        inputs: t.opt("inputs", |n| n.list_of(string))?,
        neurons: t.opt("neurons", |n| n.list_of(read_neuron))?.unwrap_or_default(),
        target: t.opt("target", |n| n.list_of(|n| n.whole(255).map(|v| v as u8)))?,
    })
}

/// A McCulloch–Pitts neuron: `{ name, threshold, excitatory, inhibitory, output }`.
fn read_neuron(n: &Node<'_, '_>) -> Result<LogicNeuronSetup, Spot> {
    let t = n.table(&["name", "threshold", "excitatory", "inhibitory", "output"])?;
    let names = |n: Node<'_, '_>| n.list_of(|n| n.str().map(str::to_string));
    Ok(LogicNeuronSetup {
        name: t.req("name")?.str()?.to_string(),
        threshold: t.req("threshold")?.whole(u32::MAX.into())? as u32,
        excitatory: t.opt("excitatory", names)?.unwrap_or_default(),
        inhibitory: t.opt("inhibitory", names)?.unwrap_or_default(),
        output: t.opt("output", |n| n.bool())?.unwrap_or(false),
    })
}
