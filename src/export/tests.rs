//! The generated code's structure: layers, weights and data exactly as in
//! the session, the Keras names of every activation, head and penalty, the
//! refusals, and the notebook's format. (Running the code with real Keras
//! is `tools/check_keras_export.sh`: `cargo test` stays free of Python.)

#![allow(clippy::unwrap_used)]

use std::path::Path;

use super::predict::session_network;
use super::*;
use crate::data::{Dataset, Feature, GenParams, Generator, Point, generate};
use crate::nn::{Activation, LayerSpec, Loss, OptimizerKind};
use crate::session::Session;
use crate::train::{TrainConfig, Trainer, split_dataset};

/// A session of `generator` data trained for two epochs.
fn session_of(generator: Generator, classes: usize, config: TrainConfig) -> Session {
    let params = GenParams {
        points: 60,
        noise: 0.1,
        classes,
        seed: 3,
    };
    let mut dataset = generate(generator, &params).unwrap();
    split_dataset(&mut dataset, &config);
    let mut trainer = Trainer::new(&dataset, config.check().unwrap()).unwrap();
    if trainer.net().non_differentiable().is_none() {
        trainer.train_epochs(2).unwrap();
    }
    Session::capture(&dataset, &trainer)
}

fn spiral() -> Session {
    let session = session_of(Generator::Spiral, 2, TrainConfig::default());
    assert!(check_exportable(&session).is_ok());
    session
}

fn script(session: &Session) -> String {
    keras_script(session, Path::new("model.py")).unwrap().main.1
}

/// The numbers of a Python list literal (comments and brackets dropped).
fn numbers(text: &str) -> Vec<f64> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .flat_map(|l| l.split([',', '[', ']', ' ']))
        .filter(|t| !t.is_empty())
        .map(|t| t.parse::<f64>().unwrap())
        .collect()
}

/// The text between `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap() + start.len();
    &text[from..from + text[from..].find(end).unwrap()]
}

#[test]
fn the_script_rebuilds_the_network_layer_by_layer_without_tensorflow() {
    let text = script(&spiral());
    for line in [
        "import keras\n",
        "keras.Input(shape=(2,)),",
        "keras.layers.Dense(8, activation=\"tanh\", name=\"hidden_1\"),",
        "keras.layers.Dense(8, activation=\"tanh\", name=\"hidden_2\"),",
        "keras.layers.Dense(1, activation=\"sigmoid\", name=\"output\"),",
        "model.set_weights(",
        "loss=\"binary_crossentropy\"",
        "keras.optimizers.SGD(learning_rate=LEARNING_RATE)",
        "LEARNING_RATE = 0.03\n",
        "BATCH_SIZE = 10\n",
        "SEED = 1\n",
        "if __name__ == \"__main__\":\n    main()\n",
    ] {
        assert!(text.contains(line), "missing {line:?}");
    }
    assert!(!text.to_lowercase().contains("import tensorflow") && !text.contains("from tensorflow"));
    assert!(text.contains("\"train_accuracy\", \"test_accuracy\""));
}

#[test]
fn every_trained_weight_is_in_the_script_bit_for_bit() {
    let session = spiral();
    let net = session_network(&session).unwrap();
    let literal = numbers(between(&script(&session), "WEIGHTS = [", "\n]\n"));
    // `set_weights` order: per layer the kernel row by row (row i = input i), then the bias.
    let expected: Vec<f32> = net
        .layers
        .iter()
        .flat_map(|l| {
            let kernel: Vec<f32> = (0..l.inputs())
                .flat_map(|i| l.weights.row(i).iter().copied().collect::<Vec<_>>())
                .collect();
            kernel.into_iter().chain(l.bias.iter().copied())
        })
        .collect();
    assert_eq!(literal.len(), expected.len());
    for (got, want) in literal.iter().zip(&expected) {
        assert_eq!((*got as f32).to_bits(), want.to_bits(), "{got} vs {want}");
    }
}

#[test]
fn the_points_and_their_split_are_embedded_exactly() {
    let session = spiral();
    let text = script(&session);
    let csv = between(&text, "DATA_CSV = \"\"\"\\\n", "\"\"\"");
    let mut rows = csv.lines();
    assert_eq!(rows.next(), Some("# nnlab export data: x1,x2,label,test"));
    let rows: Vec<Vec<f64>> = rows
        .map(|r| r.split(',').map(|v| v.parse().unwrap()).collect())
        .collect();
    assert_eq!(rows.len(), session.dataset.points.len());
    for (row, p) in rows.iter().zip(&session.dataset.points) {
        assert_eq!(row, &vec![p.x[0], p.x[1], p.y, f64::from(u8::from(p.test))]);
    }
    assert!(session.dataset.test_points().count() > 0);
}

