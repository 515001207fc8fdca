//! The command-line interface, run as a real process: the exact flags and
//! JSON keys other tools rely on, and one-line errors with non-zero exits.

#![allow(clippy::unwrap_used)]

use std::process::{Command, Output};

use serde_json::Value;

fn nnlab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nnlab")).args(args).output().unwrap()
}

/// Runs a command that must succeed and returns its stdout.
fn ok(args: &[&str]) -> String {
    let out = nnlab(args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "nnlab {args:?} failed: {stderr}");
    String::from_utf8(out.stdout).unwrap()
}

/// The JSON object on the last line of stdout.
fn last_json(stdout: &str) -> Value {
    serde_json::from_str(stdout.lines().last().unwrap()).unwrap()
}

/// Runs a command that must fail with a one-line message, and returns it.
fn fails(args: &[&str]) -> String {
    let out = nnlab(args);
    assert!(!out.status.success(), "nnlab {args:?} should fail");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line expected: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    stderr
}

#[test]
fn help_lists_every_command() {
    let help = ok(&["--help"]);
    for cmd in ["train", "perceptron", "logic"] {
        assert!(help.contains(cmd), "{help}");
    }
    let train_help = ok(&["train", "--help"]);
    for flag in [
        "--dataset",
        "--data",
        "--standardize",
        "--features",
        "--hidden",
        "--loss",
        "--optimizer",
        "--l1",
        "--session",
        "--save",
        "--json",
    ] {
        assert!(train_help.contains(flag), "missing {flag}");
    }
}

#[test]
fn train_json_has_the_contract_keys() {
    let v = last_json(&ok(&[
        "train",
        "--dataset",
        "circle",
        "--points",
        "200",
        "--epochs",
        "20",
        "--json",
    ]));
    for key in [
        "epochs",
        "train_loss",
        "test_loss",
        "train_accuracy",
        "test_accuracy",
        "classes",
        "samples_per_sec",
    ] {
        assert!(v.get(key).is_some(), "missing {key} in {v}");
    }
    assert_eq!(v["epochs"], 20);
    assert_eq!(v["classes"], serde_json::json!(["0", "1"]));
    assert!(v["samples_per_sec"].as_f64().unwrap() > 0.0);
}

/// Issue 12: a gate's data is its truth table. `xor` used to train on 2 of
/// its 4 points and report a test accuracy of 0.
#[test]
fn train_on_a_gate_uses_its_whole_truth_table() {
    let v = last_json(&ok(&["train", "--dataset", "xor", "--epochs", "1", "--json"]));
    assert_eq!(v["test_accuracy"], Value::Null, "{v}");
    assert_eq!(v["test_loss"], Value::Null, "{v}");
    assert_eq!(v["samples_seen"], 4, "one epoch sees all four rows: {v}");
    let text = ok(&["train", "--dataset", "and", "--epochs", "1"]);
    assert!(text.contains("4 points (4 train, 0 test)"), "{text}");
    // A ratio asked for explicitly is still honoured.
    let split = last_json(&ok(&[
        "train",
        "--dataset",
        "xor",
        "--epochs",
        "1",
        "--test-ratio",
        "0.5",
        "--json",
    ]));
    assert_eq!(split["samples_seen"], 2, "{split}");
    assert!(split["test_accuracy"].is_f64(), "{split}");
}

#[test]
fn train_iris_with_named_columns_and_all_options() {
    let iris = crate::common::asset("iris.csv");
    let v = last_json(&ok(&[
        "train",
        "--data",
        iris.to_str().unwrap(),
        "--x",
        "petal_length",
        "--y",
        "petal_width",
        "--label",
        "species",
        "--standardize",
        "--features",
        "x1,x2,x1*x2",
        "--hidden",
        "6",
        "--activation",
        "relu",
        "--loss",
        "ce",
        "--optimizer",
        "momentum",
        "--lr",
        "0.02",
        "--batch",
        "8",
        "--epochs",
        "50",
        "--l1",
        "0.0001",
        "--l2",
        "0.001",
        "--test-ratio",
        "0.2",
        "--seed",
        "4",
        "--json",
    ]));
    assert_eq!(v["classes"], serde_json::json!(["setosa", "versicolor", "virginica"]));
    assert!(v["test_accuracy"].as_f64().unwrap() > 0.8, "{v}");
}

