//! `nnlab lesson list|check`, run as a real process: the JSON contracts of
//! issue 15 and one-line errors naming line and column.

use std::fs;
use std::process::{Command, Output};

use serde_json::Value;

fn nnlab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nnlab")).args(args).output().unwrap()
}

/// The JSON on the last line of stdout.
fn last_json(out: &Output) -> Value {
    let stdout = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(stdout.lines().last().unwrap()).unwrap()
}

#[test]
fn list_prints_the_course_as_json() {
    let out = nnlab(&["lesson", "list", "--json"]);
    assert!(out.status.success());
    let list = last_json(&out);
    let list = list.as_array().unwrap();
    assert!(list.len() >= 8, "at least 8 lessons");
    for l in list {
        assert!(
            l["id"].is_string() && l["title"].is_string() && l["steps"].as_u64().unwrap() > 0,
            "{l}"
        );
    }
    assert_eq!(list[0]["id"], "logic-neurons");
}

#[test]
fn check_builtin_and_a_good_file() {
    let out = nnlab(&["lesson", "check", "--builtin", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v = last_json(&out);
    assert_eq!(v["ok"], true);
    assert!(v["lessons"].as_u64().unwrap() >= 8);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.toml");
    fs::write(&path, nnlab::lessons::BUILTIN_SOURCES[3].1).unwrap();
    let out = nnlab(&["lesson", "check", path.to_str().unwrap(), "--json"]);
    assert!(out.status.success());
    assert_eq!(
        last_json(&out),
        // The convergence lesson: Heaviside, sign, and the version space.
        serde_json::json!({"ok": true, "lessons": 1, "steps": 3})
    );
}

#[test]
fn a_broken_file_is_one_error_line_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.toml");
    let src = nnlab::lessons::BUILTIN_SOURCES[0]
        .1
        .replacen("threshold = 1", "threshold = -1", 1);
    fs::write(&path, &src).unwrap();
    let line = src[..src.find("threshold = -1").unwrap()].matches('\n').count() + 1;
    let out = nnlab(&["lesson", "check", path.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(stderr.contains(&format!("line {line}, column ")), "{stderr}");
    let v = last_json(&out);
    assert_eq!(
        (v["ok"].clone(), v["line"].as_u64()),
        (Value::Bool(false), Some(line as u64))
    );
    assert!(v["column"].as_u64().unwrap() > 1);
    // Without --json: the same one line on stderr, nothing parsed as success.
    let out = nnlab(&["lesson", "check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: "));
    // Neither a file nor --builtin: a usage error.
    assert!(!nnlab(&["lesson", "check"]).status.success());
}

/// `assets/lessons/` of the source tree.
fn lessons_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/lessons")
}

/// `nnlab lesson run FILE --actions ACTIONS --json`, run.
fn run_output(file: &std::path::Path, actions: &std::path::Path) -> Output {
    nnlab(&[
        "lesson",
        "run",
        file.to_str().unwrap(),
        "--actions",
        actions.to_str().unwrap(),
        "--json",
    ])
}

/// Its exit code and the JSON of the last line.
fn run(file: &std::path::Path, actions: &std::path::Path) -> (Option<i32>, Value) {
    let out = run_output(file, actions);
    (out.status.code(), last_json(&out))
}

#[test]
fn every_builtin_lesson_passes_with_its_actions_file() {
    let dir = lessons_dir();
    for (name, _) in nnlab::lessons::BUILTIN_SOURCES {
        let file = dir.join(name);
        let actions = dir.join(name.replace(".toml", ".actions.json"));
        assert!(actions.is_file(), "{name} has no actions file");
        let (code, v) = run(&file, &actions);
        assert_eq!((code, &v["ok"]), (Some(0), &Value::Bool(true)), "{name}: {v}");
        for step in v["steps"].as_array().unwrap() {
            assert!(
                step["passed"] == true && step["after_action"].is_u64(),
                "{name}: {step}"
            );
        }
    }
}

#[test]
fn the_worked_example_passes_and_fails_as_it_should() {
    let dir = lessons_dir().join("examples");
    let (code, v) = run(&dir.join("learning-rate.toml"), &dir.join("learning-rate.actions.json"));
    assert_eq!(code, Some(0));
    assert_eq!(
        v,
        serde_json::json!({"ok": true, "steps": [
            {"step": 1, "passed": true, "after_action": 1},
            {"step": 2, "passed": true, "after_action": 4},
            {"step": 3, "passed": true, "after_action": 5},
            {"step": 4, "passed": true, "after_action": 8},
        ]})
    );
    let out = run_output(
        &dir.join("learning-rate.toml"),
        &dir.join("learning-rate.fail.actions.json"),
    );
    assert_eq!(out.status.code(), Some(1), "not every step passed");
    let v = last_json(&out);
    assert_eq!(v["ok"], false);
    assert_eq!(
        v["steps"][0],
        serde_json::json!({"step": 1, "passed": true, "after_action": 1})
    );
    assert_eq!(
        v["steps"][1],
        serde_json::json!({"step": 2, "passed": false, "after_action": null})
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap();
    assert!(
        last.starts_with("{\"ok\":false,\"steps\":[{\"step\":1,\"passed\":true,\"after_action\":1}"),
        "keys in the contract's order: {last}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("action 5 did nothing: this step asks no question."),
        "{stderr}"
    );
}

#[test]
fn a_broken_actions_file_is_one_line_in_the_learners_language() {
    let dir = tempfile::tempdir().unwrap();
    let actions = dir.path().join("a.json");
    fs::write(&actions, r#"[{"train": 10}, {"jump": 2}]"#).unwrap();
    let lesson = lessons_dir().join("05-xor-limit.toml");
    let args = |lang: &str| {
        vec![
            "lesson".to_string(),
            "run".into(),
            "--lang".into(),
            lang.to_string(),
            lesson.to_str().unwrap().into(),
            "--actions".into(),
            actions.to_str().unwrap().into(),
        ]
    };
    let out = Command::new(env!("CARGO_BIN_EXE_nnlab"))
        .args(args("en"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("action 1 must be an object with one of: set, train"),
        "{stderr}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_nnlab"))
        .args(args("ko"))
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("동작 1"), "{stderr}");
    // A known action with a value it cannot take: the form it takes.
    fs::write(&actions, r#"[{"train": "ten"}]"#).unwrap();
    for (lang, words) in [
        (
            "en",
            r#"action 0: `train` takes a whole number of epochs up to 100000, for example {"train": 200}."#,
        ),
        (
            "ko",
            r#"동작 0: `train`에는 100000 이하의 에포크 수(정수)를 씁니다. 예: {"train": 200}."#,
        ),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_nnlab"))
            .args(args(lang))
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(words), "{stderr}");
    }
}

#[test]
fn checker_messages_are_in_the_teachers_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("percent.toml");
    let src = nnlab::lessons::BUILTIN_SOURCES[7]
        .1
        .replacen("at_least = 0.95", "at_least = 95", 1);
    fs::write(&path, &src).unwrap();
    let line = src[..src.find("at_least = 95").unwrap()].matches('\n').count() + 1;
    let out = nnlab(&["lesson", "check", "--lang", "ko", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains(&format!("{line}행")), "{stderr}");
    assert!(stderr.contains("0.95를 뜻했나요?"), "{stderr}");
}