#[test]
fn activations_heads_optimizers_and_penalties_map_to_keras() {
    for (activation, keras) in [
        (Activation::Tanh, "activation=\"tanh\""),
        (Activation::Sigmoid, "activation=\"sigmoid\""),
        (Activation::Relu, "activation=\"relu\""),
        (Activation::LeakyRelu, "activation=leaky_relu"),
        (Activation::Identity, "activation=\"linear\""),
    ] {
        let text = script(&session_of(
            Generator::Moons,
            2,
            TrainConfig::default().with_hidden(&[3], activation),
        ));
        assert!(
            text.contains(&format!("Dense(3, {keras}, name=\"hidden_1\")")),
            "{activation:?}"
        );
        assert_eq!(
            text.contains("negative_slope=0.01"),
            activation == Activation::LeakyRelu
        );
    }
    let three = TrainConfig::default().with_hidden(&[4], Activation::Relu);
    let text = script(&session_of(Generator::Blobs, 3, three.clone()));
    assert!(text.contains("Dense(3, activation=\"softmax\", name=\"output\")"));
    assert!(text.contains("loss=\"categorical_crossentropy\""));
    let mse = TrainConfig {
        loss: Some(Loss::Mse),
        ..three.clone()
    };
    let text = script(&session_of(Generator::Blobs, 3, mse));
    assert!(text.contains("loss=summed_squared_error") && text.contains("Dense(3, activation=\"sigmoid\""));
    let text = script(&session_of(Generator::Plane, 0, three.clone()));
    assert!(text.contains("Dense(1, activation=\"linear\", name=\"output\")"));
    assert!(text.contains("loss=\"mean_squared_error\"") && text.contains("\"train_loss\", \"test_loss\""));
    assert!(text.contains("return {\"value\": float(outputs[0, 0])}"));

    let mut tuned = three;
    tuned.regularization.l1 = 0.001;
    tuned.regularization.l2 = 0.01;
    tuned.optimizer.kind = OptimizerKind::Adam;
    let text = script(&session_of(Generator::Blobs, 3, tuned.clone()));
    // nnlab's λ₂·w gradient is Keras's l2 = λ₂/2; on every kernel, not the biases.
    let penalty = "kernel_regularizer=keras.regularizers.L1L2(l1=0.001, l2=0.005)";
    assert_eq!(text.matches(penalty).count(), 2);
    assert!(text.contains("keras.optimizers.Adam(") && text.contains("beta_1=0.9, beta_2=0.999, epsilon=1e-8"));
    tuned.optimizer.kind = OptimizerKind::Momentum;
    let text = script(&session_of(Generator::Blobs, 3, tuned));
    assert!(text.contains("keras.optimizers.SGD(learning_rate=LEARNING_RATE, momentum=0.9)"));
}

#[test]
fn step_and_sign_layers_are_refused_naming_the_layer() {
    for step in [Activation::Heaviside, Activation::Sign] {
        let mut config = TrainConfig::default().with_hidden(&[4], Activation::Tanh);
        config.hidden.push(LayerSpec {
            neurons: 3,
            activation: step,
        });
        let session = session_of(Generator::Moons, 2, config);
        assert!(matches!(
            check_exportable(&session),
            Err(ExportError::StepActivation { .. })
        ));
        for result in [
            keras_script(&session, Path::new("m.py")),
            notebook(&session, Path::new("m.ipynb")),
        ] {
            let err = result.unwrap_err();
            assert!(
                matches!(&err, ExportError::StepActivation { layer, activation } if *layer == 2 && *activation == step),
                "{err:?}"
            );
        }
    }
}

#[test]
fn masks_shape_the_exported_weights_with_a_note_that_keras_trains_them() {
    let session = spiral();
    let dataset = session.dataset.clone();
    let mut trainer = session.into_trainer().unwrap();
    trainer.set_parameter(0, Some(1), 2, 0.75).unwrap();
    trainer.set_frozen(0, 1, 2, true).unwrap();
    trainer.set_neuron_off(0, 3, true).unwrap();
    let text = script(&Session::capture(&dataset, &trainer));
    assert!(text.contains("Keras does not hold them"));
    assert!(text.contains("frozen in nnlab: hidden_1, input 2 → neuron 3 (held at 0.75)"));
    assert!(text.contains("switched off in nnlab: hidden_1, neuron 4"));
    let weights = numbers(between(&text, "WEIGHTS = [", "\n]\n"));
    // Layer 1: 2×8 kernel + 8 biases = 24 numbers; then hidden_2's kernel, row 4 is neuron 4's outgoing weights.
    assert_eq!(weights[8 + 2], 0.75);
    assert!(weights[24 + 3 * 8..24 + 4 * 8].iter().all(|w| *w == 0.0));
}