#[test]
fn save_then_continue_a_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("run.json");
    let p = path.to_str().unwrap();
    ok(&["train", "--dataset", "moons", "--epochs", "10", "--save", p, "--json"]);
    let v = last_json(&ok(&["train", "--session", p, "--epochs", "5", "--save", p, "--json"]));
    assert_eq!(v["epochs"], 15);
    let msg = fails(&["train", "--session", p, "--hidden", "3"]);
    assert!(msg.contains("--session"), "{msg}");
}

/// `nnlab perceptron --json` on iris petals, setosa against the rest, with
/// `extra` options.
fn iris_setosa_perceptron(extra: &[&str]) -> Value {
    let iris = crate::common::asset("iris.csv");
    let mut args = vec![
        "perceptron",
        "--data",
        iris.to_str().unwrap(),
        "--x",
        "petal_length",
        "--y",
        "petal_width",
        "--label",
        "species",
        "--positive",
        "setosa",
        "--json",
    ];
    args.extend_from_slice(extra);
    last_json(&ok(&args))
}

#[test]
fn perceptron_iris_textbook_example() {
    let v = iris_setosa_perceptron(&["--predict", "2,0.5"]);
    assert_eq!(v["converged"], true);
    assert_eq!(v["prediction"], "setosa");
    assert_eq!(v["train_accuracy"], 1.0);
    for key in ["epochs", "updates", "weights", "bias", "margin", "novikoff_bound"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let far = iris_setosa_perceptron(&["--predict", "6,2"]);
    assert_eq!(far["prediction"], "not setosa");
}

#[test]
fn perceptron_trace_on_and_matches_the_hand_computation() {
    let out = ok(&["perceptron", "--dataset", "and", "--trace", "--json"]);
    let lines: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let (trace, summary) = lines.split_at(lines.len() - 1);
    // Sample (0,0), target 0: step(0) = 1 is wrong, so b ← 0 + 1·(0 − 1) = −1.
    let first = &trace[0];
    assert_eq!(first["epoch"], 1);
    assert_eq!(first["sample"], 0);
    assert_eq!(first["x"], serde_json::json!([0.0, 0.0]));
    assert_eq!(first["y"], 0.0);
    assert_eq!(first["y_hat"], 1.0);
    assert_eq!(first["w_before"], serde_json::json!([0.0, 0.0]));
    assert_eq!(first["b_before"], 0.0);
    assert_eq!(first["w_after"], serde_json::json!([0.0, 0.0]));
    assert_eq!(first["b_after"], -1.0);
    assert_eq!(summary[0]["updates"].as_u64().unwrap() as usize, trace.len());
    assert_eq!(summary[0]["converged"], true);
    // Each update starts from the weights the previous one left.
    for pair in trace.windows(2) {
        assert_eq!(pair[0]["w_after"], pair[1]["w_before"]);
        assert_eq!(pair[0]["b_after"], pair[1]["b_before"]);
    }
}

/// Issue 13: `margin` is γ of the maximum-margin separator with the bias
/// folded in, `novikoff_bound` is factor·(R/γ)²; both null without a line.
#[test]
fn perceptron_json_reports_the_maximum_margin_and_its_bound() {
    // AND: t = −1, −1, −1, +1 on the corners. With w₁ = w₂ = a the tight
    // constraints −(a + b) = 1 and 2a + b = 1 give (a, b) = (2, −3), so
    // γ = 1/‖(2, 2, −3)‖ = 1/√17; R = ‖(1, 1, 1)‖ = √3: (R/γ)² = 51.
    let v = last_json(&ok(&["perceptron", "--dataset", "and", "--json"]));
    assert!(
        (v["margin"].as_f64().unwrap() - 1.0 / 17f64.sqrt()).abs() < 1e-12,
        "{v}"
    );
    assert!((v["novikoff_bound"].as_f64().unwrap() - 51.0).abs() < 1e-9, "{v}");
    assert!(v["updates"].as_f64().unwrap() <= 51.0);
    // OR: −b = 1 and a + b = 1 give (2, −1): γ = 1/3, (R/γ)² = 27, and a
    // sign update counts twice.
    let v = last_json(&ok(&["perceptron", "--dataset", "or", "--step", "sign", "--json"]));
    assert!((v["margin"].as_f64().unwrap() - 1.0 / 3.0).abs() < 1e-12, "{v}");
    assert!((v["novikoff_bound"].as_f64().unwrap() - 54.0).abs() < 1e-9, "{v}");
    let v = last_json(&ok(&["perceptron", "--dataset", "xor", "--json"]));
    assert_eq!(
        (&v["margin"], &v["novikoff_bound"]),
        (&Value::Null, &Value::Null),
        "{v}"
    );
    for shuffle in [&[][..], &["--shuffle"][..]] {
        let v = iris_setosa_perceptron(shuffle);
        assert_eq!(v["converged"], true);
        assert!(
            v["updates"].as_f64().unwrap() <= v["novikoff_bound"].as_f64().unwrap(),
            "{v}"
        );
    }
}

#[test]
fn perceptron_on_xor_does_not_converge() {
    let v = last_json(&ok(&["perceptron", "--dataset", "xor", "--step", "sign", "--json"]));
    assert_eq!(v["converged"], false);
    assert!(v["message"].as_str().unwrap().contains("not linearly separable"));
}

/// The spellings the hand-written parsers accepted (any case, spaces
/// around, aliases) still work now that clap reads the name tables.
#[test]
fn option_values_keep_their_old_spellings() {
    let v = last_json(&ok(&[
        "train",
        "--dataset",
        "XOR",
        "--features",
        "x1, X2,x1x2,x1*x2",
        "--activation",
        "Leaky-ReLU",
        "--loss",
        "BCE",
        "--optimizer",
        " Adam ",
        "--epochs",
        "1",
        "--json",
    ]));
    assert_eq!(v["shape"], serde_json::json!([3, 8, 8, 1]), "{v}");
    assert_eq!(v["loss"], "bce");
    let v = last_json(&ok(&["perceptron", "--dataset", "and", "--step", "SIGN", "--json"]));
    assert_eq!(v["converged"], true);
    let and_not: Value = serde_json::from_str(ok(&["logic", "andnot", "--json"]).trim()).unwrap();
    assert_eq!(and_not[2]["output"], 1);
}

#[test]
fn logic_truth_tables_as_json() {
    let expect = |gate: &str, outputs: [u8; 4]| {
        let v: Value = serde_json::from_str(ok(&["logic", gate, "--json"]).trim()).unwrap();
        let rows = v.as_array().unwrap();
        assert_eq!(rows.len(), 4, "{gate}");
        for (r, out) in rows.iter().zip(outputs) {
            assert_eq!(r["output"], out, "{gate}: {r}");
        }
        assert_eq!(rows[1]["inputs"], serde_json::json!([0, 1]));
    };
    expect("and", [0, 0, 0, 1]);
    expect("or", [0, 1, 1, 1]);
    expect("and-not", [0, 0, 1, 0]);
    expect("xor", [0, 1, 1, 0]);
    let id: Value = serde_json::from_str(ok(&["logic", "identity", "--json"]).trim()).unwrap();
    assert_eq!(
        id,
        serde_json::json!([{ "inputs": [0], "output": 0 }, { "inputs": [1], "output": 1 }])
    );
}

#[test]
fn bad_input_gives_one_line_and_nonzero_exit() {
    assert!(fails(&["train", "--bogus"]).contains("--bogus"));
    // An unknown name is named, with every known one, on the one line.
    let unknown = fails(&["train", "--dataset", "nope"]);
    assert!(
        unknown.contains("nope") && unknown.contains("spiral, moons"),
        "{unknown}"
    );
    let unknown = fails(&["train", "--features", "x1,x3"]);
    assert!(unknown.contains("x3") && unknown.contains("x1^2"), "{unknown}");
    assert!(fails(&["train", "--lr", "500"]).contains("learning rate"));
    assert!(fails(&["train", "--hidden", "8,x"]).contains("x"));
    assert!(
        fails(&[
            "train",
            "--dataset",
            "spiral",
            "--activation",
            "heaviside",
            "--epochs",
            "1"
        ])
        .contains("no gradient")
    );
    assert!(
        fails(&[
            "train",
            "--dataset",
            "plane",
            "--hidden",
            "8",
            "--activation",
            "relu",
            "--lr",
            "10"
        ])
        .contains("diverged")
    );
    assert!(fails(&["logic", "nand"]).contains("nand"));
    assert!(fails(&["perceptron", "--dataset", "and", "--predict", "1"]).contains("--predict"));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "a,b,c\n1,2,x\n3,zz,y\n").unwrap();
    let msg = fails(&["train", "--data", bad.to_str().unwrap()]);
    assert!(msg.contains("line 3, column 2"), "{msg}");
    let missing = fails(&["train", "--data", dir.path().join("none.csv").to_str().unwrap()]);
    assert!(missing.contains("none.csv"), "{missing}");
    let session = dir.path().join("s.json");
    std::fs::write(&session, "{\"format\": \"nnlab-session\", \"version\": 7}").unwrap();
    assert!(fails(&["train", "--session", session.to_str().unwrap()]).contains("version 7"));
}

