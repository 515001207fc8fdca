//! The CSV import window: a preview of the first rows, the detected header
//! and delimiter, the choice of x, y and label columns, how labels are read,
//! and standardization. The preview is read again whenever the delimiter or
//! the header choice changes, so it always shows what the import will read.
//! The import itself runs on a thread of its own (a million rows take a
//! moment): the window keeps drawing, shows a spinner, and takes the dataset
//! or the error (with line and column) when it is ready; a closed window
//! drops it. The current data is untouched until an import succeeds.

use std::path::PathBuf;
use std::sync::Arc;

use egui::{Context, RichText};

use crate::app::context::Action;
use crate::data::{ColumnRef, CsvOptions, CsvPreview, Dataset, TaskHint, parse_csv, preview_csv, preview_csv_with};
use crate::i18n::Message;
use crate::tr;

mod reading;

use reading::{Parser, Reading};

/// Rows shown in the preview table.
const PREVIEW_ROWS: usize = 8;

/// An open import window.
pub(super) struct ImportDialog {
    path: PathBuf,
    /// The whole file, shared with a running import (never copied).
    bytes: Arc<Vec<u8>>,
    preview: CsvPreview,
    has_header: bool,
    delimiter: u8,
    columns: [usize; 3],
    task: TaskHint,
    standardize: bool,
    /// The last import error, shown in red.
    error: Option<Message>,
    /// The import running in the background, if any.
    reading: Option<Reading>,
    parse: Parser,
}

impl ImportDialog {
    /// Reads the preview; fails (with a message) for empty or binary files.
    /// Looks at every byte once (the binary check), so call it off the UI
    /// thread for big files.
    pub(super) fn new(path: PathBuf, bytes: Vec<u8>) -> Result<Self, Message> {
        let preview = match preview_csv(&bytes, PREVIEW_ROWS) {
            Ok(p) => p,
            Err(error) => {
                let name = path.display().to_string();
                return Err(Message::DataFile { name, error });
            }
        };
        Ok(Self {
            has_header: preview.has_header,
            delimiter: preview.delimiter,
            columns: default_columns(preview.headers.len()),
            preview,
            path,
            bytes: Arc::new(bytes),
            task: TaskHint::Auto,
            standardize: false,
            error: None,
            reading: None,
            parse: Arc::new(parse_csv),
        })
    }

    /// The options the window's choices amount to.
    pub(super) fn options(&self) -> CsvOptions {
        CsvOptions {
            x: Some(ColumnRef::Index(self.columns[0])),
            y: Some(ColumnRef::Index(self.columns[1])),
            label: Some(ColumnRef::Index(self.columns[2])),
            has_header: Some(self.has_header),
            delimiter: Some(self.delimiter),
            task: self.task,
            standardize: self.standardize,
        }
    }

    /// Whether an import is running (the Import button is off meanwhile).
    pub(crate) fn is_reading(&self) -> bool {
        self.reading.is_some()
    }

    /// Starts reading the whole file with the current choices on a thread
    /// of its own; `ctx` is woken when it is done. Does nothing while an
    /// import runs.
    pub(crate) fn start_import(&mut self, ctx: &Context) {
        if self.reading.is_some() {
            return;
        }
        self.error = None;
        let parse = Arc::clone(&self.parse);
        self.reading = Some(Reading::start(
            Arc::clone(&self.bytes),
            self.options(),
            parse,
            ctx.clone(),
        ));
    }

    /// Takes a finished import: the dataset as an action, or the error kept
    /// for display. `None` while reading or when nothing was started.
    fn poll(&mut self) -> Option<Action> {
        match self.reading.take_if(|r| r.is_done())?.finish() {
            Ok(d) => Some(self.loaded(d)),
            Err(e) => {
                self.error = Some(e.into_message());
                None
            }
        }
    }

    /// The action that loads `d`, named after the file.
    fn loaded(&self, mut d: Dataset) -> Action {
        d.name = self
            .path
            .file_stem()
            .map_or_else(|| "csv".into(), |s| s.to_string_lossy().into_owned());
        let name = self
            .path
            .file_name()
            .map_or_else(|| d.name.clone(), |s| s.to_string_lossy().into_owned());
        Action::LoadDataset(Box::new(d), name)
    }

