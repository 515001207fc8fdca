//! Files: native dialogs (run on their own threads so the window keeps
//! drawing), drag and drop, and every load and save, done in the
//! background and reported back as actions or messages.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

mod keras;
#[cfg(target_arch = "wasm32")]
mod web;

use super::import_dialog::ImportDialog;
use crate::app::context::{Action, KerasFormat};
use crate::data::{Dataset, write_csv};
use crate::i18n::Message;
use crate::i18n::words::ImageFailure;
use crate::session::Session;
use crate::tr;

/// What a picked path is for.
#[derive(Clone, Debug)]
enum Purpose {
    OpenDataset,
    OpenSession,
    OpenLesson,
    SaveDataset(Box<Dataset>),
    SaveSession(Box<Session>),
    SaveImage(std::sync::Arc<egui::ColorImage>),
    SaveAnimation,
    ExportKeras(Box<Session>, KerasFormat),
}

impl Purpose {
    /// The file dialog's filter: its name and extensions.
    fn filter(&self) -> (String, Vec<&'static str>) {
        match self {
            Purpose::OpenDataset => ("CSV".into(), vec!["csv", "txt", "tsv"]),
            Purpose::SaveDataset(_) => ("CSV".into(), vec!["csv"]),
            Purpose::OpenSession | Purpose::SaveSession(_) => (tr!("files-filter-session"), vec!["json"]),
            Purpose::OpenLesson => (tr!("files-filter-lesson"), vec!["toml"]),
            Purpose::SaveImage(_) => (tr!("files-filter-png"), vec!["png"]),
            Purpose::SaveAnimation => (tr!("files-filter-gif"), vec!["gif"]),
            Purpose::ExportKeras(_, format) => (tr!("files-filter-keras"), vec![format.extension()]),
        }
    }

    /// The suggested file name of a save (None: the purpose opens a file).
    fn file_name(&self) -> Option<&'static str> {
        match self {
            Purpose::OpenDataset | Purpose::OpenSession | Purpose::OpenLesson => None,
            Purpose::SaveDataset(_) => Some("data.csv"),
            Purpose::SaveSession(_) => Some("session.json"),
            Purpose::SaveImage(_) => Some("nnlab.png"),
            Purpose::SaveAnimation => Some("training.gif"),
            Purpose::ExportKeras(_, format) => Some(format.default_name()),
        }
    }
}

/// What a background job reports.
enum Event {
    /// A dialog closed (None: cancelled).
    Picked(Purpose, Option<PathBuf>),
    /// A CSV file was read and previewed; the import window opens.
    Import(Box<ImportDialog>),
    /// A screenshot, cropped to the plot, waiting for a path.
    Shot(egui::ColorImage),
    /// Anything else: an action for the app.
    Done(Action),
}

/// A path typed by hand when no dialog service exists.
struct PathPrompt {
    purpose: Purpose,
    text: String,
}

/// Dialogs, jobs and the import window.
#[derive(Default)]
pub(super) struct Files {
    jobs: Vec<Receiver<Event>>,
    prompt: Option<PathPrompt>,
    /// The open CSV import window.
    pub import: Option<ImportDialog>,
    dialogs: Option<bool>,
}

#[cfg(not(target_arch = "wasm32"))]
/// Whether a native file dialog can be shown: the XDG portal needs a D-Bus
/// session, and rfd's fallback needs `zenity` on the PATH.
fn dialog_service_available() -> bool {
    let zenity =
        std::env::var_os("PATH").is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("zenity").is_file()));
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() || zenity
}

impl Files {
    fn run(&mut self, job: impl FnOnce() -> Event + Send + 'static) {
        let (tx, rx) = channel();
        crate::i18n::spawn(move || {
            let _ = tx.send(job());
        });
        self.jobs.push(rx);
    }

