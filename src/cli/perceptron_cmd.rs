//! `nnlab perceptron`: Rosenblatt's rule on a dataset, with an optional
//! per-update trace.

use anyhow::{Context, Result, anyhow};
use clap::Args;
use serde_json::json;

use super::data_args::DataArgs;
use super::values::lenient;
use crate::data::Generator;
use crate::nn::perceptron::{
    PerceptronConfig, PerceptronTrainer, Prediction, Status, StepFunction, Update, VERSION_SPACE_BOX,
};
use crate::tr;

/// Options of `nnlab perceptron`.
#[derive(Args, Debug)]
pub struct PerceptronArgs {
    #[command(flatten)]
    data: DataArgs,
    /// Train one TLU for this class (name or index) against all others
    #[arg(long, value_name = "CLASS")]
    positive: Option<String>,
    /// Step function (targets 1/0 for heaviside, +1/−1 for sign)
    #[arg(long, value_name = "NAME", value_enum, value_parser = lenient::<StepFunction>(), default_value_t = StepFunction::Heaviside)]
    step: StepFunction,
    /// Learning rate η
    #[arg(long, value_name = "F", default_value_t = 1.0)]
    lr: f64,
    /// Stop after this many epochs without convergence
    #[arg(long, value_name = "N", default_value_t = 100)]
    max_epochs: usize,
    /// Shuffle the samples each epoch (seeded)
    #[arg(long)]
    shuffle: bool,
    /// Seed of generated data and shuffling
    #[arg(long, value_name = "N", default_value_t = 1)]
    seed: u64,
    /// Classify the point X,Y (in the data's units) after training
    #[arg(long, value_name = "X,Y", allow_hyphen_values = true)]
    predict: Option<String>,
    /// Print every update as a JSON line
    #[arg(long)]
    trace: bool,
    /// With --json: the weights (w1, w2) in [-5, 5]² that classify every
    /// training sample right at bias B (key `version_space`)
    #[arg(long, value_name = "B", allow_hyphen_values = true)]
    version_space_bias: Option<f64>,
    /// Print one JSON object on the last line
    #[arg(long)]
    json: bool,
}

