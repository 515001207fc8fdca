//! `nnlab neuron`: one leaky integrate-and-fire neuron (V_rest = 0, R = 1,
//! reset to 0) under a constant input current, and its spike times. The
//! flags and the JSON line are a contract other tools read.

use anyhow::{Result, anyhow};
use clap::Args;

use crate::nn::lif::{LifError, LifParams, LifValue, constant_current_spikes};
use crate::tr;

/// Options of `nnlab neuron`.
#[derive(Args, Debug)]
pub struct NeuronArgs {
    /// Input current I (R = 1: R·I is in the threshold's units)
    #[arg(long, value_name = "I", allow_hyphen_values = true)]
    current: f64,
    /// Membrane time constant τ (ms)
    #[arg(long, value_name = "T", allow_hyphen_values = true)]
    tau_ms: f64,
    /// Threshold V (rest and reset at 0)
    #[arg(long, value_name = "V", allow_hyphen_values = true)]
    threshold: f64,
    /// Refractory period after each spike (ms)
    #[arg(long, value_name = "R", default_value_t = 0.0, allow_hyphen_values = true)]
    refractory_ms: f64,
    /// How long to simulate (ms, at most 10000)
    #[arg(long, value_name = "D", default_value_t = 100.0, allow_hyphen_values = true)]
    duration_ms: f64,
    /// Print {"spike_times_ms": [...], "model": "lif"} on the last line
    #[arg(long)]
    json: bool,
}

/// Runs `nnlab neuron`.
pub(super) fn run(args: NeuronArgs) -> Result<()> {
    let params = LifParams {
        tau_ms: args.tau_ms,
        threshold: args.threshold,
        refractory_ms: args.refractory_ms,
    };
    let spikes = params
        .check()
        .and_then(|lif| constant_current_spikes(&lif, args.current, args.duration_ms))
        .map_err(refused)?;
    if args.json {
        println!("{}", json_line(&spikes));
        return Ok(());
    }
    let times: Vec<String> = spikes.iter().map(|t| format!("{t:.3}")).collect();
    if spikes.is_empty() {
        let line = if args.current > args.threshold {
            tr!("cli-neuron-none-yet", duration = args.duration_ms.to_string())
        } else {
            tr!(
                "cli-neuron-never",
                current = args.current.to_string(),
                threshold = args.threshold.to_string()
            )
        };
        println!("{line}");
    } else {
        println!("{}", tr!("cli-neuron-spikes", count = spikes.len()));
        println!("{}", times.join(" "));
    }
    Ok(())
}

/// The contract's line, `{"spike_times_ms": [...], "model": "lif"}`, keys
/// in that order and spaced as written (each number as JSON writes it).
fn json_line(spikes: &[f64]) -> String {
    let times: Vec<String> = spikes.iter().map(|t| serde_json::json!(t).to_string()).collect();
    format!("{{\"spike_times_ms\": [{}], \"model\": \"lif\"}}", times.join(", "))
}

/// The refusal, naming the flag and (in the engine's words) the value.
fn refused(e: LifError) -> anyhow::Error {
    let flag = match e.value().0 {
        LifValue::Current => "--current",
        LifValue::Tau => "--tau-ms",
        LifValue::Threshold => "--threshold",
        LifValue::Refractory => "--refractory-ms",
        LifValue::Duration => "--duration-ms",
    };
    anyhow!("{}", tr!("cli-neuron-refused", flag = flag, reason = e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_line_is_the_contract() {
        assert_eq!(json_line(&[]), r#"{"spike_times_ms": [], "model": "lif"}"#);
        let line = json_line(&[6.931471805599453, 20.0]);
        assert_eq!(line, r#"{"spike_times_ms": [6.931471805599453, 20.0], "model": "lif"}"#);
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["model"], "lif");
    }
}
