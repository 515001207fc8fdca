//! File ▸ Export to Keras in the window: the menu writes the same script
//! and notebook as `nnlab export`, and refuses a network Keras cannot train
//! before asking for a file name.

#![allow(clippy::unwrap_used)]

mod common;

use common::ui::{choose_path, harness, small_app, wait_for};
use egui_kittest::kittest::Queryable;
use nnlab::app::Action;
use nnlab::data::Generator;
use nnlab::nn::Activation;

/// Opens File ▸ Export to Keras ▸ `item` by clicking through the menus.
fn click_export(h: &mut egui_kittest::Harness<'_, nnlab::app::NnlabApp>, item: &str) {
    h.get_by_label("File").click();
    h.run_steps(2);
    // A submenu opens when hovered.
    h.get_by_label("Export to Keras").hover();
    h.run_steps(3);
    // Menu items carry their (empty) shortcut after the text.
    h.get_by_label_contains(item).click();
    h.run_steps(2);
}

#[test]
fn the_menu_writes_a_keras_script_and_a_notebook() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(small_app(Generator::Xor));
    h.state_mut().apply(Action::StepEpoch, &egui::Context::default());
    wait_for(&mut h, "a trained network", |a| {
        a.snapshot().is_some_and(|s| s.epoch >= 1)
    });

    let script = dir.path().join("model.py");
    click_export(&mut h, "Keras script…");
    choose_path(&mut h, &script);
    wait_for(&mut h, "the script", |_| script.exists());
    let text = std::fs::read_to_string(&script).unwrap();
    assert!(text.contains("keras.Sequential"), "{text}");
    assert!(text.contains("set_weights"), "{text}");
    assert!(!text.contains("import tensorflow"), "must run on any backend");

    let book = dir.path().join("model.ipynb");
    click_export(&mut h, "Jupyter notebook…");
    choose_path(&mut h, &book);
    wait_for(&mut h, "the notebook", |_| book.exists());
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&book).unwrap()).unwrap();
    assert!(json["cells"].as_array().is_some_and(|c| c.len() > 2));
}

#[test]
fn a_step_layer_is_refused_before_any_file_name_is_asked() {
    let mut app = small_app(Generator::Xor);
    app.settings
        .config
        .hidden
        .iter_mut()
        .for_each(|l| l.activation = Activation::Heaviside);
    let mut h = harness(app);
    wait_for(&mut h, "a network", |a| a.snapshot().is_some());
    click_export(&mut h, "Keras script…");
    let notice = h.state().notice.clone().expect("an error notice");
    assert!(notice.is_error);
    assert!(notice.text.contains("cannot export to Keras"), "{}", notice.text);
    assert!(
        notice.text.contains("heaviside"),
        "names the step layer: {}",
        notice.text
    );
    // No path prompt opened.
    assert!(h.query_by_label("OK").is_none());
}