#[test]
fn features_and_standardization_are_nnlabs() {
    let mut config = TrainConfig::default().with_hidden(&[4], Activation::Tanh);
    config.features = Feature::ALL.to_vec();
    let mut session = session_of(Generator::Circle, 2, config);
    session.dataset.standardize();
    let s = session.dataset.scaling.unwrap();
    let text = script(&session);
    assert!(text.contains(&format!("MEAN = [{:?}, {:?}]", s.mean[0], s.mean[1])));
    assert!(text.contains(&format!("STD = [{:?}, {:?}]", s.std[0], s.std[1])));
    assert!(
        text.contains(
            "np.stack([x1, x2, x1 * x1, x2 * x2, x1 * x2, np.sin(x1), np.sin(x2)], axis=1).astype(np.float32)"
        )
    );
    assert!(text.contains("keras.Input(shape=(7,))"));
}

#[test]
fn more_points_than_embedded_go_to_a_csv_beside_the_program() {
    let mut dataset = Dataset::new_classification("many", 2);
    dataset.points = (0..=MAX_EMBEDDED_POINTS)
        .map(|i| Point::new(i as f64 * 1e-3, -(i as f64), (i % 2) as f64))
        .collect();
    let config = TrainConfig::default().with_hidden(&[2], Activation::Tanh);
    let trainer = Trainer::new(&dataset, config.check().unwrap()).unwrap();
    let session = Session::capture(&dataset, &trainer);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("model.py");
    let files = keras_script(&session, &out).unwrap();
    let (csv_path, csv) = files.data.clone().unwrap();
    assert_eq!(csv_path, dir.path().join("model-data.csv"));
    assert_eq!(csv.lines().count(), MAX_EMBEDDED_POINTS + 2);
    assert!(!files.main.1.contains("DATA_CSV"));
    assert!(
        files
            .main
            .1
            .contains("os.path.join(os.path.dirname(os.path.abspath(__file__)), \"model-data.csv\")")
    );
    assert_eq!(files.write(false).unwrap(), vec![csv_path.clone(), out.clone()]);
    assert!(csv_path.exists() && out.exists());
    let nb = notebook(&session, &dir.path().join("model.ipynb")).unwrap();
    assert!(nb.main.1.contains("np.loadtxt(\\\"model-data.csv\\\""));
}

#[test]
fn the_notebook_is_nbformat_4_with_the_scripts_code_and_a_boundary_plot() {
    let session = spiral();
    let text = notebook(&session, Path::new("model.ipynb")).unwrap().main.1;
    let nb: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        (nb["nbformat"].as_u64(), nb["nbformat_minor"].as_u64()),
        (Some(4), Some(5))
    );
    let cells = nb["cells"].as_array().unwrap();
    let mut ids = std::collections::HashSet::new();
    let mut code = String::new();
    for cell in cells {
        assert!(ids.insert(cell["id"].as_str().unwrap().to_string()), "unique ids");
        assert!(cell["metadata"].is_object());
        let source: Vec<&str> = cell["source"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap())
            .collect();
        let last = source.len() - 1;
        assert!(source.iter().enumerate().all(|(i, l)| (i == last) != l.ends_with('\n')));
        match cell["cell_type"].as_str().unwrap() {
            "code" => {
                assert!(cell["outputs"].as_array().unwrap().is_empty() && cell["execution_count"].is_null());
                code.push_str(&source.concat());
                code.push('\n');
            }
            kind => assert_eq!(kind, "markdown"),
        }
    }
    let script = script(&session);
    for def in [
        "def load_data():",
        "def input_features(raw):",
        "def build_model():",
        "def compile_model(model):",
    ] {
        let body = between(&script, def, "\n\n\n");
        assert!(code.contains(body), "the notebook has the script's {def}");
    }
    assert!(code.contains("ax.contourf(") && code.contains("plt.show()"));
    assert!(!code.contains("argparse"));
}

#[test]
fn names_from_the_session_cannot_break_the_docstring() {
    let mut session = spiral();
    session.dataset.name = r#"C:\data\"""x"#.into();
    let text = keras_script(&session, Path::new(r#"my "model.py"#)).unwrap().main.1;
    let doc = between(&text, "#!/usr/bin/env python3\n\"\"\"", "\"\"\"\n");
    assert!(doc.starts_with(r#"C:\\data\\\"\"\"x: a 2-8-8-1 tanh network"#), "{doc}");
    assert!(doc.contains(r#"python my \"model.py --predict"#), "{doc}");
}
