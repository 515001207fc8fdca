//! File ▸ Export to Keras in the window: the menu writes the same script
//! and notebook as `nnlab export`, and refuses a network Keras cannot train
//! before asking for a file name.

#![allow(clippy::unwrap_used)]

use crate::common::ui::{choose_path, harness, small_app, wait_for};
use egui_kittest::kittest::Queryable;
use nnlab::app::Action;
use nnlab::data::Generator;
use nnlab::export::ExportError;
use nnlab::i18n::Message;
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
    let mut config = app.settings.config.clone();
    (config.hidden.iter_mut()).for_each(|l| l.activation = Activation::Heaviside);
    app.apply(Action::SetConfig(Box::new(config)), &egui::Context::default());
    let mut h = harness(app);
    wait_for(&mut h, "the step network", |a| {
        a.snapshot()
            .is_some_and(|s| s.net.layers[0].activation == Activation::Heaviside)
    });
    click_export(&mut h, "Keras script…");
    let notice = h.state().notice.as_ref().expect("an error notice");
    assert!(notice.is_error());
    assert!(
        matches!(
            notice.message,
            Message::KerasRefused(ExportError::StepActivation {
                layer: 1,
                activation: Activation::Heaviside
            })
        ),
        "names the step layer: {:?}",
        notice.message
    );
    // No path prompt opened.
    assert!(h.query_by_label("OK").is_none());
}

#[test]
fn a_session_continued_in_keras_stays_marked_when_saved_again_until_reset() {
    let dir = tempfile::tempdir().unwrap();
    let (first, marked, again, after_reset) = (
        dir.path().join("first.json"),
        dir.path().join("marked.json"),
        dir.path().join("again.json"),
        dir.path().join("reset.json"),
    );
    let mut h = harness(small_app(Generator::Xor));
    let ctx = egui::Context::default();
    h.state_mut().apply(Action::StepEpoch, &ctx);
    wait_for(&mut h, "a trained network", |a| {
        a.snapshot().is_some_and(|s| s.epoch >= 1)
    });
    h.state_mut().apply(Action::SaveSession, &ctx);
    choose_path(&mut h, &first);
    wait_for(&mut h, "the save", |_| first.exists());

    // What `python MODEL.py --fit N --save OUT.json` writes: a stretch of
    // epochs trained in Keras.
    let mut json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&first).unwrap()).unwrap();
    let stretch = serde_json::json!({"tool": "Keras 3.15.1 (jax)", "first_epoch": 2, "epochs": 5});
    json["progress"]["continued_in"] = serde_json::json!([stretch]);
    std::fs::write(&marked, json.to_string()).unwrap();

    let continued = |path: &std::path::Path| -> serde_json::Value {
        let saved: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        saved["progress"]["continued_in"].clone()
    };
    h.state_mut().apply(Action::OpenSession, &ctx);
    choose_path(&mut h, &marked);
    wait_for(&mut h, "the opened session", |a| {
        a.notice
            .as_ref()
            .is_some_and(|n| matches!(&n.message, Message::OpenedSession { name, .. } if name.contains("marked")))
    });
    h.state_mut().apply(Action::SaveSession, &ctx);
    choose_path(&mut h, &again);
    wait_for(&mut h, "the second save", |_| again.exists());
    assert_eq!(
        continued(&again),
        serde_json::json!([stretch]),
        "the mark survives a save"
    );

    // New weights: the mark no longer describes them.
    h.state_mut().apply(Action::Reset, &ctx);
    h.run_steps(2);
    h.state_mut().apply(Action::SaveSession, &ctx);
    choose_path(&mut h, &after_reset);
    wait_for(&mut h, "the third save", |_| after_reset.exists());
    let cleared = continued(&after_reset);
    assert!(cleared.is_null() || cleared == serde_json::json!([]), "{cleared}");
}
