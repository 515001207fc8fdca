//! The network in Python: the checks that it can be exported at all, the
//! `keras.Sequential` of its layers, its trained weights, and the notes on
//! frozen connections and switched-off neurons.

use super::ExportError;
use super::head::HeadCode;
use super::predict::session_network;
use super::python::{f32_list, f32_literal};
use crate::nn::{Activation, KerasActivation, Mlp, Regularization};
use crate::session::Session;

/// The session's network, masks applied, after checking that Keras can
/// run it: no step or sign layer, and data to evaluate.
pub(crate) fn exportable_network(session: &Session) -> Result<Mlp, ExportError> {
    if session.dataset.points.is_empty() {
        return Err(ExportError::NoPoints);
    }
    let net = session_network(session)?;
    let hidden = net.layers.len() - 1;
    if let Some((l, layer)) = net.layers[..hidden]
        .iter()
        .enumerate()
        .find(|(_, layer)| !layer.activation.is_differentiable())
    {
        return Err(ExportError::StepActivation {
            layer: l + 1,
            activation: layer.activation,
        });
    }
    Ok(net)
}

/// The Keras name of layer `l` of `net`: `hidden_1`, … then `output`.
pub(crate) fn layer_name(net: &Mlp, l: usize) -> String {
    if l + 1 == net.layers.len() {
        "output".to_string()
    } else {
        format!("hidden_{}", l + 1)
    }
}

/// A hidden activation as the `activation=` argument of a Keras `Dense`.
fn keras_activation(a: Activation) -> String {
    match a.properties().keras {
        KerasActivation::Named(name) => format!("\"{name}\""),
        KerasActivation::Helper(function) => function.to_string(),
        // Refused by `exportable_network` before code is generated.
        KerasActivation::None => "\"linear\"".to_string(),
    }
}

const LEAKY_RELU: &str = r#"def leaky_relu(z):
    """nnlab's leaky ReLU: z for z ≥ 0, 0.01·z below (Keras's default slope is 0.2)."""
    return keras.activations.leaky_relu(z, negative_slope=0.01)


"#;

/// The `kernel_regularizer=` argument: nnlab's penalty λ₁Σ|w| + (λ₂/2)Σw²
/// is Keras's `L1L2(l1=λ₁, l2=λ₂/2)` (Keras's L2 term is l2·Σw², gradient
/// 2·l2·w; nnlab's gradient is λ₂·w). Biases are not penalized in either.
fn regularizer(reg: Regularization) -> Option<String> {
    (reg.l1 != 0.0 || reg.l2 != 0.0).then(|| {
        format!(
            "keras.regularizers.L1L2(l1={}, l2={})",
            f32_literal(reg.l1),
            f32_literal(reg.l2 / 2.0)
        )
    })
}

/// `build_model()`: `keras.Sequential` with `Input` and one `Dense` per
/// layer (and the helpers it uses: leaky ReLU, a summed squared error).
pub(crate) fn build_model_def(net: &Mlp, head: &HeadCode, reg: Regularization) -> String {
    let mut out = String::new();
    if net
        .layers
        .iter()
        .any(|l| l.activation.properties().keras == KerasActivation::Helper("leaky_relu"))
    {
        out.push_str(LEAKY_RELU);
    }
    let penalty = regularizer(reg);
    let mut lines = vec![format!("            keras.Input(shape=({},)),", net.inputs())];
    for (l, layer) in net.layers.iter().enumerate() {
        let activation = if l + 1 == net.layers.len() {
            format!("\"{}\"", head.activation)
        } else {
            keras_activation(layer.activation)
        };
        let penalty = penalty
            .as_ref()
            .map(|p| format!(", kernel_regularizer={p}"))
            .unwrap_or_default();
        lines.push(format!(
            "            keras.layers.Dense({}, activation={activation}{penalty}, name=\"{}\"),",
            layer.outputs(),
            layer_name(net, l)
        ));
    }
    let doc = match &penalty {
        Some(_) => "The layers of the nnlab network, with its L1/L2 penalty on every kernel (not the biases).",
        None => "The layers of the nnlab network: the same sizes and activations.",
    };
    out.push_str(&format!(
        "def build_model():\n    \"\"\"{doc}\"\"\"\n    return keras.Sequential(\n        [\n{}\n        ]\n    )\n\n\n",
        lines.join("\n")
    ));
    out
}

/// `WEIGHTS`: per layer its kernel (one row per input) and its bias, in
/// `model.set_weights` order, each with a comment naming it.
pub(crate) fn weights_literal(net: &Mlp, input_names: &[String]) -> String {
    let mut out = String::from("WEIGHTS = [\n");
    for (l, layer) in net.layers.iter().enumerate() {
        let name = layer_name(net, l);
        out.push_str(&format!(
            "    # {name}: kernel, {} inputs × {} neurons (row i: the weights from input i)\n    [\n",
            layer.inputs(),
            layer.outputs()
        ));
        for i in 0..layer.inputs() {
            let row: Vec<f32> = layer.weights.row(i).iter().copied().collect();
            let from = match (l, input_names.get(i)) {
                (0, Some(n)) => format!("  # from {n}"),
                _ => String::new(),
            };
            out.push_str(&format!("        {},{from}\n", f32_list(&row, 8, 100)));
        }
        out.push_str(&format!("    ],\n    # {name}: bias, one per neuron\n"));
        out.push_str(&format!("    {},\n", f32_list(layer.bias.as_slice(), 4, 100)));
    }
    out.push_str("]\n");
    out
}

/// One comment line per frozen connection and switched-off neuron: their
/// effect is in the exported weights, but Keras trains them freely.
pub(crate) fn mask_notes(session: &Session, net: &Mlp) -> Vec<String> {
    let masks = &session.masks;
    let mut notes = Vec::new();
    for f in masks.frozen() {
        notes.push(format!(
            "frozen in nnlab: {}, input {} → neuron {} (held at {})",
            layer_name(net, f.layer),
            f.input + 1,
            f.neuron + 1,
            f32_literal(f.value)
        ));
    }
    for (l, layer) in net.layers.iter().enumerate().take(net.layers.len() - 1) {
        for j in 0..layer.outputs() {
            if masks.is_off(l, j) {
                notes.push(format!(
                    "switched off in nnlab: {}, neuron {} (its outgoing weights are 0 here)",
                    layer_name(net, l),
                    j + 1
                ));
            }
        }
    }
    notes
}
