//! Autosave and crash recovery through the real app: the periodic save
//! writes a loadable session, a clean exit clears the running mark, and a
//! launch after a crash offers Restore / Discard.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use crate::common::ui::wait_for;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::autosave::{AUTOSAVE_INTERVAL, Autosave, MARKER_FILE, SESSION_FILE, Startup};
use nnlab::app::{NnlabApp, Settings};
use nnlab::data::{GenParams, Generator};
use nnlab::session::Session;

fn app(generator: Generator, seed: u64) -> NnlabApp {
    let s = Settings {
        generator,
        gen_params: GenParams {
            points: 120,
            noise: 0.1,
            classes: 2,
            seed,
        },
        ..Settings::default()
    };
    let d = nnlab::app::default_dataset(&s);
    NnlabApp::new(s, d, Arc::new(|| {}))
}

fn harness(app: NnlabApp) -> Harness<'static, NnlabApp> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app)
}

/// Runs an app with autosave every frame until it has saved, then returns
/// it (without a clean exit: as if it crashed now).
fn run_until_autosaved(dir: &Path, app: NnlabApp) -> Harness<'static, NnlabApp> {
    let mut h = harness(app);
    h.state_mut().enable_autosave(dir, Duration::ZERO);
    wait_for(&mut h, "an autosave", |_| dir.join(SESSION_FILE).is_file());
    h
}

#[test]
fn autosave_writes_the_session_and_a_clean_exit_clears_the_mark() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = run_until_autosaved(dir.path(), app(Generator::Moons, 3));
    assert!(dir.path().join(MARKER_FILE).is_file(), "running mark while open");
    let saved = Session::load(&dir.path().join(SESSION_FILE)).unwrap();
    assert!(saved.dataset == *h.state().dataset, "the autosave holds the data");
    h.state_mut().finish_autosave();
    assert!(!dir.path().join(MARKER_FILE).exists(), "a clean exit clears the mark");
    let at_exit = Session::load(&dir.path().join(SESSION_FILE)).unwrap();
    assert_eq!(at_exit.network, h.state().current_session().unwrap().network);

    // Next launch: nothing to offer.
    let mut next = harness(app(Generator::Spiral, 1));
    next.state_mut().enable_autosave(dir.path(), AUTOSAVE_INTERVAL);
    next.run_steps(3);
    assert!(!next.state().restore_offered());
    assert!(next.query_by_label("Restore").is_none());
}

#[test]
fn after_a_crash_restore_brings_the_work_back() {
    let dir = tempfile::tempdir().unwrap();
    let crashed = run_until_autosaved(dir.path(), app(Generator::Moons, 7));
    let lost = crashed.state().dataset.clone();
    drop(crashed); // no clean exit: the mark stays
    assert!(dir.path().join(MARKER_FILE).is_file());

    let mut h = harness(app(Generator::Spiral, 1));
    h.state_mut().enable_autosave(dir.path(), Duration::ZERO);
    h.run_steps(2);
    assert!(h.state().restore_offered());
    assert!(h.query_by_label_contains("did not close properly").is_some());
    // No autosave overwrites the crashed run's file while the dialog is up.
    let before = std::fs::read(dir.path().join(SESSION_FILE)).unwrap();
    h.run_steps(5);
    assert_eq!(std::fs::read(dir.path().join(SESSION_FILE)).unwrap(), before);

    h.get_by_label("Restore").click();
    h.run_steps(2);
    assert!(!h.state().restore_offered());
    assert!(h.state().dataset == lost, "the crashed run's data is back");
    assert!(matches!(
        h.state().notice.as_ref().unwrap().message,
        nnlab::i18n::Message::RestoredAutosave { .. }
    ));
    assert!(h.query_by_label("Restore").is_none(), "the dialog is gone");
}

#[test]
fn after_a_crash_discard_deletes_the_autosave() {
    let dir = tempfile::tempdir().unwrap();
    let crashed = run_until_autosaved(dir.path(), app(Generator::Moons, 7));
    drop(crashed);

    let mut h = harness(app(Generator::Spiral, 1));
    let fresh = h.state().dataset.clone();
    h.state_mut().enable_autosave(dir.path(), AUTOSAVE_INTERVAL);
    h.run_steps(2);
    h.get_by_label("Discard").click();
    h.run_steps(2);
    assert!(!h.state().restore_offered());
    assert!(!dir.path().join(SESSION_FILE).exists(), "discarded");
    assert!(h.state().dataset == fresh, "the current data is kept");
}

#[test]
fn closing_without_choosing_keeps_the_offer_for_next_time() {
    let dir = tempfile::tempdir().unwrap();
    drop(run_until_autosaved(dir.path(), app(Generator::Moons, 7)));
    let before = std::fs::read(dir.path().join(SESSION_FILE)).unwrap();
    let mut h = harness(app(Generator::Spiral, 1));
    h.state_mut().enable_autosave(dir.path(), Duration::ZERO);
    h.run_steps(2);
    h.state_mut().finish_autosave();
    assert_eq!(std::fs::read(dir.path().join(SESSION_FILE)).unwrap(), before);
    let again = nnlab::app::autosave::Autosave::open(dir.path(), AUTOSAVE_INTERVAL);
    assert_eq!(again.startup(), Startup::OfferRestore);
}

