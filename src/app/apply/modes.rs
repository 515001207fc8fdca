//! The window's two ways of looking without training: the backprop
//! inspector (one sample through one step, on the present network) and the
//! replay (a checkpoint of the past, read-only). Entering one leaves the
//! other; Play leaves both. Part of the applier: the actions that start and
//! end them take effect here.

use crate::app::context::InspectorAction;
use crate::app::window::NnlabApp;
use crate::train::Command;

impl NnlabApp {
    /// Play: back to the present, out of the inspector, then train.
    pub(super) fn play(&mut self) {
        if self.editor.backprop.is_open() {
            self.inspect(InspectorAction::Close);
        }
        self.handles.link.play();
    }

    /// Carries out an inspector action.
    pub(super) fn inspect(&mut self, action: InspectorAction) {
        let send = |app: &Self, c: Command| app.handles.link.send_command(c);
        match action {
            InspectorAction::Toggle if self.editor.backprop.is_open() => self.inspect(InspectorAction::Close),
            InspectorAction::Toggle | InspectorAction::Open => {
                self.handles.link.pause();
                self.settings.view.show_editor = true;
                self.editor.backprop.opened();
                send(self, Command::ShowCheckpoint(None));
                send(self, Command::Inspect(self.editor.backprop.sample()));
                send(self, Command::NeuronHealth(self.editor.backprop.counts()));
            }
            InspectorAction::Close => {
                self.editor.backprop.closed();
                send(self, Command::Inspect(None));
                send(self, Command::NeuronHealth(false));
            }
            InspectorAction::Pick(index) => {
                if !self.editor.backprop.is_open() {
                    self.inspect(InspectorAction::Open);
                }
                self.editor.backprop.picked(index);
                send(self, Command::Inspect(Some(index)));
            }
            InspectorAction::Apply(index) => {
                send(self, Command::ApplySampleStep(index));
                self.editor.backprop.applied();
                self.notify(crate::i18n::Message::SampleStepApplied { sample: index });
            }
            InspectorAction::Counts(on) => {
                self.editor.backprop.set_counts(on);
                send(self, Command::NeuronHealth(on));
            }
        }
    }

    /// Replay: checkpoint `k` shown read-only (training pauses, the
    /// inspector closes), or `None`: back to the present.
    pub(super) fn show_checkpoint(&mut self, k: Option<usize>) {
        if k.is_some() {
            self.handles.link.pause();
            if self.editor.backprop.is_open() {
                self.inspect(InspectorAction::Close);
            }
        }
        self.handles.link.send_command(Command::ShowCheckpoint(k));
    }

    /// The stage the backprop inspector shows (`None`: closed, or no sample
    /// picked yet): what a lesson's `inspector_stage_reached` goal reads.
    pub fn inspector_stage(&self) -> Option<crate::lessons::InspectorStage> {
        self.editor.backprop.stage()
    }
}
