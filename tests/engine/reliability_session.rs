//! Damaged session files: wrong version, truncated, wrong types, missing
//! fields, huge arrays, weights that do not fit the network. Each is
//! refused with a reason saying what is wrong, never a panic, and the
//! window keeps what it had (never a half-loaded state).

#![allow(clippy::unwrap_used)]

use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use crate::common::generated;
use nnlab::app::{NnlabApp, Settings};
use nnlab::data::{DataError, Generator, PointProblem};
use nnlab::i18n::Message;
use nnlab::nn::{Activation, ConfigError};
use nnlab::session::{MAX_SESSION_BYTES, Session, SessionError};
use nnlab::train::{DEFAULT_HISTORY_CAPACITY, TrainConfig, Trainer, split_dataset};
use serde_json::{Value, json};

/// A valid session (3 classes, a 2-8-8-3 network) as JSON text.
fn good() -> &'static str {
    static GOOD: OnceLock<String> = OnceLock::new();
    GOOD.get_or_init(|| {
        let mut data = generated(Generator::Spiral, 90, 0.1, 3, 5);
        let config = TrainConfig::default();
        split_dataset(&mut data, &config);
        let mut t = Trainer::new(&data, config.check().unwrap()).unwrap();
        t.train_epochs(2).unwrap();
        Session::capture(&data, &t).to_json()
    })
}

/// The good session with one edit.
fn edited(f: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(good()).unwrap();
    f(&mut v);
    v.to_string()
}

/// Loads `text`, which must be refused for the reason `expected` says.
fn refused(text: &str, expected: impl Fn(&SessionError) -> bool) -> SessionError {
    let err = Session::from_json(text).unwrap_err();
    assert!(expected(&err), "unexpected: {err:?}");
    err
}

/// A file of the wrong shape, with what the JSON reader said about it.
fn damaged_in(err: &SessionError, part: &str, said: &str) -> bool {
    matches!(err, SessionError::Damaged { section: Some(s), detail, .. } if *s == part && detail.contains(said))
}

#[test]
fn wrong_versions() {
    let version =
        |found| move |e: &SessionError| matches!(e, SessionError::Version { found: f, supported: 1 } if *f == found);
    refused(&edited(|v| v["version"] = 2.into()), version(2));
    refused(&edited(|v| v["version"] = 0.into()), version(0));
    refused(&edited(|v| v["version"] = "1".into()), version(0));
    refused(
        &edited(|v| {
            v.as_object_mut().unwrap().remove("version");
        }),
        version(0),
    );
    refused(&edited(|v| v["format"] = "other-app".into()), |e| {
        matches!(e, SessionError::NotASession)
    });
}