    /// Reads the preview again with the chosen delimiter and header row.
    /// Column choices stay while the number of columns does; otherwise
    /// they go back to the first two columns and the last.
    fn refresh_preview(&mut self) {
        let width = self.preview.headers.len();
        match preview_csv_with(&self.bytes, PREVIEW_ROWS, Some(self.delimiter), Some(self.has_header)) {
            Ok(p) => {
                self.preview = p;
                self.error = None;
            }
            Err(e) => {
                self.preview.headers.clear();
                self.preview.rows.clear();
                self.error = Some(Message::Data(e));
            }
        }
        let n = self.preview.headers.len();
        if n != width || self.columns.iter().any(|&c| c >= n) {
            self.columns = default_columns(n);
        }
    }

    /// Draws the window: `Some(Ok(action))` once an import has succeeded,
    /// `Some(Err(()))` when cancelled (a running import is then dropped),
    /// `None` while open.
    pub(super) fn ui(&mut self, ctx: &Context) -> Option<Result<Action, ()>> {
        let mut result = self.poll().map(Ok);
        let mut open = true;
        let file = (self.path.file_name()).map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let title = tr!("import-title", file = file);
        egui::Window::new(title)
            .id(egui::Id::unique("nnlab-import"))
            .collapsible(false)
            .default_width(560.0)
            .open(&mut open)
            .show(ctx, |ui| {
                let reading = self.is_reading();
                let before = (self.has_header, self.delimiter);
                ui.add_enabled_ui(!reading, |ui| self.split_ui(ui));
                if (self.has_header, self.delimiter) != before {
                    self.refresh_preview();
                }
                self.table_ui(ui);
                ui.add_enabled_ui(!reading, |ui| self.choices_ui(ui));
                if let Some(e) = &self.error {
                    ui.label(RichText::new(e.to_string()).color(ui.visuals().error_fg_color));
                }
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(!reading, egui::Button::new(tr!("import-import")))
                        .clicked()
                    {
                        self.start_import(ctx);
                    }
                    if ui.button(tr!("import-cancel")).clicked() {
                        result = Some(Err(()));
                    }
                    if reading {
                        // The spinner also keeps frames coming until the result is in.
                        ui.spinner();
                        let megabytes = format!("{:.1}", self.bytes.len() as f64 / 1e6);
                        ui.label(tr!("import-reading", megabytes = megabytes));
                    }
                });
            });
        if !open {
            result = Some(Err(()));
        }
        result
    }

    /// How the file is split: header row and delimiter.
    fn split_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.checkbox(&mut self.has_header, tr!("import-header"));
            egui::ComboBox::from_label(tr!("import-delimiter"))
                .selected_text(delimiter_name(self.delimiter))
                .show_ui(ui, |ui| {
                    for d in [b',', b';', b'\t'] {
                        ui.selectable_value(&mut self.delimiter, d, delimiter_name(d));
                    }
                });
        });
    }

    /// Which columns are x₁, x₂ and the label, how labels read, scaling.
    fn choices_ui(&mut self, ui: &mut egui::Ui) {
        let names = &self.preview.headers;
        let labels = [
            tr!("import-x1-column"),
            tr!("import-x2-column"),
            tr!("import-label-column"),
        ];
        for (slot, label) in labels.into_iter().enumerate() {
            egui::ComboBox::from_label(label)
                .selected_text(names.get(self.columns[slot]).cloned().unwrap_or_default())
                .show_ui(ui, |ui| {
                    for (i, n) in names.iter().enumerate() {
                        ui.selectable_value(&mut self.columns[slot], i, n);
                    }
                });
        }
        egui::ComboBox::from_label(tr!("import-labels"))
            .selected_text(task_name(self.task))
            .show_ui(ui, |ui| {
                for t in [TaskHint::Auto, TaskHint::Classification, TaskHint::Regression] {
                    ui.selectable_value(&mut self.task, t, task_name(t));
                }
            });
        ui.checkbox(&mut self.standardize, tr!("import-standardize"));
    }

    fn table_ui(&self, ui: &mut egui::Ui) {
        egui::ScrollArea::both().max_height(180.0).show(ui, |ui| {
            egui::Grid::new("preview").striped(true).show(ui, |ui| {
                for h in &self.preview.headers {
                    ui.label(RichText::new(h).strong());
                }
                ui.end_row();
                for row in &self.preview.rows {
                    for cell in row {
                        ui.label(cell);
                    }
                    ui.end_row();
                }
            });
        });
    }
}

