//! The goal of a step in words, one line per part of it, each with
//! whether it held at the last moment checked and, where there is one,
//! the value it reads — so the learner sees which part is missing and how
//! far off it is. Goals over time say what they have seen: how long a
//! `for_epochs` goal has held, which parts of a `then` are done.

mod words;

pub(super) use words::setting_name;
use words::{bounds, count_bounds, figure_name, neuron_name, now_count, now_text, setting_text, stage_name};

use super::render;
use crate::app::widgets::format::num;
use crate::lessons::{Check, Count, LiveState, MetricOn, PerceptronOutcome, Tracker, metric_now};
use crate::nn::perceptron::StepFunction;
use crate::tr;

/// One part of a goal.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct GoalLine {
    /// What must hold, with the value now.
    pub text: String,
    /// Whether it held at the last moment checked.
    pub met: bool,
}

/// The parts of `check` (the parts of an `all`, each setting, each step
/// of a `then`; else the check itself); `tracker` is what the goal has
/// seen since the step began.
pub(super) fn goal_lines(check: &Check, tracker: &Tracker, live: &LiveState) -> Vec<GoalLine> {
    let parts = tracker.parts();
    match check {
        Check::All(list) => (list.iter().zip(parts))
            .flat_map(|(c, t)| goal_lines(c, t, live))
            .collect(),
        Check::Then(list) => {
            let done = tracker.then_done().unwrap_or(0);
            (list.iter().zip(parts).enumerate())
                .map(|(i, (c, t))| {
                    let check = describe(c, t, live);
                    let text = if i == 0 {
                        tr!("lesson-goal-then-first", check = check)
                    } else {
                        tr!("lesson-goal-then-next", check = check)
                    };
                    GoalLine { text, met: i < done }
                })
                .collect()
        }
        Check::Setting(list) if list.len() > 1 => (list.iter())
            .map(|p| GoalLine {
                text: setting_text(p, live),
                met: live.settings.get(p.setting).is_some_and(|v| p.accepts(v)),
            })
            .collect(),
        c => vec![GoalLine {
            text: describe(c, tracker, live),
            met: tracker.last(),
        }],
    }
}

