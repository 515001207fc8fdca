//! The small findings of the hostile-input round, each as the user met it:
//! a NUL in a session's names, a point beyond the data limits, goals that
//! can never be met, a missing or negative argument, generator options that
//! do not apply, and `--frames 0`.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::process::{Command, Output};

use nnlab::data::Generator;
use nnlab::session::Session;
use nnlab::train::{TrainConfig, Trainer, split_dataset};

use crate::common::generated;

fn nnlab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nnlab")).args(args).output().unwrap()
}

/// The one error line of a command that must fail.
fn error_line(args: &[&str]) -> String {
    let out = nnlab(args);
    assert!(!out.status.success(), "nnlab {args:?} should fail");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.starts_with("error: ") && !stderr.contains("panicked"),
        "{stderr}"
    );
    stderr
}

fn saved_session(dir: &std::path::Path, edit: impl FnOnce(&mut nnlab::data::Dataset)) -> String {
    let mut data = generated(Generator::Moons, 80, 0.1, 2, 2);
    edit(&mut data);
    split_dataset(&mut data, &TrainConfig::default());
    let trainer = Trainer::new(&data, TrainConfig::default().check().unwrap()).unwrap();
    let path = dir.join("s.json");
    Session::capture(&data, &trainer).save(&path).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_nul_in_the_sessions_names_leaves_the_script_valid_python() {
    let dir = tempfile::tempdir().unwrap();
    let session = saved_session(dir.path(), |d| {
        d.name = "na\0me".into();
        d.axis_names = ["x\0a".into(), "y\u{1}b".into()];
        if let nnlab::data::Task::Classification { class_names } = &mut d.task {
            class_names[0] = "c\u{0}0".into();
        }
    });
    let out = dir.path().join("nul.py");
    let done = nnlab(&["export", "keras", "--session", &session, "--out", out.to_str().unwrap()]);
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    let text = fs::read_to_string(&out).unwrap();
    assert!(!text.contains('\0'), "a NUL byte makes Python refuse the file");
    assert!(text.contains(r"na\x00me"), "the name is still there, escaped");
    // Python itself, where the machine has it.
    if let Ok(py) = Command::new("python3")
        .args(["-c", "import ast, sys; ast.parse(open(sys.argv[1], 'rb').read())"])
        .arg(&out)
        .output()
    {
        assert!(py.status.success(), "{}", String::from_utf8_lossy(&py.stderr));
    }
}

#[test]
fn a_point_beyond_the_data_limits_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let session = saved_session(dir.path(), |_| {});
    for at in ["1e308,-1e308", "1e16,0", "0,-2e15"] {
        let message = error_line(&["predict", "--session", &session, "--at", at]);
        assert!(message.contains("--at") && message.contains("1e15"), "{at}: {message}");
    }
    let ok = nnlab(&["predict", "--session", &session, "--at", "-1e15,1e15", "--json"]);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert!(!String::from_utf8_lossy(&ok.stdout).contains("null"));
}

#[test]
fn lesson_check_refuses_goals_that_can_never_be_met() {
    let dir = tempfile::tempdir().unwrap();
    let lesson = |goal: &str| {
        let path = dir.path().join("g.toml");
        let src =
            format!("id = \"g\"\ntitle = \"G\"\n\n[[step]]\ntitle = \"S\"\ntext = \"T.\"\n\n[step.goal]\n{goal}\n");
        fs::write(&path, src).unwrap();
        nnlab(&["lesson", "check", path.to_str().unwrap()])
    };
    for goal in [
        "accuracy = { on = \"train\", at_least = 2.0 }",
        "weight = { layer = 99, input = 0, neuron = 0, at_least = 1.0 }",
    ] {
        let out = lesson(goal);
        assert_eq!(out.status.code(), Some(1), "{goal} was accepted");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("line 9, column "), "{stderr}");
    }
    let out = lesson("loss = { on = \"train\", at_most = inf }");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_missing_required_argument_is_named() {
    let message = error_line(&["export", "keras"]);
    assert!(message.contains("--session") && message.contains("--out"), "{message}");
    let message = error_line(&["predict", "--at", "1,2"]);
    assert!(message.contains("--session"), "{message}");
    let message = error_line(&["backprop", "--lang", "ko"]);
    assert!(message.contains("--session"), "{message}");
}

#[test]
fn a_negative_number_is_read_as_a_number() {
    for (flag, value, what) in [
        ("--lr", "-1", "learning rate"),
        ("--noise", "-0.5", "noise"),
        ("--l2", "-0.1", "L2"),
    ] {
        let message = error_line(&["train", "--dataset", "moons", flag, value]);
        assert!(!message.contains("unexpected argument"), "{flag} {value}: {message}");
        assert!(
            message.to_lowercase().contains(&what.to_lowercase()),
            "{flag} {value}: {message}"
        );
    }
    let message = error_line(&["train", "--epochs", "-5"]);
    assert!(
        !message.contains("unexpected argument") && message.contains("-5"),
        "{message}"
    );
}

#[test]
fn generator_options_that_do_not_apply_are_refused() {
    for (dataset, flag, value) in [
        ("moons", "--classes", "3"),
        ("circle", "--classes", "4"),
        ("xor", "--points", "100"),
        ("and", "--noise", "0.3"),
    ] {
        for command in ["train", "perceptron"] {
            let message = error_line(&[command, "--dataset", dataset, flag, value]);
            assert!(
                message.contains(flag) && message.contains(dataset),
                "{command} {dataset} {flag}: {message}"
            );
        }
    }
    let ok = nnlab(&[
        "train",
        "--dataset",
        "spiral",
        "--classes",
        "3",
        "--points",
        "90",
        "--epochs",
        "1",
    ]);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
}
