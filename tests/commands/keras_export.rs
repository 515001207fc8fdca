//! `nnlab predict` and `nnlab export`, run as real processes: the predict
//! contract against hand computation, the export refusals and files, and a
//! session written back by an exported script (`--fit N --save`) read by
//! `nnlab train --session OUT --epochs 0`. Real Keras runs in
//! `tools/check_keras_export.sh`, not here.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

use nnlab::data::{Dataset, Feature, Point, Standardization};
use nnlab::nn::Activation;
use nnlab::session::Session;
use nnlab::train::{TrainConfig, Trainer};
use serde_json::Value;

fn nnlab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nnlab")).args(args).output().unwrap()
}

/// The last stdout line of a command that must succeed.
fn last_line(args: &[&str]) -> String {
    let out = nnlab(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .last()
        .unwrap()
        .to_string()
}

/// The one-line error of a command that must fail with status 1.
fn error_line(args: &[&str]) -> String {
    let out = nnlab(args);
    assert_eq!(out.status.code(), Some(1), "{args:?}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("error: ") && !stderr.contains("panicked"),
        "{stderr}"
    );
    stderr
}

/// A session whose network is set by hand: `params` are (layer, input or
/// None for the bias, neuron, value).
fn hand_session(dataset: Dataset, config: TrainConfig, params: &[(usize, Option<usize>, usize, f32)]) -> Session {
    let mut trainer = Trainer::new(&dataset, config.check().unwrap()).unwrap();
    for &(layer, input, neuron, value) in params {
        trainer.set_parameter(layer, input, neuron, value).unwrap();
    }
    Session::capture(&dataset, &trainer)
}

fn classes(names: &[&str], features: Vec<Feature>) -> (Dataset, TrainConfig) {
    let mut d = Dataset::new_classification("hand", names.len());
    d.task = nnlab::data::Task::Classification {
        class_names: names.iter().map(|n| n.to_string()).collect(),
    };
    for k in 0..names.len() {
        d.points.push(Point::new(k as f64, -(k as f64), k as f64));
    }
    let mut config = TrainConfig::default().with_hidden(&[], Activation::Tanh);
    config.features = features;
    (d, config)
}

fn save(session: &Session, dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    session.save(&path).unwrap();
    path.to_string_lossy().into_owned()
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

#[test]
fn predict_prints_the_contract_for_two_classes_through_the_standardization() {
    let (mut d, config) = classes(&["no", "yes"], vec![Feature::X1, Feature::X2]);
    d.scaling = Some(Standardization {
        mean: [1.0, -1.0],
        std: [2.0, 4.0],
    });
    let s = hand_session(
        d,
        config,
        &[(0, Some(0), 0, 1.5), (0, Some(1), 0, -2.0), (0, None, 0, 0.25)],
    );
    let dir = tempfile::tempdir().unwrap();
    let file = save(&s, dir.path(), "two.json");
    let line = last_line(&["predict", "--session", &file, "--at", "3,1", "--json"]);
    assert!(
        line.starts_with("{\"probabilities\":["),
        "keys in the contract's order: {line}"
    );
    let v: Value = serde_json::from_str(&line).unwrap();
    // Raw (3, 1) standardizes to (1, 0.5): z = 1.5·1 − 2·0.5 + 0.25 = 0.75.
    let p = sigmoid(0.75);
    let got: Vec<f64> = v["probabilities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap())
        .collect();
    assert_eq!(got.len(), 2);
    assert!(
        (got[0] - (1.0 - p)).abs() < 1e-6 && (got[1] - p).abs() < 1e-6,
        "{got:?} vs {p}"
    );
    assert_eq!(v["class"], "yes");
    // A negative coordinate is a value, not an option; z = 1.5·(−2) − 2·0.5 + 0.25 = −3.75.
    let v: Value =
        serde_json::from_str(&last_line(&["predict", "--session", &file, "--at", "-3,1", "--json"])).unwrap();
    assert!((v["probabilities"][1].as_f64().unwrap() - sigmoid(-3.75)).abs() < 1e-6);
    assert_eq!(v["class"], "no");
}

#[test]
fn predict_gives_softmax_probabilities_in_class_order() {
    let (d, config) = classes(&["a", "b", "c"], vec![Feature::X1, Feature::X2Squared]);
    let w = [[1.0, 0.0, -1.0], [0.5, 0.5, 0.0]];
    let mut params = vec![(0, None, 1, 0.1), (0, None, 2, 0.2)];
    for (i, row) in w.iter().enumerate() {
        for (j, &v) in row.iter().enumerate() {
            params.push((0, Some(i), j, v));
        }
    }
    let s = hand_session(d, config, &params);
    let dir = tempfile::tempdir().unwrap();
    let file = save(&s, dir.path(), "three.json");
    let v: Value =
        serde_json::from_str(&last_line(&["predict", "--session", &file, "--at", "2,-1", "--json"])).unwrap();
    // Features (x1, x2²) = (2, 1): z = (2.5, 0.6, −1.8).
    let z = [2.5f64, 0.6, -1.8];
    let total: f64 = z.iter().map(|z| z.exp()).sum();
    for (k, z) in z.iter().enumerate() {
        assert!(
            (v["probabilities"][k].as_f64().unwrap() - z.exp() / total).abs() < 1e-6,
            "{v}"
        );
    }
    assert_eq!(v["class"], "a");
}

#[test]
fn predict_gives_the_value_of_a_regression() {
    let mut d = Dataset::new_regression("hand");
    d.points = vec![Point::new(0.0, 0.0, 1.0), Point::new(1.0, 2.0, -1.0)];
    let mut config = TrainConfig::default().with_hidden(&[1], Activation::Tanh);
    config.features = vec![Feature::X1];
    let params = [
        (0, Some(0), 0, 0.5),
        (0, None, 0, 0.1),
        (1, Some(0), 0, 2.0),
        (1, None, 0, -0.3),
    ];
    let s = hand_session(d, config, &params);
    let dir = tempfile::tempdir().unwrap();
    let file = save(&s, dir.path(), "value.json");
    let line = last_line(&["predict", "--session", &file, "--at", "1.2,7", "--json"]);
    let v: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v.as_object().unwrap().len(), 1, "{line}");
    let expected = 2.0 * (0.5f64 * 1.2 + 0.1).tanh() - 0.3;
    assert!(
        (v["value"].as_f64().unwrap() - expected).abs() < 1e-6,
        "{line} vs {expected}"
    );
    let text = last_line(&["predict", "--session", &file, "--at", "1.2,7"]);
    assert!(text.starts_with("value "), "{text}");
}

#[test]
fn predict_and_export_refuse_bad_input_in_one_line() {
    let (d, config) = classes(&["a", "b"], vec![Feature::X1, Feature::X2]);
    let dir = tempfile::tempdir().unwrap();
    let file = save(&hand_session(d.clone(), config.clone(), &[]), dir.path(), "s.json");
    for at in ["1", "1,2,3", "x,1", "1,inf"] {
        assert!(
            error_line(&["predict", "--session", &file, "--at", at]).contains("--at"),
            "{at}"
        );
    }
    let step = config.with_hidden(&[3], Activation::Heaviside);
    let step_file = save(&hand_session(d, step, &[]), dir.path(), "step.json");
    let out = dir.path().join("m.py").to_string_lossy().into_owned();
    for format in ["keras", "notebook"] {
        let message = error_line(&["export", format, "--session", &step_file, "--out", &out]);
        assert!(
            message.contains("hidden layer 1") && message.contains("heaviside"),
            "{message}"
        );
    }
    assert!(!dir.path().join("m.py").exists());
}

#[test]
fn export_writes_the_script_and_the_notebook() {
    let (d, config) = classes(&["a", "b"], vec![Feature::X1, Feature::X2]);
    let dir = tempfile::tempdir().unwrap();
    let file = save(
        &hand_session(d, config.with_hidden(&[4], Activation::Relu), &[]),
        dir.path(),
        "s.json",
    );
    for (format, name) in [("keras", "MODEL.py"), ("notebook", "MODEL.ipynb")] {
        let out = dir.path().join(name);
        let line = last_line(&["export", format, "--session", &file, "--out", &out.to_string_lossy()]);
        assert!(line.starts_with("wrote ") && line.ends_with(name), "{line}");
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains("keras.Sequential"), "{name}");
    }
    let nb: Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("MODEL.ipynb")).unwrap()).unwrap();
    assert_eq!(nb["nbformat"], 4);
}

