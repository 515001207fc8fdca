//! The program both exports share, as sections: each a title, a one-line
//! explanation, Python definitions, and the lines a notebook runs with
//! them. The script wraps the sections in a `main()`, the notebook puts
//! each in its own cells; the numbers (weights, settings, data) are one
//! more block.

mod data;
mod run;

use std::path::Path;

use serde::Serialize;

use super::ExportError;
use super::head::head_code;
use super::model::{build_model_def, exportable_network, mask_notes, weights_literal};
use super::python::{f32_literal, value_literal};
use crate::nn::{Mlp, OptimizerKind};
use crate::session::Session;

/// One part of the program.
pub(crate) struct Section {
    /// Its heading ("The network").
    pub title: &'static str,
    /// What it does, in a line or two (a comment, or a notebook's text).
    pub about: String,
    /// Its Python definitions.
    pub defs: String,
    /// What a notebook runs after the definitions.
    pub demo: String,
}

/// Which kind of file the program goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// A `.py` script: a large data file is found beside the script.
    Script,
    /// A notebook: a large data file is found in the working folder.
    Notebook,
}

/// The whole program for one session.
pub(crate) struct Program {
    /// One line on what this is ("spiral: a 2-8-8-1 network …").
    pub summary: String,
    /// The sections, in order.
    pub sections: Vec<Section>,
    /// The numbers: the session's settings, the weights, the data.
    pub numbers: String,
    /// The CSV of the points when too many to embed.
    pub data_file: Option<String>,
    /// Whether the task is classification.
    pub classification: bool,
}

/// Builds the program for `session`, written to `out` as `target`.
pub(crate) fn program(session: &Session, out: &Path, target: Target) -> Result<Program, ExportError> {
    let net = exportable_network(session)?;
    let head = head_code(&net.head);
    let config = &session.config;
    let input_names: Vec<String> = config.features.iter().map(|f| f.name().to_string()).collect();
    let (data_section, data_numbers, data_file) = data::data_section(session, out, target);

    let notes = mask_notes(session, &net);
    let mut network_about = String::from(
        "Keras layers of the same sizes and activations, then nnlab's trained weights put in with `set_weights`.",
    );
    if !notes.is_empty() {
        network_about.push_str(
            "\nThe exported weights include nnlab's masks, but Keras does not hold them (they train freely):",
        );
        for note in &notes {
            network_about.push_str(&format!("\n- {note}"));
        }
    }
    let network = Section {
        title: "The network",
        about: network_about,
        defs: format!(
            "{}def set_trained_weights(model):\n    \"\"\"nnlab's trained weights: per layer a kernel (inputs × neurons) and a bias.\"\"\"\n    \
             model.set_weights([np.array(w, dtype=np.float32) for w in WEIGHTS])\n\n\n",
            build_model_def(&net, &head, config.regularization)
        ),
        demo: "model = build_model()\nset_trained_weights(model)\nmodel.summary()\n".into(),
    };

    let training = Section {
        title: "Training settings",
        about: "The optimizer, learning rate, batch size and loss of the nnlab session.".into(),
        defs: compile_def(session, head.loss_def, head.loss),
        demo: "compile_model(model)\n".into(),
    };

    let classification = net.head.classes > 0;
    let sections = vec![
        data_section,
        data::features_section(session, &head.targets),
        network,
        training,
        run::outputs_section(classification, &head.reading),
        run::fit_section(out, target),
    ];
    let numbers = format!(
        "# From the nnlab session, to write one back (`save_session`).\nNNLAB_SESSION = {}\n\n\n{}\n\n{data_numbers}",
        value_literal(&session_settings(session, &net), 0),
        weights_literal(&net, &input_names),
    );
    Ok(Program {
        summary: summary(session, &net),
        sections,
        numbers,
        data_file,
        classification,
    })
}

/// "spiral: a 2-8-8-1 tanh network exported from nnlab after 200 epochs".
fn summary(session: &Session, net: &Mlp) -> String {
    let shape: Vec<String> = net.shape().iter().map(usize::to_string).collect();
    let activations: Vec<&str> = net.hidden_specs().iter().map(|l| l.activation.name()).collect();
    let mut kinds = activations.clone();
    kinds.dedup();
    let kind = if kinds.is_empty() {
        String::new()
    } else {
        format!(" {}", kinds.join("/"))
    };
    format!(
        "{}: a {}{kind} network exported from nnlab after {} epochs",
        session.dataset.name,
        shape.join("-"),
        session.progress.epoch
    )
}

/// `compile_model`: the same optimizer, learning rate and loss.
fn compile_def(session: &Session, loss_def: Option<&str>, loss: &str) -> String {
    let c = &session.config;
    let o = &c.optimizer;
    let (doc, optimizer) = match o.kind {
        OptimizerKind::Sgd => (
            "plain SGD, w ← w − η·g".to_string(),
            "keras.optimizers.SGD(learning_rate=LEARNING_RATE)".to_string(),
        ),
        OptimizerKind::Momentum => (
            "SGD with momentum, v ← μ·v − η·g, w ← w + v".to_string(),
            format!(
                "keras.optimizers.SGD(learning_rate=LEARNING_RATE, momentum={})",
                f32_literal(o.momentum)
            ),
        ),
        OptimizerKind::Adam => (
            "Adam (Keras adds ε before the bias correction of √v, nnlab after it: a negligible difference)".to_string(),
            format!(
                "keras.optimizers.Adam(\n        learning_rate=LEARNING_RATE, beta_1={}, beta_2={}, epsilon={}\n    )",
                f32_literal(o.beta1),
                f32_literal(o.beta2),
                f32_literal(o.epsilon)
            ),
        ),
    };
    format!(
        "LEARNING_RATE = {}\nBATCH_SIZE = {}\n# nnlab's seed, for Keras's shuffling when it trains on.\nSEED = {}\n\n\n{}\
         def compile_model(model):\n    \"\"\"The optimizer: {doc}.\"\"\"\n    \
         model.compile(optimizer={optimizer}, loss={loss})\n\n\n",
        f32_literal(c.learning_rate),
        c.batch_size,
        c.seed,
        loss_def.map(|d| format!("{d}\n\n")).unwrap_or_default(),
    )
}

/// Everything of the session but the weights and points, as `save_session`
/// writes it back (the same JSON the session file holds).
fn session_settings(session: &Session, net: &Mlp) -> serde_json::Value {
    #[derive(Serialize)]
    struct Settings<'a> {
        dataset: serde_json::Value,
        config: &'a crate::train::TrainConfig,
        head: &'a crate::nn::Head,
        activations: Vec<&'static str>,
        progress: &'a crate::session::Progress,
    }
    let d = &session.dataset;
    let dataset = serde_json::json!({
        "name": d.name,
        "task": d.task,
        "axis_names": d.axis_names,
        "scaling": d.scaling,
    });
    let settings = Settings {
        dataset,
        config: &session.config,
        head: &net.head,
        activations: net.layers.iter().map(|l| l.activation.name()).collect(),
        progress: &session.progress,
    };
    // Through text, so an f32 such as 0.03 reads "0.03" (a direct
    // conversion would widen it to 0.029999999329447746).
    serde_json::to_string(&settings)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}
