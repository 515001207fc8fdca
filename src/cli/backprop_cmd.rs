//! `nnlab backprop`: one training step on one sample of a saved session,
//! every number of it (the same numbers the window's inspector shows).

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use serde::Serialize;

use crate::i18n::words::neuron_health_text;
use crate::session::Session;
use crate::tr;
use crate::train::inspect::{BackpropTrace, LayerTrace, UpdateTerms};

/// Options of `nnlab backprop`.
#[derive(Args, Debug)]
pub struct BackpropArgs {
    /// The saved session whose network and data to use
    #[arg(long, value_name = "FILE")]
    session: PathBuf,
    /// Index of the point, in the session's file order (test points too:
    /// their gradient is shown, though training never uses it)
    #[arg(long, value_name = "I")]
    sample: usize,
    /// Print one JSON object on the last line
    #[arg(long)]
    json: bool,
}

/// A class index prints as an integer, a regression target as a number.
#[derive(Serialize)]
#[serde(untagged)]
enum Target {
    Class(u64),
    Value(f64),
}

/// z and a of one layer.
#[derive(Serialize)]
struct LayerJson<'a> {
    z: &'a [f32],
    a: &'a [f32],
}

/// The JSON contract of `nnlab backprop --json` (keys exactly these).
#[derive(Serialize)]
struct BackpropJson<'a> {
    sample: usize,
    x: [f64; 2],
    inputs: &'a [f32],
    target: Target,
    layers: Vec<LayerJson<'a>>,
    loss: f64,
    deltas: Vec<&'a [f32]>,
    grad_weights: Vec<&'a [Vec<f32>]>,
    grad_bias: Vec<&'a [f32]>,
}

impl<'a> BackpropJson<'a> {
    fn new(t: &'a BackpropTrace, classes: usize) -> Self {
        Self {
            sample: t.sample,
            x: t.x,
            inputs: &t.inputs,
            target: if classes > 0 {
                Target::Class(t.target as u64)
            } else {
                Target::Value(t.target)
            },
            layers: t.layers.iter().map(|l| LayerJson { z: &l.z, a: &l.a }).collect(),
            loss: t.loss,
            deltas: t.layers.iter().map(|l| l.delta.as_slice()).collect(),
            grad_weights: t.layers.iter().map(|l| l.grad_weights.as_slice()).collect(),
            grad_bias: t.layers.iter().map(|l| l.grad_bias.as_slice()).collect(),
        }
    }
}

/// Runs `nnlab backprop`.
pub(super) fn run(args: BackpropArgs) -> Result<()> {
    let path = &args.session;
    let session = Session::load(path).with_context(|| format!("{}", path.display()))?;
    let trainer = session.into_trainer()?;
    let trace = trainer.backprop_trace(&session.dataset, args.sample)?;
    let classes = session.dataset.num_classes();
    if args.json {
        // Plain numbers and strings: serializing cannot fail.
        println!("{}", serde_json::to_string(&BackpropJson::new(&trace, classes))?);
    } else {
        print_text(&trace, &session, classes);
    }
    Ok(())
}

fn list(v: &[f32]) -> String {
    let items: Vec<String> = v.iter().map(|x| format!("{x:.4}")).collect();
    format!("[{}]", items.join(", "))
}

fn print_text(t: &BackpropTrace, session: &Session, classes: usize) {
    let kind = if t.test {
        "a test point: training never uses its gradient"
    } else {
        "a training point"
    };
    let target = if classes > 0 {
        let name = session
            .dataset
            .class_names()
            .get(t.target as usize)
            .cloned()
            .unwrap_or_default();
        format!("class {} ({name})", t.target)
    } else {
        format!("{}", t.target)
    };
    println!(
        "sample {} ({kind}): x = ({}, {}), target {target}",
        t.sample, t.x[0], t.x[1]
    );
    println!("inputs {}", list(&t.inputs));
    let last = t.layers.len() - 1;
    for (l, layer) in t.layers.iter().enumerate() {
        let name = if l == last {
            format!("output ({:?})", session.network.head.output).to_lowercase()
        } else {
            format!(
                "hidden layer {} ({})",
                l + 1,
                session.network.layers[l].activation.name()
            )
        };
        print_layer(&name, layer);
    }
    println!("loss {}   {}", t.loss_formula.general, t.loss_formula.worked);
    let u = &t.update;
    println!(
        "update ({}, η = {}): after = before − η·g{}",
        u.optimizer.name(),
        u.learning_rate,
        match u.layers.first().and_then(|l| l.bias.first()).map(|p| p.terms) {
            Some(UpdateTerms::Momentum { .. }) => " through the velocity v ← μ·v − η·g",
            Some(UpdateTerms::Adam { .. }) => " through Adam's m̂/(√v̂ + ε)",
            _ => "",
        }
    );
    for (l, layer) in u.layers.iter().enumerate() {
        let before: Vec<f32> = layer.bias.iter().map(|p| p.before).collect();
        let after: Vec<f32> = layer.bias.iter().map(|p| p.after).collect();
        println!("  layer {} biases {} → {}", l + 1, list(&before), list(&after));
    }
}

fn print_layer(name: &str, layer: &LayerTrace) {
    println!("{name}");
    println!("  z {}", list(&layer.z));
    println!("  a {}", list(&layer.a));
    if !layer.slope.is_empty() {
        println!("  φ'(z) {}", list(&layer.slope));
        println!("  ∂L/∂a = Σ w·δ {}", list(&layer.upstream));
    }
    println!("  δ = ∂L/∂z {}", list(&layer.delta));
    for (i, row) in layer.grad_weights.iter().enumerate() {
        println!("  ∂L/∂w from input {} {}", i + 1, list(row));
    }
    println!("  ∂L/∂b {}", list(&layer.grad_bias));
    for (j, h) in layer.health.iter().enumerate() {
        if let Some(why) = neuron_health_text(*h) {
            println!("  {}", tr!("cli-backprop-neuron-why", neuron = j + 1, why = why));
        }
    }
}
