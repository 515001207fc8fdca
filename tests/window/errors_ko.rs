//! Every error the window can show reaches a Korean learner in Korean: each
//! is driven in a Korean window, then every text on screen is read and no
//! English word may be among them (words the learner meets as code —
//! activation and optimizer names, Keras, file formats — excepted).
//! Engine errors are values until the window draws them, so a message made
//! before the language was chosen still reads in it. The exports, the
//! inspector, the labs and the loss landscape are in `errors_ko_tools.rs`.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;

use crate::common::MemoryStorage;
use crate::common::ui::{harness, small_settings, wait_for, wait_for_label};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use nnlab::app::{Action, NnlabApp, Settings};
use nnlab::data::Generator;
use nnlab::i18n::{Language, tr_in};
use nnlab::nn::{Activation, OptimizerKind};
use nnlab::train::TrainPace;

/// ASCII words a Korean learner may read: the names of options as the
/// command line, Keras and the formulas spell them, file formats, and the
/// program's own name. Anything else of three or more Latin letters is an
/// English word that slipped through.
const ALLOWED: &[&str] = &[
    "nnlab",
    // The model's name beside its Korean one, as TLU beside 임계 논리 유닛.
    "lif",
    "tanh",
    "relu",
    "sigmoid",
    "softmax",
    "identity",
    "linear",
    "heaviside",
    "step",
    "sign",
    "adam",
    "sgd",
    "momentum",
    "mse",
    "bce",
    "keras",
    "python",
    "jupyter",
    "notebook",
    "csv",
    "json",
    "gif",
    "png",
    "utf",
    "nan",
    "inf",
    "max",
    "min",
    "exp",
    "sin",
    "auto",
    "tlu",
    "mlp",
];

/// Logic gates, named in capitals as the chapter writes them.
const GATES: &[&str] = &["AND", "XOR", "NAND", "NOR", "NOT"];

/// What egui itself tells screen readers about its panels and windows:
/// never drawn, and not ours to translate.
fn is_egui_own(label: &str) -> bool {
    label.starts_with("Resize ") || label == "Close window"
}

/// The Latin words of three letters or more in `text` that are not
/// allowed. A word with `_` is code or a formula (`leaky_relu`, `w_new`).
fn english_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_alphabetic() || c == '_' {
            word.push(c);
            continue;
        }
        let allowed = ALLOWED.contains(&word.to_ascii_lowercase().as_str())
            || GATES.contains(&word.as_str())
            || word.contains('_');
        if word.len() >= 3 && !allowed {
            out.push(std::mem::take(&mut word));
        }
        word.clear();
    }
    out
}

/// Every label and value on screen, with the parts that are the learner's
/// own (`own`: file paths and names they chose) taken out.
pub(crate) fn screen_texts(h: &Harness<'_, NnlabApp>, own: &[&str]) -> Vec<String> {
    let root = h.root();
    let mut texts: Vec<String> = root
        .children_recursive()
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .filter(|t| !is_egui_own(t))
        .collect();
    for text in &mut texts {
        for part in own {
            *text = text.replace(part, "");
        }
    }
    texts
}

/// Fails with every English word on screen, and where it is.
pub(crate) fn assert_korean(h: &Harness<'_, NnlabApp>, what: &str, own: &[&str]) {
    let found: Vec<String> = screen_texts(h, own)
        .into_iter()
        .filter_map(|t| {
            let words = english_words(&t);
            (!words.is_empty()).then(|| format!("{words:?} in {t:?}"))
        })
        .collect();
    assert!(
        found.is_empty(),
        "{what}: English on a Korean screen:\n{}",
        found.join("\n")
    );
}

/// Asserts the window's message line shows the notice, in Korean.
pub(crate) fn assert_notice_shown(h: &Harness<'_, NnlabApp>, what: &str) {
    let notice = h
        .state()
        .notice
        .as_ref()
        .unwrap_or_else(|| panic!("{what}: no message"));
    assert!(notice.is_error(), "{what}: {:?}", notice.message);
    let text = notice.text();
    assert!(text.chars().any(is_hangul), "{what}: {text}");
    assert!(h.query_by_label(&text).is_some(), "{what}: {text:?} is not on screen");
}

