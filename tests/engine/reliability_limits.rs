//! Every limit is enforced with a reason that carries the value and the
//! allowed range, in the engine, the window and the command line (whose
//! words are checked here): hidden layers, neurons, classes, points, grid
//! size, learning rate, batch size.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use crate::common::generated;
use nnlab::app::{GRID_RESOLUTIONS, NnlabApp, Settings};
use nnlab::data::{DataError, Dataset, GenParams, Generator, MAX_CLASSES, MAX_POINTS, generate};
use nnlab::i18n::Message;
use nnlab::i18n::words::SettingsFix;
use nnlab::nn::{Activation, ConfigError, MAX_HIDDEN_LAYERS, MAX_NEURONS};
use nnlab::train::{
    GridSpec, MAX_LEARNING_RATE, MIN_LEARNING_RATE, StartError, TrainConfig, ValidConfig, WorkerHandle,
};

fn config_error(c: TrainConfig) -> ConfigError {
    c.check().unwrap_err()
}

#[test]
fn network_shape_limits() {
    assert_eq!((MAX_HIDDEN_LAYERS, MAX_NEURONS), (8, 64));
    let ok = TrainConfig::default().with_hidden(&[64; 8], Activation::Tanh);
    assert!(ok.check().is_ok(), "the limits themselves are fine");
    assert_eq!(
        config_error(TrainConfig::default().with_hidden(&[8; 9], Activation::Tanh)),
        ConfigError::TooManyLayers { found: 9, max: 8 }
    );
    for neurons in [65, 0] {
        assert_eq!(
            config_error(TrainConfig::default().with_hidden(&[neurons], Activation::Relu)),
            ConfigError::LayerWidth {
                layer: 1,
                neurons,
                max: 64
            }
        );
    }
}

#[test]
fn learning_rate_and_batch_limits() {
    for lr in [0.0, 5e-7, -1.0, 10.5, f32::NAN, f32::INFINITY] {
        let e = config_error(TrainConfig {
            learning_rate: lr,
            ..TrainConfig::default()
        });
        assert!(
            matches!(e, ConfigError::LearningRate { value, min, max }
                if (value == lr || lr.is_nan() && value.is_nan()) && (min, max) == (MIN_LEARNING_RATE, MAX_LEARNING_RATE)),
            "{e:?}"
        );
    }
    assert_eq!((MIN_LEARNING_RATE, MAX_LEARNING_RATE), (1e-6, 10.0));
    for lr in [1e-6, 10.0] {
        let c = TrainConfig {
            learning_rate: lr,
            ..TrainConfig::default()
        };
        assert!(c.check().is_ok(), "{lr} is within the range");
    }
    for batch in [0, 100_001] {
        let e = config_error(TrainConfig {
            batch_size: batch,
            ..TrainConfig::default()
        });
        assert_eq!(
            e,
            ConfigError::BatchSize {
                value: batch,
                max: 100_000
            }
        );
    }
}

#[test]
fn class_and_point_limits() {
    let e = generate(
        Generator::Blobs,
        &GenParams {
            classes: 7,
            ..GenParams::default()
        },
    )
    .unwrap_err();
    assert!(matches!(e, DataError::ClassCount { found: 7, max: 6, .. }), "{e:?}");
    for points in [0, MAX_POINTS + 1] {
        let e = generate(
            Generator::Moons,
            &GenParams {
                points,
                ..GenParams::default()
            },
        )
        .unwrap_err();
        assert!(
            matches!(e, DataError::PointCount { found, max } if found == points && max == MAX_POINTS),
            "{e:?}"
        );
    }
    let mut d = Dataset::new_classification("many", MAX_CLASSES + 1);
    d.points = generated(Generator::Moons, 10, 0.1, 2, 1).points;
    let e = d.validate().unwrap_err();
    assert!(matches!(e, DataError::TooManyClasses { found: 17, limit: 16 }), "{e:?}");
}

#[test]
fn grid_limits() {
    let data = generated(Generator::Moons, 50, 0.1, 2, 1);
    for resolution in [0, GridSpec::MAX_RESOLUTION + 1, 100_000] {
        let grid = GridSpec::around(&data, resolution);
        assert!(!grid.is_valid());
        let e = WorkerHandle::spawn(data.clone(), ValidConfig::default(), grid, Arc::new(|| {}))
            .err()
            .unwrap();
        assert_eq!(e, StartError::BadGrid { grid, max: 512 });
    }
    // Stored settings with an absurd resolution: clamped, and the user told.
    let mut settings = Settings::default();
    settings.view.grid_resolution = 100_000;
    let d = nnlab::app::default_dataset(&settings);
    let app = NnlabApp::new(settings, d, Arc::new(|| {}));
    assert_eq!(app.settings.view.grid_resolution, *GRID_RESOLUTIONS.end());
    let notice = app.notice.as_ref().unwrap();
    assert!(notice.is_error());
    assert!(
        matches!(&notice.message, Message::SettingsFixed(fixes) if fixes == &[SettingsFix::GridResolution {
            found: 100_000,
            used: 256,
            min: 32,
            max: 256
        }]),
        "{:?}",
        notice.message
    );
}

#[test]
fn the_window_refuses_stored_settings_beyond_the_limits() {
    let mut settings = Settings::default();
    settings.config = settings.config.with_hidden(&[8; 12], Activation::Tanh);
    let d = nnlab::app::default_dataset(&settings);
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(
            |ui, app: &mut NnlabApp| app.frame_ui(ui),
            NnlabApp::new(settings, d, Arc::new(|| {})),
        );
    let start = std::time::Instant::now();
    while h.state().snapshot().is_none() {
        assert!(start.elapsed().as_secs() < 30, "the worker starts anyway");
        h.step();
    }
    h.run_steps(3);
    let message = &h.state().notice.as_ref().unwrap().message;
    assert!(
        matches!(message, Message::SettingsFixed(fixes) if fixes == &[SettingsFix::Config(ConfigError::TooManyLayers {
            found: 12,
            max: 8
        })]),
        "{message:?}"
    );
    let net = &h.state().snapshot().unwrap().net;
    assert_eq!(
        net.layers.len(),
        TrainConfig::default().hidden.len() + 1,
        "trains with the defaults"
    );
}

#[test]
fn the_command_line_names_each_limit() {
    let fails = |args: &[&str], expected: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_nnlab"))
            .args(args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expected), "{args:?}: {err}");
    };
    fails(&["train", "--hidden", "8,8,8,8,8,8,8,8,8"], "at most 8");
    fails(&["train", "--hidden", "65"], "1 to 64");
    fails(&["train", "--lr", "0"], "outside the allowed range 0.000001 to 10");
    fails(&["train", "--lr", "11"], "outside the allowed range 0.000001 to 10");
    fails(&["train", "--dataset", "blobs", "--classes", "17"], "17");
    fails(&["train", "--points", "0"], "between 1 and 5000000");
}
