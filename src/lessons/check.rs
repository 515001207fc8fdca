//! Goals and their automatic checks. A check reads only the [`LiveState`];
//! checks over time (`ever`, `then`, `for_epochs`, `rose`) keep what they
//! saw since the step began in a [`super::Tracker`]. The lesson run
//! remembers a pass, so a goal reached once stays reached.
//!
//! In a lesson file a check is a table with one key, its kind, and
//! optionally a `label` (what the learner reads instead of the generated
//! line) and `for_epochs` (how long it must keep holding):
//!
//! ```toml
//! goal = { all = [
//!     { hidden_neurons = { at_most = 2 } },
//!     { accuracy = { on = "test", at_least = 0.9 }, for_epochs = 50 },
//! ] }
//! ```

mod parts;

pub use parts::{
    BiasRange, Condition, Count, Figure, InspectorNumber, Metric, MetricOn, NumberAnswer, NumberSource, Range, Rose,
    SettingCheck, UpdateCount, WeightRange,
};

use super::live::{Answer, InspectorStage, LiveState, NetworkFacts, PerceptronOutcome};
use super::text::Text;
use crate::nn::perceptron::StepFunction;

/// A goal's automatic check.
#[derive(Clone, Debug, PartialEq)]
pub enum Check {
    /// Every listed check holds.
    All(Vec<Check>),
    /// At least one listed check holds.
    Any(Vec<Check>),
    /// The check held at some moment since the step began.
    Ever(Box<Check>),
    /// Each check held at some moment since the step began, in this order
    /// (each one after the one before it was met).
    Then(Vec<Check>),
    /// The check does not hold now.
    Not(Box<Check>),
    /// The check has held without a break for this many epochs of the
    /// network tab (`for_epochs`).
    Held {
        /// Epochs it must keep holding.
        epochs: u64,
        /// What must hold.
        check: Box<Check>,
    },
    /// The check, shown to the learner as the teacher's `label`.
    Labelled {
        /// The teacher's words for the goal.
        label: Text,
        /// What is checked.
        check: Box<Check>,
    },
    /// Training in the network tab stopped because it diverged (the loss
    /// or a weight stopped being a finite number).
    Diverged,
    /// A figure of the network tab rose by at least `by` within
    /// `within_epochs` epochs, at some moment since the step began.
    Rose(Rose),
    /// Values the learner sets, each within bounds or equal to a name.
    Setting(Vec<SettingCheck>),
    /// Accuracy (fraction 0–1) of the network on the training or test
    /// points, or of logistic regression in the comparison lab.
    Accuracy(Metric),
    /// Mean loss, on the same choices as [`Check::Accuracy`].
    Loss(Metric),
    /// Total hidden neurons of the network tab's network.
    HiddenNeurons(Count),
    /// Hidden layers of the network tab's network.
    HiddenLayers(Count),
    /// Epochs trained in the network tab.
    Epochs(Count),
    /// One weight W[input, neuron] of a layer (0 = first hidden layer; the
    /// output layer is the last).
    Weight(WeightRange),
    /// One bias b[neuron] of a layer.
    Bias(BiasRange),
    /// The perceptron lab converged, stopped without converging, or runs.
    Perceptron(PerceptronOutcome),
    /// The comparison lab's perceptron, likewise.
    ComparePerceptron(PerceptronOutcome),
    /// The perceptron lab's number of updates, against numbers or against
    /// Novikoff's bound.
    PerceptronUpdates(UpdateCount),
    /// Samples the perceptron lab has processed since its reset.
    PerceptronSteps(Count),
    /// The perceptron lab's step function.
    StepFunction(StepFunction),
    /// The logic lab's output column, 0/1 per truth-table row (00, 01, 10, 11).
    TruthTable(Vec<u8>),
    /// The backpropagation inspector shows this stage or a later one.
    InspectorStageReached(InspectorStage),
    /// Spikes of the neuron lab by coincidence (two or more inputs within
    /// a few milliseconds, none strong enough alone) since its set-up.
    CoincidentSpikes(Count),
    /// The learner picked one of these choices (from 0) of the step's question.
    Answer(Vec<usize>),
    /// The learner typed a number within `within` of `value`.
    AnswerNumber(NumberAnswer),
    /// A reading step: passed when the learner presses Next.
    Read,
}

