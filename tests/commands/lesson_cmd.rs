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
