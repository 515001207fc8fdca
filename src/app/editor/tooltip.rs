//! What hovering shows: a neuron's formula with its actual weights and the
//! range of its output over the view, a connection's weight, an input.

use egui::{RichText, Ui};

use super::graph::Link;
use super::header::output_name;
use crate::data::Feature;
use crate::nn::{Mlp, OutputActivation};
use crate::train::Snapshot;

/// Terms of the weighted sum written out before "…".
const MAX_TERMS: usize = 6;

/// The name of input `i` of layer `l`: a feature or a hidden neuron.
pub fn input_name(features: &[Feature], l: usize, i: usize) -> String {
    if l == 0 {
        features
            .get(i)
            .map_or_else(|| format!("input {}", i + 1), |f| f.label().to_string())
    } else {
        format!("h{l}.{}", i + 1)
    }
}

/// The label beside output neuron `j`.
pub fn output_label(net: &Mlp, j: usize) -> String {
    match (net.head.classes, net.head.output) {
        (0, _) => "value".into(),
        (_, OutputActivation::Softmax) => format!("P(class {})", j),
        _ => "P(class 1)".into(),
    }
}

/// Smallest and largest value of a neuron over the coarse grid.
fn range(snapshot: &Snapshot, c: usize, j: usize) -> Option<(f32, f32)> {
    let v = snapshot.neurons.layers.get(c)?.get(j)?;
    let lo = v.iter().copied().fold(f32::INFINITY, f32::min);
    let hi = v.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    lo.is_finite().then_some((lo, hi))
}

/// Tooltip of neuron `j` of column `c` ≥ 1.
pub fn neuron(ui: &mut Ui, snapshot: &Snapshot, features: &[Feature], c: usize, j: usize) {
    let net = &snapshot.net;
    let l = c - 1;
    let Some(layer) = net.layers.get(l).filter(|layer| j < layer.outputs()) else {
        return;
    };
    let output = c == net.layers.len();
    let phi = if output {
        output_name(net.head.output)
    } else {
        layer.activation.name()
    };
    let title = if output {
        format!("Output neuron {} ({phi})", j + 1)
    } else {
        format!("Layer {c} · neuron {} ({phi})", j + 1)
    };
    ui.label(RichText::new(title).strong());
    ui.label("z = Σ w·x + b,   a = φ(z)");
    let mut sum = String::from("z =");
    for i in 0..layer.inputs().min(MAX_TERMS) {
        let w = layer.weights[(i, j)];
        let sign = match (i, w < 0.0) {
            (_, true) => " −",
            (0, false) => "",
            (_, false) => " +",
        };
        sum.push_str(&format!("{sign} {:.3}·{}", w.abs(), input_name(features, l, i)));
    }
    if layer.inputs() > MAX_TERMS {
        sum.push_str(&format!(" … ({} more)", layer.inputs() - MAX_TERMS));
    }
    let b = layer.bias[j];
    sum.push_str(&format!(" {} {:.3}", if b < 0.0 { '−' } else { '+' }, b.abs()));
    ui.label(RichText::new(sum).monospace());
    ui.label(format!("a = {phi}(z)"));
    if let Some((lo, hi)) = range(snapshot, c, j) {
        ui.label(format!("over the view, a goes from {lo:.3} to {hi:.3}"));
    }
    if !output && snapshot.masks.is_off(l, j) {
        ui.colored_label(ui.visuals().warn_fg_color, "switched off: contributes nothing");
    }
    let frozen = (0..layer.inputs())
        .filter(|&i| snapshot.masks.is_frozen(l, i, j))
        .count();
    if frozen > 0 {
        ui.label(format!("{frozen} frozen incoming connection(s)"));
    }
    ui.label(RichText::new("Shown large in the plot · click to edit").small().weak());
}

/// Tooltip of a connection.
pub fn connection(ui: &mut Ui, snapshot: &Snapshot, features: &[Feature], (l, i, j): Link) {
    let net = &snapshot.net;
    let Some(w) = net.layers.get(l).and_then(|layer| layer.weights.get((i, j))) else {
        return;
    };
    let to = if l + 1 == net.layers.len() {
        format!("output {}", j + 1)
    } else {
        format!("h{}.{}", l + 1, j + 1)
    };
    ui.label(RichText::new(format!("{} to {to}", input_name(features, l, i))).strong());
    ui.label(format!("w = {w:+.4}"));
    if snapshot.masks.is_frozen(l, i, j) {
        ui.label("frozen: training leaves it alone");
    }
    ui.label(
        RichText::new("Click to type an exact value or freeze it")
            .small()
            .weak(),
    );
}

/// Tooltip of an input feature (`index` its position among the inputs).
pub fn feature(ui: &mut Ui, snapshot: &Snapshot, f: Feature, index: Option<usize>) {
    ui.label(RichText::new(format!("Input {}", f.label())).strong());
    match index {
        Some(i) => {
            if let Some((lo, hi)) = range(snapshot, 0, i) {
                ui.label(format!("over the view: {lo:.2} to {hi:.2} (standardized)"));
            }
            ui.label(
                RichText::new("Click to turn it off (the input layer is rebuilt)")
                    .small()
                    .weak(),
            );
        }
        None => {
            ui.label(RichText::new("Off · click to feed it to the network").small().weak());
        }
    }
}
