//! What a lesson is: steps, each with its texts, a set-up, the controls
//! classroom mode hides or locks, an optional question, and a goal.
//! Read from a file by `read/`, checked by `validate` and `feasible`.

pub use super::files::Origin;

use super::check::Check;
use super::controls::Controls;
use super::setup::Setup;
use super::text::Text;

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
    /// The lesson offered when this one is complete (its id: a built-in
    /// lesson, or `<id>.toml` beside this file).
    pub next: Option<String>,
    /// Where the lesson came from.
    pub origin: Origin,
}

impl Lesson {
    /// The set-up in force when step `i` is opened afresh (the lesson
    /// started or resumed there, or the learner went back to it): for each
    /// part — the tab, the network tab (data, network and training
    /// together), the inspector, each lab — the latest step up to `i` that
    /// sets it (a network set up after the inspector closes it). A step
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
                // New data: an inspector of the old one closes.
                setup.inspector = None;
            }
            if s.inspector.is_some() {
                setup.inspector = s.inspector;
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
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// The step's title.
    pub title: Text,
    /// A few paragraphs (blank lines between them); formulas are plain text.
    pub text: Text,
    /// Shown on request when the learner is stuck.
    pub hint: Option<Text>,
    /// A picture beside the lesson file (PNG), shown under the text.
    pub image: Option<String>,
    /// What the window sets up when the step opens.
    pub setup: Setup,
    /// Which controls classroom mode hides or locks.
    pub controls: Controls,
    /// A question, answered in the lesson panel (read by
    /// [`Check::Answer`] and [`Check::AnswerNumber`]).
    pub question: Option<Question>,
    /// The automatic check: the step is passed once it holds.
    pub goal: Check,
}

/// A question: predict, then act. Either choices, or a number to type.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// The question.
    pub text: Text,
    /// The choices, numbered from 0 in the file's order (empty for a
    /// number question).
    pub choices: Vec<Choice>,
    /// The learner types a number instead of picking a choice.
    pub number: bool,
}

/// One choice of a question, with why it is right or wrong (shown once
/// the learner picks it).
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// What the learner reads.
    pub text: Text,
    /// The explanation shown when this choice is picked.
    pub why: Option<Text>,
}

#[cfg(test)]
mod tests {
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
