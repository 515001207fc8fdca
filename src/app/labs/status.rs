//! Each lab's own figures for the status bar: the Network tab's loss and
//! accuracy mean nothing beside a truth table or a perceptron's updates.

use super::{Labs, Tab};
use crate::app::status_bar::StatusItem;
use crate::labs::perceptron_lab::Verdict;

/// The status line of lab `tab` (empty for the Network tab).
pub fn status_items(labs: &Labs, tab: Tab) -> Vec<StatusItem> {
    match tab {
        Tab::Network => Vec::new(),
        Tab::Logic => logic_items(labs),
        Tab::Perceptron => perceptron_items(labs),
        Tab::Compare => compare_items(labs),
    }
}

fn logic_items(labs: &Labs) -> Vec<StatusItem> {
    let lab = &labs.logic;
    let mut items = vec![StatusItem::new(
        format!("{} neurons", lab.network().neurons.len()),
        "McCulloch–Pitts neurons in the network",
    )];
    match lab.table() {
        Ok(rows) => {
            let ok = rows.iter().filter(|r| r.ok()).count();
            items.push(StatusItem::new(
                format!("truth table: {ok} of {} rows match the target", rows.len()),
                "Rows whose output equals the target column",
            ));
        }
        Err(e) => items.push(StatusItem::new(e.to_string(), "Why the network cannot be evaluated")),
    }
    items
}

fn perceptron_items(labs: &Labs) -> Vec<StatusItem> {
    let lab = &labs.perceptron;
    let epochs = lab.errors_per_epoch().len();
    let mut items = vec![
        StatusItem::new(
            if lab.running { "running" } else { "paused" },
            "Run steps through the samples at the chosen pace",
        ),
        StatusItem::new(format!("epoch {epochs}"), "Complete passes over the samples"),
        StatusItem::new(
            format!("samples {}", lab.steps()),
            "Samples shown to the rule since Reset",
        ),
        StatusItem::new(
            format!("updates {}", lab.total_updates()),
            "Samples that changed the weights (misclassified ones)",
        ),
    ];
    if let Some(errors) = lab.errors_per_epoch().last() {
        items.push(StatusItem::new(
            format!("errors in the last epoch {errors}"),
            "Misclassified samples in the last complete epoch",
        ));
    }
    let verdict = match lab.verdict() {
        Verdict::Running => None,
        Verdict::Converged { epochs } => Some(format!("converged after {epochs} epochs")),
        Verdict::NotSeparable { .. } => Some("not linearly separable".to_string()),
    };
    if let Some(v) = verdict {
        items.push(StatusItem::new(v, "What the perceptron rule found"));
    }
    items
}

fn compare_items(labs: &Labs) -> Vec<StatusItem> {
    let lab = &labs.compare;
    let mut items = vec![
        StatusItem::new(
            if lab.running { "running" } else { "paused" },
            "Run plays rounds at the chosen pace",
        ),
        StatusItem::new(
            format!("rounds {}", lab.rounds()),
            "Each round: one perceptron epoch and ten logistic gradient steps",
        ),
    ];
    if let Some(a) = lab.perceptron_accuracy() {
        items.push(StatusItem::new(
            format!("perceptron acc {:.1}%", a * 100.0),
            "Share of the points on the right side of the perceptron's line",
        ));
    }
    if let Some(m) = lab.logistic() {
        items.push(StatusItem::new(
            format!("logistic loss {:.4}", m.loss()),
            "Mean cross-entropy of logistic regression: it keeps falling while the points are separable",
        ));
        items.push(StatusItem::new(
            format!("logistic acc {:.1}%", m.accuracy() * 100.0),
            "Share of the points on the right side of the 0.5 contour",
        ));
    }
    items
}
