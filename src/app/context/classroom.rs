//! Classroom mode as the panels see it: for each group of controls a
//! lesson step can name, and for each single control (a setting such as
//! the learning rate, a Run button), whether it is shown, shown but
//! disabled, or hidden. Panels consult the [`Classroom`] in their `View`;
//! they never see the lesson. The window also drops any action that uses
//! a control that is not usable, so a shortcut, a menu or a dropped file
//! cannot get round a lock.

use egui::Ui;

use crate::app::context::{Action, InspectorAction};
use crate::data::{GenParams, Generator};
use crate::lessons::{Control, ControlGroup, ControlState, Controls, Setting};
use crate::train::TrainConfig;

/// How each control group and control is shown this frame.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Classroom {
    /// The step's locks (none: no lesson, or classroom mode off).
    controls: Controls,
    /// The step's question waits for an answer: what would reveal it
    /// (Play, Step, the labs' Step and Run, the inspector's Next and
    /// Apply) is refused until the learner has answered.
    answer_first: bool,
}

/// Why classroom mode refuses an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// The step hides or locks a control the action uses.
    Locked,
    /// The action would reveal the answer to the step's question, which
    /// the learner has not answered yet.
    AnswerFirst,
}

/// What the window's settings are now: a new configuration or generator is
/// judged by what it changes.
pub struct Current<'a> {
    /// The network tab's configuration.
    pub config: &'a TrainConfig,
    /// The generator and its parameters.
    pub generator: (Generator, GenParams),
    /// Whether training runs (Space then pauses).
    pub running: bool,
}

impl Classroom {
    /// The groups and controls a lesson step hides or locks.
    pub fn from_controls(controls: &Controls) -> Self {
        Self {
            controls: controls.clone(),
            answer_first: false,
        }
    }

    /// The same locks, with the step's question waiting for an answer
    /// (`waiting`) or not.
    #[must_use]
    pub fn answer_first(mut self, waiting: bool) -> Self {
        self.answer_first = waiting;
        self
    }

    /// Whether what would reveal the answer to the step's question can be
    /// used: there is none, or it was answered.
    pub fn may_reveal(&self) -> bool {
        !self.answer_first
    }

    /// A button that would reveal the answer to the step's question (Play,
    /// Step, Run, the inspector's Next): disabled, saying why on hover,
    /// until the learner has answered; `hover` otherwise.
    pub fn reveal_button(
        &self,
        ui: &mut Ui,
        button: impl egui::Widget,
        hover: impl Into<egui::WidgetText>,
    ) -> egui::Response {
        ui.add_enabled(self.may_reveal(), button)
            .on_hover_text(hover)
            .on_disabled_hover_text(crate::tr!("lesson-answer-first"))
    }

    /// How `group` is shown.
    pub fn state(&self, group: ControlGroup) -> ControlState {
        self.controls.state(group)
    }

    /// Whether `group` is drawn at all.
    pub fn shown(&self, group: ControlGroup) -> bool {
        self.state(group) != ControlState::Hidden
    }

    /// Whether `group` can be used.
    pub fn usable(&self, group: ControlGroup) -> bool {
        self.state(group) == ControlState::Normal
    }

    /// How one control is shown (its group's state counts too).
    pub fn control_state(&self, control: Control) -> ControlState {
        self.controls.control_state(control)
    }

    /// Whether the control of `setting` can be used.
    pub fn can_set(&self, setting: Setting) -> bool {
        self.control_state(Control::Setting(setting)) == ControlState::Normal
    }

    /// Draws the controls of `group` with `add`: not at all when hidden,
    /// disabled when locked. Returns what `add` returned, if it ran.
    pub fn group<R>(&self, ui: &mut Ui, group: ControlGroup, add: impl FnOnce(&mut Ui) -> R) -> Option<R> {
        draw(ui, self.state(group), ("group", group), add)
    }

    /// Draws one control with `add`, as [`Classroom::group`] does.
    pub fn control<R>(&self, ui: &mut Ui, control: Control, add: impl FnOnce(&mut Ui) -> R) -> Option<R> {
        draw(ui, self.control_state(control), ("control", control), add)
    }

