//! The goal of a step in words, one line per part of it, each with
//! whether it holds now and, where there is one, the value it reads — so
//! the learner sees which part is missing and how far off it is.

use crate::app::widgets::format::num;
use crate::lessons::{Check, Count, InspectorStage, LiveState, MetricOn, PerceptronOutcome, Range};
use crate::tr;

/// One part of a goal.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalLine {
    /// What must hold, with the value now.
    pub text: String,
    /// Whether it holds.
    pub met: bool,
}

/// The parts of `check` (the parts of an `all`, else the check itself).
pub fn goal_lines(check: &Check, live: &LiveState) -> Vec<GoalLine> {
    match check {
        Check::All(parts) => parts.iter().flat_map(|c| goal_lines(c, live)).collect(),
        c => vec![GoalLine {
            text: describe(c, live),
            met: c.holds(live),
        }],
    }
}

/// One check in words.
fn describe(check: &Check, live: &LiveState) -> String {
    let net = live.network.as_ref();
    let perceptron = live.perceptron.as_ref();
    match check {
        Check::All(parts) => tr!("lesson-goal-all", parts = joined(parts, live)),
        Check::Any(parts) => tr!("lesson-goal-any", parts = joined(parts, live)),
        Check::Accuracy(m) | Check::Loss(m) => {
            let accuracy = matches!(check, Check::Accuracy(_));
            let what = match (m.on, accuracy) {
                (MetricOn::Train, true) => tr!("lesson-goal-train-accuracy"),
                (MetricOn::Test, true) => tr!("lesson-goal-test-accuracy"),
                (MetricOn::Logistic, true) => tr!("lesson-goal-logistic-accuracy"),
                (MetricOn::Train, false) => tr!("lesson-goal-train-loss"),
                (MetricOn::Test, false) => tr!("lesson-goal-test-loss"),
                (MetricOn::Logistic, false) => tr!("lesson-goal-logistic-loss"),
            };
            let now = metric_now(live, m.on, accuracy);
            format!("{what} {}{}", bounds(&m.range()), now_text(now))
        }
        Check::HiddenNeurons(c) => counted(
            tr!("lesson-goal-hidden-neurons"),
            c,
            net.map(|n| n.hidden.iter().sum::<usize>() as u64),
        ),
        Check::HiddenLayers(c) => counted(tr!("lesson-goal-hidden-layers"), c, net.map(|n| n.hidden.len() as u64)),
        Check::Epochs(c) => counted(tr!("lesson-goal-epochs"), c, net.map(|n| n.epoch)),
        Check::Weight(w) => {
            let now = net.and_then(|n| n.weight(w.layer, w.input, w.neuron));
            tr!(
                "lesson-goal-weight",
                input = w.input + 1,
                neuron = neuron_name(live, w.layer, w.neuron),
                bounds = bounds(&w.range()),
                now = now_text(now)
            )
        }
        Check::Bias(b) => {
            let now = net.and_then(|n| n.bias(b.layer, b.neuron));
            tr!(
                "lesson-goal-bias",
                neuron = neuron_name(live, b.layer, b.neuron),
                bounds = bounds(&b.range()),
                now = now_text(now)
            )
        }
        Check::Perceptron(o) => tr!("lesson-goal-perceptron", outcome = outcome(*o)),
        Check::ComparePerceptron(o) => tr!("lesson-goal-compare-perceptron", outcome = outcome(*o)),
        Check::PerceptronUpdates(u) => {
            let mut parts = Vec::new();
            if u.within_bound {
                let limit = perceptron.and_then(|p| p.novikoff.as_ref()).map(|b| b.mistake_limit);
                parts.push(match limit {
                    Some(l) => tr!("lesson-goal-novikoff-limit", limit = num(l)),
                    None => tr!("lesson-goal-novikoff"),
                });
            }
            let count = Count {
                at_least: u.at_least,
                at_most: u.at_most,
            };
            if count != Count::default() {
                parts.push(count_bounds(&count));
            }
            let now = perceptron.map(|p| p.updates as f64);
            tr!(
                "lesson-goal-updates",
                bounds = parts.join(&tr!("lesson-goal-and")),
                now = now_text(now)
            )
        }
        Check::PerceptronSteps(c) => counted(
            tr!("lesson-goal-perceptron-steps"),
            c,
            perceptron.map(|p| p.steps as u64),
        ),
        Check::StepFunction(s) => tr!("lesson-goal-step-function", name = s.name()),
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
        Check::CoincidentSpikes(c) => counted(
            tr!("lesson-goal-coincident-spikes"),
            c,
            live.neuron.map(|n| n.coincident_spikes),
        ),
        Check::Answer(_) => tr!("lesson-goal-answer"),
    }
}

/// `all` or `any` nested inside another check: its parts on one line.
fn joined(parts: &[Check], live: &LiveState) -> String {
    let texts: Vec<String> = parts.iter().map(|c| describe(c, live)).collect();
    texts.join("; ")
}

