//! The output head in Python: how targets are encoded for the loss, how the
//! outputs are read as classes and probabilities (exactly as nnlab's
//! [`Head`] reads them), the Keras output activation and loss, and the loss
//! figure a history point records.

use crate::nn::{Head, Loss, OutputActivation};

/// The Python pieces that depend on the head.
pub(crate) struct HeadCode {
    /// The output layer's Keras activation.
    pub activation: &'static str,
    /// The `loss=` argument of `compile`.
    pub loss: &'static str,
    /// A custom loss function `loss` names, if any.
    pub loss_def: Option<&'static str>,
    /// `encode_targets(labels)`.
    pub targets: String,
    /// `predicted_classes`, `class_probabilities` (none for regression)
    /// and `nnlab_loss`.
    pub reading: String,
}

/// The output layer's Keras activation for nnlab's output activation.
fn keras_output(output: OutputActivation) -> &'static str {
    match output {
        OutputActivation::Identity => "linear",
        OutputActivation::Sigmoid => "sigmoid",
        OutputActivation::Tanh => "tanh",
        OutputActivation::Softmax => "softmax",
    }
}

const SUMMED_SQUARED_ERROR: &str = r#"def summed_squared_error(targets, outputs):
    """nnlab's squared error adds up over the outputs (Keras's "mse" would average them)."""
    return keras.ops.sum(keras.ops.square(outputs - targets), axis=-1)
"#;

/// The Python of `head`.
pub(crate) fn head_code(head: &Head) -> HeadCode {
    let (loss, loss_def) = match head.loss {
        Loss::BinaryCrossEntropy => ("\"binary_crossentropy\"", None),
        Loss::CrossEntropy => ("\"categorical_crossentropy\"", None),
        Loss::Mse if head.outputs() == 1 => ("\"mean_squared_error\"", None),
        Loss::Mse => ("summed_squared_error", Some(SUMMED_SQUARED_ERROR)),
    };
    HeadCode {
        activation: keras_output(head.output),
        loss,
        loss_def,
        targets: encode_targets(head),
        reading: [read_outputs(head), nnlab_loss(head)].concat(),
    }
}

/// `encode_targets(labels)`: the output layer's targets, as nnlab's
/// `Head::target` sets them.
fn encode_targets(head: &Head) -> String {
    let off = if head.output == OutputActivation::Tanh {
        "-1"
    } else {
        "0"
    };
    let one_hot = format!("np.arange({}) == labels.reshape(-1, 1)", head.classes);
    let (doc, expr) = match (head.classes, head.loss, head.outputs()) {
        (0, _, _) => ("the value itself.".to_string(), "labels.reshape(-1, 1)".to_string()),
        (_, Loss::BinaryCrossEntropy, _) => (
            "1 for the second class, 0 for the first.".into(),
            "(labels == 1).reshape(-1, 1)".into(),
        ),
        (_, _, 1) => (
            format!("1 for the second class, {off} for the first."),
            format!("np.where((labels == 1).reshape(-1, 1), 1, {off})"),
        ),
        (_, Loss::CrossEntropy, _) => ("one-hot, 1 in the point's class column.".into(), one_hot),
        _ => (
            format!("1 in the point's class column, {off} in the others."),
            format!("np.where({one_hot}, 1, {off})"),
        ),
    };
    format!(
        "def encode_targets(labels):\n    \"\"\"What the output layer learns to give: {doc}\"\"\"\n    \
         return np.asarray({expr}, dtype=np.float32)\n\n\n"
    )
}

/// `predicted_classes` and `class_probabilities` (nnlab's
/// `Head::predict_class` and `Head::probabilities`, in float32 as there).
fn read_outputs(head: &Head) -> String {
    if head.classes == 0 {
        return String::new();
    }
    let tanh = head.output == OutputActivation::Tanh;
    if head.outputs() == 1 {
        let (mid, p1) = if tanh {
            ("0.0", "(outputs[:, 0] + 1) / 2")
        } else {
            ("0.5", "outputs[:, 0]")
        };
        return format!(
            r#"def predicted_classes(outputs):
    """The second class where the output is at least {mid}, else the first."""
    return (outputs[:, 0] >= {mid}).astype(int)


def class_probabilities(outputs):
    """(1 − p, p) per point, p the probability of the second class."""
    p = np.clip({p1}, 0.0, 1.0)
    return np.stack([1 - p, p], axis=1)


"#
        );
    }
    let probabilities = if head.output == OutputActivation::Softmax {
        "    \"\"\"Softmax outputs are the class probabilities already.\"\"\"\n    return outputs\n".to_string()
    } else {
        let shift = if tanh { "outputs + 1" } else { "outputs" };
        format!(
            "    \"\"\"The outputs{} clipped at 0 and scaled to sum to 1 (equal when all are 0).\"\"\"\n    \
             p = np.maximum({shift}, 0)\n    \
             total = p.sum(axis=1, keepdims=True)\n    \
             return np.where(total > 0, p / np.where(total > 0, total, 1), np.float32(1 / {}))\n",
            if tanh { " + 1," } else { "" },
            head.classes
        )
    };
    format!(
        r#"def predicted_classes(outputs):
    """The class of the largest output (the first of equals)."""
    return np.argmax(outputs, axis=1)


def class_probabilities(outputs):
{probabilities}

"#
    )
}

/// `nnlab_loss(outputs, labels)`: the loss a history point records, in
/// float64 from the float32 outputs. The squared error is nnlab's exactly;
/// the cross-entropies are computed from probabilities clipped to 1e-7 (as
/// Keras does), where nnlab works from the logits.
fn nnlab_loss(head: &Head) -> String {
    let (doc, body) = match head.loss {
        Loss::Mse => (
            "The squared error, summed over the outputs and averaged over the points.",
            "    diff = outputs - encode_targets(labels)\n    \
             return float(np.sum((diff * diff).astype(np.float64))) / len(labels)\n",
        ),
        Loss::BinaryCrossEntropy => (
            "Binary cross-entropy (probabilities clipped to 1e-7, as Keras does).",
            "    p = np.clip(outputs[:, 0].astype(np.float64), 1e-7, 1 - 1e-7)\n    \
             return float(-np.mean(np.where(labels == 1, np.log(p), np.log(1 - p))))\n",
        ),
        Loss::CrossEntropy => (
            "Cross-entropy: −ln of the probability given to the point's class.",
            "    p = outputs[np.arange(len(labels)), labels.astype(int)].astype(np.float64)\n    \
             return float(-np.mean(np.log(np.clip(p, 1e-7, 1))))\n",
        ),
    };
    format!("def nnlab_loss(outputs, labels):\n    \"\"\"{doc}\"\"\"\n{body}\n\n")
}