/// Runs `nnlab perceptron`.
pub(super) fn run(args: PerceptronArgs) -> Result<()> {
    let dataset = args.data.load(Generator::Blobs, args.seed)?;
    let positive = match &args.positive {
        None => None,
        Some(name) => Some(
            dataset
                .class_index(name)
                .or_else(|| name.parse::<usize>().ok().filter(|&k| k < dataset.num_classes()))
                .with_context(|| {
                    tr!(
                        "cli-perceptron-no-class",
                        name = name.as_str(),
                        classes = dataset.class_names().join(", ")
                    )
                })?,
        ),
    };
    let predict = args.predict.as_deref().map(parse_point).transpose()?;
    if let Some(b) = args.version_space_bias
        && !b.is_finite()
    {
        anyhow::bail!("{}", tr!("cli-perceptron-bad-bias", value = b.to_string()));
    }
    let config = PerceptronConfig {
        step: args.step,
        learning_rate: args.lr,
        max_epochs: args.max_epochs,
        shuffle: args.shuffle,
        seed: args.seed,
        positive,
    };
    let mut trainer = PerceptronTrainer::new(&dataset, config)?;
    while let Some(epoch) = trainer.step_epoch() {
        if args.trace {
            for u in &epoch.updates {
                println!("{}", trace_line(u));
            }
        }
        if !epoch.status.is_running() {
            break;
        }
    }
    let status = trainer.status().clone();
    let converged = matches!(status, Status::Converged { .. });
    let units = trainer.units();
    let prediction = predict.map(|p| trainer.predict(p));
    if args.json {
        let (weights, bias) = if units.len() == 1 {
            (json!(units[0].w), json!(units[0].b))
        } else {
            (
                json!(units.iter().map(|u| &u.w).collect::<Vec<_>>()),
                json!(units.iter().map(|u| u.b).collect::<Vec<_>>()),
            )
        };
        let novikoff = trainer.novikoff();
        let mut out = json!({
            "converged": converged,
            "epochs": trainer.completed_epochs(),
            "updates": trainer.total_updates(),
            "weights": weights,
            "bias": bias,
            "train_accuracy": trainer.accuracy(),
            "message": status.to_string(),
            "classes": dataset.class_names(),
            "errors_per_epoch": trainer.errors_per_epoch(),
            // γ of the maximum-margin separator (bias folded in) and
            // factor·(R/γ)²; null when not linearly separable.
            "margin": novikoff.as_ref().map(|b| b.margin),
            "novikoff_bound": novikoff.as_ref().map(|b| b.mistake_limit),
        });
        if let Some(p) = &prediction {
            out["prediction"] = json!(contract_label(*p, dataset.class_names()));
        }
        if let Some(b) = args.version_space_bias {
            // One unit's weight space: with one unit per class there are
            // several, each with its own (ask for one with --positive).
            if units.len() != 1 {
                anyhow::bail!("{}", tr!("cli-perceptron-version-space-one-unit"));
            }
            out["version_space"] = json!(trainer.version_space(0, b, VERSION_SPACE_BOX));
        }
        println!("{out}");
    } else {
        println!("{status}");
        for (k, u) in units.iter().enumerate() {
            let name = if units.len() > 1 {
                let class = dataset.class_names()[k].as_str();
                tr!("cli-perceptron-unit", unit = k, class = class)
            } else {
                "w".to_string()
            };
            println!("{name}: w = {:?}, b = {}", u.w, u.b);
        }
        let accuracy = format!("{:.1}", trainer.accuracy() * 100.0);
        println!("{}", tr!("cli-perceptron-accuracy", percent = accuracy));
        if let Some(b) = trainer.novikoff() {
            println!(
                "{}",
                tr!(
                    "cli-perceptron-novikoff",
                    updates = trainer.total_updates(),
                    limit = format!("{:.1}", b.mistake_limit),
                    radius = format!("{:.4}", b.radius),
                    margin = format!("{:.4}", b.margin)
                )
            );
        }
        if let Some(p) = prediction {
            let class = |k: usize| class_name(k, dataset.class_names());
            let text = match p {
                Prediction::Class(k) => class(k),
                Prediction::NotClass(k) => tr!("cli-perceptron-not-class", class = class(k)),
            };
            println!("{}", tr!("cli-perceptron-prediction", class = text));
        }
        if let (Some(b), 1) = (args.version_space_bias, units.len()) {
            let vs = trainer.version_space(0, b, VERSION_SPACE_BOX);
            println!(
                "{}",
                tr!(
                    "cli-perceptron-version-space",
                    bias = b.to_string(),
                    corners = vs.vertices.len(),
                    area = format!("{:.4}", vs.area)
                )
            );
        }
    }
    Ok(())
}

/// A class's name (its number when the data names none).
fn class_name(k: usize, names: &[String]) -> String {
    names.get(k).cloned().unwrap_or_else(|| k.to_string())
}

/// The JSON's `prediction`: "setosa" or "not setosa", in English whatever
/// the language (a value other tools read, like the keys).
fn contract_label(p: Prediction, names: &[String]) -> String {
    match p {
        Prediction::Class(k) => class_name(k, names),
        Prediction::NotClass(k) => format!("not {}", class_name(k, names)),
    }
}

/// One update as a JSON line with the keys other tools rely on.
fn trace_line(u: &Update) -> serde_json::Value {
    json!({
        "epoch": u.epoch,
        "sample": u.sample,
        "x": u.x,
        "y": u.y,
        "y_hat": u.y_hat,
        "w_before": u.w_before,
        "b_before": u.b_before,
        "w_after": u.w_after,
        "b_after": u.b_after,
        "unit": u.unit,
    })
}

/// Parses "X,Y".
fn parse_point(text: &str) -> Result<[f64; 2]> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    let bad = || anyhow!("{}", tr!("cli-perceptron-bad-point", value = text));
    if parts.len() != 2 {
        return Err(bad());
    }
    let x: f64 = parts[0].parse().map_err(|_| bad())?;
    let y: f64 = parts[1].parse().map_err(|_| bad())?;
    if !x.is_finite() || !y.is_finite() {
        return Err(bad());
    }
    Ok([x, y])
}
