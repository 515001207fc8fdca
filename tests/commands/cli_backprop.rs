//! `nnlab backprop` as a real process: the JSON contract's keys, numbers
//! equal to the engine's trace, and one-line errors with exit status 1.

#![allow(clippy::unwrap_used)]

use std::process::{Command, Output};

use nnlab::session::Session;
use serde_json::Value;

fn nnlab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nnlab")).args(args).output().unwrap()
}

/// Trains a small session with `extra` options and saves it to `path`.
fn save_session(path: &std::path::Path, extra: &[&str]) {
    let mut args = vec![
        "train",
        "--dataset",
        "moons",
        "--points",
        "60",
        "--save",
        path.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let out = nnlab(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn floats(v: &Value) -> Vec<f32> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap() as f32)
        .collect()
}

#[test]
fn json_has_the_contract_keys_and_the_engines_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    save_session(
        &path,
        &[
            "--hidden",
            "4,3",
            "--features",
            "x1,x2,x1^2,sin(x2)",
            "--standardize",
            "--epochs",
            "5",
        ],
    );
    let session = Session::load(&path).unwrap();
    let trainer = session.into_trainer().unwrap();
    for sample in [0usize, 17, 59] {
        let out = nnlab(&[
            "backprop",
            "--session",
            path.to_str().unwrap(),
            "--sample",
            &sample.to_string(),
            "--json",
        ]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let stdout = String::from_utf8(out.stdout).unwrap();
        let v: Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        let mut expected = vec![
            "sample",
            "x",
            "inputs",
            "target",
            "layers",
            "loss",
            "deltas",
            "grad_weights",
            "grad_bias",
        ];
        let mut got = keys.clone();
        got.sort_unstable();
        expected.sort_unstable();
        assert_eq!(got, expected);

        let t = trainer.backprop_trace(&session.dataset, sample).unwrap();
        assert_eq!(v["sample"], sample);
        assert_eq!(v["x"][0].as_f64().unwrap(), t.x[0]);
        assert_eq!(v["x"][1].as_f64().unwrap(), t.x[1]);
        assert_eq!(floats(&v["inputs"]), t.inputs);
        assert_eq!(
            v["target"].as_u64().unwrap() as f64,
            t.target,
            "a class index is an integer"
        );
        assert_eq!(v["loss"].as_f64().unwrap(), t.loss);
        assert_eq!(
            v["layers"].as_array().unwrap().len(),
            3,
            "two hidden layers, then the output"
        );
        for (l, layer) in t.layers.iter().enumerate() {
            let obj = v["layers"][l].as_object().unwrap();
            assert_eq!(obj.keys().collect::<Vec<_>>(), ["a", "z"]);
            assert_eq!(floats(&obj["z"]), layer.z);
            assert_eq!(floats(&obj["a"]), layer.a);
            assert_eq!(floats(&v["deltas"][l]), layer.delta);
            assert_eq!(floats(&v["grad_bias"][l]), layer.grad_bias);
            let gw: Vec<Vec<f32>> = v["grad_weights"][l].as_array().unwrap().iter().map(floats).collect();
            assert_eq!(gw, layer.grad_weights, "[input][neuron]");
        }
    }
    let text = nnlab(&["backprop", "--session", path.to_str().unwrap(), "--sample", "3"]);
    let text = String::from_utf8(text.stdout).unwrap();
    for part in ["sample 3", "δ = ∂L/∂z", "∂L/∂w", "loss ℓ ="] {
        assert!(text.contains(part), "{part} missing from:\n{text}");
    }
}

#[test]
fn regression_targets_are_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.json");
    let out = nnlab(&[
        "train",
        "--dataset",
        "plane",
        "--points",
        "30",
        "--epochs",
        "2",
        "--save",
        path.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let out = nnlab(&[
        "backprop",
        "--session",
        path.to_str().unwrap(),
        "--sample",
        "4",
        "--json",
    ]);
    let v: Value = serde_json::from_str(String::from_utf8(out.stdout).unwrap().lines().last().unwrap()).unwrap();
    let session = Session::load(&path).unwrap();
    assert_eq!(v["target"].as_f64().unwrap(), session.dataset.points[4].y);
}

/// Runs `args`, which must fail with exit status 1 and one line on stderr.
fn fails_with_status_1(args: &[&str]) -> String {
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

#[test]
fn bad_samples_and_step_activations_are_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    save_session(&path, &["--epochs", "1"]);
    let p = path.to_str().unwrap();
    let e = fails_with_status_1(&["backprop", "--session", p, "--sample", "60", "--json"]);
    assert!(e.contains("60") && e.contains("out of range"), "{e}");

    let step = dir.path().join("step.json");
    save_session(&step, &["--activation", "sign", "--epochs", "0"]);
    let e = fails_with_status_1(&["backprop", "--session", step.to_str().unwrap(), "--sample", "0"]);
    assert!(e.contains("sign") && e.contains("no gradient"), "{e}");
}
