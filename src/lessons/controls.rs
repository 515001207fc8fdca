//! Classroom mode: the groups of controls a step can hide or lock, and the
//! single controls inside them (a setting such as `learning_rate`, or a
//! Run button), named in one list: `locked = ["training", "learning_rate"]`.

use super::setting::Setting;

/// A group of controls in the window that a step can hide or lock.
/// Classroom mode honours these; outside it, everything stays available.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ControlGroup {
    /// The tab bar: switching between the network view and the labs.
    Tabs,
    /// Network tab: generator, points, noise, classes, test split,
    /// regenerate, opening a dataset, adding/moving/deleting points.
    Data,
    /// Network tab: the input features (x₁, x₂, x₁², …).
    Features,
    /// Network tab: hidden layers, neurons per layer, activations (the
    /// side panel and the editor's shape buttons).
    Network,
    /// Network tab: optimizer, learning rate, batch size, loss, L1/L2, seed.
    Training,
    /// Network tab: Play/Pause, Step, Reset.
    Run,
    /// Network editor: exact weights and biases, freezing, switching off.
    Editor,
    /// The backpropagation inspector.
    Inspector,
    /// Logic lab: preset choice and the custom network (inputs, neurons,
    /// lines, thresholds, outputs).
    LogicNetwork,
    /// Logic lab: the target column of the truth table.
    LogicTargets,
    /// Perceptron and comparison labs: the dataset choice and clicked points.
    LabData,
    /// Perceptron lab: step function and η; comparison lab: η.
    LabSettings,
    /// Perceptron and comparison labs: Step, Run, speed, Reset.
    LabRun,
    /// The concept notes beside the labs.
    Notes,
}

impl ControlGroup {
    /// Every group, in the order the README lists them.
    pub const ALL: [ControlGroup; 14] = [
        ControlGroup::Tabs,
        ControlGroup::Data,
        ControlGroup::Features,
        ControlGroup::Network,
        ControlGroup::Training,
        ControlGroup::Run,
        ControlGroup::Editor,
        ControlGroup::Inspector,
        ControlGroup::LogicNetwork,
        ControlGroup::LogicTargets,
        ControlGroup::LabData,
        ControlGroup::LabSettings,
        ControlGroup::LabRun,
        ControlGroup::Notes,
    ];

    /// The name in lesson files.
    pub fn name(self) -> &'static str {
        match self {
            ControlGroup::Tabs => "tabs",
            ControlGroup::Data => "data",
            ControlGroup::Features => "features",
            ControlGroup::Network => "network",
            ControlGroup::Training => "training",
            ControlGroup::Run => "run",
            ControlGroup::Editor => "editor",
            ControlGroup::Inspector => "inspector",
            ControlGroup::LogicNetwork => "logic_network",
            ControlGroup::LogicTargets => "logic_targets",
            ControlGroup::LabData => "lab_data",
            ControlGroup::LabSettings => "lab_settings",
            ControlGroup::LabRun => "lab_run",
            ControlGroup::Notes => "notes",
        }
    }
}

/// One control a step can hide or lock by name: the control of a
/// [`Setting`], a Run button of the network tab, or the logic lab's presets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Control {
    /// The control that sets this value (`learning_rate`: the slider).
    Setting(Setting),
    /// Play/Pause.
    Play,
    /// Step (one mini-batch).
    Step,
    /// Step one epoch.
    StepEpoch,
    /// Reset (new weights from the seed, epoch 0).
    Reset,
    /// The logic lab's preset buttons (AND, OR, A AND NOT B, XOR…): one
    /// click would solve a step that asks the learner to wire a neuron.
    LogicPreset,
}

impl Control {
    /// The buttons a step can lock by name.
    const BUTTONS: [(&'static str, Control); 5] = [
        ("play", Control::Play),
        ("step", Control::Step),
        ("step_epoch", Control::StepEpoch),
        ("reset", Control::Reset),
        ("logic_preset", Control::LogicPreset),
    ];

    /// The group it belongs to: a lock on the group locks it too.
    pub fn group(self) -> ControlGroup {
        match self {
            Control::Setting(s) => s.group(),
            Control::Play | Control::Step | Control::StepEpoch | Control::Reset => ControlGroup::Run,
            Control::LogicPreset => ControlGroup::LogicNetwork,
        }
    }

    /// The name in lesson files.
    pub fn name(self) -> &'static str {
        match self {
            Control::Setting(s) => s.name(),
            b => (Self::BUTTONS.iter()).find(|(_, c)| *c == b).map_or("", |(n, _)| n),
        }
    }

    /// Every control: each setting's, then the Run buttons.
    pub fn all() -> impl Iterator<Item = Control> {
        (Setting::ALL.into_iter().map(Control::Setting)).chain(Self::BUTTONS.map(|(_, c)| c))
    }
}

/// A name in `hidden` or `locked`: a whole group, or one control.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lock {
    /// Every control of the group.
    Group(ControlGroup),
    /// One control.
    Control(Control),
}