    /// The control of `setting`, as [`Classroom::control`].
    pub fn setting<R>(&self, ui: &mut Ui, setting: Setting, add: impl FnOnce(&mut Ui) -> R) -> Option<R> {
        self.control(ui, Control::Setting(setting), add)
    }

    /// Whether `action` only uses controls that are usable.
    pub fn permits(&self, action: &Action, now: &Current<'_>) -> bool {
        self.refusal(action, now).is_none()
    }

    /// Why `action` is refused, if it is: it uses a control that is not
    /// usable, or it would reveal the answer of a question not answered yet.
    pub fn refusal(&self, action: &Action, now: &Current<'_>) -> Option<Refused> {
        let usable = |c: Control| self.control_state(c) == ControlState::Normal;
        let allowed =
            groups_of(action).iter().all(|&g| self.usable(g)) && controls_of(action, now).into_iter().all(usable);
        if !allowed {
            Some(Refused::Locked)
        } else if self.answer_first && reveals(action, now) {
            Some(Refused::AnswerFirst)
        } else {
            None
        }
    }
}

/// Runs `add` as `state` says; `key` names the call for [`locked_ui`].
fn draw<R>(
    ui: &mut Ui,
    state: ControlState,
    key: impl std::hash::Hash + std::fmt::Debug,
    add: impl FnOnce(&mut Ui) -> R,
) -> Option<R> {
    match state {
        ControlState::Hidden => None,
        ControlState::Locked => Some(locked_ui(ui, key, add)),
        ControlState::Normal => Some(add(ui)),
    }
}

/// Whether `action` would show what a question asks to predict: it
/// trains (Play, Space while paused, Step, Step one epoch) or applies the
/// inspector's step.
fn reveals(action: &Action, now: &Current<'_>) -> bool {
    match action {
        Action::Play | Action::StepBatch | Action::StepEpoch => true,
        Action::TogglePlay => !now.running,
        Action::Inspector(InspectorAction::Apply(_)) => true,
        _ => false,
    }
}

/// A locked control, drawn disabled in a child `Ui`. A wrapped row places
/// that child as one block where its cursor stands, so a block that starts
/// near the row's end ran past the panel's edge and widened it under its
/// neighbour: the block starts a new row when it was wider last frame
/// than the room left on this one.
fn locked_ui<R>(ui: &mut Ui, key: impl std::hash::Hash + std::fmt::Debug, add: impl FnOnce(&mut Ui) -> R) -> R {
    let id = ui.scope_id().with(("locked", key));
    if ui.layout().main_wrap {
        let last: Option<f32> = ui.data(|d| d.get_temp(id));
        if last.is_some_and(|w| w > ui.available_size_before_wrap().x + 0.5) {
            ui.end_row();
        }
    }
    let shown = ui.add_enabled_ui(false, add);
    let width = shown.response.rect.width();
    ui.data_mut(|d| d.insert_temp(id, width));
    shown.inner
}

/// The whole groups an action belongs to (none: judged by its controls,
/// or always allowed).
fn groups_of(action: &Action) -> Vec<ControlGroup> {
    use ControlGroup as G;
    match action {
        Action::Regenerate
        | Action::Edit(_)
        | Action::Clear
        | Action::OpenDataset
        | Action::LoadDataset(..)
        | Action::OpenInNetworkView(_) => vec![G::Data],
        // A session replaces the data, the network and its settings.
        Action::OpenSession | Action::LoadSession(..) | Action::RestoreAutosave => {
            vec![G::Data, G::Features, G::Network, G::Training]
        }
        Action::EditNetwork(_) => vec![G::Editor],
        _ => Vec::new(),
    }
}