impl Check {
    /// Whether the check holds now, for the kinds that do not look back;
    /// the tracker handles the others and calls this for the rest.
    pub(crate) fn holds_now(&self, live: &LiveState) -> bool {
        let net = live.network.as_ref();
        let count = |c: &Count, n: Option<u64>| n.is_some_and(|n| c.contains(n));
        match self {
            Check::Accuracy(m) => metric(live, m.on, true).is_some_and(|v| m.range.contains(v)),
            Check::Loss(m) => metric(live, m.on, false).is_some_and(|v| m.range.contains(v)),
            Check::HiddenNeurons(c) => count(c, net.map(|n| n.hidden.iter().sum::<usize>() as u64)),
            Check::HiddenLayers(c) => count(c, net.map(|n| n.hidden.len() as u64)),
            Check::Epochs(c) => count(c, net.map(|n| n.epoch)),
            Check::Weight(w) => {
                (net.and_then(|n| n.weight(w.layer, w.input, w.neuron))).is_some_and(|v| w.range.contains(v))
            }
            Check::Bias(b) => (net.and_then(|n| n.bias(b.layer, b.neuron))).is_some_and(|v| b.range.contains(v)),
            Check::Perceptron(o) => live.perceptron.as_ref().is_some_and(|p| p.outcome == *o),
            Check::ComparePerceptron(o) => live.compare.as_ref().is_some_and(|c| c.perceptron == *o),
            Check::PerceptronUpdates(u) => live.perceptron.as_ref().is_some_and(|p| {
                let n = p.updates as u64;
                let within = !u.within_bound || p.novikoff.as_ref().is_some_and(|b| n as f64 <= b.mistake_limit);
                within && u.at_least.is_none_or(|b| n >= b) && u.at_most.is_none_or(|b| n <= b)
            }),
            Check::PerceptronSteps(c) => count(c, live.perceptron.as_ref().map(|p| p.steps as u64)),
            Check::StepFunction(s) => live.perceptron.as_ref().is_some_and(|p| p.step_function == *s),
            Check::TruthTable(want) => (live.logic.as_ref().and_then(|l| l.outputs.as_ref()))
                .is_some_and(|got| got.len() == want.len() && got.iter().zip(want).all(|(&g, &w)| u8::from(g) == w)),
            Check::InspectorStageReached(s) => live.inspector_stage.is_some_and(|at| at >= *s),
            Check::CoincidentSpikes(c) => count(c, live.neuron.map(|n| n.coincident_spikes)),
            Check::Answer(right) => matches!(live.answer, Some(Answer::Choice(a)) if right.contains(&a)),
            Check::AnswerNumber(n) => matches!(live.answer, Some(Answer::Number(a)) if n.accepts(a, live)),
            Check::Read => live.read,
            Check::Diverged => net.is_some_and(|n| n.diverged),
            Check::Setting(parts) => parts
                .iter()
                .all(|p| live.settings.get(p.setting).is_some_and(|v| p.accepts(v))),
            // The tracker evaluates these; alone, they are judged at once.
            Check::All(_)
            | Check::Any(_)
            | Check::Ever(_)
            | Check::Then(_)
            | Check::Not(_)
            | Check::Held { .. }
            | Check::Labelled { .. }
            | Check::Rose(_) => self.holds(live),
        }
    }

    /// Whether `answer` is right for this goal, with the screen as `live`
    /// shows it (a number question may ask about the inspector's numbers):
    /// `None` when the goal asks nothing of the question (then no first try
    /// is recorded).
    pub fn judges(&self, answer: Answer, live: &LiveState) -> Option<bool> {
        let mut verdict = None;
        self.visit(&mut |c| {
            let right = match (c, answer) {
                (Check::Answer(right), Answer::Choice(a)) => Some(right.contains(&a)),
                (Check::AnswerNumber(n), Answer::Number(a)) => Some(n.accepts(a, live)),
                (Check::Answer(_) | Check::AnswerNumber(_), _) => Some(false),
                _ => None,
            };
            if let Some(r) = right {
                verdict = Some(verdict.unwrap_or(false) || r);
            }
        });
        verdict
    }

    /// Calls `f` on this check and every check inside it.
    pub fn visit(&self, f: &mut dyn FnMut(&Check)) {
        f(self);
        match self {
            Check::All(list) | Check::Any(list) | Check::Then(list) => list.iter().for_each(|c| c.visit(f)),
            Check::Ever(c) | Check::Not(c) | Check::Held { check: c, .. } | Check::Labelled { check: c, .. } => {
                c.visit(f);
            }
            _ => {}
        }
    }
}

/// Accuracy (`accuracy`) or loss of the figures `on` reads, if known.
pub fn metric(live: &LiveState, on: MetricOn, accuracy: bool) -> Option<f64> {
    let latest = || live.network.as_ref().and_then(|n: &NetworkFacts| n.latest);
    match (on, accuracy) {
        (MetricOn::Train, true) => latest()?.train_accuracy,
        (MetricOn::Train, false) => Some(latest()?.train_loss),
        (MetricOn::Test, true) => latest()?.test_accuracy,
        (MetricOn::Test, false) => latest()?.test_loss,
        (MetricOn::Logistic, true) => live.compare.as_ref()?.logistic_accuracy,
        (MetricOn::Logistic, false) => live.compare.as_ref()?.logistic_loss,
    }
}

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