impl Lock {
    /// The lock called `name`: a group first (`features` is a group of one
    /// control), else a single control.
    pub fn from_name(name: &str) -> Option<Lock> {
        let group = ControlGroup::ALL.into_iter().find(|g| g.name() == name);
        group
            .map(Lock::Group)
            .or_else(|| Control::all().find(|c| c.name() == name).map(Lock::Control))
    }

    /// Every name a lesson file may give, groups first.
    pub fn names() -> Vec<&'static str> {
        let groups = ControlGroup::ALL.map(ControlGroup::name);
        let controls = Control::all().map(Control::name).filter(|n| !groups.contains(n));
        groups.into_iter().chain(controls).collect()
    }
}

/// How classroom mode shows a control group or a control.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ControlState {
    /// Shown and usable.
    Normal,
    /// Shown but disabled (the learner sees the value, cannot change it).
    Locked,
    /// Not shown.
    Hidden,
}

/// The groups and controls a step hides or locks; all others stay as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Controls {
    /// Groups or controls not shown.
    pub hidden: Vec<Lock>,
    /// Groups or controls shown but disabled.
    pub locked: Vec<Lock>,
}

impl Controls {
    /// How `group` is shown in classroom mode (hidden wins over locked).
    pub fn state(&self, group: ControlGroup) -> ControlState {
        self.named(Lock::Group(group))
    }

    /// How one control is shown: its group's state or its own, whichever
    /// hides more.
    pub fn control_state(&self, control: Control) -> ControlState {
        self.state(control.group()).max(self.named(Lock::Control(control)))
    }

    /// The state `lock` itself is given.
    fn named(&self, lock: Lock) -> ControlState {
        if self.hidden.contains(&lock) {
            ControlState::Hidden
        } else if self.locked.contains(&lock) {
            ControlState::Locked
        } else {
            ControlState::Normal
        }
    }

    /// Whether a learner in classroom mode can change `setting`.
    pub fn can_change(&self, setting: Setting) -> bool {
        self.control_state(Control::Setting(setting)) == ControlState::Normal
    }

    /// Whether a learner in classroom mode can train the network tab at
    /// all (Play, Step or Step one epoch).
    pub fn can_train(&self) -> bool {
        [Control::Play, Control::Step, Control::StepEpoch]
            .into_iter()
            .any(|c| self.control_state(c) == ControlState::Normal)
    }
}

/// Where a setting's control sits among the groups: kept with the groups
/// (not with the settings) so the settings need not know about locks.
impl Setting {
    /// The group of controls this setting's control belongs to: locking
    /// the group locks the setting too.
    pub fn group(self) -> ControlGroup {
        match self {
            Setting::Generator | Setting::Points | Setting::Noise | Setting::Classes | Setting::TestRatio => {
                ControlGroup::Data
            }
            Setting::Features => ControlGroup::Features,
            Setting::Hidden | Setting::Activation => ControlGroup::Network,
            Setting::Optimizer
            | Setting::LearningRate
            | Setting::BatchSize
            | Setting::Loss
            | Setting::L1
            | Setting::L2
            | Setting::Seed => ControlGroup::Training,
            Setting::PerceptronData | Setting::CompareData | Setting::NeuronMode => ControlGroup::LabData,
            Setting::StepFunction
            | Setting::PerceptronLearningRate
            | Setting::CompareLearningRate
            | Setting::NeuronTau
            | Setting::NeuronThreshold
            | Setting::NeuronRefractory
            | Setting::NeuronWindow
            | Setting::NeuronPlasticity
            | Setting::NeuronHebbRate => ControlGroup::LabSettings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_wins_over_locked_and_a_group_covers_its_controls() {
        let c = Controls {
            hidden: vec![Lock::Group(ControlGroup::Data)],
            locked: vec![
                Lock::Group(ControlGroup::Data),
                Lock::Group(ControlGroup::Run),
                Lock::Control(Control::Setting(Setting::LearningRate)),
            ],
        };
        assert_eq!(c.state(ControlGroup::Data), ControlState::Hidden);
        assert_eq!(c.state(ControlGroup::Run), ControlState::Locked);
        assert_eq!(c.state(ControlGroup::Editor), ControlState::Normal);
        assert_eq!(c.control_state(Control::Setting(Setting::Noise)), ControlState::Hidden);
        assert!(!c.can_change(Setting::LearningRate), "locked by name");
        assert!(c.can_change(Setting::Optimizer), "the rest of the group stays");
        assert!(!c.can_train(), "Run is locked");
    }

    #[test]
    fn names_read_back() {
        for name in Lock::names() {
            let lock = Lock::from_name(name).unwrap();
            let back = match lock {
                Lock::Group(g) => g.name(),
                Lock::Control(c) => c.name(),
            };
            assert_eq!(back, name);
        }
        assert_eq!(Lock::from_name("features"), Some(Lock::Group(ControlGroup::Features)));
        assert_eq!(Lock::from_name("step_epoch"), Some(Lock::Control(Control::StepEpoch)));
        assert_eq!(Lock::from_name("learning-rate"), None);
    }
}
