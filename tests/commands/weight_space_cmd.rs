//! `nnlab perceptron --version-space-bias` and `nnlab landscape`: the exact
//! keys other tools read, checked against hand computations and against
//! the session they come from.

use std::process::Command;

use serde_json::Value;

fn run(args: &[&str]) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_nnlab")).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "nnlab {args:?} failed: {stderr}");
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

fn last_json(stdout: &str) -> Value {
    serde_json::from_str(stdout.lines().last().unwrap()).unwrap()
}

/// `nnlab train ARGS --save DIR/run.json`; returns the session's path.
fn trained(dir: &tempfile::TempDir, args: &[&str]) -> std::path::PathBuf {
    let session = dir.path().join("run.json");
    let mut all = vec!["train"];
    all.extend_from_slice(args);
    all.extend(["--save", session.to_str().unwrap()]);
    run(&all);
    session
}

fn numbers(v: &Value) -> Vec<f64> {
    v.as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect()
}

#[test]
fn version_space_of_and_is_the_hand_computed_triangle() {
    // AND, Heaviside, b = −1.5: w₁ < 1.5, w₂ < 1.5, w₁ + w₂ ≥ 1.5 (closed):
    // the triangle (1.5, 0), (1.5, 1.5), (0, 1.5), area 1.125.
    let (out, _) = run(&[
        "perceptron",
        "--dataset",
        "and",
        "--version-space-bias",
        "-1.5",
        "--json",
    ]);
    let vs = &last_json(&out)["version_space"];
    let keys: Vec<&String> = vs.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 4, "{vs}");
    assert_eq!(vs["bias"].as_f64(), Some(-1.5));
    assert_eq!(vs["box"].as_f64(), Some(5.0));
    assert!(vs["box"].is_f64(), "box is written 5.0");
    assert!((vs["area"].as_f64().unwrap() - 1.125).abs() < 1e-12);
    let corners: Vec<Vec<f64>> = vs["vertices"].as_array().unwrap().iter().map(numbers).collect();
    assert_eq!(corners.len(), 3);
    for e in [[1.5, 0.0], [1.5, 1.5], [0.0, 1.5]] {
        assert!(
            corners
                .iter()
                .any(|c| (c[0] - e[0]).abs() < 1e-12 && (c[1] - e[1]).abs() < 1e-12),
            "{vs}"
        );
    }
    // Counter-clockwise: positive shoelace sum.
    let twice: f64 = (0..3)
        .map(|i| {
            let (p, q) = (&corners[i], &corners[(i + 1) % 3]);
            p[0] * q[1] - q[0] * p[1]
        })
        .sum();
    assert!(twice > 0.0);
}

#[test]
fn version_space_of_xor_is_empty_and_of_or_is_cut_by_the_box() {
    for b in ["-0.5", "0", "0.5", "2"] {
        let (out, _) = run(&["perceptron", "--dataset", "xor", "--version-space-bias", b, "--json"]);
        let vs = &last_json(&out)["version_space"];
        assert_eq!(vs["vertices"], serde_json::json!([]), "b = {b}");
        assert_eq!(vs["area"].as_f64(), Some(0.0));
    }
    // OR at b = −0.5: w₁ ≥ 0.5 and w₂ ≥ 0.5, cut by the box: [0.5, 5]².
    let (out, _) = run(&[
        "perceptron",
        "--dataset",
        "or",
        "--step",
        "sign",
        "--version-space-bias",
        "-0.5",
        "--json",
    ]);
    let vs = &last_json(&out)["version_space"];
    assert!((vs["area"].as_f64().unwrap() - 20.25).abs() < 1e-12, "{vs}");
    assert_eq!(vs["vertices"].as_array().unwrap().len(), 4);
}