#[test]
fn truncated_files() {
    let text = good();
    for cut in [0, 1, 10, text.len() / 3, text.len() / 2, text.len() - 2] {
        let err = Session::from_json(&text[..cut]).unwrap_err();
        assert!(
            matches!(err, SessionError::NotJson { truncated: true, .. }),
            "cut at {cut}: {err:?}"
        );
    }
    let err = Session::from_json("{\"format\": nnlab}").unwrap_err();
    assert!(
        matches!(
            err,
            SessionError::NotJson {
                line: 1,
                truncated: false,
                ..
            }
        ),
        "{err:?}"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    std::fs::write(&path, b"{\"format\": \"nnlab-session\", \xff\xfe}").unwrap();
    assert!(matches!(Session::load(&path), Err(SessionError::NotUtf8)));
}

#[test]
fn wrong_types() {
    // Named by part, with the line and column in the file as saved.
    let mut v: Value = serde_json::from_str(good()).unwrap();
    v["config"]["learning_rate"] = "fast".into();
    let pretty = serde_json::to_string_pretty(&v).unwrap();
    let line = 1 + pretty[..pretty.find("\"fast\"").unwrap()].matches('\n').count();
    let err = refused(&pretty, |e| {
        damaged_in(e, "config", "invalid type: string \"fast\", expected f32")
    });
    assert!(
        matches!(err, SessionError::Damaged { line: l, .. } if l == line),
        "{err:?} is not at line {line}"
    );
    refused(&edited(|v| v["config"]["batch_size"] = (-5).into()), |e| {
        damaged_in(e, "config", "invalid value")
    });
    refused(&edited(|v| v["dataset"]["points"] = json!({"x": 1})), |e| {
        damaged_in(e, "dataset", "")
    });
    refused(&edited(|v| v["network"]["layers"][0]["bias"][0] = "x".into()), |e| {
        damaged_in(e, "network", "")
    });
    refused(
        &edited(|v| v["network"]["layers"][0]["activation"] = "swish".into()),
        |e| damaged_in(e, "network", "swish"),
    );
    refused(&edited(|v| v["progress"]["epoch"] = 1.5.into()), |e| {
        damaged_in(e, "progress", "")
    });
}

#[test]
fn missing_fields() {
    for key in ["dataset", "config", "network", "progress"] {
        refused(
            &edited(|v| {
                v.as_object_mut().unwrap().remove(key);
            }),
            |e| damaged_in(e, key, key),
        );
    }
    refused(
        &edited(|v| {
            v["network"]["layers"][1].as_object_mut().unwrap().remove("weights");
        }),
        |e| damaged_in(e, "network", "weights"),
    );
}

#[test]
fn huge_arrays() {
    let million = Value::Array(vec![json!(0.25); 1_000_000]);
    refused(&edited(|v| v["network"]["layers"][0]["bias"] = million.clone()), |e| {
        matches!(
            e,
            SessionError::LayerShape {
                layer: 1,
                rows: 2,
                cols: 8
            }
        )
    });
    let layers = vec![json!({"neurons": 8, "activation": "tanh"}); 1000];
    refused(&edited(|v| v["config"]["hidden"] = Value::Array(layers)), |e| {
        matches!(
            e,
            SessionError::Config(ConfigError::TooManyLayers { found: 1000, max: 8 })
        )
    });
    refused(&edited(|v| v["config"]["hidden"][0]["neurons"] = 100_000.into()), |e| {
        matches!(
            e,
            SessionError::Config(ConfigError::LayerWidth {
                layer: 1,
                neurons: 100_000,
                max: 64
            })
        )
    });
    // A long history loads, downsampled to its capacity.
    let long = edited(|v| {
        let point = v["progress"]["history"][0].clone();
        v["progress"]["history"] = (0..100_000u64)
            .map(|e| {
                let mut p = point.clone();
                p["epoch"] = e.into();
                p
            })
            .collect();
    });
    let t = Session::from_json(&long).unwrap().into_trainer().unwrap();
    assert!(t.history().points().len() <= DEFAULT_HISTORY_CAPACITY);
    // A file too big to be a session is refused before it is read.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    std::fs::File::create(&path)
        .unwrap()
        .set_len(MAX_SESSION_BYTES + 1)
        .unwrap();
    let err = Session::load(&path).unwrap_err();
    assert!(matches!(err, SessionError::TooLarge { .. }), "{err:?}");
}

#[test]
fn weights_that_do_not_fit_the_network() {
    refused(
        &edited(|v| {
            v["network"]["layers"][1]["weights"].as_array_mut().unwrap().pop();
        }),
        |e| {
            matches!(
                e,
                SessionError::LayerShape {
                    layer: 2,
                    rows: 8,
                    cols: 8
                }
            )
        },
    );
    refused(
        &edited(|v| {
            v["network"]["layers"][2]["weights"][0]
                .as_array_mut()
                .unwrap()
                .push(json!(1.0));
        }),
        |e| {
            matches!(
                e,
                SessionError::LayerShape {
                    layer: 3,
                    rows: 8,
                    cols: 3
                }
            )
        },
    );
    refused(
        &edited(|v| {
            v["network"]["layers"].as_array_mut().unwrap().pop();
        }),
        |e| matches!(e, SessionError::LayerCount { stored: 2, expected: 3 }),
    );
    refused(
        &edited(|v| v["network"]["layers"][0]["activation"] = "relu".into()),
        |e| {
            matches!(
                e,
                SessionError::LayerActivation {
                    layer: 1,
                    stored: Activation::Relu,
                    expected: Activation::Tanh
                }
            )
        },
    );
    refused(&edited(|v| v["network"]["head"]["classes"] = 2.into()), |e| {
        matches!(e, SessionError::Classes { network: 2, dataset: 3 })
    });
    // 1e39 does not fit an f32: it would be infinite.
    refused(
        &edited(|v| v["network"]["layers"][0]["weights"][0][0] = 1e39.into()),
        |e| matches!(e, SessionError::NotFinite { layer: 1, value } if value.is_infinite()),
    );
    refused(&edited(|v| v["dataset"]["points"][3]["y"] = 7.0.into()), |e| {
        matches!(
            e,
            SessionError::Data(DataError::BadPoint {
                index: 3,
                problem: PointProblem::NotAClass { label: 7.0, .. }
            })
        )
    });
}

#[test]
fn a_bad_session_leaves_the_window_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let s = Settings::default();
    let d = nnlab::app::default_dataset(&s);
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(
            |ui, app: &mut NnlabApp| app.frame_ui(ui),
            NnlabApp::new(s, d, Arc::new(|| {})),
        );
    let wait = |h: &mut egui_kittest::Harness<'_, NnlabApp>, cond: &dyn Fn(&NnlabApp) -> bool| {
        let start = Instant::now();
        while !cond(h.state()) {
            assert!(start.elapsed() < Duration::from_secs(30));
            h.step();
            std::thread::sleep(Duration::from_millis(5));
        }
    };
    wait(&mut h, &|a| a.snapshot().is_some());
    let (data, net, config) = {
        let a = h.state();
        (
            a.dataset.clone(),
            a.snapshot().unwrap().net.clone(),
            a.settings.config.clone(),
        )
    };
    // Valid up to the last layer, whose weights do not fit.
    let bad = dir.path().join("bad.json");
    let text = edited(|v| {
        v["network"]["layers"][2]["bias"].as_array_mut().unwrap().pop();
    });
    std::fs::write(&bad, text).unwrap();
    h.state_mut().open_path(bad);
    wait(&mut h, &|a| a.notice.as_ref().is_some_and(|n| n.is_error()));
    h.run_steps(3);
    let a = h.state();
    assert!(matches!(
        a.notice.as_ref().unwrap().message,
        Message::SessionFile {
            error: SessionError::LayerShape { layer: 3, .. },
            ..
        }
    ));
    assert!(a.dataset == data, "the data is untouched");
    assert_eq!(a.settings.config, config, "the settings are untouched");
    assert_eq!(a.snapshot().unwrap().net, net, "the network is untouched");
}

#[test]
fn absurd_progress_counts() {
    // Found by the property test: u64::MAX samples overflowed on the next batch.
    refused(
        &edited(|v| v["progress"]["samples_seen"] = u64::MAX.into()),
        |e| matches!(e, SessionError::ProgressTooLarge { samples: u64::MAX, max, .. } if *max == 1 << 53),
    );
    refused(
        &edited(|v| v["progress"]["epoch"] = (1u64 << 60).into()),
        |e| matches!(e, SessionError::ProgressTooLarge { epoch, .. } if *epoch == 1 << 60),
    );
}
