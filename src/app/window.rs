//! The application: owns the user's data, settings and undo history, talks
//! to the training worker, lays out the panels, and hands the actions they
//! return to `apply.rs`.

use std::sync::Arc;
use web_time::Instant;

use egui::Ui;

use super::autosave::Autosave;
use super::boundary::BoundaryView;
use super::context::{Current, Refused};
use super::editor::NetworkEditor;
use super::export_job::{AnimationExport, export_status_ui};
use super::files::Files;
use super::labs::notes_ui::notes_panel_ui;
use super::labs::{self, Labs, Tab};
use super::landscape::LandscapeView;
use super::layout::{self, PanelKind};
use super::lesson::{Course, OpenLesson, lesson_panel_ui};
use super::link::WorkerLink;
use super::loss_plot::LossView;
use super::settings::{DATASET_KEY, MAX_STORED_POINTS, SETTINGS_KEY, Settings};
use super::surprise::AdamShake;
use super::undo::History;
use super::workspace::{NetworkTab, Notice, PanelRects, notice_ui};
use super::{menu, recovery, shortcuts, status_bar};
use crate::app::context::Action;

use crate::app::context::View;
use crate::app::context::ViewOptions;
use crate::data::{Dataset, SplitOrder, generate};
use crate::i18n::Message;
use crate::lessons::ControlGroup;
use crate::session::{ContinuedElsewhere, Session};
use crate::train::{Snapshot, split_generated};

/// The split order of the current points for one split seed, and the
/// ratio whose split the flags exactly are, when known (then a new ratio
/// flips only the points between the two).
pub(super) struct SplitCache {
    /// The split seed.
    pub(super) seed: u64,
    /// The order that seed gives the current points.
    pub(super) order: Arc<SplitOrder>,
    /// The flags are the split at this ratio.
    pub(super) exact: Option<f64>,
}

/// Handles on the work that runs beside the window. None of it is saved:
/// each launch starts it anew, while [`NnlabApp::settings`] and
/// [`NnlabApp::dataset`] (the persistable state) are stored and restored.
pub(super) struct Handles {
    /// The training worker: commands in, snapshots out.
    pub(super) link: WorkerLink,
    /// File dialogs, readers in progress and the import window.
    pub(super) files: Files,
    /// File ▸ Export training animation…, while it runs.
    pub(super) export: AnimationExport,
    /// Autosave and crash recovery (off unless enabled).
    pub(super) autosave: Option<Autosave>,
}

/// The nnlab window: the persistable state (settings and data, stored
/// between launches), the handles on what runs beside it, and each
/// panel's own view state.
pub struct NnlabApp {
    /// Persistent settings.
    pub settings: Settings,
    /// The user's data. The worker holds its own copy and follows the
    /// edits made here; shared, so whole-data changes cost no copy.
    pub dataset: Arc<Dataset>,
    /// Every undoable change, data and network alike.
    pub(super) history: History,
    /// What runs beside the window: the worker, the file dialogs, the
    /// animation export and autosave.
    pub(super) handles: Handles,
    pub(super) boundary: BoundaryView,
    pub(super) loss: LossView,
    /// The loss landscape view, its job and its last result.
    pub landscape: LandscapeView,
    /// The network editor panel.
    pub editor: NetworkEditor,
    /// The message line.
    pub notice: Option<Notice>,
    /// Milliseconds of CPU the last frames took (smoothed).
    pub frame_ms: f32,
    /// The lab tabs' state.
    pub labs: Labs,
    /// The split order of the current points and seed, kept while only the
    /// test ratio changes (a ratio slider on a million points then costs a
    /// pass over the flags, not a shuffle, per frame).
    pub(super) split_order: Option<SplitCache>,
    /// See [`View::data_generation`].
    pub(super) data_generation: u64,
    /// Explains the first point edit that visibly shakes an Adam run.
    pub(super) adam_shake: AdamShake,
    /// Where the present weights were trained besides nnlab (an opened
    /// session continued in Keras); forgotten when the weights start anew.
    pub(super) continued_in: Vec<ContinuedElsewhere>,
    /// The built-in course, the open lesson and its panel.
    pub(super) course: Course,
    /// A folded panel the learner clicked: it gets the room next frame.
    pub(super) favour: Option<PanelKind>,
    /// Where the panels were drawn last frame.
    pub(super) rects: PanelRects,
}

