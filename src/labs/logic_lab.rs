//! The logic-neuron lab: a McCulloch–Pitts network (built-in gate or the
//! user's own), the current input values, and the truth table with a target
//! column the user sets and a check per row.

use crate::nn::logic::{ConnectionKind, Evaluation, Gate, LogicError, Network, Source};

/// Most inputs the lab offers (A, B, C).
pub const MAX_LAB_INPUTS: usize = 3;

/// Which network the lab shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// A built-in gate.
    Gate(Gate),
    /// The user's own network.
    Custom,
}

/// One truth-table row with its target and check.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckedRow {
    /// Input values.
    pub inputs: Vec<bool>,
    /// The network's first output.
    pub output: bool,
    /// What the user wants it to be.
    pub target: bool,
}

impl CheckedRow {
    /// Whether the output equals the target.
    pub fn ok(&self) -> bool {
        self.output == self.target
    }
}

/// The logic lab's state.
#[derive(Clone, Debug)]
pub struct LogicLab {
    preset: Preset,
    network: Network,
    inputs: Vec<bool>,
    targets: Vec<bool>,
}

impl Default for LogicLab {
    fn default() -> Self {
        Self::new(Gate::And)
    }
}

impl LogicLab {
    /// The lab on a built-in gate, inputs all off, targets = the gate's function.
    pub fn new(gate: Gate) -> Self {
        let mut lab = Self {
            preset: Preset::Gate(gate),
            network: gate.network(),
            inputs: Vec::new(),
            targets: Vec::new(),
        };
        lab.select_gate(gate);
        lab
    }

    /// Shows built-in gate `gate`; the target column becomes its function.
    pub fn select_gate(&mut self, gate: Gate) {
        self.preset = Preset::Gate(gate);
        self.network = gate.network();
        self.inputs = vec![false; self.network.inputs.len()];
        self.targets = (0..1usize << self.inputs.len())
            .map(|r| gate.expected(&row_inputs(r, self.inputs.len())).unwrap_or(false))
            .collect();
    }

    /// Switches to custom mode with a blank network: inputs A and B (the
    /// two-input gates everyone starts with; [`LogicLab::add_input`] adds
    /// C) and no neurons yet; every target 0.
    pub fn start_custom(&mut self) {
        self.preset = Preset::Custom;
        self.network = Network::new(&["A", "B"]);
        self.inputs = vec![false; 2];
        self.targets = vec![false; 4];
    }

    /// Whether another input can be added.
    pub fn can_add_input(&self) -> bool {
        self.network.inputs.len() < MAX_LAB_INPUTS
    }

    /// The network shown.
    pub fn network(&self) -> &Network {
        &self.network
    }

    /// Built-in or custom.
    pub fn preset(&self) -> Preset {
        self.preset
    }

    /// Current input values.
    pub fn inputs(&self) -> &[bool] {
        &self.inputs
    }

    /// Flips input `i` (ignored if it does not exist).
    pub fn toggle_input(&mut self, i: usize) {
        if let Some(v) = self.inputs.get_mut(i) {
            *v = !*v;
        }
    }

    /// The network on the current inputs.
    pub fn evaluation(&self) -> Result<Evaluation, LogicError> {
        self.network.evaluate(&self.inputs)
    }

    /// The truth table of the first output, with targets and checks.
    pub fn table(&self) -> Result<Vec<CheckedRow>, LogicError> {
        let table = self.network.truth_table()?;
        Ok(table
            .rows
            .into_iter()
            .zip(self.targets.iter().copied().chain(std::iter::repeat(false)))
            .map(|(row, target)| CheckedRow {
                output: row.outputs.first().copied().unwrap_or(false),
                inputs: row.inputs,
                target,
            })
            .collect())
    }

    /// The target column, one value per truth-table row.
    pub fn targets(&self) -> &[bool] {
        &self.targets
    }

    /// Sets the whole target column (a lesson's exercise). Returns false,
    /// changing nothing, unless there is one value per truth-table row.
    pub fn set_targets(&mut self, targets: &[bool]) -> bool {
        let fits = targets.len() == self.targets.len();
        if fits {
            self.targets = targets.to_vec();
        }
        fits
    }

    /// Flips the target of truth-table row `row`.
    pub fn toggle_target(&mut self, row: usize) {
        if let Some(t) = self.targets.get_mut(row) {
            *t = !*t;
        }
    }

    /// Applies an edit to the network (switching to custom mode). On error
    /// the network is unchanged and the error returned.
    pub fn edit(&mut self, f: impl FnOnce(&mut Network) -> Result<(), LogicError>) -> Result<(), LogicError> {
        let mut copy = self.network.clone();
        f(&mut copy)?;
        self.preset = Preset::Custom;
        if copy.inputs.len() != self.inputs.len() {
            self.inputs.resize(copy.inputs.len(), false);
            self.targets.resize(1usize << copy.inputs.len(), false);
        }
        self.network = copy;
        Ok(())
    }

