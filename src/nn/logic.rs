//! McCulloch–Pitts logic neurons (1943): the first formal model of a neuron.
//!
//! Inputs and outputs are binary. A connection is either *excitatory* or
//! *inhibitory*, and each neuron has an integer threshold θ ≥ 0. The neuron
//! fires (outputs 1) iff
//!
//! ```text
//! no inhibitory input is active   AND   #(active excitatory inputs) ≥ θ
//! ```
//!
//! Inhibition is an absolute veto: one active inhibitory line silences the
//! neuron whatever its excitation. There are no learned weights; a logic
//! function is *designed* by choosing connections and thresholds, which is
//! exactly what the built-in [`Gate`]s show (XOR needs two layers).
//!
//! A [`Network`] lists its neurons in evaluation order. A neuron may read
//! the network inputs or *earlier* neurons only, so a network can never
//! contain a cycle and one pass in list order computes every activation.

mod edit;
mod gates;
mod table;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

pub use gates::Gate;
pub use table::{TruthRow, TruthTable};

/// Most inputs a network may have: the truth table has 2ⁿ rows, and 2¹⁶ =
/// 65,536 is already far more than anyone reads.
pub const MAX_INPUTS: usize = 16;

/// Something that is wrong with a network, an edit, or a request.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum LogicError {
    /// The network has no inputs.
    NoInputs,
    /// More inputs than [`MAX_INPUTS`].
    TooManyInputs {
        /// How many inputs the network has.
        found: usize,
        /// The limit.
        limit: usize,
    },
    /// No neuron is marked as an output.
    NoOutputs,
    /// An input or neuron name is empty.
    EmptyName,
    /// Two inputs or neurons share a name.
    DuplicateName {
        /// The repeated name.
        name: String,
    },
    /// A neuron index does not exist.
    UnknownNeuron {
        /// The index asked for.
        index: usize,
        /// How many neurons exist.
        count: usize,
    },
    /// An input index does not exist.
    UnknownInput {
        /// The index asked for.
        index: usize,
        /// How many inputs exist.
        count: usize,
    },
    /// A neuron reads itself or a later neuron, which would need its value
    /// before it is computed (and could form a cycle).
    ForwardReference {
        /// The reading neuron.
        neuron: usize,
        /// The neuron it reads.
        source_neuron: usize,
    },
    /// The connection to change or remove does not exist.
    NoSuchConnection {
        /// The neuron.
        neuron: usize,
        /// Which source was asked for.
        source_name: String,
    },
    /// `evaluate` got the wrong number of input values.
    InputCount {
        /// The network's number of inputs.
        expected: usize,
        /// How many were given.
        found: usize,
    },
    /// A gate name that is not built in.
    UnknownGate {
        /// The name given.
        name: String,
    },
}

/// Whether an active connection pushes the neuron towards firing or vetoes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectionKind {
    /// Counts towards the threshold when active.
    Excitatory,
    /// Prevents firing whenever active (absolute inhibition).
    Inhibitory,
}

/// Where a connection comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Network input number `i`.
    Input(usize),
    /// The output of neuron number `i` (which must come earlier).
    Neuron(usize),
}

/// One incoming line of a neuron.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Connection {
    /// Where the signal comes from.
    pub from: Source,
    /// Excitatory or inhibitory.
    pub kind: ConnectionKind,
}

/// A McCulloch–Pitts threshold neuron.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Neuron {
    /// Display name, unique in the network (e.g. "h1", "C").
    pub name: String,
    /// θ: how many excitatory lines must be active for the neuron to fire.
    /// θ = 0 makes a neuron that fires unless vetoed (a NOT with one
    /// inhibitory line).
    pub threshold: u32,
    /// Incoming lines. The same source may appear twice: the classic way to
    /// give an input double weight.
    pub inputs: Vec<Connection>,
    /// Whether the neuron's value is an output of the network.
    pub output: bool,
}

/// What one neuron did in one evaluation (for drawing the signal flow).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NeuronActivity {
    /// Number of active excitatory lines.
    pub excitation: u32,
    /// Whether an active inhibitory line vetoed the neuron.
    pub vetoed: bool,
    /// The neuron's output.
    pub fired: bool,
}

/// The result of running a network once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    /// The input values, as given.
    pub inputs: Vec<bool>,
    /// Every neuron's activity, in network order.
    pub neurons: Vec<NeuronActivity>,
    /// The output neurons' values, in network order.
    pub outputs: Vec<bool>,
}

