//! The window's side of autosave (see [`super::autosave`]): the periodic
//! save, the save at exit, and the Restore / Discard dialog shown after a
//! crash.

use std::time::Duration;

use egui::{Id, Modal};

use super::autosave::{Autosave, Startup};
use crate::app::context::Action;
use crate::session::Session;
use crate::tr;

/// What the user chose in the restore dialog.
enum Choice {
    Restore,
    Discard,
}

/// Whether the "restore the autosaved session?" dialog is showing.
pub(super) fn offers_restore(autosave: &Autosave) -> bool {
    autosave.startup() == Startup::OfferRestore
}

/// Once per frame: the restore dialog while a crashed run's session is on
/// offer; otherwise saves `session` (the current state, given only when a
/// save is due; `key` says what it captured) in the background.
pub(super) fn autosave_ui(
    ctx: &egui::Context,
    autosave: &mut Autosave,
    key: (u64, u64),
    session: Option<Session>,
) -> Vec<Action> {
    let mut actions = Vec::new();
    if let Some(Err(e)) = autosave.poll() {
        actions.push(Action::Notify(e.into_message()));
    }
    if offers_restore(autosave) {
        match restore_dialog(ctx, autosave.age()) {
            Some(Choice::Restore) => actions.push(Action::RestoreAutosave),
            Some(Choice::Discard) => actions.push(Action::DiscardAutosave),
            None => {}
        }
        return actions;
    }
    if let Some(session) = session {
        autosave.save(session, key);
    }
    ctx.request_repaint_after(Duration::from_secs(10));
    actions
}

/// The dialog; returns the choice once made.
fn restore_dialog(ctx: &egui::Context, age: Option<Duration>) -> Option<Choice> {
    let when = match age.map(|a| a.as_secs() / 60) {
        Some(0) => tr!("recovery-just-now"),
        Some(m) if m < 120 => tr!("recovery-minutes-ago", minutes = m),
        Some(m) => tr!("recovery-hours-ago", hours = m / 60),
        None => tr!("recovery-earlier"),
    };
    let mut choice = None;
    Modal::new(Id::unique("nnlab-restore-autosave")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(tr!("recovery-heading"));
        ui.label(tr!("recovery-text", when = when));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr!("recovery-restore")).clicked() {
                choice = Some(Choice::Restore);
            }
            if ui
                .button(tr!("recovery-discard"))
                .on_hover_text(tr!("recovery-discard-hover"))
                .clicked()
            {
                choice = Some(Choice::Discard);
            }
        });
    });
    choice
}
