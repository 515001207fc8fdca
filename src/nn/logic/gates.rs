//! The built-in logic gates, each a hand-designed McCulloch–Pitts network.

use std::str::FromStr;

use super::{Connection, ConnectionKind, LogicError, Network, Neuron, Source};
use crate::names::name_table;

/// A built-in gate, selectable by name on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    /// C = A: one excitatory line, θ = 1.
    Identity,
    /// C = A ∧ B: two excitatory lines, θ = 2 (both must be on).
    And,
    /// C = A ∨ B: two excitatory lines, θ = 1 (one is enough).
    Or,
    /// C = A ∧ ¬B: A excitatory, B inhibitory, θ = 1 (B vetoes).
    AndNot,
    /// C = A ⊕ B: not computable by one neuron, so two layers:
    /// h1 = A ∧ ¬B, h2 = B ∧ ¬A, C = h1 ∨ h2.
    Xor,
}

/// Shorthand for an excitatory line.
fn exc(from: Source) -> Connection {
    Connection {
        from,
        kind: ConnectionKind::Excitatory,
    }
}

/// Shorthand for an inhibitory line.
fn inh(from: Source) -> Connection {
    Connection {
        from,
        kind: ConnectionKind::Inhibitory,
    }
}

/// Shorthand for a neuron.
fn neuron(name: &str, threshold: u32, inputs: Vec<Connection>, output: bool) -> Neuron {
    Neuron {
        name: name.to_string(),
        threshold,
        inputs,
        output,
    }
}

name_table! {
    Gate {
        Identity => "identity";
        And => "and";
        Or => "or";
        AndNot => "and-not", aliases ["and_not", "andnot"];
        Xor => "xor";
    }
}

impl Gate {
    /// The formula the gate computes, for display.
    pub fn formula(self) -> &'static str {
        match self {
            Gate::Identity => "C = A",
            Gate::And => "C = A AND B",
            Gate::Or => "C = A OR B",
            Gate::AndNot => "C = A AND NOT B",
            Gate::Xor => "C = A XOR B",
        }
    }

    /// Number of inputs (1 for identity, 2 otherwise).
    pub fn arity(self) -> usize {
        match self {
            Gate::Identity => 1,
            _ => 2,
        }
    }

    /// The boolean function itself, as the reference the networks are tested
    /// against. `None` when `inputs` does not have [`Gate::arity`] values.
    pub fn expected(self, inputs: &[bool]) -> Option<bool> {
        match (self, inputs) {
            (Gate::Identity, &[a]) => Some(a),
            (Gate::And, &[a, b]) => Some(a && b),
            (Gate::Or, &[a, b]) => Some(a || b),
            (Gate::AndNot, &[a, b]) => Some(a && !b),
            (Gate::Xor, &[a, b]) => Some(a != b),
            _ => None,
        }
    }

    /// The McCulloch–Pitts network that computes the gate, with inputs "A"
    /// (and "B") and output neuron "C".
    pub fn network(self) -> Network {
        let (a, b) = (Source::Input(0), Source::Input(1));
        let neurons = match self {
            Gate::Identity => vec![neuron("C", 1, vec![exc(a)], true)],
            Gate::And => vec![neuron("C", 2, vec![exc(a), exc(b)], true)],
            Gate::Or => vec![neuron("C", 1, vec![exc(a), exc(b)], true)],
            Gate::AndNot => vec![neuron("C", 1, vec![exc(a), inh(b)], true)],
            Gate::Xor => vec![
                neuron("h1", 1, vec![exc(a), inh(b)], false),
                neuron("h2", 1, vec![exc(b), inh(a)], false),
                neuron("C", 1, vec![exc(Source::Neuron(0)), exc(Source::Neuron(1))], true),
            ],
        };
        let inputs: Vec<String> = ["A", "B"].iter().take(self.arity()).map(|s| s.to_string()).collect();
        Network { inputs, neurons }
    }
}

impl FromStr for Gate {
    type Err = LogicError;

    /// Parses a CLI name or alias; see [`Gate::from_name`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Gate::from_name(s).ok_or_else(|| LogicError::UnknownGate { name: s.to_string() })
    }
}
