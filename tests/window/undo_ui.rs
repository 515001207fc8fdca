//! The window's one undo history, driven through egui_kittest: every kind
//! of change (points, sliders, the network's shape, hand edits) is one step
//! of the same history; a drag is one step however many frames it lasts;
//! steps store what changed, not copies of the data; and stored settings
//! that fail validation do not leave the window stuck.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use crate::common::ui::{small_app, small_settings, wait_for};
use egui::{Event, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::{Action, NnlabApp, Settings};
use nnlab::data::{GenParams, Generator};
use nnlab::i18n::Message;
use nnlab::i18n::words::SettingsFix;
use nnlab::nn::ConfigError;

fn harness(app: NnlabApp) -> Harness<'static, NnlabApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    wait_for(&mut h, "the first snapshot", |a| a.snapshot().is_some());
    h.run_steps(2);
    h
}

fn shape(a: &NnlabApp) -> Vec<usize> {
    a.snapshot().map(|s| s.net.shape()).unwrap_or_default()
}

fn pointer(h: &mut Harness<'_, NnlabApp>, event: Event) {
    h.event(event);
    h.step();
}

fn button(pos: Pos2, pressed: bool) -> Event {
    Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::default(),
    }
}

/// Presses at `from`, moves there in `steps` frames to `to`, releases.
fn drag(h: &mut Harness<'_, NnlabApp>, from: Pos2, to: Pos2, steps: usize) {
    pointer(h, Event::PointerMoved(from));
    pointer(h, button(from, true));
    for k in 1..=steps {
        pointer(h, Event::PointerMoved(from + (to - from) * (k as f32 / steps as f32)));
    }
    pointer(h, button(to, false));
    h.step();
}

fn undo(h: &mut Harness<'_, NnlabApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.step();
}

#[test]
fn one_history_takes_back_points_sliders_shape_and_weights_in_order() {
    let mut h = harness(small_app(Generator::Spiral));
    let data = h.state().dataset.clone();
    let config = h.state().settings.config.clone();

    // A point dragged over 20 frames.
    let x = data.points[0].x;
    let from = h.state().boundary_screen_pos(x).unwrap();
    drag(&mut h, from, from + egui::vec2(40.0, 30.0), 20);
    assert_ne!(h.state().dataset.points[0].x, x, "the point moved");
    assert_eq!(h.state().undo_len(), 1, "a drag is one step");

    // The test-ratio slider dragged over 20 frames.
    let slider = h
        .get_by_role_and_label(egui::accesskit::Role::Slider, "test ratio")
        .rect();
    drag(&mut h, slider.left_center() + egui::vec2(3.0, 0.0), slider.center(), 20);
    let ratio = h.state().settings.config.test_ratio;
    assert!(ratio > config.test_ratio + 0.1, "the ratio moved to {ratio}");
    assert_eq!(h.state().undo_len(), 2, "a slider drag is one step");

    // A layer added in the network editor.
    h.get_by_label("Add layer").click();
    wait_for(&mut h, "a third hidden layer", |a| shape(a) == [2, 8, 8, 8, 1]);
    assert_eq!(h.state().undo_len(), 3);

    // Ctrl+Z three times: the layer, the ratio (and its split), the point.
    undo(&mut h);
    wait_for(&mut h, "the layer undone", |a| shape(a) == [2, 8, 8, 1]);
    undo(&mut h);
    assert_eq!(h.state().settings.config.test_ratio, config.test_ratio);
    undo(&mut h);
    assert!(*h.state().dataset == *data, "the data is exactly as it was");
    assert_eq!(h.state().settings.config, config);
    assert_eq!(h.state().undo_len(), 0);

    // Redo goes forward again, oldest first.
    for _ in 0..2 {
        h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
        h.step();
    }
    assert_eq!(h.state().settings.config.test_ratio, ratio);
    assert_ne!(h.state().dataset.points[0].x, x);
}

#[test]
fn steps_store_what_changed_not_the_data() {
    // 100,000 points: a copy of the data would be over 3 MB per step.
    let settings = Settings {
        generator: Generator::Circle,
        gen_params: GenParams {
            points: 100_000,
            noise: 0.1,
            classes: 2,
            seed: 3,
        },
        ..Settings::default()
    };
    let data = nnlab::app::default_dataset(&settings);
    let mut h = harness(NnlabApp::new(settings, data, Arc::new(|| {})));
    let x = h.state().dataset.points[0].x;
    let from = h.state().boundary_screen_pos(x).unwrap();
    drag(&mut h, from, from + egui::vec2(50.0, 0.0), 30);
    assert_eq!(h.state().undo_len(), 1);
    assert!(
        h.state().undo_bytes() < 1024,
        "a moved point: {} bytes",
        h.state().undo_bytes()
    );

    let before = h.state().dataset.clone();
    let slider = h
        .get_by_role_and_label(egui::accesskit::Role::Slider, "test ratio")
        .rect();
    drag(&mut h, slider.left_center() + egui::vec2(3.0, 0.0), slider.center(), 30);
    let flipped = h
        .state()
        .dataset
        .points
        .iter()
        .zip(&before.points)
        .filter(|(a, b)| a.test != b.test)
        .count();
    assert!(flipped > 10_000, "{flipped} points changed side");
    // Four bytes per flipped point, not the data twice.
    let bytes = h.state().undo_bytes();
    assert!(bytes < 4 * flipped + 4096, "{bytes} bytes for {flipped} flipped flags");
    undo(&mut h);
    assert!(*h.state().dataset == *before, "undo restores every flag");
}

