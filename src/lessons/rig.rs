//! A headless stand-in for the window: the engine objects a lesson acts
//! on, set up from a step exactly as the window sets up its own. Tests and
//! `nnlab lesson run` drive it as a learner drives the window (train, step,
//! rewire, set a weight); loading a lesson applies every set-up to one to
//! find mistakes early.

mod set;

pub use set::{Given, SetError};

use super::error::Problem;
use super::files::Origin;
use super::live::{
    Answer, CompareFacts, InspectorFacts, InspectorStage, LiveState, LogicFacts, NetworkFacts, NeuronFacts,
    PerceptronFacts,
};
use super::setting::SettingsFacts;
use super::setup::{InspectorSetup, NetworkPlan, Setup};
use crate::data::{Dataset, GenParams, Generator};
use crate::labs::Tab;
use crate::labs::compare::CompareLab;
use crate::labs::logic_lab::LogicLab;
use crate::labs::neuron::NeuronLab;
use crate::labs::perceptron_lab::PerceptronLab;
use crate::nn::NnError;
use crate::train::inspect::InspectError;
use crate::train::{TrainConfig, Trainer};

/// The network tab: its data and the trainer the worker would hold.
#[derive(Debug)]
pub struct NetworkRig {
    /// The data, split.
    pub dataset: Dataset,
    /// The generator and its parameters, while the data is its output.
    pub generator: Option<(Generator, GenParams)>,
    /// The network being trained.
    pub trainer: Trainer,
    /// Training stopped because it diverged (until the network is rebuilt).
    pub diverged: bool,
}

impl NetworkRig {
    /// Changes the configuration as the side panel does: a new shape or
    /// seed rebuilds the network from the seed, rates change in place. The
    /// edit comes in from outside, as the panel's does: it is checked here.
    pub fn configure(&mut self, edit: impl FnOnce(&mut TrainConfig)) -> Result<(), NnError> {
        let mut config = self.trainer.config().get().clone();
        edit(&mut config);
        let rebuilt = self.trainer.set_config(&self.dataset, config.check()?)?;
        self.diverged &= !rebuilt;
        Ok(())
    }

    /// Trains one epoch, as Play does; a divergence stops training and is
    /// remembered (the window shows it until the network is rebuilt).
    pub fn train_epoch(&mut self) -> Result<(), NnError> {
        if self.diverged {
            return Err(NnError::Diverged {
                epoch: self.trainer.epoch(),
            });
        }
        let result = self.trainer.run_epoch();
        if matches!(result, Err(NnError::Diverged { .. })) {
            self.diverged = true;
        }
        result
    }

    /// Reset: new weights from the seed, epoch 0, no history.
    pub fn reset(&mut self) -> Result<(), NnError> {
        self.trainer.reset(&self.dataset)?;
        self.diverged = false;
        Ok(())
    }
}

/// The labs and the network tab, without a window.
#[derive(Debug, Default)]
pub struct Rig {
    /// The tab a step showed last.
    pub tab: Tab,
    /// The network tab, once a step set it up.
    pub network: Option<NetworkRig>,
    /// The perceptron lab.
    pub perceptron: PerceptronLab,
    /// The logic lab.
    pub logic: LogicLab,
    /// The comparison lab.
    pub compare: CompareLab,
    /// The neuron lab.
    pub neuron: NeuronLab,
    /// The backpropagation inspector's stage (`None`: closed).
    pub inspector_stage: Option<InspectorStage>,
    /// The numbers of the sample it traces.
    pub inspector: Option<InspectorFacts>,
    /// The learner's answer to the current step's question.
    pub answer: Option<Answer>,
}