/// The file an exported script writes after `--fit 5 --save OUT.json`:
/// its own key order, f32 weights as their exact f64 values, no masks,
/// and the Keras epochs on record.
fn as_a_script_writes_it(session: &Session) -> String {
    let mut v: Value = serde_json::from_str(&session.to_json()).unwrap();
    let epoch = v["progress"]["epoch"].as_u64().unwrap();
    v["progress"]["continued_in"] =
        serde_json::json!([{"tool": "Keras 3.11.1 (jax)", "first_epoch": epoch + 1, "epochs": 5}]);
    v["progress"]["epoch"] = (epoch + 5).into();
    v.as_object_mut().unwrap().remove("masks");
    for layer in v["network"]["layers"].as_array_mut().unwrap() {
        for w in layer["weights"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .flat_map(|r| r.as_array_mut().unwrap())
        {
            *w = serde_json::json!(f64::from(w.as_f64().unwrap() as f32));
        }
    }
    v.to_string()
}

#[test]
fn a_session_written_back_by_a_script_evaluates_with_zero_epochs_and_keeps_its_record() {
    let (mut d, config) = classes(&["a", "b"], vec![Feature::X1, Feature::X2]);
    d.points = (0..40)
        .map(|i| Point::new((i as f64 * 0.37).sin(), (i as f64 * 0.71).cos(), (i % 2) as f64))
        .collect();
    let config = config.with_hidden(&[5], Activation::Tanh);
    let mut trainer = Trainer::new(&d, config.check().unwrap()).unwrap();
    trainer.train_epochs(3).unwrap();
    let train_accuracy = trainer.evaluate_train().accuracy.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let back = dir.path().join("back.json");
    std::fs::write(&back, as_a_script_writes_it(&Session::capture(&d, &trainer))).unwrap();
    let back = back.to_string_lossy().into_owned();

    let v: Value = serde_json::from_str(&last_line(&["train", "--session", &back, "--epochs", "0", "--json"])).unwrap();
    assert_eq!(v["epochs"], 8);
    assert_eq!(v["train_accuracy"].as_f64(), Some(train_accuracy));

    let more = dir.path().join("more.json").to_string_lossy().into_owned();
    last_line(&["train", "--session", &back, "--epochs", "1", "--save", &more]);
    let saved = Session::load(Path::new(&more)).unwrap();
    assert_eq!(saved.progress.epoch, 9);
    assert_eq!(saved.progress.continued_in.len(), 1, "the Keras epochs stay on record");
    assert_eq!(
        (
            saved.progress.continued_in[0].first_epoch,
            saved.progress.continued_in[0].epochs
        ),
        (4, 5)
    );
    // Sessions without the record neither write nor need it.
    assert!(!Session::capture(&d, &trainer).to_json().contains("continued_in"));
}
