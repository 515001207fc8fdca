//! Hostile files opened in the real window: the message says what is
//! wrong and the user's current data stays exactly as it was.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::sync::Arc;

use common::ui::wait_for;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::{NnlabApp, Settings};
use nnlab::data::MAX_CSV_BYTES;

fn harness() -> Harness<'static, NnlabApp> {
    let s = Settings::default();
    let d = nnlab::app::default_dataset(&s);
    let mut app = NnlabApp::new(s, d, Arc::new(|| {}));
    app.use_path_prompts();
    Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app)
}

/// Opens `path` and waits for an error notice; returns its text.
fn open_refused(h: &mut Harness<'_, NnlabApp>, path: &Path) -> String {
    h.state_mut().notice = None;
    h.state_mut().open_path(path.to_path_buf());
    wait_for(h, "the error", |a| a.notice.as_ref().is_some_and(|n| n.is_error));
    assert!(!h.state().import_dialog_open(), "no import window for {path:?}");
    h.state().notice.as_ref().unwrap().text.clone()
}

#[test]
fn unreadable_files_are_refused_and_the_data_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness();
    h.run_steps(2);
    let before = h.state().dataset.clone();

    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, b"").unwrap();
    assert!(open_refused(&mut h, &empty).contains("the file is empty"));

    let photo = dir.path().join("photo.csv");
    std::fs::write(&photo, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    assert!(open_refused(&mut h, &photo).contains("not a text CSV file (line 3"));

    let huge = dir.path().join("huge.csv");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(MAX_CSV_BYTES + 1)
        .unwrap();
    assert!(open_refused(&mut h, &huge).contains("larger than"));

    let missing = dir.path().join("gone.csv");
    assert!(open_refused(&mut h, &missing).contains("gone.csv"));

    h.run_steps(2);
    assert!(
        h.query_by_label_contains("larger than").is_none(),
        "the newest message shows"
    );
    assert!(h.query_by_label_contains("gone.csv").is_some());
    assert!(h.state().dataset == before, "the data is untouched");
}

#[test]
fn too_many_classes_are_refused_in_the_import_window() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("names.csv");
    let mut text = String::from("x,y,name\n");
    for i in 0..500 {
        text.push_str(&format!("{i},{},person{i}\n", i % 9));
    }
    std::fs::write(&path, text).unwrap();
    let mut h = harness();
    h.run_steps(2);
    let before = h.state().dataset.clone();
    h.state_mut().open_path(path);
    wait_for(&mut h, "the import window", NnlabApp::import_dialog_open);
    h.step();
    h.get_by_label("Import").click();
    h.run_steps(2);
    assert!(h.query_by_label_contains("500 distinct labels").is_some());
    assert!(h.query_by_label_contains("at most 16 classes").is_some());
    assert!(
        h.state().import_dialog_open(),
        "the window stays open to fix the choice"
    );
    assert!(h.state().dataset == before, "the data is untouched");
}

#[test]
fn a_million_rows_import_into_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("million.csv");
    let mut text = String::with_capacity(16_000_000);
    text.push_str("x,y,label\n");
    for i in 0..1_000_000u32 {
        text.push_str(&format!("{},{},{}\n", i % 1000, i / 1000, ["p", "q"][(i % 2) as usize]));
    }
    std::fs::write(&path, text).unwrap();
    let mut h = harness();
    h.run_steps(2);
    h.state_mut().open_path(path);
    wait_for(&mut h, "the import window", NnlabApp::import_dialog_open);
    h.step();
    h.get_by_label("Import").click();
    wait_for(&mut h, "the data", |a| a.dataset.points.len() == 1_000_000);
    h.step();
    assert!(h.query_by_label_contains("million.csv: 1000000 points").is_some());
    // The worker trains on all of it and the window keeps drawing (a
    // subset of the points: nnlab::app::MAX_DRAWN_POINTS).
    h.state_mut()
        .apply(nnlab::app::Action::StepBatch, &egui::Context::default());
    wait_for(&mut h, "predictions for every point", |a| {
        a.snapshot()
            .and_then(|s| s.predictions.as_ref())
            .is_some_and(|p| p.len() == 1_000_000)
    });
    h.run_steps(3);
    assert!(h.state().notice.as_ref().is_none_or(|n| !n.is_error));
}
