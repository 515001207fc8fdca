//! Unit tests of the checks on hand-made live states.

use super::*;
use crate::lessons::live::{CompareFacts, LogicFacts, PerceptronFacts};
use crate::nn::perceptron::NovikoffBound;

fn perceptron(updates: usize, limit: Option<f64>) -> LiveState {
    LiveState {
        perceptron: Some(PerceptronFacts {
            outcome: PerceptronOutcome::Converged,
            steps: 8,
            updates,
            step_function: StepFunction::Heaviside,
            novikoff: limit.map(|l| NovikoffBound {
                radius: 1.0,
                margin: 1.0,
                bound: l,
                factor: 1.0,
                mistake_limit: l,
                separator: crate::nn::perceptron::Tlu::zeros(2),
            }),
        }),
        ..LiveState::default()
    }
}

#[test]
fn ranges_are_inclusive_or_strict_as_written() {
    let r = Range {
        at_least: Some(-2.0),
        below: Some(-1.0),
        ..Range::default()
    };
    assert!(r.contains(-2.0) && r.contains(-1.5));
    assert!(!r.contains(-1.0) && !r.contains(-2.1) && !r.contains(f64::NAN));
}

#[test]
fn updates_against_novikoffs_bound() {
    let within = Check::PerceptronUpdates(UpdateCount {
        within_bound: true,
        ..UpdateCount::default()
    });
    assert!(within.holds(&perceptron(5, Some(5.0))));
    assert!(!within.holds(&perceptron(6, Some(5.0))));
    assert!(!within.holds(&perceptron(1, None)), "no bound shown: not within it");
    let at_most = Check::PerceptronUpdates(UpdateCount {
        at_most: Some(3),
        ..UpdateCount::default()
    });
    assert!(at_most.holds(&perceptron(3, None)) && !at_most.holds(&perceptron(4, None)));
}

#[test]
fn combinators_truth_tables_and_answers() {
    let live = LiveState {
        logic: Some(LogicFacts {
            outputs: Some(vec![false, false, false, true]),
        }),
        compare: Some(CompareFacts {
            perceptron: PerceptronOutcome::Running,
            logistic_loss: Some(0.2),
            logistic_accuracy: Some(1.0),
        }),
        answer: Some(2),
        ..LiveState::default()
    };
    let and = Check::TruthTable(vec![0, 0, 0, 1]);
    let or = Check::TruthTable(vec![0, 1, 1, 1]);
    assert!(and.holds(&live) && !or.holds(&live));
    assert!(!Check::TruthTable(vec![0, 0]).holds(&live), "a table of another size");
    assert!(Check::Any(vec![or.clone(), and.clone()]).holds(&live));
    assert!(!Check::All(vec![or, and]).holds(&live));
    assert!(Check::Answer(2).holds(&live) && !Check::Answer(1).holds(&live));
    let loss = |at_most| {
        Check::Loss(Metric {
            on: MetricOn::Logistic,
            at_least: None,
            at_most: Some(at_most),
            above: None,
            below: None,
        })
    };
    assert!(loss(0.2).holds(&live) && !loss(0.1).holds(&live));
    assert!(!Check::ComparePerceptron(PerceptronOutcome::Converged).holds(&live));
    let missing = Check::Accuracy(Metric {
        on: MetricOn::Train,
        at_least: Some(0.0),
        at_most: None,
        above: None,
        below: None,
    });
    assert!(!missing.holds(&live), "no network facts: the check does not hold");
    assert!(!Check::InspectorStageReached(InspectorStage::Forward).holds(&live));
}

#[test]
fn inspector_stages_count_as_reached_when_passed() {
    let live = LiveState {
        inspector_stage: Some(InspectorStage::Gradients),
        ..LiveState::default()
    };
    assert!(Check::InspectorStageReached(InspectorStage::Backward).holds(&live));
    assert!(Check::InspectorStageReached(InspectorStage::Gradients).holds(&live));
    assert!(!Check::InspectorStageReached(InspectorStage::Update).holds(&live));
}