impl NnlabApp {
    /// An app on `dataset` with `settings`; `wake` is how the worker asks
    /// for a repaint. Settings out of range (an old or hand-edited file)
    /// are replaced by defaults, and the window says so.
    pub fn new(mut settings: Settings, dataset: impl Into<Arc<Dataset>>, wake: Arc<dyn Fn() + Send + Sync>) -> Self {
        let (config, fixed) = settings.sanitize();
        let dataset = dataset.into();
        let link = WorkerLink::start(
            &dataset,
            config,
            settings.view.pace,
            settings.view.grid_resolution,
            wake,
        );
        let (course, course_error) = Course::load();
        let mut app = Self {
            boundary: BoundaryView::default(),
            loss: LossView::default(),
            landscape: LandscapeView::default(),
            editor: NetworkEditor::default(),
            history: History::default(),
            notice: None,
            frame_ms: 0.0,
            labs: Labs::default(),
            split_order: None,
            data_generation: 0,
            adam_shake: AdamShake::default(),
            continued_in: Vec::new(),
            course,
            favour: None,
            rects: PanelRects::default(),
            settings,
            dataset,
            handles: Handles {
                link,
                files: Files::default(),
                export: AnimationExport::default(),
                autosave: None,
            },
        };
        let fixed = (!fixed.is_empty()).then_some(Message::SettingsFixed(fixed));
        let mut problems: Vec<Message> = (fixed.into_iter())
            .chain(app.handles.link.error.take().map(Message::WorkerNotStarted))
            .chain(course_error)
            .collect();
        match problems.len() {
            0 => {}
            1 => app.notify(problems.remove(0)),
            _ => app.notify(Message::Several(problems)),
        }
        app
    }

    /// The app as eframe creates it: settings and data from the last
    /// session if stored, otherwise the default spiral.
    pub fn from_storage(storage: Option<&dyn eframe::Storage>, ctx: &egui::Context) -> Self {
        let settings: Settings = storage
            .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
            .unwrap_or_default();
        let stored: Option<Dataset> = storage.and_then(|s| eframe::get_value(s, DATASET_KEY));
        let dataset = stored
            .filter(|d| d.validate().is_ok())
            .unwrap_or_else(|| default_dataset(&settings));
        let ctx = ctx.clone();
        Self::new(settings, dataset, Arc::new(move || ctx.request_repaint()))
    }

    /// The most recent snapshot from the worker.
    pub fn snapshot(&self) -> Option<&Snapshot> {
        self.handles.link.snapshot.as_ref()
    }

    /// Whether training was asked to run (and has not stopped by itself).
    pub fn is_running(&self) -> bool {
        self.handles.link.running
    }

    /// Opens a CSV (through the import window), a session or a lesson file.
    pub fn open_path(&mut self, path: std::path::PathBuf) {
        self.handles.files.open_path(path);
    }

    /// Uses typed-path prompts instead of native file dialogs.
    pub fn use_path_prompts(&mut self) {
        self.handles.files.use_path_prompts();
    }

    /// Where the panels were drawn last frame.
    pub fn panel_rects(&self) -> PanelRects {
        self.rects
    }

    /// The lesson card's task (question, goal) was taller than its room
    /// last frame and had to scroll.
    pub fn lesson_task_scrolls(&self) -> bool {
        self.course.panel.task_scrolls()
    }

    /// The epochs the loss plots show when zoomed (`None`: the whole run).
    pub fn loss_epoch_range(&self) -> Option<(f64, f64)> {
        self.loss.epoch_range()
    }

    /// The boundary view's pixels per plane unit on x and y last frame
    /// (equal: one scale on both axes).
    pub fn boundary_scale(&self) -> Option<[f32; 2]> {
        let t = self.boundary.transform.as_ref()?;
        let d = t.dpos_dvalue();
        Some([d[0] as f32, d[1].abs() as f32])
    }

    /// The boundary view's plot area last frame.
    pub fn boundary_rect(&self) -> egui::Rect {
        self.boundary.rect
    }