    /// Shows a native dialog for `purpose`, or a path prompt if there is none.
    #[cfg(not(target_arch = "wasm32"))]
    fn pick(&mut self, purpose: Purpose) {
        if !*self.dialogs.get_or_insert_with(dialog_service_available) {
            self.prompt = Some(PathPrompt {
                purpose,
                text: String::new(),
            });
            return;
        }
        self.run(move || {
            let (filter, extensions) = purpose.filter();
            let dialog = rfd::FileDialog::new().add_filter(filter, &extensions);
            let path = match purpose.file_name() {
                None if matches!(purpose, Purpose::OpenDataset) => {
                    dialog.add_filter(tr!("files-filter-all"), &["*"]).pick_file()
                }
                None => dialog.pick_file(),
                Some(name) => dialog.set_file_name(name).save_file(),
            };
            Event::Picked(purpose, path)
        });
    }

    /// Uses the typed-path prompt instead of native dialogs (no dialog
    /// service, and tests).
    pub(super) fn use_path_prompts(&mut self) {
        self.dialogs = Some(false);
    }

    /// File ▸ Open dataset…
    pub(super) fn open_dataset(&mut self) {
        self.pick(Purpose::OpenDataset);
    }

    /// File ▸ Open session…
    pub(super) fn open_session(&mut self) {
        self.pick(Purpose::OpenSession);
    }

    /// File ▸ Open lesson…
    pub(super) fn open_lesson(&mut self) {
        self.pick(Purpose::OpenLesson);
    }

    /// File ▸ Save dataset…
    pub(super) fn save_dataset(&mut self, d: &Dataset) {
        self.pick(Purpose::SaveDataset(Box::new(d.clone())));
    }

    /// File ▸ Save session…: asks where to write `session` (data,
    /// settings, the latest weights and their history).
    pub(super) fn save_session(&mut self, session: Session) {
        self.pick(Purpose::SaveSession(Box::new(session)));
    }