/// The single controls an action uses.
fn controls_of(action: &Action, now: &Current<'_>) -> Vec<Control> {
    match action {
        // Pausing is always allowed: a lock never keeps a run going.
        Action::Play | Action::TogglePlay => vec![Control::Play],
        Action::StepBatch => vec![Control::Step],
        Action::StepEpoch => vec![Control::StepEpoch],
        Action::Reset => vec![Control::Reset],
        Action::SetGenerator(g, p) => {
            let (old_g, old_p) = now.generator;
            let changed = [
                (*g != old_g, Setting::Generator),
                (p.points != old_p.points, Setting::Points),
                (p.noise != old_p.noise, Setting::Noise),
                (p.classes != old_p.classes, Setting::Classes),
                (p.seed != old_p.seed, Setting::Generator),
            ];
            changed
                .into_iter()
                .filter(|(c, _)| *c)
                .map(|(_, s)| Control::Setting(s))
                .collect()
        }
        Action::SetConfig(new) => config_controls(now.config, new),
        _ => Vec::new(),
    }
}

/// The controls whose settings differ between `old` and `new`.
fn config_controls(old: &TrainConfig, new: &TrainConfig) -> Vec<Control> {
    let widths = |c: &TrainConfig| c.hidden.iter().map(|l| l.neurons).collect::<Vec<_>>();
    let activations = |c: &TrainConfig| c.hidden.iter().map(|l| l.activation).collect::<Vec<_>>();
    let changed = [
        (old.features != new.features, Setting::Features),
        (widths(old) != widths(new), Setting::Hidden),
        (
            activations(old) != activations(new) && widths(old) == widths(new),
            Setting::Activation,
        ),
        (old.test_ratio != new.test_ratio, Setting::TestRatio),
        (old.optimizer != new.optimizer, Setting::Optimizer),
        (old.learning_rate != new.learning_rate, Setting::LearningRate),
        (old.batch_size != new.batch_size, Setting::BatchSize),
        (old.loss != new.loss || old.output != new.output, Setting::Loss),
        (old.regularization.l1 != new.regularization.l1, Setting::L1),
        (old.regularization.l2 != new.regularization.l2, Setting::L2),
        (
            old.seed != new.seed || old.init != new.init || old.epochs != new.epochs,
            Setting::Seed,
        ),
    ];
    changed
        .into_iter()
        .filter(|(c, _)| *c)
        .map(|(_, s)| Control::Setting(s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lessons::Lock;
    use crate::nn::Activation;

    #[test]
    fn a_new_configuration_is_judged_by_what_it_changes() {
        let controls = Controls {
            hidden: vec![Lock::Group(ControlGroup::Features)],
            locked: vec![
                Lock::Group(ControlGroup::Data),
                Lock::Group(ControlGroup::Run),
                Lock::Control(Control::Setting(Setting::LearningRate)),
            ],
        };
        let c = Classroom::from_controls(&controls);
        let config = TrainConfig::default();
        let now = Current {
            config: &config,
            generator: (Generator::Spiral, GenParams::default()),
            running: false,
        };
        let set = |c: TrainConfig| Action::SetConfig(Box::new(c));
        let wider = config.clone().with_hidden(&[3], Activation::Tanh);
        assert!(c.permits(&set(wider), &now), "the shape is free");
        let mut faster = config.clone();
        faster.learning_rate *= 2.0;
        assert!(!c.permits(&set(faster), &now), "the learning rate is locked by name");
        let mut batch = config.clone();
        batch.batch_size = 32;
        assert!(c.permits(&set(batch), &now), "the rest of the training group is free");
        let mut split = config.clone();
        split.test_ratio = 0.5;
        assert!(!c.permits(&set(split), &now), "data is locked");
        let mut squares = config.clone();
        squares.toggle_feature(crate::data::Feature::X1Squared, true);
        assert!(!c.permits(&set(squares), &now), "features hidden");
        let noisier = GenParams {
            noise: 0.3,
            ..GenParams::default()
        };
        assert!(!c.permits(&Action::SetGenerator(Generator::Spiral, noisier), &now));
        assert!(!c.permits(&Action::TogglePlay, &now));
        assert!(c.permits(&Action::Pause, &now), "a lock never keeps a run going");
        assert!(!c.permits(&Action::OpenSession, &now));
        assert!(c.permits(&Action::Undo, &now));
        assert!(Classroom::default().permits(&Action::Clear, &now));
    }
}