    /// Where plane point `x` was drawn in the boundary view last frame.
    pub fn boundary_screen_pos(&self, x: [f64; 2]) -> Option<egui::Pos2> {
        self.boundary.screen_pos(x)
    }

    /// Whether the CSV import window is open.
    pub fn import_dialog_open(&self) -> bool {
        self.handles.files.import.is_some()
    }

    /// Steps that Ctrl+Z can take back.
    pub fn undo_len(&self) -> usize {
        self.history.len()
    }

    /// What Ctrl+Z would take back, in a few words.
    pub fn undo_label(&self) -> Option<String> {
        self.history.undo_label()
    }

    /// Bytes the undo history keeps alive.
    pub fn undo_bytes(&self) -> usize {
        self.history.bytes()
    }

    /// Shows a message (red if it is an error) until it is dismissed or
    /// replaced.
    pub fn notify(&mut self, message: Message) {
        self.notice = Some(Notice::new(message));
    }

    /// Turns on autosave into a folder of `dir` (the app's data folder)
    /// every `interval`. If the last run there crashed, the restore dialog
    /// shows.
    pub fn enable_autosave(&mut self, dir: &std::path::Path, interval: std::time::Duration) {
        self.set_autosave(Autosave::open(dir, interval));
    }

    /// Uses `autosave` (opened before the window, which needs its settings
    /// path) and shares lesson progress with the other windows.
    pub fn set_autosave(&mut self, autosave: Autosave) {
        match (autosave.startup(), autosave.slot()) {
            (super::autosave::Startup::OtherInstance, _) => self.notify(Message::OtherInstance),
            (_, Some(k)) if k > 0 => self.notify(Message::OwnAutosave),
            _ => {}
        }
        self.handles.autosave = Some(autosave);
        self.sync_lesson_progress();
    }

    /// Whether the "restore the autosaved session?" dialog is showing.
    pub fn restore_offered(&self) -> bool {
        self.handles.autosave.as_ref().is_some_and(recovery::offers_restore)
    }

    /// The current data, settings and latest weights as a session, if the
    /// worker's latest network fits the data (it may lag one edit behind).
    pub fn current_session(&self) -> Option<Session> {
        self.session_now().ok()
    }

    /// The current data, settings, latest weights and their history (the
    /// checkpoints, and where else they were trained: a session continued
    /// in Keras stays marked so when saved again), or why not yet.
    pub(super) fn session_now(&self) -> Result<Session, Message> {
        let s = self.handles.link.snapshot.as_ref().ok_or(Message::NoNetworkYet)?;
        let mut session = Session::from_snapshot((*self.dataset).clone(), self.handles.link.config().clone(), s)
            .with_checkpoints(&s.checkpoints);
        session.progress.continued_in.clone_from(&self.continued_in);
        session.check().map_err(Message::SessionNotReady)?;
        Ok(session)
    }

    /// At exit: the lesson progress shared, the last autosave, then the
    /// clean-exit mark.
    pub fn finish_autosave(&mut self) {
        self.sync_lesson_progress();
        let session = self.current_session();
        if let Some(a) = self.handles.autosave.as_mut()
            && let Err(e) = a.finish(session)
        {
            eprintln!("nnlab: {}", e.into_message());
        }
    }

