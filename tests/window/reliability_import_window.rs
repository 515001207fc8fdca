//! Hostile files opened in the real window: the message says what is
//! wrong and the user's current data stays exactly as it was.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;

use crate::common::ui::{wait_for, wait_for_label};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::{NnlabApp, Settings};
use nnlab::data::{DataError, MAX_CSV_BYTES};
use nnlab::i18n::Message;

fn harness() -> Harness<'static, NnlabApp> {
    let s = Settings::default();
    let d = nnlab::app::default_dataset(&s);
    let mut app = NnlabApp::new(s, d, Arc::new(|| {}));
    app.use_path_prompts();
    Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app)
}

/// Opens `path`, waits for an error notice and checks it is the one
/// `expected` describes.
fn open_refused(h: &mut Harness<'_, NnlabApp>, path: &Path, expected: impl Fn(&DataError) -> bool) {
    h.state_mut().notice = None;
    h.state_mut().open_path(path.to_path_buf());
    wait_for(h, "the error", |a| a.notice.as_ref().is_some_and(|n| n.is_error()));
    assert!(!h.state().import_dialog_open(), "no import window for {path:?}");
    let message = &h.state().notice.as_ref().unwrap().message;
    let error = match message {
        Message::Data(e) | Message::DataFile { error: e, .. } => e,
        other => panic!("{path:?}: {other:?}"),
    };
    assert!(expected(error), "{path:?}: {error:?}");
}

#[test]
fn unreadable_files_are_refused_and_the_data_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness();
    h.run_steps(2);
    let before = h.state().dataset.clone();

    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, b"").unwrap();
    open_refused(&mut h, &empty, |e| matches!(e, DataError::Empty));

    let photo = dir.path().join("photo.csv");
    std::fs::write(&photo, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    open_refused(&mut h, &photo, |e| matches!(e, DataError::Binary { line: 3 }));

    let huge = dir.path().join("huge.csv");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(MAX_CSV_BYTES + 1)
        .unwrap();
    open_refused(
        &mut h,
        &huge,
        |e| matches!(e, DataError::FileTooLarge { bytes, limit } if *bytes == MAX_CSV_BYTES + 1 && *limit == MAX_CSV_BYTES),
    );

    let missing = dir.path().join("gone.csv");
    open_refused(
        &mut h,
        &missing,
        |e| matches!(e, DataError::Io { path, source } if path.ends_with("gone.csv") && source.kind() == std::io::ErrorKind::NotFound),
    );

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
    wait_for_label(&mut h, "500 distinct labels");
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
    assert!(h.state().notice.as_ref().is_none_or(|n| !n.is_error()));
}

/// Picks `entry` in the import window's combo box labelled `combo`.
fn choose(h: &mut Harness<'_, NnlabApp>, combo: &str, entry: &str) {
    h.get_by_role_and_label(Role::ComboBox, combo).click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, entry).click();
    h.run_steps(2);
}

/// The window with `text` written to a file `name` and open in the import
/// window (the folder lives as long as the returned guard).
fn import_window(name: &str, text: &str) -> (tempfile::TempDir, Harness<'static, NnlabApp>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    let mut h = harness();
    h.run_steps(2);
    h.state_mut().open_path(path);
    wait_for(&mut h, "the import window", NnlabApp::import_dialog_open);
    h.run_steps(2);
    (dir, h)
}

#[test]
fn the_preview_follows_the_delimiter_and_the_header_choice() {
    let (_dir, mut h) = import_window("semi.csv", "p;q;kind\n1;2;a\n3;4;b\n5;6;a\n");
    assert!(h.query_by_label("kind").is_some(), "detected: semicolon, header");

    // Split at commas, each line is one column: the preview says so.
    choose(&mut h, "Delimiter", "comma");
    assert!(h.query_by_label("p;q;kind").is_some(), "the header is one cell");
    assert!(h.query_by_label("1;2;a").is_some(), "so is each row");
    assert!(h.query_by_label("kind").is_none(), "no column from the old split");
    assert!(
        h.query_by_role_and_label(Role::ComboBox, "label column")
            .is_some_and(|c| c.value().as_deref() == Some("p;q;kind")),
        "the column choices fit the new split"
    );

    // Back to semicolons, then no header: the first row is data.
    choose(&mut h, "Delimiter", "semicolon");
    assert!(h.query_by_label("kind").is_some());
    h.get_by_label("First row is a header").click();
    h.run_steps(2);
    assert!(h.query_by_label("column 3").is_some());
    assert!(h.query_by_label("kind").is_some(), "the former header as a data row");
    h.get_by_label("First row is a header").click();
    h.run_steps(2);
    h.get_by_label("Import").click();
    wait_for(&mut h, "the data", |a| a.dataset.points.len() == 3);
    assert_eq!(h.state().dataset.axis_names, ["p".to_string(), "q".to_string()]);
}

#[test]
fn ticking_the_header_box_names_the_columns_from_the_first_row() {
    let (_dir, mut h) = import_window("bare.csv", "10,20,up\n1,2,a\n3,4,b\n5,6,a\n");
    assert!(h.query_by_label("column 3").is_some(), "detected: no header");
    h.get_by_label("First row is a header").click();
    h.run_steps(2);
    assert!(h.query_by_label("column 3").is_none());
    assert!(h.query_by_label("up").is_some(), "the first row names the columns");
}

#[test]
fn the_import_reads_the_file_without_holding_up_the_frame() {
    let (_dir, mut h) = import_window("pts.csv", "x,y,c\n1,2,a\n3,4,b\n5,6,a\n");
    let before = h.state().dataset.clone();
    h.get_by_label("Import").click();
    // The frame that takes the click only starts the read: the window is
    // still open after it, the data still the old (a read on the UI thread
    // would have finished and closed it within that frame).
    h.step();
    assert!(h.state().import_dialog_open(), "the read runs in the background");
    assert!(h.state().dataset == before);
    wait_for(&mut h, "the data", |a| a.dataset.points.len() == 3);
    assert!(!h.state().import_dialog_open());
}
