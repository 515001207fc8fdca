//! The built-in logic gates, each a hand-designed McCulloch–Pitts network.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{Connection, ConnectionKind, LogicError, Network, Neuron, Source};

/// A built-in gate, selectable by name on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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

impl Gate {
    /// Every built-in gate, in teaching order.
    pub const ALL: [Gate; 5] = [Gate::Identity, Gate::And, Gate::Or, Gate::AndNot, Gate::Xor];

    /// The command-line name: `identity`, `and`, `or`, `and-not`, `xor`.
    pub fn name(self) -> &'static str {
        match self {
            Gate::Identity => "identity",
            Gate::And => "and",
            Gate::Or => "or",
            Gate::AndNot => "and-not",
            Gate::Xor => "xor",
        }
    }

    /// The gate called `name` (case-insensitive; `andnot` and `and_not` are
    /// accepted for `and-not`).
    pub fn from_name(name: &str) -> Option<Gate> {
        let wanted = name.trim().to_ascii_lowercase().replace('_', "-");
        let wanted = if wanted == "andnot" {
            "and-not".to_string()
        } else {
            wanted
        };
        Gate::ALL.into_iter().find(|g| g.name() == wanted)
    }

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

    /// Parses a CLI name; see [`Gate::from_name`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Gate::from_name(s).ok_or_else(|| LogicError::UnknownGate { name: s.to_string() })
    }
}