    /// File ▸ Export image: asks the window for a screenshot, crops it to
    /// the plot, then asks for a path.
    pub(super) fn export_image(&mut self, ctx: &egui::Context, rect: egui::Rect) {
        let (tx, rx) = channel();
        let ppp = ctx.pixels_per_point();
        let repaint = ctx.clone();
        ctx.request_screenshot(move |image| {
            let [w, h] = image.size;
            let bounds = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(w as f32 / ppp, h as f32 / ppp));
            let _ = tx.send(Event::Shot(image.region(&rect.intersect(bounds), Some(ppp))));
            repaint.request_repaint();
        });
        self.jobs.push(rx);
    }

    /// File ▸ Export training animation…: asks for the GIF's path.
    pub(super) fn save_animation(&mut self) {
        self.pick(Purpose::SaveAnimation);
    }

    /// Opens a file given by path (command line, drop, prompt): sessions
    /// (`.json`) and lessons (`.toml`) load directly, anything else goes
    /// through the CSV import.
    pub(super) fn open_path(&mut self, path: PathBuf) {
        let is_session = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if crate::lessons::is_lesson_path(&path) {
            self.run(move || Event::Done(load_lesson(&path)));
        } else if is_session {
            self.run(move || Event::Done(load_session(&path)));
        } else {
            // The preview checks every byte: here, not on the UI thread.
            self.run(move || match crate::data::read_csv_bytes(&path) {
                Ok(bytes) => match ImportDialog::new(path, bytes) {
                    Ok(d) => Event::Import(Box::new(d)),
                    Err(e) => Event::Done(Action::Notify(e)),
                },
                // An I/O error names its file itself.
                Err(e @ crate::data::DataError::Io { .. }) => Event::Done(Action::Notify(Message::Data(e))),
                Err(error) => Event::Done(Action::Notify(Message::DataFile {
                    name: path.display().to_string(),
                    error,
                })),
            });
        }
    }

    /// Collects finished jobs, dropped files and screenshots.
    pub(super) fn poll(&mut self, ctx: &egui::Context) -> Vec<Action> {
        let mut out = Vec::new();
        self.open_dropped(ctx);
        let mut events = Vec::new();
        self.jobs.retain(|rx| match rx.try_recv() {
            Ok(e) => {
                events.push(e);
                false
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => true,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => false,
        });
        for e in events {
            match e {
                Event::Picked(_, None) => {}
                Event::Picked(purpose, Some(path)) => self.picked(purpose, path),
                Event::Import(d) => self.import = Some(*d),
                Event::Shot(image) => self.pick(Purpose::SaveImage(std::sync::Arc::new(image))),
                Event::Done(a) => out.push(a),
            }
        }
        if !self.jobs.is_empty() {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
        out
    }

    /// Opens the files dropped onto the window.
    #[cfg(not(target_arch = "wasm32"))]
    fn open_dropped(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect::<Vec<_>>()
        });
        for path in dropped {
            self.open_path(path);
        }
    }

    /// Acts on a chosen path.
    fn picked(&mut self, purpose: Purpose, path: PathBuf) {
        match purpose {
            Purpose::OpenDataset | Purpose::OpenSession | Purpose::OpenLesson => self.open_path(path),
            Purpose::SaveDataset(d) => self.run(move || {
                Event::Done(Action::Notify(match write_csv(&d, &path) {
                    Ok(()) => Message::SavedPoints {
                        points: d.points.len(),
                        path,
                    },
                    Err(e) => Message::Data(e),
                }))
            }),
            Purpose::SaveSession(s) => self.run(move || {
                Event::Done(Action::Notify(match s.save(&path) {
                    Ok(()) => Message::SavedSession { path },
                    Err(e) => Message::Session(e),
                }))
            }),
            Purpose::SaveImage(img) => self.run(move || Event::Done(save_png(&img, &path))),
            Purpose::SaveAnimation => self.run(move || Event::Done(Action::ExportAnimationTo(path))),
            Purpose::ExportKeras(session, format) => self.write_keras(session, format, path),
        }
    }

    /// Whether background file work is still running.
    pub(super) fn busy(&self) -> bool {
        !self.jobs.is_empty()
    }

    /// The import window and the path prompt.
    pub(super) fn dialogs_ui(&mut self, ctx: &egui::Context) -> Vec<Action> {
        let mut out = Vec::new();
        if let Some(dialog) = &mut self.import {
            match dialog.ui(ctx) {
                Some(Ok(action)) => {
                    out.push(action);
                    self.import = None;
                }
                Some(Err(())) => self.import = None,
                None => {}
            }
        }
        let mut chosen = None;
        if let Some(prompt) = &mut self.prompt {
            let mut open = true;
            egui::Window::new(tr!("files-choose-title"))
                .id(egui::Id::unique("nnlab-path-prompt"))
                .collapsible(false)
                .open(&mut open)
                .show(ctx, |ui| {
                    ui.label(tr!("files-no-dialog-service"));
                    ui.label(tr!("files-type-path"));
                    let edit = ui.text_edit_singleline(&mut prompt.text);
                    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if (ui.button(tr!("files-ok")).clicked() || enter) && !prompt.text.trim().is_empty() {
                        chosen = Some(PathBuf::from(prompt.text.trim()));
                    }
                });
            if !open {
                self.prompt = None;
            }
        }
        if let Some(path) = chosen
            && let Some(p) = self.prompt.take()
        {
            self.picked(p.purpose, path);
        }
        out
    }
}

/// The file's name, for messages.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Reads a lesson file; a broken one is a message naming line and column,
/// and nothing else changes.
fn load_lesson(path: &Path) -> Action {
    match crate::lessons::read_lesson(path) {
        Ok(lesson) => Action::StartLesson(Box::new(lesson)),
        Err(error) => Action::Notify(Message::LessonFile {
            name: file_name(path),
            error,
        }),
    }
}

fn load_session(path: &Path) -> Action {
    let name = file_name(path);
    match Session::load(path) {
        Ok(s) => Action::LoadSession(Box::new(s), name),
        Err(error) => Action::Notify(Message::SessionFile { name, error }),
    }
}

fn save_png(img: &egui::ColorImage, path: &Path) -> Action {
    let [w, h] = img.size;
    let bytes: Vec<u8> = img.pixels.iter().flat_map(|c| c.to_array()).collect();
    let result = image::RgbaImage::from_raw(w as u32, h as u32, bytes)
        .ok_or(ImageFailure::WrongSize)
        .and_then(|buf| {
            let mut out = Vec::new();
            buf.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
                .map_err(|e| ImageFailure::Encode(e.to_string()))?;
            crate::fsutil::write(path, &out).map_err(ImageFailure::Write)
        });
    Action::Notify(match result {
        Ok(()) => Message::SavedImage {
            path: path.to_path_buf(),
        },
        Err(e) => Message::ImageNotSaved(e),
    })
}
