//! `nnlab bench`: the standard performance workloads.

use anyhow::Result;
use clap::Args;

use crate::bench::run_all;

/// Options of `nnlab bench`.
#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Print one JSON object with every figure on the last line
    #[arg(long)]
    json: bool,
    /// Short runs (a smoke test; the figures are rough)
    #[arg(long)]
    quick: bool,
}

/// Runs `nnlab bench`.
pub fn run(args: BenchArgs) -> Result<()> {
    let report = run_all(args.quick, |name, value, unit| {
        let shown = if unit == "samples/s" {
            format!("{:.2} M", value / 1e6)
        } else {
            format!("{value:.2}")
        };
        println!("{name:<45} {shown:>10} {unit}");
    });
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
    }
    Ok(())
}
