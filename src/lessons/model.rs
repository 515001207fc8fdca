//! What a lesson is: steps, each with its texts, a set-up, the controls
//! classroom mode hides or locks, an optional question, and a goal.

use serde::{Deserialize, Serialize};

use super::check::Check;
use super::setup::Setup;
use super::text::Text;

/// Where a lesson came from: the binary, or a file in a folder (its CSV
/// files are looked up beside it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Built into nnlab (`assets/lessons/`).
    BuiltIn,
    /// Read from a file in this folder.
    Dir(std::path::PathBuf),
}

/// A lesson: an ordered list of steps on one topic.
#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    /// A stable identifier (`a-z`, `0-9`, `-`, `_`), the key under which
    /// progress is saved.
    pub id: String,
    /// The lesson's title.
    pub title: Text,
    /// One or two sentences on what the lesson is about.
    pub summary: Option<Text>,
    /// The steps, in order.
    pub steps: Vec<Step>,
    /// Where the lesson came from.
    pub origin: Origin,
}

impl Lesson {
    /// The set-up in force when step `i` is opened afresh (the lesson
    /// started or resumed there, or the learner went back to it): for each
    /// part — the tab, the network tab (data, network and training
    /// together), each lab — the latest step up to `i` that sets it. A step
    /// without a set-up continues where the previous one ended; opened on
    /// its own, it starts where the previous one began.
    pub fn setup_at(&self, i: usize) -> Setup {
        let mut setup = Setup::default();
        for step in self.steps.iter().take(i.saturating_add(1)) {
            let s = &step.setup;
            if s.tab.is_some() {
                setup.tab = s.tab;
            }
            if s.data.is_some() || s.network.is_some() || s.training.is_some() {
                setup.data.clone_from(&s.data);
                setup.network.clone_from(&s.network);
                setup.training = s.training;
            }
            if s.perceptron.is_some() {
                setup.perceptron = s.perceptron;
            }
            if s.logic.is_some() {
                setup.logic.clone_from(&s.logic);
            }
            if s.compare.is_some() {
                setup.compare = s.compare;
            }
            if s.neuron.is_some() {
                setup.neuron = s.neuron;
            }
        }
        setup
    }
}

/// One step: read, act in the window, reach the goal.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The step's title.
    pub title: Text,
    /// A few paragraphs (blank lines between them); formulas are plain text.
    pub text: Text,
    /// Shown on request when the learner is stuck.
    #[serde(default)]
    pub hint: Option<Text>,
    /// What the window sets up when the step opens.
    #[serde(default)]
    pub setup: Setup,
    /// Which control groups classroom mode hides or locks.
    #[serde(default)]
    pub controls: Controls,
    /// A multiple-choice question, answered in the lesson panel (read by
    /// [`Check::Answer`]).
    #[serde(default)]
    pub question: Option<Question>,
    /// The automatic check: the step is passed once it holds.
    pub goal: Check,
}

/// A multiple-choice question: predict, then act.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The question.
    pub text: Text,
    /// The choices, numbered from 0 in the file's order.
    pub choices: Vec<Text>,
}

/// A group of controls in the window that a step can hide or lock.
/// Classroom mode honours these; outside it, everything stays available.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
}

/// How classroom mode shows a control group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ControlState {
    /// Shown and usable.
    Normal,
    /// Shown but disabled (the learner sees the value, cannot change it).
    Locked,
    /// Not shown.
    Hidden,
}

/// The control groups a step hides or locks; all others stay as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Controls {
    /// Groups not shown.
    #[serde(default)]
    pub hidden: Vec<ControlGroup>,
    /// Groups shown but disabled.
    #[serde(default)]
    pub locked: Vec<ControlGroup>,
}

impl Controls {
    /// How `group` is shown in classroom mode (hidden wins over locked).
    pub fn state(&self, group: ControlGroup) -> ControlState {
        if self.hidden.contains(&group) {
            ControlState::Hidden
        } else if self.locked.contains(&group) {
            ControlState::Locked
        } else {
            ControlState::Normal
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_wins_over_locked() {
        let c = Controls {
            hidden: vec![ControlGroup::Data],
            locked: vec![ControlGroup::Data, ControlGroup::Run],
        };
        assert_eq!(c.state(ControlGroup::Data), ControlState::Hidden);
        assert_eq!(c.state(ControlGroup::Run), ControlState::Locked);
        assert_eq!(c.state(ControlGroup::Editor), ControlState::Normal);
    }

    #[test]
    fn setup_at_takes_each_part_from_the_latest_step_that_sets_it() {
        let lessons = crate::lessons::builtin_lessons().expect("the built-in course parses");
        let rule = lessons.iter().find(|l| l.id == "perceptron-rule").expect("lesson 3");
        // Step 3 sets nothing: it continues from step 2's three samples.
        assert_eq!(rule.setup_at(2), rule.steps[1].setup);
        assert_eq!(rule.setup_at(0), rule.steps[0].setup);
        let mlp = lessons.iter().find(|l| l.id == "mlp-xor").expect("lesson 7");
        let third = mlp.setup_at(2);
        assert_eq!(third.network, mlp.steps[1].setup.network, "step 2's 4 hidden neurons");
        assert_eq!(third.training, mlp.steps[1].setup.training);
        assert_eq!(mlp.setup_at(99), third, "past the end: the last step's");
    }
}
