//! The command line never overwrites what the user did not name: the data
//! file beside an export never replaces the user's own CSV, nothing is
//! written before the main target is known to be writable (nor before
//! `--frames` and the GIF's path are checked), a device named as output is
//! written in place, and a FIFO or device named as input is refused at once.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use nnlab::data::Generator;
use nnlab::export::MAX_EMBEDDED_POINTS;
use nnlab::session::Session;
use nnlab::train::{TrainConfig, Trainer, split_dataset};

use crate::common::generated;

fn nnlab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nnlab")).args(args).output().unwrap()
}

/// Runs `args` in `dir`, killing the process after `seconds` (a read that
/// blocks must not hang the suite); `None` if it had to be killed.
fn nnlab_within(args: &[&str], seconds: u64) -> Option<Output> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nnlab"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(seconds) {
            child.kill().unwrap();
            child.wait().unwrap();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Some(child.wait_with_output().unwrap())
}

fn s(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// A session with more points than an export embeds, saved in `dir`.
fn large_session(dir: &Path) -> PathBuf {
    let mut data = generated(Generator::Circle, MAX_EMBEDDED_POINTS + 1, 0.1, 2, 5);
    let config = TrainConfig::default();
    split_dataset(&mut data, &config);
    let trainer = Trainer::new(&data, config.check().unwrap()).unwrap();
    let path = dir.join("mydata.json");
    Session::capture(&data, &trainer).save(&path).unwrap();
    path
}

/// The user's own data, with text labels the export's CSV would lose.
const USERS_CSV: &str = "length,width,species\n1.4,0.2,setosa\n4.7,1.4,versicolor\n";

fn one_line_error(out: &Output) -> String {
    assert!(!out.status.success(), "should fail");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.starts_with("error: ") && !stderr.contains("panicked"),
        "{stderr}"
    );
    stderr
}

#[test]
fn an_export_never_replaces_the_users_csv_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let session = s(&large_session(dir.path()));
    let users = dir.path().join("mydata.csv");
    fs::write(&users, USERS_CSV).unwrap();
    let export = || {
        nnlab(&[
            "export",
            "keras",
            "--session",
            &session,
            "--out",
            &s(&dir.path().join("mydata.py")),
        ])
    };
    let out = export();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        fs::read_to_string(&users).unwrap(),
        USERS_CSV,
        "the user's file is untouched"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let data = stdout
        .lines()
        .find(|l| l.ends_with(".csv"))
        .expect("the data file is named");
    assert!(!data.ends_with("mydata.csv"), "{data}");
    // Exporting again replaces only what nnlab wrote itself.
    let again = export();
    assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));
}

#[test]
fn a_data_file_name_that_is_taken_is_refused_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let session = s(&large_session(dir.path()));
    let script = dir.path().join("model.py");
    // What the export would call its data file, already the user's.
    let first = nnlab(&["export", "keras", "--session", &session, "--out", &s(&script)]);
    assert!(first.status.success());
    let stdout = String::from_utf8_lossy(&first.stdout).into_owned();
    let data = PathBuf::from(
        stdout
            .lines()
            .find(|l| l.ends_with(".csv"))
            .unwrap()
            .trim_start_matches("wrote "),
    );
    fs::remove_file(&script).unwrap();
    fs::write(&data, USERS_CSV).unwrap();

    let refused = nnlab(&["export", "keras", "--session", &session, "--out", &s(&script)]);
    let message = one_line_error(&refused);
    assert!(message.contains("--force"), "{message}");
    assert_eq!(fs::read_to_string(&data).unwrap(), USERS_CSV);
    assert!(!script.exists(), "nothing written");

    let forced = nnlab(&[
        "export",
        "keras",
        "--session",
        &session,
        "--out",
        &s(&script),
        "--force",
    ]);
    assert!(forced.status.success(), "{}", String::from_utf8_lossy(&forced.stderr));
    assert_ne!(fs::read_to_string(&data).unwrap(), USERS_CSV);
    assert!(script.exists());
}

