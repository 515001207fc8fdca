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
    /// Fail (exit status 1) when a figure misses its target
    #[arg(long, conflicts_with = "quick")]
    check: bool,
}

/// A figure in the unit its target is written in (throughputs in millions).
fn shown_value(value: f64, key: &str) -> f64 {
    if key.ends_with("samples_per_sec") {
        value / 1e6
    } else {
        value
    }
}

/// Runs `nnlab bench`.
pub(super) fn run(args: BenchArgs) -> Result<()> {
    println!("kernels on {}", crate::nn::SimdPath::detect().name());
    let report = run_all(args.quick, |name, value, unit| {
        let shown = if unit == "samples/s" {
            format!("{:.2} M", value / 1e6)
        } else if unit.is_empty() {
            format!("{:.1} %", value * 100.0)
        } else {
            format!("{value:.2}")
        };
        println!("{name:<45} {shown:>10} {unit}");
    });
    println!();
    println!("targets:");
    let results = report.against_targets();
    for (target, value, met) in &results {
        let verdict = if *met { "met" } else { "MISSED" };
        println!(
            "  {:<45} {:>10.2}  {verdict}",
            target.text,
            shown_value(*value, target.key)
        );
    }
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
    }
    let missed: Vec<&str> = results
        .iter()
        .filter(|(_, _, met)| !met)
        .map(|(t, _, _)| t.text)
        .collect();
    if args.check && !missed.is_empty() {
        anyhow::bail!("{} target(s) missed: {}", missed.len(), missed.join("; "));
    }
    Ok(())
}
