//! Errors of the exports, the inspector, the labs and the loss landscape
//! reach a Korean learner in Korean (the window's own errors and the
//! screen reading are in `errors_ko.rs`).

#![allow(clippy::unwrap_used)]

use crate::common::ui::{small_settings, wait_for};
use crate::errors_ko::{assert_korean, assert_notice_shown, is_hangul, ko, korean};
use egui_kittest::kittest::Queryable;
use nnlab::app::{Action, Tab};
use nnlab::data::Generator;
use nnlab::labs::data::LabData;
use nnlab::nn::Activation;
use nnlab::train::landscape::LandscapeError;

#[test]
fn keras_cannot_train_a_step_layer() {
    let mut s = small_settings(Generator::Xor);
    s.config = s.config.with_hidden(&[2], Activation::Heaviside);
    let mut h = korean(s);
    h.get_by_label(&ko("menu-file")).click();
    h.run_steps(2);
    h.get_by_label(&ko("menu-export-keras")).hover();
    h.run_steps(3);
    h.get_by_label_contains(&ko("menu-export-keras-script")).click();
    h.run_steps(3);
    // Close the menu so only the message is new on screen.
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert_notice_shown(&h, "a Keras refusal");
    assert_korean(&h, "a Keras refusal", &[]);
}

#[test]
fn an_animation_that_cannot_be_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("없는 폴더").join("훈련.gif");
    let mut h = korean(small_settings(Generator::Xor));
    h.state_mut()
        .apply(Action::ExportAnimationTo(path.clone()), &egui::Context::default());
    wait_for(&mut h, "the failed export", |a| a.notice.is_some());
    h.run_steps(3);
    assert_notice_shown(&h, "an animation not written");
    let own = path.display().to_string();
    assert_korean(&h, "an animation not written", &[&own]);
}

#[test]
fn an_inspector_sample_that_does_not_exist() {
    let mut h = korean(small_settings(Generator::Xor));
    h.get_by_label(&ko("editor-inspect")).click();
    h.run_steps(2);
    h.get_by_label(&ko("inspector-sample")).focus();
    h.step();
    h.get_by_label(&ko("inspector-sample")).type_text("99999");
    h.step();
    h.get_by_label(&ko("inspector-go")).click();
    h.run_steps(3);
    assert_notice_shown(&h, "a sample out of range");
    assert_korean(&h, "a sample out of range", &[]);
}

#[test]
fn the_perceptron_lab_without_points() {
    let mut h = korean(small_settings(Generator::Xor));
    h.state_mut().labs.perceptron.lab.choose(LabData::Custom);
    h.state_mut().settings.view.tab = Tab::Perceptron;
    h.run_steps(3);
    let reason = h.state().labs.perceptron.lab.trainer().err().unwrap().to_string();
    assert!(reason.chars().any(is_hangul), "{reason}");
    // Beside the TLU and under the plots.
    assert!(
        h.query_all_by_label_contains(&reason).next().is_some(),
        "{reason:?} is not on screen"
    );
    assert_korean(&h, "the perceptron lab without points", &[]);
}

#[test]
fn a_loss_landscape_without_training_points() {
    let mut h = korean(small_settings(Generator::Xor));
    wait_for(&mut h, "the first network", |a| a.snapshot().is_some());
    h.state_mut().apply(Action::Clear, &egui::Context::default());
    h.state_mut().settings.view.show_landscape = true;
    wait_for(&mut h, "the refusal", |a| a.landscape.message.is_some());
    h.run_steps(3);
    let message = h.state().landscape.message.as_ref().unwrap();
    assert!(
        matches!(
            message,
            nnlab::i18n::Message::Landscape(LandscapeError::NoTrainingPoints)
        ),
        "{message:?}"
    );
    let text = message.to_string();
    assert!(text.chars().any(is_hangul), "{text}");
    assert!(h.query_by_label(&text).is_some(), "{text:?} is not on screen");
    assert_korean(&h, "a landscape without training points", &[]);
}