#[test]
fn landscape_keys_sizes_and_centre() {
    let dir = tempfile::tempdir().unwrap();
    let session = trained(
        &dir,
        &[
            "--dataset",
            "moons",
            "--points",
            "100",
            "--hidden",
            "4",
            "--epochs",
            "40",
        ],
    );
    let path = session.to_str().unwrap();
    let (out, stderr) = run(&["landscape", "--session", path, "--size", "5", "--span", "0.5", "--json"]);
    assert!(stderr.is_empty(), "{stderr}");
    let l = last_json(&out);
    for key in [
        "size",
        "span",
        "directions",
        "d1",
        "d2",
        "alphas",
        "betas",
        "loss",
        "center_loss",
        "path",
    ] {
        assert!(l.get(key).is_some(), "missing {key}: {l}");
    }
    assert_eq!((l["size"].as_u64(), l["span"].as_f64()), (Some(5), Some(0.5)));
    assert_eq!(l["directions"], "pca");
    assert_eq!(numbers(&l["alphas"]), [-0.5, -0.25, 0.0, 0.25, 0.5]);
    assert_eq!(numbers(&l["betas"]), numbers(&l["alphas"]));
    let loss: Vec<Vec<f64>> = l["loss"].as_array().unwrap().iter().map(numbers).collect();
    assert!(loss.len() == 5 && loss.iter().all(|r| r.len() == 5));
    // The centre: the session's own training loss.
    let s = nnlab::session::Session::load(&session).unwrap();
    let expected = s.into_trainer().unwrap().evaluate_train().loss;
    assert_eq!(l["center_loss"].as_f64(), Some(expected));
    assert_eq!(loss[2][2], expected);
    let params = numbers(&l["d1"]).len();
    assert_eq!(params, 2 * 4 + 4 + 4 + 1, "every weight and bias");
    assert_eq!(numbers(&l["d2"]).len(), params);
    assert_eq!(l["path"].as_array().unwrap().len(), s.progress.checkpoints.len());
    // d1 and d2 follow the session file's order (layer by layer, weights
    // [input][neuron] row by row, then the bias): the file's own weights
    // moved by α·d1 + β·d2 in that order, loaded back as a session, give
    // the printed cell.
    let text = std::fs::read_to_string(&session).unwrap();
    let (d1, d2) = (numbers(&l["d1"]), numbers(&l["d2"]));
    for (i, j) in [(0, 0), (4, 1), (1, 3)] {
        let (a, b) = (numbers(&l["alphas"])[i], numbers(&l["betas"])[j]);
        let mut file: Value = serde_json::from_str(&text).unwrap();
        let mut k = 0;
        let mut moved = |v: &mut Value| {
            *v = Value::from(v.as_f64().unwrap() + a * d1[k] + b * d2[k]);
            k += 1;
        };
        for layer in file["network"]["layers"].as_array_mut().unwrap() {
            for row in layer["weights"].as_array_mut().unwrap() {
                row.as_array_mut().unwrap().iter_mut().for_each(&mut moved);
            }
            layer["bias"].as_array_mut().unwrap().iter_mut().for_each(&mut moved);
        }
        assert_eq!(k, params);
        let cell = nnlab::session::Session::from_json(&file.to_string()).unwrap();
        let expected = cell.into_trainer().unwrap().evaluate_train().loss;
        let got = loss[i][j];
        assert!(
            (got - expected).abs() < 1e-5 * expected.max(1.0),
            "cell ({i}, {j}): {got} vs {expected}"
        );
    }
}

#[test]
fn landscape_without_checkpoints_says_it_uses_random_directions() {
    let dir = tempfile::tempdir().unwrap();
    let session = trained(&dir, &["--dataset", "xor", "--hidden", "2", "--epochs", "5"]);
    let path = session.to_str().unwrap();
    let mut s = nnlab::session::Session::load(&session).unwrap();
    s.progress.checkpoints.clear();
    std::fs::write(&session, s.to_json()).unwrap();
    let (out, stderr) = run(&["landscape", "--session", path, "--size", "3", "--json"]);
    let l = last_json(&out);
    assert_eq!(l["directions"], "random");
    assert_eq!(l["fallback"], "no_checkpoints");
    assert!(stderr.contains("random directions"), "{stderr}");
    let (_, ko) = run(&["landscape", "--session", path, "--size", "3", "--lang", "ko"]);
    assert!(ko.contains("무작위 방향"), "{ko}");
}