/// Asserts the reason training stopped is on screen, in Korean.
fn assert_stop_shown(h: &Harness<'_, NnlabApp>, what: &str) {
    let stopped = h.state().snapshot().and_then(|s| s.stopped.as_ref());
    let text = stopped
        .unwrap_or_else(|| panic!("{what}: training did not stop"))
        .to_string();
    assert!(text.chars().any(is_hangul), "{what}: {text}");
    assert!(h.query_by_label(&text).is_some(), "{what}: {text:?} is not on screen");
}

pub(crate) fn is_hangul(c: char) -> bool {
    ('가'..='힣').contains(&c)
}

/// A Korean window on `settings`, drawn with the Hangul font.
pub(crate) fn korean(mut settings: Settings) -> Harness<'static, NnlabApp> {
    settings.view.language = Some(Language::Ko);
    let d = nnlab::app::default_dataset(&settings);
    let mut app = NnlabApp::new(settings, d, Arc::new(|| {}));
    app.use_path_prompts();
    window(app)
}

fn window(app: NnlabApp) -> Harness<'static, NnlabApp> {
    let mut h = harness(app);
    h.run_steps(2);
    h
}

pub(crate) fn ko(key: &str) -> String {
    tr_in(Language::Ko, key, &[])
}

fn play_until_stopped(h: &mut Harness<'_, NnlabApp>, what: &str) {
    h.state_mut().apply(Action::Play, &egui::Context::default());
    h.step();
    wait_for(h, what, |a| {
        !a.is_running() && a.snapshot().is_some_and(|s| !s.running && s.stopped.is_some())
    });
    h.run_steps(3);
}

#[test]
fn the_screen_is_korean_before_anything_goes_wrong() {
    let h = korean(small_settings(Generator::Spiral));
    assert_korean(&h, "the Korean window", &[]);
}

#[test]
fn no_training_points() {
    let mut h = korean(small_settings(Generator::Spiral));
    h.state_mut().apply(Action::Clear, &egui::Context::default());
    play_until_stopped(&mut h, "the stop without points");
    assert_stop_shown(&h, "no training points");
    assert_korean(&h, "no training points", &[]);
}

#[test]
fn divergence() {
    let mut s = small_settings(Generator::Plane);
    s.config.learning_rate = 10.0;
    s.config.optimizer.kind = OptimizerKind::Sgd;
    s.config = s.config.with_hidden(&[8], Activation::Relu);
    let mut h = korean(s);
    play_until_stopped(&mut h, "the divergence");
    assert_stop_shown(&h, "divergence");
    assert_korean(&h, "divergence", &[]);
}

#[test]
fn a_step_layer_cannot_be_trained_by_backpropagation() {
    let mut s = small_settings(Generator::Circle);
    s.config = s.config.with_hidden(&[4], Activation::Heaviside);
    let mut h = korean(s);
    play_until_stopped(&mut h, "the refusal");
    assert_stop_shown(&h, "a step layer");
    assert_korean(&h, "a step layer", &[]);
}

#[test]
fn invalid_settings_from_a_damaged_settings_file() {
    // Values no control of the window can make, as an old or hand-edited
    // settings file may hold them.
    let mut damaged = small_settings(Generator::Spiral);
    damaged.view.language = Some(Language::Ko);
    damaged.config.hidden[0].neurons = 1000;
    damaged.config.learning_rate = 50.0;
    damaged.view.grid_resolution = 100_000;
    damaged.view.pace = TrainPace::EpochsPerSecond(1e9);
    let mut storage = MemoryStorage::default();
    eframe::set_value(&mut storage, "nnlab-settings", &damaged);
    let ctx = egui::Context::default();
    let mut app = NnlabApp::from_storage(Some(&storage), &ctx);
    app.use_path_prompts();
    let h = window(app);
    assert_notice_shown(&h, "damaged settings");
    assert_korean(&h, "damaged settings", &[]);
}