#[test]
fn opening_a_session_forgets_the_edits_of_the_old_network() {
    let mut h = harness(small_app(Generator::Spiral));
    let session = h.state().current_session().unwrap();
    h.get_by_label("Add layer").click();
    wait_for(&mut h, "a third hidden layer", |a| shape(a) == [2, 8, 8, 8, 1]);
    assert_eq!(h.state().undo_len(), 1);

    h.state_mut().apply(
        Action::LoadSession(Box::new(session), "s.json".into()),
        &egui::Context::default(),
    );
    wait_for(&mut h, "the session's network", |a| shape(a) == [2, 8, 8, 1]);
    assert_eq!(h.state().undo_len(), 0, "nothing of the old network to undo");
    let net = h.state().snapshot().unwrap().net.clone();
    undo(&mut h);
    h.run_steps(5);
    assert_eq!(h.state().snapshot().unwrap().net, net, "Ctrl+Z changes nothing");
}

#[test]
fn stored_settings_that_fail_validation_are_replaced_and_later_changes_apply() {
    let mut settings = small_settings(Generator::Spiral);
    settings.config.learning_rate = 50.0;
    settings.config.hidden[0].neurons = 1000;
    let data = nnlab::app::default_dataset(&settings);
    let app = NnlabApp::new(settings, data, Arc::new(|| {}));
    let notice = &app.notice.as_ref().unwrap().message;
    assert!(
        matches!(notice, Message::SettingsFixed(fixes) if matches!(
            fixes.as_slice(),
            [SettingsFix::Config(ConfigError::LayerWidth { neurons: 1000, .. })]
        )),
        "{notice:?}"
    );
    assert_eq!(
        app.settings.config,
        Settings::default().config,
        "the panels show what the worker trains with"
    );
    let mut h = harness(app);
    h.get_by_label("Add layer").click();
    wait_for(&mut h, "the new layer in the worker", |a| shape(a) == [2, 8, 8, 8, 1]);
}

#[test]
fn values_beyond_the_sliders_range_are_left_alone() {
    // 20,000 points and a batch of 2,000: both beyond their sliders' ends.
    let mut settings = Settings {
        generator: Generator::Circle,
        gen_params: GenParams {
            points: 20_000,
            noise: 0.1,
            classes: 2,
            seed: 3,
        },
        ..Settings::default()
    };
    settings.config.batch_size = 2_000;
    let data = nnlab::app::default_dataset(&settings);
    let mut h = harness(NnlabApp::new(settings, data, Arc::new(|| {})));
    h.run_steps(5);
    assert_eq!(h.state().dataset.points.len(), 20_000, "the data was not regenerated");
    assert_eq!(h.state().settings.config.batch_size, 2_000);
    assert_eq!(h.state().undo_len(), 0, "nothing changed by itself");
}

/// Config reaches the worker by the applier alone (no diff at the end of a
/// frame): a change, its undo and its redo each send the configuration the
/// settings then hold.
#[test]
fn undo_and_redo_of_a_setting_reach_the_worker() {
    let mut h = harness(small_app(Generator::Spiral));
    let worker_rate = |h: &Harness<'_, NnlabApp>| h.state().current_session().map(|s| s.config.get().learning_rate);
    let before = h.state().settings.config.clone();
    let mut changed = before.clone();
    changed.learning_rate = 0.25;
    h.state_mut()
        .apply(Action::SetConfig(Box::new(changed)), &egui::Context::default());
    h.step();
    assert_eq!(worker_rate(&h), Some(0.25));
    undo(&mut h);
    assert_eq!(h.state().settings.config, before);
    assert_eq!(
        worker_rate(&h),
        Some(before.learning_rate),
        "the undo reached the worker"
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    h.step();
    assert_eq!(worker_rate(&h), Some(0.25), "the redo reached the worker");
}

/// The speed slider returns its pace as an action, which the applier
/// stores in the settings (and sends on to the worker).
#[test]
fn the_speed_slider_sets_the_pace_through_an_action() {
    let mut h = harness(small_app(Generator::Spiral));
    let before = h.state().settings.view.pace;
    let slider = h.get_by_role_and_label(egui::accesskit::Role::Slider, "speed").rect();
    drag(
        &mut h,
        slider.right_center() - egui::vec2(3.0, 0.0),
        slider.left_center(),
        10,
    );
    let after = h.state().settings.view.pace;
    assert_ne!(after, before, "the pace changed");
    assert!(
        after.epochs_per_second().is_some_and(|e| e < 10.0),
        "dragged to the slow end: {after:?}"
    );
}