/// A feed-forward network of McCulloch–Pitts neurons.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Network {
    /// Names of the binary inputs, in order (e.g. `["A", "B"]`).
    pub inputs: Vec<String>,
    /// The neurons in evaluation order; each reads inputs or earlier neurons.
    pub neurons: Vec<Neuron>,
}

impl Network {
    /// Checks that the network can be evaluated: 1..=[`MAX_INPUTS`] inputs,
    /// non-empty unique names, every source exists, no neuron reads itself or
    /// a later neuron (so there are no cycles), and at least one output.
    pub fn validate(&self) -> Result<(), LogicError> {
        if self.inputs.is_empty() {
            return Err(LogicError::NoInputs);
        }
        if self.inputs.len() > MAX_INPUTS {
            return Err(LogicError::TooManyInputs {
                found: self.inputs.len(),
                limit: MAX_INPUTS,
            });
        }
        let names = self.inputs.iter().chain(self.neurons.iter().map(|n| &n.name));
        let mut seen = std::collections::HashSet::new();
        for name in names {
            if name.trim().is_empty() {
                return Err(LogicError::EmptyName);
            }
            if !seen.insert(name.as_str()) {
                return Err(LogicError::DuplicateName { name: name.clone() });
            }
        }
        for (i, neuron) in self.neurons.iter().enumerate() {
            for c in &neuron.inputs {
                self.check_source(i, c.from)?;
            }
        }
        if !self.neurons.iter().any(|n| n.output) {
            return Err(LogicError::NoOutputs);
        }
        Ok(())
    }

    /// Checks that neuron `neuron` may read `from`: the input exists, or the
    /// source neuron comes strictly before it.
    fn check_source(&self, neuron: usize, from: Source) -> Result<(), LogicError> {
        match from {
            Source::Input(j) if j >= self.inputs.len() => Err(LogicError::UnknownInput {
                index: j,
                count: self.inputs.len(),
            }),
            Source::Neuron(j) if j >= self.neurons.len() => Err(LogicError::UnknownNeuron {
                index: j,
                count: self.neurons.len(),
            }),
            Source::Neuron(j) if j >= neuron => Err(LogicError::ForwardReference {
                neuron,
                source_neuron: j,
            }),
            _ => Ok(()),
        }
    }

    /// Runs the network once. Neurons are computed in list order, so every
    /// source is known when it is read; a neuron fires iff no active
    /// inhibitory line and at least θ active excitatory lines.
    pub fn evaluate(&self, inputs: &[bool]) -> Result<Evaluation, LogicError> {
        self.validate()?;
        if inputs.len() != self.inputs.len() {
            return Err(LogicError::InputCount {
                expected: self.inputs.len(),
                found: inputs.len(),
            });
        }
        Ok(self.run(inputs))
    }

    /// Evaluates a validated network on the right number of inputs.
    fn run(&self, inputs: &[bool]) -> Evaluation {
        let mut neurons: Vec<NeuronActivity> = Vec::with_capacity(self.neurons.len());
        for neuron in &self.neurons {
            let mut excitation = 0u32;
            let mut vetoed = false;
            for c in &neuron.inputs {
                // validate() guarantees both lookups succeed; `false` is
                // only a fallback that cannot be reached.
                let active = match c.from {
                    Source::Input(j) => inputs.get(j).copied().unwrap_or(false),
                    Source::Neuron(j) => neurons.get(j).is_some_and(|a| a.fired),
                };
                match (active, c.kind) {
                    (true, ConnectionKind::Excitatory) => excitation = excitation.saturating_add(1),
                    (true, ConnectionKind::Inhibitory) => vetoed = true,
                    (false, _) => {}
                }
            }
            let fired = !vetoed && excitation >= neuron.threshold;
            neurons.push(NeuronActivity {
                excitation,
                vetoed,
                fired,
            });
        }
        let outputs = self
            .neurons
            .iter()
            .zip(&neurons)
            .filter(|(n, _)| n.output)
            .map(|(_, a)| a.fired)
            .collect();
        Evaluation {
            inputs: inputs.to_vec(),
            neurons,
            outputs,
        }
    }

    /// Names of the output neurons, in network order.
    pub fn output_names(&self) -> Vec<String> {
        self.neurons
            .iter()
            .filter(|n| n.output)
            .map(|n| n.name.clone())
            .collect()
    }
}
