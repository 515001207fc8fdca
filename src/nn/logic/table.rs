//! Truth tables: a network's outputs for every input combination.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{LogicError, Network};

/// One row of a truth table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TruthRow {
    /// Input values.
    pub inputs: Vec<bool>,
    /// Output values.
    pub outputs: Vec<bool>,
}

/// A network's outputs for every combination of its inputs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TruthTable {
    /// Input names (column headers).
    pub inputs: Vec<String>,
    /// Output neuron names (column headers).
    pub outputs: Vec<String>,
    /// 2ⁿ rows in binary counting order, first input most significant.
    pub rows: Vec<TruthRow>,
}

impl fmt::Display for TruthTable {
    /// Renders e.g. `A B | C` followed by rows `0 1 | 1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cell = |name: &str| name.chars().count().max(1);
        let inputs: Vec<usize> = self.inputs.iter().map(|n| cell(n)).collect();
        let outputs: Vec<usize> = self.outputs.iter().map(|n| cell(n)).collect();
        writeln!(f, "{} | {}", self.inputs.join(" "), self.outputs.join(" "))?;
        for row in &self.rows {
            let bits = |values: &[bool], widths: &[usize]| {
                let cells: Vec<String> = values
                    .iter()
                    .zip(widths)
                    .map(|(&v, &w)| format!("{:<w$}", u8::from(v)))
                    .collect();
                cells.join(" ")
            };
            writeln!(f, "{} | {}", bits(&row.inputs, &inputs), bits(&row.outputs, &outputs))?;
        }
        Ok(())
    }
}

impl Network {
    /// Evaluates all 2ⁿ input combinations. Row r has input i set to bit
    /// (n − 1 − i) of r, so the first input is the most significant bit and
    /// the rows count in binary: 00, 01, 10, 11.
    pub fn truth_table(&self) -> Result<TruthTable, LogicError> {
        self.validate()?;
        let n = self.inputs.len();
        let mut rows = Vec::with_capacity(1 << n);
        for r in 0..(1usize << n) {
            let inputs: Vec<bool> = (0..n).map(|i| (r >> (n - 1 - i)) & 1 == 1).collect();
            let outputs = self.run(&inputs).outputs;
            rows.push(TruthRow { inputs, outputs });
        }
        Ok(TruthTable {
            inputs: self.inputs.clone(),
            outputs: self.output_names(),
            rows,
        })
    }
}
