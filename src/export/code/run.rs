//! Evaluating, predicting and training on in Python: nnlab's figures from
//! the Keras model, the `nnlab predict` answer at one point, and `--fit`
//! with the session written back.

use std::path::Path;

use super::super::python::string_literal;
use super::{Section, Target};

const FIGURES_CLASSES: &str = r#"def figures(model, features, labels):
    """nnlab's loss and accuracy on these points (0 without points)."""
    if len(labels) == 0:
        return 0.0, 0.0
    outputs = model.predict(features, batch_size=4096, verbose=0)
    correct = int(np.sum(predicted_classes(outputs) == labels))
    return nnlab_loss(outputs, labels), correct / len(labels)


"#;

const FIGURES_VALUES: &str = r#"def figures(model, features, labels):
    """nnlab's loss on these points (0 without points); no accuracy for regression."""
    if len(labels) == 0:
        return 0.0, None
    outputs = model.predict(features, batch_size=4096, verbose=0)
    return nnlab_loss(outputs, labels), None


"#;

const EVALUATE: &str = r#"def evaluate(model, features, labels, test):
    """Loss and accuracy on the training points and on the test points, as an nnlab history point."""
    train_loss, train_accuracy = figures(model, features[~test], labels[~test])
    test_loss, test_accuracy = figures(model, features[test], labels[test]) if test.any() else (None, None)
    return {
        "train_loss": train_loss,
        "test_loss": test_loss,
        "train_accuracy": train_accuracy,
        "test_accuracy": test_accuracy,
    }


"#;

const PREDICT_CLASSES: &str = r#"def predict_point(model, x1, x2):
    """What `nnlab predict --at X1,X2 --json` prints for the raw point (x1, x2)."""
    outputs = model.predict(input_features(np.array([[x1, x2]])), verbose=0)
    probabilities = class_probabilities(outputs)[0]
    predicted = CLASS_NAMES[int(predicted_classes(outputs)[0])]
    return {"probabilities": [float(p) for p in probabilities], "class": predicted}
"#;

const PREDICT_VALUE: &str = r#"def predict_point(model, x1, x2):
    """What `nnlab predict --at X1,X2 --json` prints for the raw point (x1, x2)."""
    outputs = model.predict(input_features(np.array([[x1, x2]])), verbose=0)
    return {"value": float(outputs[0, 0])}
"#;

/// Evaluating and predicting: nnlab's figures and `nnlab predict`.
pub(super) fn outputs_section(classification: bool, reading: &str) -> Section {
    let (figures, reported, predict, what) = if classification {
        (
            FIGURES_CLASSES,
            "\"train_accuracy\", \"test_accuracy\"",
            PREDICT_CLASSES,
            "accuracy",
        )
    } else {
        (FIGURES_VALUES, "\"train_loss\", \"test_loss\"", PREDICT_VALUE, "loss")
    };
    let report = format!(
        "def report(model, features, labels, test):\n    \
         \"\"\"The figures nnlab prints for the session: the {what} on the training and the test points.\"\"\"\n    \
         now = evaluate(model, features, labels, test)\n    \
         return {{key: now[key] for key in ({reported})}}\n\n\n"
    );
    Section {
        title: "Reading the outputs as nnlab does",
        about: format!(
            "Classes, probabilities, loss and {what} from the network's outputs, by nnlab's rules, and one point's prediction."
        ),
        defs: format!("{reading}{figures}{EVALUATE}{report}{predict}\n\n"),
        demo: "print(json.dumps(report(model, features, labels, test)))\nprint(json.dumps(predict_point(model, *raw[0])))\n"
            .into(),
    }
}

const FIT: &str = r#"def fit(model, features, labels, test, epochs):
    """Trains `epochs` more epochs on the training points; returns one nnlab history point per epoch."""
    keras.utils.set_random_seed(SEED)
    first = NNLAB_SESSION["progress"]["epoch"] + 1
    history = []

    class NnlabHistory(keras.callbacks.Callback):
        def on_epoch_end(self, epoch, logs=None):
            history.append({"epoch": first + epoch, **evaluate(model, features, labels, test)})

    model.fit(
        features[~test],
        encode_targets(labels[~test]),
        batch_size=BATCH_SIZE,
        epochs=epochs,
        shuffle=True,
        verbose=2,
        callbacks=[NnlabHistory()],
    )
    return history


def save_session(path, model, raw, labels, test, history):
    """Writes an nnlab session: this data and these settings, the weights Keras has now, and
    the history with the Keras epochs marked as continued in Keras. nnlab's frozen connections
    and switched-off neurons are left out: Keras did not hold them."""
    saved = NNLAB_SESSION
    weights = model.get_weights()
    layers = [
        {"activation": activation, "weights": weights[2 * i].tolist(), "bias": weights[2 * i + 1].tolist()}
        for i, activation in enumerate(saved["activations"])
    ]
    points = [
        {"x": [float(x1), float(x2)], "y": float(label), "test": bool(held_out)}
        for (x1, x2), label, held_out in zip(raw, labels, test)
    ]
    progress = dict(saved["progress"])
    if history:
        backend = f"Keras {keras.__version__} ({keras.backend.backend()})"
        stretch = {"tool": backend, "first_epoch": history[0]["epoch"], "epochs": len(history)}
        progress["epoch"] += len(history)
        progress["samples_seen"] += len(history) * int(np.sum(~test))
        progress["history"] = progress["history"] + history
        progress["continued_in"] = progress.get("continued_in", []) + [stretch]
    session = {
        "format": "nnlab-session",
        "version": 1,
        "dataset": {**saved["dataset"], "points": points},
        "config": saved["config"],
        "network": {"head": saved["head"], "layers": layers},
        "progress": progress,
    }
    # Written under a temporary name and renamed: a crash never leaves half a file.
    with open(path + ".tmp", "w", encoding="utf-8") as file:
        json.dump(session, file)
    os.replace(path + ".tmp", path)
"#;

/// Training on in Keras and writing an nnlab session back.
pub(super) fn fit_section(out: &Path, target: Target) -> Section {
    let stem = out
        .file_stem()
        .map_or("model".into(), |s| s.to_string_lossy().into_owned());
    let demo = match target {
        Target::Script => String::new(),
        Target::Notebook => format!(
            "# Set FIT_EPOCHS above 0 to train on; `nnlab {0}` then opens the result.\nFIT_EPOCHS = 0\n\
             if FIT_EPOCHS > 0:\n    history = fit(model, features, labels, test, FIT_EPOCHS)\n    \
             save_session({0}, model, raw, labels, test, history)\n    \
             print(json.dumps(report(model, features, labels, test)))\n",
            string_literal(&format!("{stem}-keras.json"))
        ),
    };
    Section {
        title: "Training on in Keras, and back to nnlab",
        about: "More epochs with Keras's own `fit`, then the network written back as an nnlab session.".into(),
        defs: format!("{FIT}\n\n"),
        demo,
    }
}