/// The value a metric check reads now.
fn metric_now(live: &LiveState, on: MetricOn, accuracy: bool) -> Option<f64> {
    match on {
        MetricOn::Logistic => {
            let c = live.compare.as_ref()?;
            if accuracy { c.logistic_accuracy } else { c.logistic_loss }
        }
        MetricOn::Train | MetricOn::Test => {
            let latest = live.network.as_ref()?.latest?;
            match (on, accuracy) {
                (MetricOn::Train, true) => latest.train_accuracy,
                (MetricOn::Train, false) => Some(latest.train_loss),
                (_, true) => latest.test_accuracy,
                (_, false) => latest.test_loss,
            }
        }
    }
}

/// " (now v)", or nothing when there is no value yet.
fn now_text(v: Option<f64>) -> String {
    v.map_or_else(String::new, |v| tr!("lesson-goal-now", value = num(v)))
}

/// A count check: "hidden layers ≥ 1 (now 0)".
fn counted(what: String, c: &Count, now: Option<u64>) -> String {
    format!("{what} {}{}", count_bounds(c), now_text(now.map(|n| n as f64)))
}

/// The bounds of a count.
fn count_bounds(c: &Count) -> String {
    let range = Range {
        at_least: c.at_least.map(|v| v as f64),
        at_most: c.at_most.map(|v| v as f64),
        ..Range::default()
    };
    bounds(&range)
}

/// The bounds of a range: "≥ 0.9", "≥ −2 and < −1".
fn bounds(r: &Range) -> String {
    let parts: Vec<String> = [("≥", r.at_least), ("≤", r.at_most), (">", r.above), ("<", r.below)]
        .into_iter()
        .filter_map(|(op, v)| v.map(|v| format!("{op} {}", num(v))))
        .collect();
    parts.join(&tr!("lesson-goal-and"))
}

/// "the output neuron" or "neuron 2 of hidden layer 1", as the network
/// editor names them (from 1); the output is the last layer.
fn neuron_name(live: &LiveState, layer: usize, neuron: usize) -> String {
    let layers = live.network.as_ref().map_or(layer + 1, |n| n.layers.len());
    if layer + 1 == layers {
        tr!("lesson-goal-output-neuron", neuron = neuron + 1)
    } else {
        tr!("lesson-goal-hidden-neuron", neuron = neuron + 1, layer = layer + 1)
    }
}

/// How a perceptron run ends, as a goal.
fn outcome(o: PerceptronOutcome) -> String {
    match o {
        PerceptronOutcome::Converged => tr!("lesson-goal-converges"),
        PerceptronOutcome::NotConverged => tr!("lesson-goal-not-converged"),
        PerceptronOutcome::Running => tr!("lesson-goal-running"),
    }
}

/// The inspector's stage as its window names it.
fn stage_name(s: InspectorStage) -> String {
    match s {
        InspectorStage::Forward => tr!("lesson-stage-forward"),
        InspectorStage::Loss => tr!("lesson-stage-loss"),
        InspectorStage::Backward => tr!("lesson-stage-backward"),
        InspectorStage::Gradients => tr!("lesson-stage-gradients"),
        InspectorStage::Update => tr!("lesson-stage-update"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lessons::{LogicFacts, Metric, NetworkFacts};

    #[test]
    fn each_part_of_an_all_is_a_line_with_its_value() {
        let check: Check = toml::from_str::<toml::Value>(
            "all = [{ truth_table = [0, 0, 0, 1] }, { accuracy = { on = \"train\", at_least = 0.9 } }]",
        )
        .and_then(|v| v.try_into())
        .expect("a check");
        let live = LiveState {
            logic: Some(LogicFacts {
                outputs: Some(vec![false, false, false, true]),
            }),
            ..LiveState::default()
        };
        let lines = goal_lines(&check, &live);
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
            }),
            ..LiveState::default()
        };
        let check: Check =
            toml::from_str::<toml::Value>("bias = { layer = 0, neuron = 0, at_least = -2.0, below = -1.0 }")
                .and_then(|v| v.try_into())
                .expect("a check");
        assert_eq!(
            goal_lines(&check, &live)[0].text,
            "the bias of output neuron 1 ≥ -2 and < -1 (now 0)"
        );
        let epochs = Check::Epochs(Count {
            at_least: Some(10),
            at_most: None,
        });
        assert_eq!(goal_lines(&epochs, &live)[0].text, "epochs trained ≥ 10 (now 3)");
        let m = Check::Loss(Metric {
            on: MetricOn::Logistic,
            at_least: None,
            at_most: Some(0.02),
            above: None,
            below: None,
        });
        assert_eq!(goal_lines(&m, &live)[0].text, "logistic regression's loss ≤ 0.02");
    }
}