/// One check in words.
fn describe(check: &Check, tracker: &Tracker, live: &LiveState) -> String {
    let net = live.network.as_ref();
    let perceptron = live.perceptron.as_ref();
    let inner = || {
        let t = tracker.parts();
        match (check, t.first()) {
            (
                Check::Ever(c) | Check::Not(c) | Check::Held { check: c, .. } | Check::Labelled { check: c, .. },
                Some(t),
            ) => describe(c, t, live),
            _ => String::new(),
        }
    };
    match check {
        Check::All(parts) => tr!("lesson-goal-all", parts = joined(parts, tracker, live)),
        Check::Any(parts) => tr!("lesson-goal-any", parts = joined(parts, tracker, live)),
        Check::Then(parts) => tr!(
            "lesson-goal-then",
            parts = joined(parts, tracker, live),
            done = tracker.then_done().unwrap_or(0),
            count = parts.len()
        ),
        Check::Ever(_) => tr!("lesson-goal-ever", check = inner()),
        Check::Not(_) => tr!("lesson-goal-not", check = inner()),
        Check::Held { epochs, .. } => tr!(
            "lesson-goal-held",
            check = inner(),
            epochs = *epochs as usize,
            held = tracker.held().unwrap_or(0) as usize
        ),
        Check::Labelled { label, .. } => render(label),
        Check::Diverged => tr!("lesson-goal-diverged"),
        Check::Rose(r) => tr!(
            "lesson-goal-rose",
            figure = figure_name(r.metric),
            by = num(r.by),
            epochs = r.within_epochs as usize,
            largest = num(tracker.largest_rise().unwrap_or(0.0))
        ),
        Check::Setting(parts) => {
            let texts: Vec<String> = parts.iter().map(|p| setting_text(p, live)).collect();
            texts.join("; ")
        }
        Check::Accuracy(m) | Check::Loss(m) => {
            let accuracy = matches!(check, Check::Accuracy(_));
            let (bounds, now) = (bounds(&m.range), now_text(metric_now(live, m.on, accuracy)));
            match (m.on, accuracy) {
                (MetricOn::Train, true) => tr!("lesson-goal-train-accuracy", bounds = bounds, now = now),
                (MetricOn::Test, true) => tr!("lesson-goal-test-accuracy", bounds = bounds, now = now),
                (MetricOn::Logistic, true) => tr!("lesson-goal-logistic-accuracy", bounds = bounds, now = now),
                (MetricOn::Train, false) => tr!("lesson-goal-train-loss", bounds = bounds, now = now),
                (MetricOn::Test, false) => tr!("lesson-goal-test-loss", bounds = bounds, now = now),
                (MetricOn::Logistic, false) => tr!("lesson-goal-logistic-loss", bounds = bounds, now = now),
            }
        }
        Check::HiddenNeurons(c) => tr!(
            "lesson-goal-hidden-neurons",
            bounds = count_bounds(c),
            now = now_count(net.map(|n| n.hidden.iter().sum::<usize>() as u64))
        ),
        Check::HiddenLayers(c) => tr!(
            "lesson-goal-hidden-layers",
            bounds = count_bounds(c),
            now = now_count(net.map(|n| n.hidden.len() as u64))
        ),
        Check::Epochs(c) => tr!(
            "lesson-goal-epochs",
            bounds = count_bounds(c),
            now = now_count(net.map(|n| n.epoch))
        ),
        Check::Weight(w) => {
            let now = net.and_then(|n| n.weight(w.layer, w.input, w.neuron));
            tr!(
                "lesson-goal-weight",
                input = w.input + 1,
                neuron = neuron_name(live, w.layer, w.neuron),
                bounds = bounds(&w.range),
                now = now_text(now)
            )
        }
        Check::Bias(b) => {
            let now = net.and_then(|n| n.bias(b.layer, b.neuron));
            tr!(
                "lesson-goal-bias",
                neuron = neuron_name(live, b.layer, b.neuron),
                bounds = bounds(&b.range),
                now = now_text(now)
            )
        }
        Check::Perceptron(o) => outcome(*o, false),
        Check::ComparePerceptron(o) => outcome(*o, true),
        Check::PerceptronUpdates(u) => {
            let now = now_text(perceptron.map(|p| p.updates as f64));
            let count = Count {
                at_least: u.at_least,
                at_most: u.at_most,
            };
            let mut parts = Vec::new();
            if u.within_bound {
                let limit = perceptron.and_then(|p| p.novikoff.as_ref()).map(|b| b.mistake_limit);
                parts.push(match limit {
                    Some(l) => tr!("lesson-goal-updates-within", limit = num(l), now = now.clone()),
                    None => tr!("lesson-goal-updates-within-unknown", now = now.clone()),
                });
            }
            if count != Count::default() {
                parts.push(tr!("lesson-goal-updates", bounds = count_bounds(&count), now = now));
            }
            parts.join("; ")
        }
        Check::PerceptronSteps(c) => tr!(
            "lesson-goal-perceptron-steps",
            bounds = count_bounds(c),
            now = now_count(perceptron.map(|p| p.steps as u64))
        ),
        Check::StepFunction(StepFunction::Heaviside) => tr!("lesson-goal-step-heaviside"),
        Check::StepFunction(StepFunction::Sign) => tr!("lesson-goal-step-sign"),
        Check::TruthTable(want) => {
            let bits = |b: &mut dyn Iterator<Item = u8>| b.map(|v| v.to_string()).collect::<Vec<_>>().join(" ");
            let now = live.logic.as_ref().and_then(|l| l.outputs.as_ref());
            let now = now.map_or_else(String::new, |o| {
                tr!("lesson-goal-now", value = bits(&mut o.iter().map(|&v| u8::from(v))))
            });
            tr!(
                "lesson-goal-truth-table",
                want = bits(&mut want.iter().copied()),
                now = now
            )
        }
        Check::InspectorStageReached(s) => tr!("lesson-goal-inspector", stage = stage_name(*s)),
        Check::CoincidentSpikes(c) => tr!(
            "lesson-goal-coincident-spikes",
            bounds = count_bounds(c),
            now = now_count(live.neuron.map(|n| n.coincident_spikes))
        ),
        Check::Answer(_) => tr!("lesson-goal-answer"),
        Check::AnswerNumber(_) => tr!("lesson-goal-answer-number"),
        Check::Read => tr!("lesson-goal-read"),
    }
}