#[test]
fn a_change_beyond_the_limits() {
    let mut h = korean(small_settings(Generator::Spiral));
    let mut config = h.state().settings.config.clone();
    config.learning_rate = 50.0;
    h.state_mut()
        .apply(Action::SetConfig(Box::new(config)), &egui::Context::default());
    h.run_steps(3);
    assert_notice_shown(&h, "a refused change");
    assert_korean(&h, "a refused change", &[]);
}

#[test]
fn a_worker_crash() {
    let mut h = korean(small_settings(Generator::Spiral));
    h.state_mut().apply(Action::CrashWorker, &egui::Context::default());
    wait_for(&mut h, "the crash report", |a| a.notice.is_some());
    h.run_steps(3);
    assert_notice_shown(&h, "a worker crash");
    assert_korean(&h, "a worker crash", &[]);
}

#[test]
fn saving_before_the_first_network() {
    let mut settings = small_settings(Generator::Spiral);
    settings.view.language = Some(Language::Ko);
    let d = nnlab::app::default_dataset(&settings);
    let mut app = NnlabApp::new(settings, d, Arc::new(|| {}));
    // No frame yet: the worker's first network has not arrived.
    app.apply(Action::SaveSession, &egui::Context::default());
    let h = window(app);
    assert_notice_shown(&h, "no network yet");
    assert_korean(&h, "no network yet", &[]);
}

/// Opens `path` and waits for the window's message.
fn open_refused(h: &mut Harness<'_, NnlabApp>, path: &Path) {
    h.state_mut().notice = None;
    h.state_mut().open_path(path.to_path_buf());
    wait_for(h, "the refusal", |a| a.notice.is_some());
    h.run_steps(3);
}

#[test]
fn refused_files() {
    let dir = tempfile::tempdir().unwrap();
    let own = dir.path().display().to_string();
    let mut h = korean(small_settings(Generator::Spiral));
    let cases: [(&str, &[u8]); 5] = [
        ("빈.csv", b""),
        ("그림.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        ("없음.csv", b"-"),
        ("세션.json", b"{\"format\": \"nnlab-session\", \"version\": 2}"),
        ("수업.toml", b"[lesson\nid = 1"),
    ];
    for (name, bytes) in cases {
        let path = dir.path().join(name);
        if bytes != b"-" {
            std::fs::write(&path, bytes).unwrap();
        }
        open_refused(&mut h, &path);
        assert_notice_shown(&h, name);
        assert_korean(&h, name, &[&own, name]);
    }
    let session = dir.path().join("손상.json");
    let mut text = String::from("{\"format\": \"nnlab-session\", \"version\": 1, \"dataset\": ");
    text.push_str("{\"points\": 3}}");
    std::fs::write(&session, text).unwrap();
    open_refused(&mut h, &session);
    assert_notice_shown(&h, "a damaged session");
    // The JSON reader's own account of the damage names fields as the file
    // spells them (`points`, `map`): that part is the file's, not ours.
    let own_words = [own.as_str(), "손상.json"];
    let damage = screen_texts(&h, &own_words)
        .into_iter()
        .find(|t| t.contains("손상"))
        .expect("the damage is named");
    assert!(damage.chars().any(is_hangul), "{damage}");
}

#[test]
fn a_refused_import() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("이름.csv");
    let mut text = String::from("가,나,이름\n");
    for i in 0..300 {
        text.push_str(&format!("{i},{},사람{i}\n", i % 9));
    }
    std::fs::write(&path, text).unwrap();
    let mut h = korean(small_settings(Generator::Spiral));
    h.state_mut().open_path(path);
    wait_for(&mut h, "the import window", NnlabApp::import_dialog_open);
    h.step();
    h.get_by_label(&ko("import-import")).click();
    // "서로 다른 레이블이 300개입니다 …": the refusal names the count.
    wait_for_label(&mut h, "300");
    h.run_steps(2);
    let own = dir.path().display().to_string();
    assert_korean(&h, "a refused import", &[&own, "이름.csv"]);
    assert!(h.state().import_dialog_open(), "the window stays open");
}
