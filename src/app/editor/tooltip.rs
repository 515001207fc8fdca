//! What hovering shows: a neuron's formula with its actual weights and the
//! range of its output over the view, a connection's weight, an input.

use egui::{RichText, Ui};

use super::graph::Link;
use crate::data::Feature;
use crate::nn::{Mlp, OutputActivation};
use crate::tr;
use crate::train::Snapshot;

/// Terms of the weighted sum written out before "…".
const MAX_TERMS: usize = 6;

/// The name of input `i` of layer `l`: a feature or a hidden neuron.
pub(super) fn input_name(features: &[Feature], l: usize, i: usize) -> String {
    if l == 0 {
        features
            .get(i)
            .map_or_else(|| tr!("editor-input-node", input = i + 1), |f| f.label().to_string())
    } else {
        format!("h{l}.{}", i + 1)
    }
}

/// The label beside output neuron `j`.
pub(super) fn output_label(net: &Mlp, j: usize) -> String {
    match (net.head.classes, net.head.output) {
        (0, _) => tr!("editor-output-value"),
        (_, OutputActivation::Softmax) => tr!("editor-output-probability", class = j),
        _ => tr!("editor-output-probability", class = 1),
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
pub(super) fn neuron(ui: &mut Ui, snapshot: &Snapshot, features: &[Feature], c: usize, j: usize) {
    let net = &snapshot.net;
    let l = c - 1;
    let Some(layer) = net.layers.get(l).filter(|layer| j < layer.outputs()) else {
        return;
    };
    let output = c == net.layers.len();
    let phi = if output {
        net.head.output.name()
    } else {
        layer.activation.name()
    };
    let title = if output {
        tr!("editor-output-neuron-title", neuron = j + 1, activation = phi)
    } else {
        tr!("editor-neuron-title", layer = c, neuron = j + 1, activation = phi)
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
        sum.push(' ');
        sum.push_str(&tr!("editor-more-terms", count = layer.inputs() - MAX_TERMS));
    }
    let b = layer.bias[j];
    sum.push_str(&format!(" {} {:.3}", if b < 0.0 { '−' } else { '+' }, b.abs()));
    ui.label(RichText::new(sum).monospace());
    ui.label(format!("a = {phi}(z)"));
    if let Some((lo, hi)) = range(snapshot, c, j) {
        ui.label(tr!(
            "editor-neuron-range",
            low = format!("{lo:.3}"),
            high = format!("{hi:.3}")
        ));
    }
    if !output && snapshot.masks.is_off(l, j) {
        ui.colored_label(ui.visuals().warn_fg_color, tr!("editor-neuron-off"));
    }
    let frozen = (0..layer.inputs())
        .filter(|&i| snapshot.masks.is_frozen(l, i, j))
        .count();
    if frozen > 0 {
        ui.label(tr!("editor-neuron-frozen", count = frozen));
    }
    ui.label(RichText::new(tr!("editor-neuron-click")).small().weak());
}

/// Tooltip of a connection.
pub(super) fn connection(ui: &mut Ui, snapshot: &Snapshot, features: &[Feature], (l, i, j): Link) {
    let net = &snapshot.net;
    let Some(w) = net.layers.get(l).and_then(|layer| layer.weights.get((i, j))) else {
        return;
    };
    let to = if l + 1 == net.layers.len() {
        tr!("editor-output-node", output = j + 1)
    } else {
        format!("h{}.{}", l + 1, j + 1)
    };
    let from = input_name(features, l, i);
    ui.label(RichText::new(tr!("editor-connection-title", from = from, to = to)).strong());
    ui.label(format!("w = {w:+.4}"));
    if snapshot.masks.is_frozen(l, i, j) {
        ui.label(tr!("editor-connection-frozen"));
    }
    ui.label(RichText::new(tr!("editor-connection-click")).small().weak());
}

/// Tooltip of an input feature (`index` its position among the inputs).
pub(super) fn feature(ui: &mut Ui, snapshot: &Snapshot, f: Feature, index: Option<usize>) {
    ui.label(RichText::new(tr!("editor-input-title", feature = f.label())).strong());
    ui.label(crate::i18n::words::feature_explanation(f));
    match index {
        Some(i) => {
            if let Some((lo, hi)) = range(snapshot, 0, i) {
                ui.label(tr!(
                    "editor-input-range",
                    low = format!("{lo:.2}"),
                    high = format!("{hi:.2}")
                ));
            }
            ui.label(RichText::new(tr!("editor-input-click-off")).small().weak());
        }
        None => {
            ui.label(RichText::new(tr!("editor-input-click-on")).small().weak());
        }
    }
}
