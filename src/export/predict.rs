//! The network's answer at one raw point: what `nnlab predict` prints and
//! what an exported script's `--predict X,Y` must print too.

use nalgebra::DMatrix;
use serde::Serialize;

use crate::data::feature_row;
use crate::nn::Mlp;
use crate::session::{Session, SessionError};

/// What the network says at one point.
#[derive(Clone, Debug, PartialEq)]
pub enum Prediction {
    /// Classification: one probability per class, in the session's class
    /// order, and the predicted class (the one nnlab's accuracy counts).
    Classes {
        /// P(class k) for every class k.
        probabilities: Vec<f32>,
        /// Index of the predicted class.
        class: usize,
    },
    /// Regression: the predicted value.
    Value(f32),
}

/// The JSON of a classification, with its keys in the contract's order.
#[derive(Serialize)]
struct ClassesJson<'a> {
    probabilities: &'a [f32],
    class: &'a str,
}

/// The JSON of a regression.
#[derive(Serialize)]
struct ValueJson {
    value: f32,
}

impl Prediction {
    /// The one-line JSON contract: `{"probabilities": [...], "class": "NAME"}`
    /// or `{"value": V}`; `class_names` are the session's.
    pub fn to_json(&self, class_names: &[String]) -> String {
        // Serializing a struct of numbers and strings cannot fail.
        match self {
            Prediction::Classes { probabilities, class } => serde_json::to_string(&ClassesJson {
                probabilities,
                class: class_names.get(*class).map_or("", String::as_str),
            }),
            Prediction::Value(value) => serde_json::to_string(&ValueJson { value: *value }),
        }
        .unwrap_or_default()
    }
}

/// The session's network as training and evaluation see it: the stored
/// weights with the masks applied (a switched-off neuron's outgoing weights
/// at zero, frozen connections at their held values), so a hand-edited file
/// predicts what `nnlab train --session FILE --epochs 0` evaluates.
pub(crate) fn session_network(session: &Session) -> Result<Mlp, SessionError> {
    let mut net = session.network.to_mlp(&session.config, session.dataset.num_classes())?;
    session.masks.check(&net)?;
    session.masks.enforce(&mut net);
    Ok(net)
}

/// The prediction at raw coordinates `at` (before standardization and
/// features): z = features(scaling(at)) through the network, then the head's
/// output read as class probabilities ([`crate::nn::Head::probabilities`])
/// and class ([`crate::nn::Head::predict_class`]), or as the value.
pub fn predict(session: &Session, at: [f64; 2]) -> Result<Prediction, SessionError> {
    let net = session_network(session)?;
    Ok(predict_with(&net, session, at))
}

/// [`predict`] with the network already built.
pub(crate) fn predict_with(net: &Mlp, session: &Session, at: [f64; 2]) -> Prediction {
    let features = &session.config.features;
    let mut row = vec![0.0f32; features.len()];
    feature_row(features, session.dataset.scaled(at), &mut row);
    let out = net.predict(&DMatrix::from_row_slice(1, row.len(), &row));
    let outputs: Vec<f32> = out.row(0).iter().copied().collect();
    let head = net.head;
    if head.classes == 0 {
        return Prediction::Value(outputs.first().copied().unwrap_or(f32::NAN));
    }
    let mut probabilities = vec![0.0f32; head.classes];
    head.probabilities(&outputs, &mut probabilities);
    Prediction::Classes {
        probabilities,
        class: head.predict_class(&outputs),
    }
}
