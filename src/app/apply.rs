//! The one place where actions take effect. Panels, menus, shortcuts and
//! file jobs return [`Action`]s; here each becomes worker commands and,
//! for changes of the data or the network, an undo [`Step`] that is
//! carried out, recorded, and can be carried out backwards.

mod lesson;
mod modes;

use std::sync::Arc;

use super::undo::{Change, Direction, Step};
use super::window::{NnlabApp, SplitCache};
use crate::app::context::{Action, ImageTarget};
use crate::data::{Dataset, Edit, FlipSet, GenParams, Generator, SplitOrder, generate};
use crate::i18n::Message;
use crate::labs::Tab;
use crate::nn::{Activation, OptimizerKind};
use crate::train::{TrainConfig, Trainer, split_dataset, split_generated, stream, sub_seed};

impl NnlabApp {
    /// Carries out one action.
    pub fn apply(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::Play => self.play(),
            Action::Pause => self.handles.link.pause(),
            Action::TogglePlay if self.handles.link.running => self.handles.link.pause(),
            Action::TogglePlay => self.play(),
            Action::StepBatch => self.handles.link.step_batch(),
            Action::StepEpoch => self.handles.link.step_epoch(),
            Action::Reset => {
                self.continued_in.clear();
                self.handles.link.reset();
            }
            Action::Regenerate => self.set_generator(self.settings.generator, self.settings.gen_params),
            Action::SetGenerator(g, p) => self.set_generator(g, p),
            Action::Edit(edit) => self.record(Step::one(Change::Data(edit))),
            Action::SetConfig(config) => self.set_config(*config),
            Action::SetGrid(spec) => self.handles.link.set_grid(spec),
            Action::SetPace(pace) => {
                self.settings.view.pace = pace;
                self.handles.link.send_pace(pace);
            }
            Action::EditNetwork(edit) => self.record(Step::one(Change::Network(edit))),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Clear => {
                let mut empty = Dataset::clone(&self.dataset);
                empty.points = Vec::new();
                self.replace_dataset(empty, Vec::new());
            }
            Action::SelectClass(k) => {
                if k < self.dataset.num_classes() {
                    self.settings.view.selected_class = k;
                }
            }
            Action::OpenDataset => self.handles.files.open_dataset(),
            Action::SaveDataset => self.handles.files.save_dataset(&self.dataset),
            Action::OpenSession => self.handles.files.open_session(),
            Action::SaveSession => match self.session_now() {
                Ok(session) => self.handles.files.save_session(session),
                Err(e) => self.notify(e),
            },
            Action::ExportKeras(format) => match self.session_now() {
                Ok(session) => {
                    if let Err(e) = self.handles.files.export_keras(format, session) {
                        self.notify(e);
                    }
                }
                Err(e) => self.notify(e),
            },
            Action::ExportImage(target) => {
                let rect = match target {
                    ImageTarget::Boundary => self.boundary.rect,
                    ImageTarget::Loss => self.loss.rect,
                    ImageTarget::Landscape => self.landscape.rect,
                };
                self.handles.files.export_image(ctx, rect);
            }
            Action::CrashWorker => self.handles.link.crash(),
            Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::LoadDataset(mut d, name) => {
                let n = d.points.len();
                split_dataset(&mut d, &self.settings.config);
                self.replace_dataset(*d, Vec::new());
                self.notify(Message::OpenedDataset { name, points: n });
            }
            Action::LoadSession(session, name) => match session.into_trainer() {
                Ok(trainer) => {
                    self.settings.follow_generator(&session.dataset);
                    self.replace_all(session.dataset.clone(), trainer);
                    self.continued_in.clone_from(&session.progress.continued_in);
                    let epoch = session.progress.epoch;
                    self.notify(Message::OpenedSession { name, epoch });
                }
                Err(error) => self.notify(Message::SessionFile { name, error }),
            },
            Action::Notify(message) => self.notify(message),
            Action::OpenInNetworkView(d) => {
                let n = d.points.len();
                let before = self.settings.config.clone();
                let after = before.clone().with_hidden(&[4], Activation::Tanh);
                let shape = Change::Config {
                    before: Box::new(before),
                    after: Box::new(after),
                };
                self.replace_dataset(*d, vec![shape]);
                self.settings.view.tab = Tab::Network;
                self.notify(Message::OpenedFromLab { points: n });
            }
            Action::RestoreAutosave => self.restore_autosave(ctx),
            Action::DiscardAutosave => {
                if let Some(a) = self.handles.autosave.as_mut() {
                    a.discard();
                }
            }
            Action::Inspector(a) => self.inspect(a),
            Action::ShowCheckpoint(k) => self.show_checkpoint(k),
            Action::ExportAnimation => self.handles.files.save_animation(),
            Action::ExportAnimationTo(path) => {
                let started = self.handles.export.start_from(
                    self.handles.link.snapshot.as_ref(),
                    &self.dataset,
                    self.handles.link.config(),
                    self.settings.view.discretize,
                    path,
                    ctx,
                );
                if let Err(e) = started {
                    self.notify(e);
                }
            }
            Action::CancelExport => self.handles.export.cancel(),
            Action::ComputeLandscape => match self.handles.link.snapshot.as_ref() {
                Some(s) => self.landscape.start(
                    s,
                    &self.dataset,
                    self.handles.link.revision,
                    self.handles.link.config(),
                    ctx,
                ),
                None => self.notify(Message::NoNetworkYet),
            },
            Action::CancelLandscape => self.landscape.cancel(),
            Action::OpenLessonFile => self.handles.files.open_lesson(),
            // A step's set-up can change what the plots show; egui_plot
            // sizes its axes from the frame before, so draw once more for
            // them to settle (else a lab's two plots overlap until the
            // mouse moves).
            Action::StartLesson(lesson) => {
                self.start_lesson(*lesson);
                ctx.request_repaint();
            }
            Action::Lesson(request) => {
                self.lesson_action(request);
                ctx.request_repaint();
            }
        }
    }

    /// Replaces data, configuration and network at once (an opened
    /// session, a lesson's set-up): the configuration is the trainer's.
    /// Not an undo step: the history is cleared, since edits of the old
    /// data and network mean nothing here.
    fn replace_all(&mut self, dataset: Dataset, trainer: Trainer) {
        self.continued_in.clear();
        self.settings.config = trainer.config().get().clone();
        self.history.clear();
        self.split_order = None;
        self.data_generation += 1;
        self.dataset = Arc::new(dataset);
        self.boundary.request_fit();
        self.handles.link.load(&self.dataset, trainer);
        if self.settings.view.selected_class >= self.dataset.num_classes().max(1) {
            self.settings.view.selected_class = 0;
        }
    }

    /// Carries out `step` and records it for undo.
    fn record(&mut self, mut step: Step) {
        if self.perform(&mut step, Direction::Forward) {
            self.history.record(step, self.dataset.points.len());
        }
    }

    /// Ctrl+Z: carries the newest step out backwards.
    fn undo(&mut self) {
        if let Some(mut step) = self.history.take_undo() {
            self.perform(&mut step, Direction::Backward);
            self.history.undone(step);
        }
    }

    /// Ctrl+Shift+Z: carries the most recently undone step out again.
    fn redo(&mut self) {
        if let Some(mut step) = self.history.take_redo() {
            self.perform(&mut step, Direction::Forward);
            self.history.redone(step);
        }
    }

    /// Carries out every change of `step` (in reverse order backwards).
    /// Returns whether the first change took effect (a step whose edit
    /// no longer fits the data is not recorded).
    fn perform(&mut self, step: &mut Step, direction: Direction) -> bool {
        let mut first = None;
        let n = step.changes.len();
        for k in 0..n {
            let i = if direction == Direction::Forward { k } else { n - 1 - k };
            let done = self.perform_change(&mut step.changes[i], direction);
            first.get_or_insert(done);
        }
        first.unwrap_or(false)
    }

    /// Carries out one change and tells the worker.
    fn perform_change(&mut self, change: &mut Change, direction: Direction) -> bool {
        let forward = direction == Direction::Forward;
        match change {
            Change::Data(edit) => {
                let done = if forward {
                    edit.apply(&mut self.dataset)
                } else {
                    edit.revert(&mut self.dataset)
                };
                if !done {
                    return false;
                }
                // What the worker must apply to reach the same data.
                let sent = match edit {
                    Edit::Replace(_) => {
                        self.boundary.request_fit();
                        // Its own copy: see `WorkerLink::start`.
                        Edit::Replace(Arc::new(Dataset::clone(&self.dataset)))
                    }
                    e if forward => e.clone(),
                    e => e.inverse(),
                };
                match &sent {
                    Edit::Move { .. } => {}
                    // Flags of an unknown split (undo, redo).
                    Edit::FlipTest(_) => {
                        if let Some(cache) = self.split_order.as_mut() {
                            cache.exact = None;
                        }
                    }
                    _ => {
                        self.split_order = None;
                        self.data_generation += 1;
                    }
                }
                if self.settings.view.selected_class >= self.dataset.num_classes().max(1) {
                    self.settings.view.selected_class = 0;
                }
                // New data or a new split is a new experiment: fresh weights
                // and an empty history (the loss plot would otherwise mix two
                // datasets), unless the user asked to keep the network.
                let new_experiment = matches!(sent, Edit::Replace(_) | Edit::FlipTest(_));
                let point_edit = matches!(sent, Edit::Add { .. } | Edit::Remove { .. } | Edit::Move { .. });
                self.handles.link.send_data_edit(sent);
                if point_edit && self.handles.link.running && self.settings.config.optimizer.kind == OptimizerKind::Adam
                {
                    self.adam_shake
                        .edited(self.handles.link.snapshot.as_ref(), self.handles.link.revision);
                }
                if new_experiment && !self.settings.view.keep_weights {
                    self.continued_in.clear();
                    self.handles.link.reset();
                }
                true
            }
            Change::Config { before, after } => {
                let config = if forward { after } else { before };
                // Both were checked when the step was recorded.
                match config.as_ref().clone().check() {
                    Ok(valid) => {
                        self.settings.config.clone_from(config);
                        self.handles.link.send_config(valid);
                        true
                    }
                    Err(e) => {
                        self.notify(Message::ChangeRefused(e));
                        false
                    }
                }
            }
            Change::Generator { before, after } => {
                let (g, p) = if forward { *after } else { *before };
                self.settings.generator = g;
                self.settings.gen_params = p;
                true
            }
            Change::Network(edit) => {
                let edit = if forward { edit.clone() } else { edit.inverse() };
                let fits = self.handles.link.snapshot.as_ref().is_none_or(|s| edit.fits(&s.net));
                if fits {
                    self.handles.link.send_command(edit.command());
                }
                fits
            }
        }
    }

    /// New data from generator `g` with `params`, as one step with the
    /// generator settings.
    fn set_generator(&mut self, g: Generator, params: GenParams) {
        match generate(g, &params) {
            Ok(mut d) => {
                split_generated(&mut d, Some(g), &self.settings.config);
                let settings = Change::Generator {
                    before: (self.settings.generator, self.settings.gen_params),
                    after: (g, params),
                };
                self.replace_dataset(d, vec![settings]);
            }
            Err(e) => self.notify(Message::Data(e)),
        }
    }

    /// A new configuration as one step; a new test ratio or seed also
    /// re-splits the data (the points whose flag changes are stored).
    /// Values from the panels come in here: checked once, and the checked
    /// configuration goes to the worker as it is (the next frame's sync
    /// finds nothing new).
    fn set_config(&mut self, config: TrainConfig) {
        if config == self.settings.config {
            return;
        }
        let valid = match config.clone().check() {
            Ok(valid) => valid,
            Err(e) => {
                self.notify(Message::ChangeRefused(e));
                return;
            }
        };
        let resplit = config.test_ratio != self.settings.config.test_ratio || config.seed != self.settings.config.seed;
        let mut changes = vec![Change::Config {
            before: Box::new(self.settings.config.clone()),
            after: Box::new(config.clone()),
        }];
        let mut split = None;
        if resplit {
            let (flips, ratio) = self.split_flips(&config);
            split = Some(ratio);
            if !flips.is_empty() {
                changes.push(Change::Data(Edit::FlipTest(Arc::new(flips))));
            }
        }
        self.record(Step::new(changes));
        self.handles.link.send_config(valid);
        if let (Some(ratio), Some(cache)) = (split, self.split_order.as_mut()) {
            cache.exact = Some(ratio);
        }
    }

    /// The points whose test flag differs from the split `config` asks
    /// for, and the ratio of that split. The split order is kept while the
    /// points and seed stay; while the flags are a known split, only the
    /// points between the two ratios are looked at.
    fn split_flips(&mut self, config: &TrainConfig) -> (FlipSet, f64) {
        let seed = sub_seed(config.seed, stream::SPLIT);
        let n = self.dataset.points.len();
        let cache = match self.split_order.take() {
            Some(c) if c.seed == seed && c.order.covers(n) => c,
            _ => SplitCache {
                seed,
                order: Arc::new(SplitOrder::new(&self.dataset, seed)),
                exact: None,
            },
        };
        // A gate's four points are its truth table: all are trained on.
        let ratio = self
            .dataset
            .generator
            .map_or(config.test_ratio, |g| g.test_ratio(config.test_ratio));
        let flips = match cache.exact {
            Some(from) => cache.order.flips_between(from, ratio),
            None => cache.order.flips(&self.dataset, ratio),
        };
        self.split_order = Some(cache);
        (flips, ratio)
    }

    /// Replaces the data as one step, after `before` (changes of the
    /// settings that go with the new data).
    fn replace_dataset(&mut self, dataset: Dataset, mut changes: Vec<Change>) {
        changes.push(Change::Data(Edit::Replace(Arc::new(dataset))));
        self.record(Step::new(changes));
    }

    /// Loads the autosaved session the restore dialog offered.
    fn restore_autosave(&mut self, ctx: &egui::Context) {
        let Some(autosave) = self.handles.autosave.as_mut() else {
            return;
        };
        match autosave.restore() {
            Ok(session) => {
                let epoch = session.progress.epoch;
                self.apply(Action::LoadSession(Box::new(session), "autosave".into()), ctx);
                if self.notice.as_ref().is_none_or(|n| !n.is_error()) {
                    self.notify(Message::RestoredAutosave { epoch });
                }
            }
            Err(e) => self.notify(Message::RestoreFailed(e)),
        }
    }
}