/// How a perceptron run must end, one message per outcome (of the
/// comparison lab's perceptron when `compare`).
fn outcome(o: PerceptronOutcome, compare: bool) -> String {
    match (o, compare) {
        (PerceptronOutcome::Converged, false) => tr!("lesson-goal-perceptron-converged"),
        (PerceptronOutcome::NotConverged, false) => tr!("lesson-goal-perceptron-not-converged"),
        (PerceptronOutcome::Running, false) => tr!("lesson-goal-perceptron-running"),
        (PerceptronOutcome::Converged, true) => tr!("lesson-goal-compare-converged"),
        (PerceptronOutcome::NotConverged, true) => tr!("lesson-goal-compare-not-converged"),
        (PerceptronOutcome::Running, true) => tr!("lesson-goal-compare-running"),
    }
}

/// The parts of a check nested inside another, on one line.
fn joined(parts: &[Check], tracker: &Tracker, live: &LiveState) -> String {
    let texts: Vec<String> = (parts.iter().zip(tracker.parts()))
        .map(|(c, t)| describe(c, t, live))
        .collect();
    texts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lessons::{LogicFacts, Metric, NetworkFacts, Range, parse_goal};

    /// The lines of `check` after one look at `live`.
    fn lines(check: &Check, live: &LiveState) -> Vec<GoalLine> {
        let mut t = Tracker::new(check);
        t.observe(check, live);
        goal_lines(check, &t, live)
    }

    #[test]
    fn each_part_of_an_all_is_a_line_with_its_value() {
        let check =
            parse_goal("all = [{ truth_table = [0, 0, 0, 1] }, { accuracy = { on = \"train\", at_least = 0.9 } }]")
                .expect("a check");
        let live = LiveState {
            logic: Some(LogicFacts {
                outputs: Some(vec![false, false, false, true]),
            }),
            ..LiveState::default()
        };
        let lines = lines(&check, &live);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].text, "the output column reads 0 0 0 1 (now 0 0 0 1)");
        assert!(lines[0].met);
        assert_eq!(lines[1].text, "training accuracy ≥ 0.9", "no network yet: no value");
        assert!(!lines[1].met);
    }

    #[test]
    fn bounds_and_neurons_read_as_the_editor_names_them() {
        let live = LiveState {
            network: Some(NetworkFacts {
                epoch: 3,
                hidden: vec![],
                layers: vec![crate::lessons::LayerParams {
                    inputs: 2,
                    neurons: 1,
                    weights: vec![1.0, 1.0],
                    bias: vec![0.0],
                }],
                latest: None,
                history: Vec::new().into(),
                diverged: false,
            }),
            ..LiveState::default()
        };
        let check = parse_goal("bias = { layer = 0, neuron = 0, at_least = -2.0, below = -1.0 }").expect("a check");
        assert_eq!(
            lines(&check, &live)[0].text,
            "the bias of output neuron 1 ≥ -2 and < -1 (now 0)"
        );
        let epochs = Check::Epochs(Count {
            at_least: Some(10),
            at_most: None,
        });
        assert_eq!(lines(&epochs, &live)[0].text, "epochs trained ≥ 10 (now 3)");
        let m = Check::Loss(Metric {
            on: MetricOn::Logistic,
            range: Range {
                at_most: Some(0.02),
                ..Range::default()
            },
        });
        assert_eq!(lines(&m, &live)[0].text, "logistic regression's loss ≤ 0.02");
    }
}
