//! Each lab's own figures for the status bar: the Network tab's loss and
//! accuracy mean nothing beside a truth table or a perceptron's updates.

use crate::app::context::StatusItem;
use crate::labs::compare::CompareLab;
use crate::labs::logic_lab::LogicLab;
use crate::labs::neuron::NeuronLab;
use crate::labs::perceptron_lab::{PerceptronLab, Verdict};
use crate::tr;

/// The logic lab's figures.
pub(super) fn logic_items(lab: &LogicLab) -> Vec<StatusItem> {
    let mut items = vec![StatusItem::new(
        tr!("status-logic-neurons", count = lab.network().neurons.len()),
        tr!("status-logic-neurons-hover"),
    )];
    match lab.table() {
        Ok(rows) => {
            let ok = rows.iter().filter(|r| r.ok()).count();
            items.push(StatusItem::new(
                tr!("status-logic-table", ok = ok, rows = rows.len()),
                tr!("status-logic-table-hover"),
            ));
        }
        Err(e) => items.push(StatusItem::new(e.to_string(), tr!("status-logic-error-hover"))),
    }
    items
}

/// The perceptron lab's figures.
pub(super) fn perceptron_items(lab: &PerceptronLab) -> Vec<StatusItem> {
    let epochs = lab.errors_per_epoch().len();
    let mut items = vec![
        StatusItem::new(running_text(lab.running), tr!("status-perceptron-running-hover")),
        StatusItem::new(tr!("status-epoch", epoch = epochs), tr!("status-epoch-hover")),
        StatusItem::new(
            tr!("status-samples", samples = lab.steps()),
            tr!("status-samples-hover"),
        ),
        StatusItem::new(
            tr!("status-updates", updates = lab.total_updates()),
            tr!("status-updates-hover"),
        ),
    ];
    if let Some(errors) = lab.errors_per_epoch().last() {
        items.push(StatusItem::new(
            tr!("status-last-errors", errors = *errors),
            tr!("status-last-errors-hover"),
        ));
    }
    let verdict = match lab.verdict() {
        Verdict::Running => None,
        Verdict::Converged { epochs } => Some(tr!("status-converged", epochs = epochs)),
        Verdict::NotSeparable { .. } => Some(tr!("status-not-separable")),
    };
    if let Some(v) = verdict {
        items.push(StatusItem::new(v, tr!("status-verdict-hover")));
    }
    items
}

/// The comparison lab's figures.
pub(super) fn compare_items(lab: &CompareLab) -> Vec<StatusItem> {
    let mut items = vec![
        StatusItem::new(running_text(lab.running), tr!("status-compare-running-hover")),
        StatusItem::new(tr!("status-rounds", rounds = lab.rounds()), tr!("status-rounds-hover")),
    ];
    if let Some(a) = lab.perceptron_accuracy() {
        items.push(StatusItem::new(
            tr!("status-perceptron-acc", percent = format!("{:.1}", a * 100.0)),
            tr!("status-perceptron-acc-hover"),
        ));
    }
    if let Some(m) = lab.logistic() {
        items.push(StatusItem::new(
            tr!("status-logistic-loss", loss = format!("{:.4}", m.loss())),
            tr!("status-logistic-loss-hover"),
        ));
        items.push(StatusItem::new(
            tr!("status-logistic-acc", percent = format!("{:.1}", m.accuracy() * 100.0)),
            tr!("status-logistic-acc-hover"),
        ));
    }
    items
}

/// The neuron lab's figures: the model time, V now, the spikes.
pub(super) fn neuron_items(lab: &NeuronLab) -> Vec<StatusItem> {
    vec![
        StatusItem::new(running_text(lab.running), tr!("status-neuron-running-hover")),
        StatusItem::new(
            tr!("status-neuron-time", ms = format!("{:.1}", lab.now_ms())),
            tr!("status-neuron-time-hover"),
        ),
        StatusItem::new(
            tr!("status-neuron-v", mv = format!("{:.1}", lab.v())),
            tr!("status-neuron-v-hover"),
        ),
        StatusItem::new(
            tr!("status-neuron-spikes", count = lab.spike_count()),
            tr!("status-neuron-spikes-hover"),
        ),
    ]
}

/// "running" or "paused".
fn running_text(running: bool) -> String {
    if running {
        tr!("status-running")
    } else {
        tr!("status-paused")
    }
}