    /// Adds the next input (A, B, C) up to [`MAX_LAB_INPUTS`].
    pub fn add_input(&mut self) -> Result<(), LogicError> {
        let n = self.network.inputs.len();
        if n >= MAX_LAB_INPUTS {
            return Err(LogicError::TooManyInputs {
                found: n + 1,
                limit: MAX_LAB_INPUTS,
            });
        }
        let name = ["A", "B", "C", "D"]
            .into_iter()
            .find(|n| self.network.find(n).is_none())
            .unwrap_or("D");
        self.edit(|net| net.add_input(name).map(|_| ()))
    }

    /// Adds a neuron named n1, n2, … (the first free name) with θ = 1; it
    /// becomes the output if it is the only neuron.
    pub fn add_neuron(&mut self) -> Result<usize, LogicError> {
        let name = (1..)
            .map(|k| format!("n{k}"))
            .find(|n| self.network.find(n).is_none())
            .unwrap_or_default();
        let first = self.network.neurons.is_empty();
        self.edit(|net| net.add_neuron(&name, 1, first).map(|_| ()))?;
        Ok(self.network.neurons.len() - 1)
    }

    /// Connects `from` into `neuron` with `kind`.
    pub fn connect(&mut self, neuron: usize, from: Source, kind: ConnectionKind) -> Result<(), LogicError> {
        self.edit(|net| net.connect(neuron, from, kind))
    }

    /// Column of each neuron in the drawing: inputs are column 0, a neuron
    /// sits one column right of its deepest source (1 with no sources).
    pub fn columns(&self) -> Vec<usize> {
        let mut cols: Vec<usize> = Vec::with_capacity(self.network.neurons.len());
        for n in &self.network.neurons {
            let deepest = (n.inputs.iter())
                .map(|c| match c.from {
                    Source::Input(_) => 0,
                    Source::Neuron(j) => cols.get(j).copied().unwrap_or(0),
                })
                .max()
                .unwrap_or(0);
            cols.push(deepest + 1);
        }
        cols
    }
}

/// The inputs of truth-table row `r` of `n` inputs (first input = most
/// significant bit, as in [`Network::truth_table`]).
pub fn row_inputs(r: usize, n: usize) -> Vec<bool> {
    (0..n).map(|i| (r >> (n - 1 - i)) & 1 == 1).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_inputs_follows_the_gate() {
        for gate in Gate::ALL {
            let mut lab = LogicLab::new(gate);
            let n = lab.inputs().len();
            for r in 0..1usize << n {
                let want = row_inputs(r, n);
                for (i, &w) in want.iter().enumerate() {
                    if lab.inputs()[i] != w {
                        lab.toggle_input(i);
                    }
                }
                let out = lab.evaluation().unwrap().outputs[0];
                assert_eq!(Some(out), gate.expected(&want), "{gate:?} {want:?}");
            }
            let table = lab.table().unwrap();
            assert!(table.iter().all(CheckedRow::ok), "{gate:?}: targets = the gate");
        }
    }

    #[test]
    fn targets_are_checked_per_row() {
        let mut lab = LogicLab::new(Gate::Or);
        lab.toggle_target(0); // want OR(0,0) = 1: the network says 0
        let table = lab.table().unwrap();
        assert!(!table[0].ok());
        assert!(table[1..].iter().all(CheckedRow::ok));
    }

    #[test]
    fn custom_network_builds_nand_of_three() {
        let mut lab = LogicLab::new(Gate::And);
        lab.start_custom();
        assert_eq!(lab.preset(), Preset::Custom);
        assert_eq!(lab.network().inputs, ["A", "B"]);
        assert!(lab.can_add_input());
        lab.add_input().unwrap();
        assert_eq!(lab.network().inputs, ["A", "B", "C"]);
        assert!(!lab.can_add_input());
        assert!(lab.add_input().is_err(), "three inputs at most");
        assert!(lab.table().is_err(), "no output neuron yet");
        // n1 = A ∧ B ∧ C (θ = 3); n2 = ¬n1 (θ = 0, inhibitory), the output.
        let n1 = lab.add_neuron().unwrap();
        for i in 0..3 {
            lab.connect(n1, Source::Input(i), ConnectionKind::Excitatory).unwrap();
        }
        lab.edit(|net| net.set_threshold(n1, 3)).unwrap();
        let n2 = lab.add_neuron().unwrap();
        lab.connect(n2, Source::Neuron(n1), ConnectionKind::Inhibitory).unwrap();
        lab.edit(|net| net.set_threshold(n2, 0)).unwrap();
        lab.edit(|net| net.set_output(n1, false).and(net.set_output(n2, true)))
            .unwrap();
        assert_eq!(lab.table().unwrap().len(), 8);
        let outputs: Vec<bool> = lab.table().unwrap().iter().map(|r| r.output).collect();
        assert_eq!(outputs, [true, true, true, true, true, true, true, false]);
        assert_eq!(lab.columns(), [1, 2]);
        lab.toggle_input(0);
        lab.toggle_input(1);
        assert!(lab.evaluation().unwrap().outputs[0], "1 1 0: NAND says 1");
        lab.toggle_input(2);
        assert!(!lab.evaluation().unwrap().outputs[0], "1 1 1: NAND says 0");
        // A forward reference is refused and changes nothing.
        let before = lab.network().clone();
        assert!(lab.connect(n1, Source::Neuron(n2), ConnectionKind::Excitatory).is_err());
        assert_eq!(lab.network(), &before);
    }
}