impl Rig {
    /// Applies a step's set-up; on error, says which table of the set-up
    /// is at fault.
    pub fn apply(&mut self, setup: &Setup, origin: &Origin) -> Result<(), (&'static str, Problem)> {
        if let Some(tab) = setup.tab {
            self.tab = tab;
        }
        if let Some(plan) = setup.network_plan(origin)? {
            self.network = Some(build(plan).map_err(|p| ("network", p))?);
            // A new network: the inspector closes, as in the window.
            self.close_inspector();
        }
        if let Some(i) = &setup.inspector {
            self.set_up_inspector(i).map_err(|p| ("inspector", p))?;
        }
        if let Some(p) = &setup.perceptron {
            p.apply(&mut self.perceptron);
        }
        if let Some(l) = &setup.logic {
            l.apply(&mut self.logic).map_err(|p| ("logic", p))?;
        }
        if let Some(n) = &setup.neuron {
            n.apply(&mut self.neuron);
        }
        if let Some(c) = &setup.compare {
            c.apply(&mut self.compare).map_err(|p| ("compare", p))?;
        }
        Ok(())
    }

    /// The inspector closed: no stage, no numbers.
    pub fn close_inspector(&mut self) {
        self.inspector_stage = None;
        self.inspector = None;
    }

    /// The inspector tracing `sample` at `stage`, as its Next and Back
    /// buttons leave it.
    ///
    /// # Errors
    /// The network tab is not set up, or the sample cannot be traced.
    pub fn inspect(&mut self, sample: usize, stage: InspectorStage) -> Result<(), InspectError> {
        let Some(net) = self.network.as_ref() else {
            self.close_inspector();
            return Err(InspectError::SampleOutOfRange {
                index: sample,
                count: 0,
            });
        };
        match net.trainer.backprop_trace(&net.dataset, sample) {
            Ok(trace) => {
                self.inspector_stage = Some(stage);
                self.inspector = Some(InspectorFacts::from_trace(&trace));
                Ok(())
            }
            Err(e) => {
                self.close_inspector();
                Err(e)
            }
        }
    }

    /// A step's inspector: closed, open with no sample picked, or open at
    /// a sample and stage.
    fn set_up_inspector(&mut self, i: &InspectorSetup) -> Result<(), Problem> {
        self.close_inspector();
        if !i.open {
            return Ok(());
        }
        let Some(net) = self.network.as_ref() else {
            return Err(Problem::InspectorWithoutNetwork);
        };
        let points = net.dataset.points.len();
        match i.sample {
            Some(sample) => self.inspect(sample, i.stage).map_err(|e| match e {
                InspectError::SampleOutOfRange { .. } => Problem::InspectorSample { sample, points },
                InspectError::Network(e) => Problem::Network(e),
                _ => Problem::InspectorSample { sample, points },
            }),
            None => Ok(()),
        }
    }

    /// The live state, as the window would fill it from the same objects.
    pub fn live(&self) -> LiveState {
        let net = self.network.as_ref();
        LiveState {
            network: net.map(|n| NetworkFacts {
                diverged: n.diverged,
                ..NetworkFacts::from_trainer(&n.trainer)
            }),
            perceptron: Some(PerceptronFacts::from_lab(&self.perceptron)),
            logic: Some(LogicFacts::from_lab(&self.logic)),
            compare: Some(CompareFacts::from_lab(&self.compare)),
            neuron: Some(NeuronFacts::from_lab(&self.neuron)),
            inspector_stage: self.inspector_stage,
            inspector: self.inspector.clone(),
            settings: {
                let mut s = SettingsFacts::read(
                    net.map(|n| n.trainer.config().get()),
                    net.and_then(|n| n.generator),
                    &self.perceptron,
                    &self.compare,
                );
                s.add_neuron(&self.neuron);
                s
            },
            answer: self.answer,
            read: false,
        }
    }
}

/// The network tab after a plan: data, and a trainer with pinned weights.
fn build(plan: NetworkPlan) -> Result<NetworkRig, Problem> {
    let trainer = plan.trainer()?;
    Ok(NetworkRig {
        dataset: plan.dataset,
        generator: plan.generator,
        trainer,
        diverged: false,
    })
}