/// A small session, as a window would autosave it.
fn some_session(seed: u64) -> Session {
    let mut data = crate::common::generated(Generator::Moons, 40, 0.1, 2, seed);
    nnlab::train::split_dataset(&mut data, &nnlab::train::TrainConfig::default());
    let trainer = nnlab::train::Trainer::new(&data, nnlab::train::TrainConfig::default().check().unwrap()).unwrap();
    Session::capture(&data, &trainer)
}

#[test]
fn windows_started_together_each_own_an_autosave() {
    let dir = tempfile::tempdir().unwrap();
    let barrier = Arc::new(std::sync::Barrier::new(6));
    let opened: Vec<_> = (0..6)
        .map(|_| {
            let (dir, barrier) = (dir.path().to_path_buf(), Arc::clone(&barrier));
            std::thread::spawn(move || {
                barrier.wait();
                Autosave::open(&dir, AUTOSAVE_INTERVAL)
            })
        })
        .collect();
    let opened: Vec<Autosave> = opened.into_iter().map(|t| t.join().unwrap()).collect();
    let mut paths: Vec<_> = opened
        .iter()
        .filter(|a| a.active())
        .map(Autosave::session_path)
        .collect();
    assert_eq!(paths.len(), 6, "every window autosaves");
    paths.sort();
    paths.dedup();
    assert_eq!(paths.len(), 6, "each to a file of its own");
    let mut settings: Vec<_> = opened.iter().map(Autosave::settings_path).collect();
    settings.sort();
    settings.dedup();
    assert_eq!(settings.len(), 6, "and a settings file of its own");
}

#[test]
fn a_second_windows_quit_leaves_the_first_windows_files_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = Autosave::open(dir.path(), AUTOSAVE_INTERVAL);
    first.save(some_session(1), (1, 1));
    while first.poll().is_none() {
        std::thread::sleep(Duration::from_millis(2));
    }
    let firsts = std::fs::read(first.session_path()).unwrap();
    let mut second = Autosave::open(dir.path(), AUTOSAVE_INTERVAL);
    assert!(second.active(), "the second window autosaves too");
    assert_ne!(second.session_path(), first.session_path());
    second.finish(Some(some_session(2))).unwrap();
    assert!(dir.path().join(MARKER_FILE).is_file(), "the first window's mark stays");
    assert_eq!(std::fs::read(first.session_path()).unwrap(), firsts, "its autosave too");
    first.finish(None).unwrap();
    assert!(!dir.path().join(MARKER_FILE).exists(), "its own quit clears it");
}

#[test]
fn a_killed_window_is_offered_for_restore_after_the_other_quits_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = Autosave::open(dir.path(), AUTOSAVE_INTERVAL);
    let mut second = Autosave::open(dir.path(), AUTOSAVE_INTERVAL);
    let lost = some_session(7);
    second.save(lost.clone(), (1, 1));
    while second.poll().is_none() {
        std::thread::sleep(Duration::from_millis(2));
    }
    first.finish(Some(some_session(1))).unwrap(); // a clean quit
    drop(second); // killed: no clean quit, its mark stays
    let mut next = Autosave::open(dir.path(), AUTOSAVE_INTERVAL);
    assert_eq!(
        next.startup(),
        Startup::OfferRestore,
        "the killed window's work is offered"
    );
    assert_eq!(next.restore().unwrap(), lost);
}

#[test]
fn lesson_progress_survives_either_window_quitting() {
    use nnlab::lessons::LessonProgress;
    let dir = tempfile::tempdir().unwrap();
    let passed = |step: usize| LessonProgress {
        current: step,
        passed: [step].into_iter().collect(),
        first_try: [(step, true)].into_iter().collect(),
    };
    let mut first = app(Generator::Moons, 1);
    first.enable_autosave(dir.path(), AUTOSAVE_INTERVAL);
    let mut second = app(Generator::Moons, 2);
    second.enable_autosave(dir.path(), AUTOSAVE_INTERVAL);
    first
        .settings
        .lessons
        .lessons
        .insert("perceptron-rule".into(), passed(1));
    second.settings.lessons.lessons.insert("xor-limit".into(), passed(0));
    second.finish_autosave();
    first.finish_autosave();
    let mut next = app(Generator::Moons, 3);
    next.enable_autosave(dir.path(), AUTOSAVE_INTERVAL);
    let saved = &next.settings.lessons.lessons;
    assert_eq!(saved.get("perceptron-rule"), Some(&passed(1)), "{saved:?}");
    assert_eq!(saved.get("xor-limit"), Some(&passed(0)), "{saved:?}");
}
