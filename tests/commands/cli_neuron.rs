//! `nnlab neuron` as a real process: the contract's flags and last line,
//! spike times within 0.05 ms of the exact solution, and bad values
//! refused with the flag and the value named, in the user's language.

use std::process::{Command, Output};

use serde_json::Value;

fn nnlab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nnlab")).args(args).output().unwrap()
}

/// The spike times on the last line of `nnlab neuron ARGS --json`.
fn spike_times(args: &[&str]) -> Vec<f64> {
    let mut all = vec!["neuron"];
    all.extend_from_slice(args);
    all.push("--json");
    let out = nnlab(&all);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "nnlab {all:?} failed: {stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let last = stdout.lines().last().unwrap();
    assert!(
        last.starts_with(r#"{"spike_times_ms": ["#) && last.ends_with(r#"], "model": "lif"}"#),
        "the contract's line: {last}"
    );
    let v: Value = serde_json::from_str(last).unwrap();
    assert_eq!(v["model"], "lif");
    (v["spike_times_ms"].as_array().unwrap().iter())
        .map(|t| t.as_f64().unwrap())
        .collect()
}

/// The closed form, written out here: T·ln(I/(I − V)), then every
/// T·ln(I/(I − V)) + R, up to D; none when I ≤ V.
fn exact(i: f64, t: f64, v: f64, r: f64, d: f64) -> Vec<f64> {
    if i <= v {
        return Vec::new();
    }
    let first = t * (i / (i - v)).ln();
    (0..)
        .map(|k| first + f64::from(k) * (first + r))
        .take_while(|&s| s <= d)
        .collect()
}

/// (I, T, V, R or None for the default 0, D or None for the default 100).
type Case = (f64, f64, f64, Option<f64>, Option<f64>);

#[test]
fn spike_times_match_the_exact_solution_within_the_contract() {
    let cases: [Case; 6] = [
        (2.0, 10.0, 1.0, None, None),
        (1.5, 20.0, 1.0, Some(2.0), Some(500.0)),
        (30.0, 10.0, 15.0, Some(2.0), Some(10_000.0)),
        (100.0, 1.0, 1.0, Some(0.25), Some(50.0)),
        (1.0, 10.0, 1.0, None, None),
        (0.5, 10.0, 1.0, Some(1.0), Some(1000.0)),
    ];
    for (i, t, v, r, d) in cases {
        let (i_s, t_s, v_s) = (i.to_string(), t.to_string(), v.to_string());
        let mut args = vec!["--current", &i_s, "--tau-ms", &t_s, "--threshold", &v_s];
        let r_s = r.map(|r| r.to_string());
        let d_s = d.map(|d| d.to_string());
        if let Some(r) = &r_s {
            args.extend(["--refractory-ms", r.as_str()]);
        }
        if let Some(d) = &d_s {
            args.extend(["--duration-ms", d.as_str()]);
        }
        let got = spike_times(&args);
        let want = exact(i, t, v, r.unwrap_or(0.0), d.unwrap_or(100.0));
        assert_eq!(got.len(), want.len(), "{args:?}");
        for (g, w) in got.iter().zip(&want) {
            assert!((g - w).abs() < 0.05, "{args:?}: {g} vs {w}");
        }
        if i <= v {
            assert!(got.is_empty(), "I ≤ V: no spike");
        }
    }
}

#[test]
fn bad_values_are_refused_with_the_value_named() {
    let fails = |args: &[&str]| {
        let mut all = vec!["neuron"];
        all.extend_from_slice(args);
        let out = nnlab(&all);
        assert!(!out.status.success(), "{all:?} should fail");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(out.stdout.is_empty(), "nothing on stdout");
        stderr
    };
    let base = ["--current", "2", "--threshold", "1"];
    let with = |extra: &[&'static str]| [&base[..], extra].concat();
    let e = fails(&with(&["--tau-ms", "0"]));
    assert!(e.contains("--tau-ms") && e.contains("not 0"), "{e}");
    let e = fails(&with(&["--tau-ms", "-5"]));
    assert!(e.contains("--tau-ms") && e.contains("-5"), "{e}");
    let e = fails(&with(&["--tau-ms", "nan"]));
    assert!(e.contains("--tau-ms") && e.contains("NaN"), "{e}");
    let e = fails(&with(&["--tau-ms", "10", "--duration-ms", "10001"]));
    assert!(e.contains("--duration-ms") && e.contains("10001"), "{e}");
    let e = fails(&["--current", "inf", "--tau-ms", "10", "--threshold", "1"]);
    assert!(e.contains("--current") && e.contains("inf"), "{e}");
    let e = fails(&["--current", "2", "--tau-ms", "10", "--threshold", "0"]);
    assert!(e.contains("--threshold"), "{e}");
    let e = fails(&with(&["--tau-ms", "10", "--refractory-ms", "-1"]));
    assert!(e.contains("--refractory-ms") && e.contains("-1"), "{e}");
    // In Korean, the same refusal in Korean words.
    let e = fails(&with(&["--tau-ms", "0", "--lang", "ko"]));
    assert!(e.contains("--tau-ms") && e.contains("막 시간 상수"), "{e}");
    // A flag missing is clap's own one-line error.
    let e = fails(&["--current", "2", "--threshold", "1"]);
    assert!(e.contains("--tau-ms"), "{e}");
}

#[test]
fn without_json_the_spikes_are_listed_in_words() {
    let out = nnlab(&["neuron", "--current", "2", "--tau-ms", "10", "--threshold", "1"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("14 spikes") && text.contains("6.931"), "{text}");
    let out = nnlab(&["neuron", "--current", "1", "--tau-ms", "10", "--threshold", "1"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("no spike"), "{text}");
}
