//! What the app does with an [`Action`]: every panel, menu and shortcut
//! returns actions, applied here at the end of the frame; also the data
//! edits and undo/redo across the data and the network editor.

use super::{NnlabApp, Notice};
use crate::app::actions::{Action, ImageTarget};
use crate::app::labs::Tab;
use crate::app::undo_order::UndoSource;
use crate::data::{Dataset, Edit, EditHistory, generate};
use crate::nn::Activation;
use crate::train::split_dataset;

impl NnlabApp {
    /// Carries out one action.
    pub fn apply(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::Play => self.link.play(),
            Action::Pause => self.link.pause(),
            Action::TogglePlay if self.link.running => self.link.pause(),
            Action::TogglePlay => self.link.play(),
            Action::StepBatch => self.link.step_batch(),
            Action::StepEpoch => self.link.step_epoch(),
            Action::Reset => self.link.reset(),
            Action::Regenerate => match generate(self.settings.generator, &self.settings.gen_params) {
                Ok(mut d) => {
                    split_dataset(&mut d, &self.settings.config);
                    self.replace_dataset(d);
                }
                Err(e) => self.error(e.to_string()),
            },
            Action::Resplit => {
                let mut d = self.dataset.clone();
                split_dataset(&mut d, &self.settings.config);
                self.replace_dataset(d);
            }
            Action::Edit(edit) => self.edit(edit),
            Action::DragTo { index, to } => {
                if let Some(p) = self.dataset.points.get_mut(index) {
                    p.x = to;
                    self.link.send_dataset(&self.dataset);
                }
            }
            Action::Undo => {
                if self.undo_or_redo(UndoSource::Data, false) {
                    self.undo_order.undone_by_button(UndoSource::Data);
                }
            }
            Action::UndoLast => self.undo_or_redo_last(false),
            Action::Redo => {
                if self.undo_or_redo(UndoSource::Data, true) {
                    self.undo_order.redone_by_button(UndoSource::Data);
                }
            }
            Action::RedoLast => self.undo_or_redo_last(true),
            Action::Clear => {
                let mut empty = self.dataset.clone();
                empty.points.clear();
                self.replace_dataset(empty);
            }
            Action::SelectClass(k) => {
                if k < self.dataset.num_classes() {
                    self.settings.selected_class = k;
                }
            }
            Action::OpenDataset => self.files.open_dataset(),
            Action::SaveDataset => self.files.save_dataset(&self.dataset),
            Action::OpenSession => self.files.open_session(),
            Action::SaveSession => {
                if let Err(e) =
                    self.files
                        .save_session(&self.dataset, &self.settings.config, self.link.snapshot.as_ref())
                {
                    self.error(e);
                }
            }
            Action::ExportImage(target) => {
                let rect = match target {
                    ImageTarget::Boundary => self.boundary.rect,
                    ImageTarget::Loss => self.loss.rect,
                };
                self.files.export_image(ctx, rect, target);
            }
            Action::CrashWorker => self.link.crash(),
            Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::LoadDataset(mut d, name) => {
                let n = d.points.len();
                split_dataset(&mut d, &self.settings.config);
                self.replace_dataset(*d);
                self.info(format!("opened {name}: {n} points"));
            }
            Action::LoadSession(session, name) => match session.into_trainer() {
                Ok(trainer) => {
                    self.settings.config = session.config.clone();
                    self.history = EditHistory::default();
                    self.dataset = session.dataset.clone();
                    self.link.load(&self.dataset, trainer, &self.settings.config);
                    self.info(format!("opened session {name} at epoch {}", session.progress.epoch));
                }
                Err(e) => self.error(e.to_string()),
            },
            Action::Notify(text, is_error) => self.notice = Some(Notice { text, is_error }),
            Action::OpenInNetworkView(d) => {
                let n = d.points.len();
                self.settings.config = self.settings.config.clone().with_hidden(&[4], Activation::Tanh);
                self.replace_dataset(*d);
                self.settings.tab = Tab::Network;
                self.info(format!(
                    "opened {n} points from the lab with one hidden layer of 4 tanh units"
                ));
            }
        }
    }

    /// Applies a data edit, remembers it for undo, and tells the worker.
    fn edit(&mut self, edit: Edit) {
        if self.history.apply(edit, &mut self.dataset) {
            self.undo_order.push(UndoSource::Data);
            self.link.send_dataset(&self.dataset);
        }
    }

    /// Ctrl+Z (`redo` false) takes back the latest edit; Ctrl+Shift+Z
    /// (`redo` true) does the most recently undone one again. Either may be
    /// of the data or in the network editor; when that one has nothing
    /// left, the other is tried.
    fn undo_or_redo_last(&mut self, redo: bool) {
        use UndoSource::{Data, Editor};
        let next = if redo {
            self.undo_order.pop_undone()
        } else {
            self.undo_order.pop()
        };
        let sources = if next == Some(Editor) {
            [Editor, Data]
        } else {
            [Data, Editor]
        };
        for source in sources {
            if self.undo_or_redo(source, redo) {
                // Taken from the other stack than `next` named: noted as
                // that stack's own button would.
                match (redo, next == Some(source)) {
                    (false, true) => self.undo_order.undone(source),
                    (false, false) => self.undo_order.undone_by_button(source),
                    (true, true) => self.undo_order.redone(source),
                    (true, false) => self.undo_order.redone_by_button(source),
                }
                return;
            }
        }
    }

    /// Undoes (or redoes) one edit of `source`; false if it has none.
    fn undo_or_redo(&mut self, source: UndoSource, redo: bool) -> bool {
        let (config, link) = (&mut self.settings.config, &mut self.link);
        match source {
            UndoSource::Editor if redo => self.editor.redo(config, link),
            UndoSource::Editor => self.editor.undo(config, link),
            UndoSource::Data => {
                let done = if redo {
                    self.history.redo(&mut self.dataset)
                } else {
                    self.history.undo(&mut self.dataset)
                };
                if done {
                    link.send_dataset(&self.dataset);
                }
                done
            }
        }
    }

    /// Replaces the data as one undoable edit.
    pub fn replace_dataset(&mut self, dataset: Dataset) {
        self.boundary.request_fit();
        self.edit(Edit::Replace {
            before: Box::new(self.dataset.clone()),
            after: Box::new(dataset),
        });
        if self.settings.selected_class >= self.dataset.num_classes().max(1) {
            self.settings.selected_class = 0;
        }
    }
}
