//! Classroom mode as the panels see it: for each group of controls a
//! lesson step can name, whether it is shown, shown but disabled, or
//! hidden. Panels consult the [`Classroom`] in their `View`; they never see
//! the lesson. The window also drops any action of a group that is not
//! usable, so a shortcut, a menu or a dropped file cannot get round a lock.

use egui::Ui;

use crate::app::context::Action;
use crate::lessons::{ControlGroup, ControlState, Controls};
use crate::train::TrainConfig;

/// How each control group is shown this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Classroom {
    /// By group, in the order of [`ControlGroup::ALL`].
    states: [ControlState; ControlGroup::ALL.len()],
}

impl Default for Classroom {
    /// Everything shown and usable: no lesson, or classroom mode off.
    fn default() -> Self {
        Self {
            states: [ControlState::Normal; ControlGroup::ALL.len()],
        }
    }
}

impl Classroom {
    /// The groups a lesson step hides or locks.
    pub fn from_controls(controls: &Controls) -> Self {
        Self {
            states: ControlGroup::ALL.map(|g| controls.state(g)),
        }
    }

    /// How `group` is shown.
    pub fn state(&self, group: ControlGroup) -> ControlState {
        // `ALL` lists the groups in declaration order (tested below).
        self.states[group as usize]
    }

    /// Whether `group` is drawn at all.
    pub fn shown(&self, group: ControlGroup) -> bool {
        self.state(group) != ControlState::Hidden
    }

    /// Whether `group` can be used.
    pub fn usable(&self, group: ControlGroup) -> bool {
        self.state(group) == ControlState::Normal
    }

    /// Draws the controls of `group` with `add`: not at all when hidden,
    /// disabled when locked. Returns what `add` returned, if it ran.
    pub fn group<R>(&self, ui: &mut Ui, group: ControlGroup, add: impl FnOnce(&mut Ui) -> R) -> Option<R> {
        match self.state(group) {
            ControlState::Hidden => None,
            ControlState::Locked => Some(ui.add_enabled_ui(false, add).inner),
            ControlState::Normal => Some(add(ui)),
        }
    }

    /// Whether `action` only uses groups that are usable; `config` is the
    /// configuration now (a new one is judged by what it changes).
    pub fn permits(&self, action: &Action, config: &TrainConfig) -> bool {
        groups_of(action, config).iter().all(|&g| self.usable(g))
    }
}

/// The control groups an action belongs to (none: always allowed).
fn groups_of(action: &Action, config: &TrainConfig) -> Vec<ControlGroup> {
    use ControlGroup as G;
    match action {
        // Pausing is always allowed: a lock never keeps a run going.
        Action::Play | Action::TogglePlay | Action::StepBatch | Action::StepEpoch | Action::Reset => {
            vec![G::Run]
        }
        Action::Regenerate
        | Action::SetGenerator(..)
        | Action::Edit(_)
        | Action::Clear
        | Action::OpenDataset
        | Action::LoadDataset(..)
        | Action::OpenInNetworkView(_) => vec![G::Data],
        // A session replaces the data, the network and its settings.
        Action::OpenSession | Action::LoadSession(..) | Action::RestoreAutosave => {
            vec![G::Data, G::Features, G::Network, G::Training]
        }
        Action::SetConfig(new) => config_groups(config, new),
        Action::EditNetwork(_) => vec![G::Editor],
        _ => Vec::new(),
    }
}

/// The groups whose settings differ between `old` and `new`.
fn config_groups(old: &TrainConfig, new: &TrainConfig) -> Vec<ControlGroup> {
    let mut groups = Vec::new();
    if old.features != new.features {
        groups.push(ControlGroup::Features);
    }
    if old.hidden != new.hidden {
        groups.push(ControlGroup::Network);
    }
    if old.test_ratio != new.test_ratio {
        groups.push(ControlGroup::Data);
    }
    let mut rest = old.clone();
    rest.features.clone_from(&new.features);
    rest.hidden.clone_from(&new.hidden);
    rest.test_ratio = new.test_ratio;
    if rest != *new {
        groups.push(ControlGroup::Training);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::Activation;

    #[test]
    fn groups_are_indexed_in_declaration_order() {
        for (i, g) in ControlGroup::ALL.into_iter().enumerate() {
            assert_eq!(g as usize, i, "{g:?}");
        }
    }

    #[test]
    fn a_new_configuration_is_judged_by_what_it_changes() {
        let controls = Controls {
            hidden: vec![ControlGroup::Features],
            locked: vec![ControlGroup::Data, ControlGroup::Run],
        };
        let c = Classroom::from_controls(&controls);
        let config = TrainConfig::default();
        let wider = config.clone().with_hidden(&[3], Activation::Tanh);
        assert!(
            c.permits(&Action::SetConfig(Box::new(wider)), &config),
            "the shape is free"
        );
        let mut faster = config.clone();
        faster.learning_rate *= 2.0;
        assert!(c.permits(&Action::SetConfig(Box::new(faster)), &config));
        let mut split = config.clone();
        split.test_ratio = 0.5;
        assert!(
            !c.permits(&Action::SetConfig(Box::new(split)), &config),
            "data is locked"
        );
        let mut squares = config.clone();
        squares.toggle_feature(crate::data::Feature::X1Squared, true);
        assert!(
            !c.permits(&Action::SetConfig(Box::new(squares)), &config),
            "features hidden"
        );
        assert!(!c.permits(&Action::TogglePlay, &config));
        assert!(c.permits(&Action::Pause, &config), "a lock never keeps a run going");
        assert!(!c.permits(&Action::OpenSession, &config));
        assert!(c.permits(&Action::Undo, &config));
        assert!(Classroom::default().permits(&Action::Clear, &config));
    }
}
