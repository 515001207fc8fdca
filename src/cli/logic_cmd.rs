//! `nnlab logic GATE`: the truth table of a built-in McCulloch–Pitts network.

use anyhow::{Context, Result};
use clap::Args;
use serde_json::json;

use crate::nn::logic::Gate;

/// Options of `nnlab logic`.
#[derive(Args, Debug)]
pub struct LogicArgs {
    /// The network: identity, and, or, and-not, xor
    #[arg(value_name = "GATE")]
    gate: String,
    /// Print a JSON list of rows {"inputs": [..], "output": 0|1}
    #[arg(long)]
    json: bool,
}

/// Runs `nnlab logic`.
pub fn run(args: LogicArgs) -> Result<()> {
    let gate = Gate::from_name(&args.gate).with_context(|| {
        let names: Vec<&str> = Gate::ALL.iter().map(|g| g.name()).collect();
        format!("unknown gate \"{}\" (known: {})", args.gate, names.join(", "))
    })?;
    let table = gate.network().truth_table()?;
    if args.json {
        let rows: Vec<_> = table
            .rows
            .iter()
            .map(|r| {
                let inputs: Vec<u8> = r.inputs.iter().map(|&b| u8::from(b)).collect();
                json!({ "inputs": inputs, "output": u8::from(r.outputs.first().copied().unwrap_or(false)) })
            })
            .collect();
        println!("{}", serde_json::Value::Array(rows));
    } else {
        println!("{} — {}", gate.name(), gate.formula());
        print!("{table}");
    }
    Ok(())
}