    /// Draws one frame and applies what the user did.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let started = Instant::now();
        if let Some(message) = self.handles.link.poll(&self.dataset) {
            self.notify(message);
        }
        if let Some(surprise) = self
            .handles
            .link
            .snapshot
            .as_ref()
            .and_then(|s| self.adam_shake.check(s))
        {
            self.notify(surprise.message());
        }
        super::workspace::expire_notice(ui.ctx(), &mut self.notice);
        let mut actions = self.handles.files.poll(ui.ctx());
        actions.extend(self.handles.export.poll());
        self.landscape.poll();
        actions.extend(shortcuts::shortcuts(ui.ctx(), self.settings.view.tab));
        actions.extend(self.panels_ui(ui));
        actions.extend(self.handles.files.dialogs_ui(ui.ctx()));
        actions.extend(self.autosave_tick(ui.ctx()));
        // Classroom mode: a shortcut, menu or dropped file cannot get round a lock.
        let classroom = self.course.classroom(self.settings.view.classroom);
        let now = Current {
            config: &self.settings.config,
            generator: (self.settings.generator, self.settings.gen_params),
            running: self.handles.link.running,
        };
        let mut refused = None;
        actions.retain(|a| {
            let why = classroom.refusal(a, &now);
            refused = refused.or(why);
            why.is_none()
        });
        match refused {
            Some(Refused::Locked) => self.notify(Message::LockedByLesson),
            Some(Refused::AnswerFirst) => self.notify(Message::AnswerFirst),
            None => {}
        }
        for action in actions {
            self.apply(action, ui.ctx());
        }
        // A gesture (a slider or point drag) ends when the pointer is let go.
        if ui.ctx().input(|i| i.pointer.any_released() || !i.pointer.any_down()) {
            self.history.seal();
        }
        self.observe_lesson();
        let ms = started.elapsed().as_secs_f32() * 1000.0;
        self.frame_ms = if self.frame_ms == 0.0 {
            ms
        } else {
            0.9 * self.frame_ms + 0.1 * ms
        };
    }

    /// Every panel of the window, each given what it draws; returns what
    /// the user asked for.
    fn panels_ui(&mut self, ui: &mut Ui) -> Vec<Action> {
        let undo = self.history.undo_label();
        let redo = self.history.redo_label();
        let Self {
            settings,
            dataset,
            handles: Handles {
                link, files, export, ..
            },
            boundary,
            loss,
            landscape,
            editor,
            notice,
            labs,
            frame_ms,
            data_generation,
            course,
            favour,
            rects,
            ..
        } = self;
        let classroom = course.classroom(settings.view.classroom);
        let view = View {
            config: &settings.config,
            generator: settings.generator,
            gen_params: settings.gen_params,
            dataset,
            data_revision: link.revision,
            data_generation: *data_generation,
            snapshot: link.snapshot.as_ref(),
            running: link.running,
            undo: undo.as_deref(),
            redo: redo.as_deref(),
            files_busy: files.busy(),
            frame_ms: *frame_ms,
            classroom: &classroom,
            course: &course.builtin,
            progress: &settings.lessons,
            lesson_open: course.run.is_some(),
        };
        let options = &mut settings.view;
        let mut actions = menu::menu_bar_ui(ui, options, &view);
        let lab_status = labs.status(options.tab);
        status_bar::status_bar_ui(ui, &view, options.pace, lab_status.as_deref(), |ui| {
            actions.extend(export_status_ui(ui, export.progress()));
        });
        let network = options.tab == Tab::Network;
        let inspecting = network && editor.backprop.is_open();
        let lesson_word = (course.run.as_ref()).map_or(0.0, |run| {
            let title = super::lesson::render(&run.lesson().title);
            (title.split_whitespace())
                .map(|w| super::widgets::text_width(ui, egui::RichText::new(w).strong()))
                .fold(0.0, f32::max)
        });
        let shown = layout::Shown {
            lesson: course.run.is_some(),
            lesson_word,
            inspecting,
            notes: !network && options.show_notes && view.classroom.shown(ControlGroup::Notes),
        };
        let window_width = ui.ctx().content_rect().width();
        let mut needs = Vec::new();
        if let Some(run) = &course.run {
            layout::needs(&run.step().goal, &mut needs);
            // The card comes first while its question waits; answered,
            // the step's other panels (the inspector) have the room.
            if !run.awaits_answer() {
                needs.retain(|k| *k != PanelKind::Lesson);
            }
        }
        let slots = layout::workspace_slots(
            window_width,
            &options.workspace,
            options.tab,
            options.show_editor,
            shown,
            *favour,
            &needs,
        );
        let slot = |kind| slots.iter().find(|(k, _)| *k == kind).map(|(_, s)| *s);
        *rects = PanelRects::default();
        if let (Some(run), Some(s)) = (&course.run, slot(PanelKind::Lesson)) {
            let open = OpenLesson {
                run,
                live: &course.live,
                next: course.next.as_ref(),
            };
            let ViewOptions {
                classroom, workspace, ..
            } = &mut *options;
            let (out, rect) = layout::side_panel(
                ui,
                PanelKind::Lesson,
                "",
                &mut workspace.lesson,
                s,
                favour,
                false,
                |ui, place| lesson_panel_ui(ui, &mut course.panel, &open, &view, classroom, place),
            );
            actions.extend(out.into_iter().flatten());
            rects.lesson = Some(rect);
        }
        labs::tab_bar_ui(ui, &mut options.tab, view.classroom);
        match options.tab {
            Tab::Network => {
                let tab = NetworkTab {
                    options,
                    editor,
                    loss,
                    boundary,
                    landscape,
                    notice,
                    favour,
                    rects,
                };
                actions.extend(tab.ui(ui, &view, &slots, inspecting));
                actions.extend(boundary.wanted_grid(options.grid_resolution).map(Action::SetGrid));
            }
            tab => {
                if notice.is_some() {
                    egui::Panel::top("lab-notice").show(ui, |ui| notice_ui(ui, notice));
                }
                if let Some(lab) = labs.get_mut(tab) {
                    if let Some(s) = slot(PanelKind::Notes) {
                        let closable = view.classroom.usable(ControlGroup::Notes);
                        let ViewOptions {
                            show_notes, workspace, ..
                        } = &mut *options;
                        let notes = lab.notes();
                        let (_, rect) = layout::side_panel(
                            ui,
                            PanelKind::Notes,
                            "",
                            &mut workspace.notes,
                            s,
                            favour,
                            false,
                            |ui, _| notes_panel_ui(ui, tab, notes, show_notes, closable),
                        );
                        rects.notes = Some(rect);
                    }
                    actions.extend(labs::lab_ui(ui, lab, &mut options.show_notes, view.classroom));
                }
            }
        }
        if favour.is_some_and(|k| slot(k).is_none_or(|s| !s.folded)) {
            // Served: the next time room runs short the usual order holds.
            *favour = None;
        }
        actions
    }

    /// What an autosave captures, as a tag: the data's revision and the
    /// worker's snapshot (the same tag twice: nothing new to save).
    pub(super) fn autosave_key(&self) -> (u64, u64) {
        let link = &self.handles.link;
        (link.revision, link.snapshot.as_ref().map_or(0, |s| s.sequence))
    }

    /// A browser tab is closed, reloaded or left without a word to the app
    /// (no exit, so the running mark stays: see `autosave`'s `web`): when the
    /// page is hidden the current state is autosaved at once, so the next
    /// visit offers what the learner saw last, not what the last periodic save
    /// caught up to two minutes before.
    #[cfg(target_arch = "wasm32")]
    pub(super) fn autosave_on_leave(&mut self) {
        let key = self.autosave_key();
        let session = (self.handles.autosave.as_ref())
            .filter(|a| a.changed(key))
            .and_then(|_| self.current_session());
        if let (Some(autosave), Some(session)) = (self.handles.autosave.as_mut(), session) {
            autosave.save(session, key);
        }
    }

    /// The restore dialog after a crash, or an autosave when one is due.
    fn autosave_tick(&mut self, ctx: &egui::Context) -> Vec<Action> {
        let key = self.autosave_key();
        let session = (self.handles.autosave.as_ref())
            .filter(|a| a.due(key))
            .and_then(|_| self.current_session());
        match self.handles.autosave.as_mut() {
            Some(autosave) => recovery::autosave_ui(ctx, autosave, key, session),
            None => Vec::new(),
        }
    }

    /// Stores settings and (small) data.
    pub fn save_to(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
        if self.dataset.points.len() <= MAX_STORED_POINTS {
            eframe::set_value(storage, DATASET_KEY, &*self.dataset);
        }
    }
}

impl eframe::App for NnlabApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.sync_lesson_progress();
        self.save_to(storage);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.finish_autosave();
    }

    /// Lets the page reach the app when the tab is left (see `web`).
    #[cfg(target_arch = "wasm32")]
    fn as_any_mut(&mut self) -> Option<&mut dyn std::any::Any> {
        Some(&mut *self)
    }
}

/// The data the settings describe, split by the config's ratio.
pub fn default_dataset(settings: &Settings) -> Dataset {
    let mut d = generate(settings.generator, &settings.gen_params)
        .or_else(|_| generate(Settings::default().generator, &Settings::default().gen_params))
        .unwrap_or_else(|_| Dataset::new_classification("empty", 2));
    let source = d.generator;
    split_generated(&mut d, source, &settings.config);
    d
}