#[test]
fn bench_json_has_every_figure() {
    let report = last_json(&ok(&["bench", "--quick", "--json"]));
    for key in [
        "train_8x8_samples_per_sec",
        "train_8x8_adam_b64_samples_per_sec",
        "train_wide_samples_per_sec",
        "grid256_ms",
        "live_samples_per_sec",
        "live_boundary_fps",
        "csv_1m_rows_ms",
        "peak_fraction",
        "train_wide_peak_fraction",
        "grid256_speedup_vs_sse2",
        "core_peak_sse2_gflops",
        "live_vs_train_8x8",
    ] {
        let v = report[key]
            .as_f64()
            .unwrap_or_else(|| panic!("{key} missing: {report}"));
        assert!(v.is_finite() && v > 0.0, "{key} = {v}");
    }
}

#[test]
fn lang_goes_before_or_after_the_command_and_korean_help_reads_korean() {
    // `--lang` is global: before the command, after it, or after its
    // subcommand, with the same Korean list.
    let before = ok(&["--lang", "ko", "lesson", "list"]);
    let after = ok(&["lesson", "--lang", "ko", "list"]);
    let last = ok(&["lesson", "list", "--lang", "ko"]);
    assert_eq!(before, after);
    assert_eq!(before, last);
    assert!(
        before.contains("퍼셉트론 학습 규칙") && before.contains("4단계"),
        "{before}"
    );
    assert!(ok(&["lesson", "list", "--lang", "en"]).contains("The perceptron learning rule"));
    // clap's headings and notes in Korean; flags and values stay as typed.
    let help = ok(&["--lang", "ko", "train", "--help"]);
    for korean in ["사용법:", "옵션", "[가능한 값: ", "[기본값: "] {
        assert!(help.contains(korean), "{korean} in {help}");
    }
    for english in ["Usage:", "Options:", "[possible values", "[default:"] {
        assert!(!help.contains(english), "{english} in Korean help: {help}");
    }
    assert!(help.contains("--lang"));
    // A window file still does not come with a command.
    let err = fails(&["lesson", "list", "data.csv"]);
    assert!(!err.contains("panicked"), "{err}");
}