#[test]
fn an_export_to_a_folder_fails_before_writing_its_data_file() {
    let dir = tempfile::tempdir().unwrap();
    let session = s(&large_session(dir.path()));
    fs::create_dir(dir.path().join("d2.py")).unwrap();
    fs::write(dir.path().join("d2.csv"), USERS_CSV).unwrap();
    one_line_error(&nnlab(&[
        "export",
        "keras",
        "--session",
        &session,
        "--out",
        &s(&dir.path().join("d2.py")),
    ]));
    assert_eq!(fs::read_to_string(dir.path().join("d2.csv")).unwrap(), USERS_CSV);
    let csvs = fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "csv"))
        .count();
    assert_eq!(csvs, 1, "no data file was written");
}

#[test]
fn nothing_is_saved_before_the_animation_is_known_to_be_possible() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("run.json");
    let train = |gif: &Path, frames: &str| {
        let args = [
            "train",
            "--dataset",
            "moons",
            "--epochs",
            "2000",
            "--save",
            &s(&save),
            "--gif",
            &s(gif),
            "--frames",
            frames,
        ];
        nnlab(&args)
    };
    let started = Instant::now();
    one_line_error(&train(&dir.path().join("no-such-folder").join("a.gif"), "8"));
    assert!(!save.exists(), "--save was not written");
    let message = one_line_error(&train(&dir.path().join("a.gif"), "0"));
    assert!(message.contains("--frames"), "{message}");
    assert!(!save.exists(), "--save was not written");
    fs::create_dir(dir.path().join("folder.gif")).unwrap();
    one_line_error(&train(&dir.path().join("folder.gif"), "8"));
    assert!(!save.exists(), "--save was not written");
    // Not a timing test: 2000 epochs would show as seconds, not minutes.
    assert!(started.elapsed() < Duration::from_secs(120));
}

#[test]
#[cfg(unix)]
fn an_export_to_a_full_device_fails_and_to_stdout_works() {
    use crate::common::special::{char_device, is_char_device};
    let dir = tempfile::tempdir().unwrap();
    let mut small = generated(Generator::Moons, 60, 0.1, 2, 1);
    split_dataset(&mut small, &TrainConfig::default());
    let trainer = Trainer::new(&small, TrainConfig::default().check().unwrap()).unwrap();
    let session = dir.path().join("s.json");
    Session::capture(&small, &trainer).save(&session).unwrap();
    if let Some(full) = char_device(dir.path(), "full", 1, 7) {
        let out = nnlab(&["export", "keras", "--session", &s(&session), "--out", &s(&full)]);
        one_line_error(&out);
        assert!(is_char_device(&full), "still the device");
        let out = nnlab(&["train", "--dataset", "xor", "--epochs", "1", "--save", &s(&full)]);
        one_line_error(&out);
        assert!(is_char_device(&full));
    }
    if let Some(null) = char_device(dir.path(), "null", 1, 3) {
        let out = nnlab(&["train", "--dataset", "xor", "--epochs", "1", "--save", &s(&null)]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(is_char_device(&null));
    }
    let out = nnlab(&["export", "keras", "--session", &s(&session), "--out", "/dev/stdout"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("keras.Sequential"));
}

#[test]
#[cfg(unix)]
fn a_fifo_or_device_as_input_is_refused_at_once() {
    use crate::common::special::{char_device, fifo};
    let dir = tempfile::tempdir().unwrap();
    let pipe = s(&fifo(dir.path(), "data.csv"));
    for args in [
        vec!["train", "--data", &pipe, "--epochs", "1"],
        vec!["predict", "--session", &pipe, "--at", "0,0"],
        vec!["export", "keras", "--session", &pipe, "--out", "/dev/null"],
        vec!["backprop", "--session", &pipe],
    ] {
        let out = nnlab_within(&args, 30).unwrap_or_else(|| panic!("{args:?} blocked on a FIFO"));
        one_line_error(&out);
    }
    if let Some(zero) = char_device(dir.path(), "zero", 1, 5) {
        let zero = s(&zero);
        for args in [
            vec!["train", "--data", &zero, "--epochs", "1"],
            vec!["predict", "--session", &zero, "--at", "0,0"],
        ] {
            let out = nnlab_within(&args, 30).unwrap_or_else(|| panic!("{args:?} read a device forever"));
            one_line_error(&out);
        }
    }
}
