//! A session opened in the window brings its generator with it: the Data
//! panel names what made the points, and Regenerate makes more of the same
//! (a moons session never turns into a spiral).

#![allow(clippy::unwrap_used)]

use crate::common::generated;
use crate::common::ui::{small_app, wait_for};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::NnlabApp;
use nnlab::data::Generator;
use nnlab::session::Session;
use nnlab::train::{TrainConfig, Trainer, split_dataset};

#[test]
fn a_moons_session_shows_moons_and_regenerates_moons() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("moons.json");
    let mut data = generated(Generator::Moons, 300, 0.2, 2, 9);
    split_dataset(&mut data, &TrainConfig::default());
    let trainer = Trainer::new(&data, TrainConfig::default().check().unwrap()).unwrap();
    Session::capture(&data, &trainer).save(&path).unwrap();

    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), small_app(Generator::Spiral));
    h.state_mut().open_path(path);
    wait_for(&mut h, "the session", |a| a.dataset.generator == Some(Generator::Moons));
    h.run_steps(2);
    assert!(
        h.query_by_value("Two moons").is_some(),
        "the Data panel names the moons"
    );
    assert!(h.query_by_value("Spiral").is_none());
    let params = h.state().settings.gen_params;
    assert_eq!(
        (params.points, params.noise, params.seed),
        (300, 0.2, 9),
        "the generator settings are the session's"
    );

    h.get_by_label("Regenerate").click();
    h.run_steps(2);
    let d = &h.state().dataset;
    assert_eq!(d.generator, Some(Generator::Moons), "Regenerate made moons");
    assert_eq!(d.points.len(), 300);
}
