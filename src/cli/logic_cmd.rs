//! `nnlab logic GATE`: the truth table of a built-in McCulloch–Pitts network.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use super::values::lenient;
use crate::nn::logic::Gate;

/// Options of `nnlab logic`.
#[derive(Args, Debug)]
pub struct LogicArgs {
    /// The network
    #[arg(value_name = "GATE", value_parser = lenient::<Gate>())]
    gate: Gate,
    /// Print a JSON list of rows {"inputs": [..], "output": 0|1}
    #[arg(long)]
    json: bool,
}

/// Runs `nnlab logic`.
pub(super) fn run(args: LogicArgs) -> Result<()> {
    let gate = args.gate;
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
