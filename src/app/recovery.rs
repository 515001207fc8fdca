//! The window's side of autosave (see [`super::autosave`]): the periodic
//! save, the save at exit, and the Restore / Discard dialog shown after a
//! crash.

use std::path::Path;
use std::time::Duration;

use egui::{Id, Modal};

use super::actions::Action;
use super::app::NnlabApp;
use super::autosave::{Autosave, Startup};
use crate::session::Session;

/// What the user chose in the restore dialog.
enum Choice {
    Restore,
    Discard,
}

impl NnlabApp {
    /// Turns on autosave into `dir` (the app's data folder) every
    /// `interval`. If the last run crashed, the restore dialog shows.
    pub fn enable_autosave(&mut self, dir: &Path, interval: Duration) {
        let autosave = Autosave::open(dir, interval);
        if autosave.startup() == Startup::OtherInstance {
            self.info("another nnlab window is running: this one does not autosave");
        }
        self.autosave = Some(autosave);
    }

    /// Whether the "restore the autosaved session?" dialog is showing.
    pub fn restore_offered(&self) -> bool {
        self.autosave
            .as_ref()
            .is_some_and(|a| a.startup() == Startup::OfferRestore)
    }

    /// The current data, settings and latest weights as a session, if the
    /// worker's latest network fits the data (it may lag one edit behind).
    pub fn current_session(&self) -> Option<Session> {
        let s = self.link.snapshot.as_ref()?;
        let session = Session::from_snapshot(self.dataset.clone(), self.settings.config.clone(), s);
        session.check().is_ok().then_some(session)
    }

    /// Once per frame: the restore dialog, or an autosave when one is due.
    pub(super) fn autosave_ui(&mut self, ctx: &egui::Context) {
        let Some(autosave) = self.autosave.as_mut() else {
            return;
        };
        if let Some(Err(e)) = autosave.poll() {
            self.error(format!("autosave failed: {e}"));
        }
        let Some(autosave) = self.autosave.as_ref() else {
            return;
        };
        if autosave.startup() == Startup::OfferRestore {
            let age = autosave.age();
            match restore_dialog(ctx, age) {
                Some(Choice::Restore) => self.restore_autosave(ctx),
                Some(Choice::Discard) => {
                    if let Some(a) = self.autosave.as_mut() {
                        a.discard();
                    }
                }
                None => {}
            }
            return;
        }
        let key = (
            self.link.revision,
            self.link.snapshot.as_ref().map_or(0, |s| s.sequence),
        );
        if autosave.due(key)
            && let Some(session) = self.current_session()
            && let Some(a) = self.autosave.as_mut()
        {
            a.save(session, key);
        }
        ctx.request_repaint_after(Duration::from_secs(10));
    }

    fn restore_autosave(&mut self, ctx: &egui::Context) {
        let Some(autosave) = self.autosave.as_mut() else {
            return;
        };
        match autosave.restore() {
            Ok(session) => {
                let epoch = session.progress.epoch;
                self.apply(Action::LoadSession(Box::new(session), "autosave".into()), ctx);
                if self.notice.as_ref().is_none_or(|n| !n.is_error) {
                    self.info(format!("restored the autosaved session (epoch {epoch})"));
                }
            }
            Err(e) => self.error(format!("the autosaved session cannot be restored: {e}")),
        }
    }

    /// At exit: the last autosave, then the clean-exit mark.
    pub fn finish_autosave(&mut self) {
        let session = self.current_session();
        if let Some(a) = self.autosave.as_mut()
            && let Err(e) = a.finish(session)
        {
            eprintln!("nnlab: autosave at exit failed: {e}");
        }
    }
}

/// The dialog; returns the choice once made.
fn restore_dialog(ctx: &egui::Context, age: Option<Duration>) -> Option<Choice> {
    let when = match age.map(|a| a.as_secs() / 60) {
        Some(0) => "less than a minute ago".to_string(),
        Some(1) => "1 minute ago".to_string(),
        Some(m) if m < 120 => format!("{m} minutes ago"),
        Some(m) => format!("{} hours ago", m / 60),
        None => "earlier".to_string(),
    };
    let mut choice = None;
    Modal::new(Id::unique("nnlab-restore-autosave")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading("Restore your work?");
        ui.label(format!(
            "nnlab did not close properly last time. Your data, network and settings were autosaved {when}."
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                choice = Some(Choice::Restore);
            }
            if ui
                .button("Discard")
                .on_hover_text("Delete the autosaved session")
                .clicked()
            {
                choice = Some(Choice::Discard);
            }
        });
    });
    choice
}
