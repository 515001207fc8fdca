//! The CSV import window: a preview of the first rows, the detected header
//! and delimiter, the choice of x, y and label columns, how labels are read,
//! and standardization. Errors stay in the window (with line and column);
//! the current data is untouched until an import succeeds.

use std::path::PathBuf;

use egui::{Context, RichText};

use super::actions::Action;
use crate::data::{ColumnRef, CsvOptions, CsvPreview, TaskHint, parse_csv, preview_csv};

/// Rows shown in the preview table.
const PREVIEW_ROWS: usize = 8;

/// An open import window.
pub struct ImportDialog {
    path: PathBuf,
    bytes: Vec<u8>,
    preview: CsvPreview,
    has_header: bool,
    delimiter: u8,
    columns: [usize; 3],
    task: TaskHint,
    standardize: bool,
    /// The last import error, shown in red.
    pub error: Option<String>,
}

impl ImportDialog {
    /// Reads the preview; fails (with a message) for empty or binary files.
    pub fn new(path: PathBuf, bytes: Vec<u8>) -> Result<Self, String> {
        let name = path.display().to_string();
        let preview = preview_csv(&bytes, PREVIEW_ROWS).map_err(|e| format!("{name}: {e}"))?;
        let n = preview.headers.len();
        let columns = [0, 1.min(n.saturating_sub(1)), n.saturating_sub(1)];
        Ok(Self {
            has_header: preview.has_header,
            delimiter: preview.delimiter,
            preview,
            path,
            bytes,
            columns,
            task: TaskHint::Auto,
            standardize: false,
            error: None,
        })
    }

    /// The options the window's choices amount to.
    pub fn options(&self) -> CsvOptions {
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

    /// Parses with the current choices: the dataset action, or the error
    /// kept for display.
    pub fn import(&mut self) -> Option<Action> {
        match parse_csv(&self.bytes, &self.options()) {
            Ok(mut d) => {
                d.name = self
                    .path
                    .file_stem()
                    .map_or_else(|| "csv".into(), |s| s.to_string_lossy().into_owned());
                let name = self
                    .path
                    .file_name()
                    .map_or_else(|| d.name.clone(), |s| s.to_string_lossy().into_owned());
                Some(Action::LoadDataset(Box::new(d), name))
            }
            Err(e) => {
                self.error = Some(e.to_string());
                None
            }
        }
    }

    /// Draws the window: `Some(Ok(action))` after a successful import,
    /// `Some(Err(()))` when cancelled, `None` while open.
    pub fn ui(&mut self, ctx: &Context) -> Option<Result<Action, ()>> {
        let mut result = None;
        let mut open = true;
        let title = format!(
            "Import {}",
            self.path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        );
        egui::Window::new(title)
            .id(egui::Id::unique("nnlab-import"))
            .collapsible(false)
            .default_width(560.0)
            .open(&mut open)
            .show(ctx, |ui| {
                let before = (self.has_header, self.delimiter);
                ui.horizontal(|ui| {
                    ui.checkbox(&mut self.has_header, "First row is a header");
                    egui::ComboBox::from_label("Delimiter")
                        .selected_text(delimiter_name(self.delimiter))
                        .show_ui(ui, |ui| {
                            for d in [b',', b';', b'\t'] {
                                ui.selectable_value(&mut self.delimiter, d, delimiter_name(d));
                            }
                        });
                });
                if (self.has_header, self.delimiter) != before {
                    self.error = None;
                }
                self.table_ui(ui);
                let names = self.column_names();
                for (slot, label) in ["x₁ column", "x₂ column", "label column"].iter().enumerate() {
                    egui::ComboBox::from_label(*label)
                        .selected_text(names.get(self.columns[slot]).cloned().unwrap_or_default())
                        .show_ui(ui, |ui| {
                            for (i, n) in names.iter().enumerate() {
                                ui.selectable_value(&mut self.columns[slot], i, n);
                            }
                        });
                }
                egui::ComboBox::from_label("Labels")
                    .selected_text(task_name(self.task))
                    .show_ui(ui, |ui| {
                        for t in [TaskHint::Auto, TaskHint::Classification, TaskHint::Regression] {
                            ui.selectable_value(&mut self.task, t, task_name(t));
                        }
                    });
                ui.checkbox(&mut self.standardize, "Standardize inputs (zero mean, unit variance)");
                if let Some(e) = &self.error {
                    ui.label(RichText::new(e).color(ui.visuals().error_fg_color));
                }
                ui.horizontal(|ui| {
                    if ui.button("Import").clicked()
                        && let Some(a) = self.import()
                    {
                        result = Some(Ok(a));
                    }
                    if ui.button("Cancel").clicked() {
                        result = Some(Err(()));
                    }
                });
            });
        if !open {
            result = Some(Err(()));
        }
        result
    }

    fn column_names(&self) -> Vec<String> {
        if self.has_header {
            self.preview.headers.clone()
        } else {
            (1..=self.preview.headers.len())
                .map(|i| format!("column {i}"))
                .collect()
        }
    }

    fn table_ui(&self, ui: &mut egui::Ui) {
        egui::ScrollArea::both().max_height(180.0).show(ui, |ui| {
            egui::Grid::new("preview").striped(true).show(ui, |ui| {
                for h in self.column_names() {
                    ui.label(RichText::new(h).strong());
                }
                ui.end_row();
                let skip = usize::from(!self.has_header && self.preview.has_header);
                if skip == 1 {
                    for h in &self.preview.headers {
                        ui.label(h);
                    }
                    ui.end_row();
                }
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

fn delimiter_name(d: u8) -> &'static str {
    match d {
        b';' => "semicolon",
        b'\t' => "tab",
        _ => "comma",
    }
}

fn task_name(t: TaskHint) -> &'static str {
    match t {
        TaskHint::Auto => "auto",
        TaskHint::Classification => "classes",
        TaskHint::Regression => "regression target",
    }
}