/// x₁, x₂ and the label in the first two columns and the last.
fn default_columns(n: usize) -> [usize; 3] {
    [0, 1.min(n.saturating_sub(1)), n.saturating_sub(1)]
}

fn delimiter_name(d: u8) -> String {
    match d {
        b';' => tr!("import-semicolon"),
        b'\t' => tr!("import-tab"),
        _ => tr!("import-comma"),
    }
}

fn task_name(t: TaskHint) -> String {
    match t {
        TaskHint::Auto => tr!("import-task-auto"),
        TaskHint::Classification => tr!("import-task-classes"),
        TaskHint::Regression => tr!("import-task-regression"),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;
    use std::sync::mpsc::{Sender, channel};
    use std::time::{Duration, Instant};

    use egui::accesskit::Role;
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT, Queryable};

    use super::*;

    /// The window and what it returned.
    struct Host {
        dialog: ImportDialog,
        outcome: Option<Result<Action, ()>>,
    }

    /// The window on a small file, Import clicked a few frames ago; the
    /// read waits for a message on the returned sender when `held`.
    fn importing(text: &str, held: bool) -> (Harness<'static, Host>, Sender<()>) {
        let mut dialog = ImportDialog::new("t.csv".into(), text.as_bytes().to_vec()).unwrap();
        let (go, wait) = channel::<()>();
        if held {
            let wait = Mutex::new(wait);
            dialog.parse = Arc::new(move |b, o| {
                let _ = wait.lock().map(|w| w.recv());
                parse_csv(b, o)
            });
        }
        let mut h = Harness::builder().with_size(egui::vec2(800.0, 600.0)).build_ui_state(
            |ui, host: &mut Host| {
                if host.outcome.is_none() {
                    host.outcome = host.dialog.ui(ui.ctx());
                }
            },
            Host { dialog, outcome: None },
        );
        h.run_steps(2);
        h.get_by_label("Import").click();
        h.run_steps(3);
        (h, go)
    }

    /// Steps frames until `cond` holds (a hang guard, not a time budget).
    fn wait_until(h: &mut Harness<'static, Host>, cond: impl Fn(&Harness<'static, Host>) -> bool) {
        let start = Instant::now();
        while !cond(h) {
            assert!(start.elapsed() < Duration::from_secs(30), "timed out");
            h.step();
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    fn import_disabled(h: &Harness<'static, Host>) -> bool {
        h.get_by_role_and_label(Role::Button, "Import")
            .accesskit_node()
            .is_disabled()
    }

    const GOOD: &str = "x,y,c\n1,2,a\n3,4,b\n";

    #[test]
    fn the_import_reads_in_the_background_behind_a_spinner() {
        let (mut h, go) = importing(GOOD, true);
        assert!(h.state().dialog.is_reading());
        assert!(h.state().outcome.is_none(), "the window keeps drawing while it reads");
        assert!(
            h.query_by_label_contains("reading").is_some(),
            "says so, with a spinner"
        );
        assert!(import_disabled(&h), "no second import meanwhile");
        go.send(()).unwrap();
        wait_until(&mut h, |h| h.state().outcome.is_some());
        match &h.state().outcome {
            Some(Ok(Action::LoadDataset(d, name))) => {
                assert_eq!((d.points.len(), d.name.as_str(), name.as_str()), (2, "t", "t.csv"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_bad_cell_is_named_by_line_and_column_and_the_window_stays() {
        let (mut h, _) = importing("x,y,c\n1,2,a\n3,oops,b\n", false);
        wait_until(&mut h, |h| h.query_by_label_contains("line 3, column 2").is_some());
        assert!(h.state().outcome.is_none());
        assert!(!import_disabled(&h), "try again");
    }

    #[test]
    fn cancel_while_reading_closes_the_window() {
        let (mut h, go) = importing(GOOD, true);
        assert!(h.state().dialog.is_reading());
        h.get_by_label("Cancel").click();
        h.run_steps(2);
        assert!(matches!(h.state().outcome, Some(Err(()))));
        // The owner drops the window; the read ends later and goes nowhere.
        drop(h);
        go.send(()).unwrap();
    }
}
