//! Applying a step's set-up to the labs' state machines: the window calls
//! these on its own labs, tests on theirs, so both see the same state.

use super::super::error::Problem;
use super::{CompareSetup, LogicNeuronSetup, LogicSetup, NeuronSetup, PerceptronSetup};
use crate::labs::compare::CompareLab;
use crate::labs::data::LabData;
use crate::labs::logic_lab::{LogicLab, MAX_LAB_INPUTS};
use crate::nn::logic::{ConnectionKind, LogicError, Network};

impl PerceptronSetup {
    /// Resets the perceptron lab on this data, step function and η, then
    /// processes `run_samples` samples as Step would.
    pub fn apply(&self, lab: &mut crate::labs::perceptron_lab::PerceptronLab) {
        lab.set_step(self.step_function.unwrap_or_default());
        lab.set_learning_rate(self.learning_rate.unwrap_or(1.0));
        lab.choose(self.data);
        for _ in 0..self.run_samples {
            if lab.step_sample().is_none() {
                break;
            }
        }
    }
}

impl NeuronSetup {
    /// Resets the neuron lab to its defaults, driven by `mode`.
    pub fn apply(&self, lab: &mut crate::labs::neuron::NeuronLab) {
        *lab = crate::labs::neuron::NeuronLab::with_drive(self.mode);
        lab.plasticity = self.plasticity;
    }
}

impl CompareSetup {
    /// Resets the comparison lab on this data and η.
    pub fn apply(&self, lab: &mut CompareLab) -> Result<(), Problem> {
        if self.data == LabData::IrisSpecies {
            return Err(Problem::NotBinary);
        }
        lab.learning_rate = self.learning_rate.unwrap_or(0.5);
        lab.choose(self.data);
        Ok(())
    }
}

impl LogicSetup {
    /// Shows the gate or builds the custom network, then sets the target
    /// column. On error the lab may show a half-applied set-up; lesson
    /// files are checked when loaded, so the window never meets one.
    pub fn apply(&self, lab: &mut LogicLab) -> Result<(), Problem> {
        match self.gate {
            Some(gate) => lab.select_gate(gate),
            None => {
                let net = self.network()?;
                lab.start_custom();
                lab.edit(|n| {
                    *n = net;
                    Ok(())
                })?;
            }
        }
        if let Some(target) = &self.target {
            let bits: Vec<bool> = target.iter().map(|&b| b == 1).collect();
            if target.iter().any(|&b| b > 1) || !lab.set_targets(&bits) {
                return Err(Problem::BadTruthTable { found: target.len() });
            }
        }
        Ok(())
    }

    /// The custom network: inputs (A, B by default), then each neuron with
    /// its lines, which may read inputs and earlier neurons only.
    fn network(&self) -> Result<Network, Problem> {
        let default = ["A".to_string(), "B".to_string()];
        let inputs = self.inputs.as_deref().unwrap_or(&default);
        if inputs.len() > MAX_LAB_INPUTS {
            return Err(LogicError::TooManyInputs {
                found: inputs.len(),
                limit: MAX_LAB_INPUTS,
            }
            .into());
        }
        let names: Vec<&str> = inputs.iter().map(String::as_str).collect();
        let mut net = Network::new(&[]);
        for name in names {
            net.add_input(name)?;
        }
        for n in &self.neurons {
            add_neuron(&mut net, n)?;
        }
        Ok(net)
    }
}

/// Appends neuron `n` to `net` and wires its lines by name.
fn add_neuron(net: &mut Network, n: &LogicNeuronSetup) -> Result<(), Problem> {
    let index = net.add_neuron(&n.name, n.threshold, n.output)?;
    let lines = (n.excitatory.iter().map(|s| (s, ConnectionKind::Excitatory)))
        .chain(n.inhibitory.iter().map(|s| (s, ConnectionKind::Inhibitory)));
    for (name, kind) in lines {
        let from = net
            .find(name)
            .filter(|_| name != &n.name)
            .ok_or_else(|| Problem::UnknownLogicSource(name.clone()))?;
        net.connect(index, from, kind)?;
    }
    Ok(())
}
