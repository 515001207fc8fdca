//! Unit tests of the checks on hand-made live states.

use super::*;
use crate::lessons::live::{CompareFacts, LogicFacts, PerceptronFacts};
use crate::lessons::setting::{Setting, SettingValue, SettingsFacts};
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
        answer: Some(Answer::Choice(2)),
        ..LiveState::default()
    };
    let and = Check::TruthTable(vec![0, 0, 0, 1]);
    let or = Check::TruthTable(vec![0, 1, 1, 1]);
    assert!(and.holds(&live) && !or.holds(&live));
    assert!(!Check::TruthTable(vec![0, 0]).holds(&live), "a table of another size");
    assert!(Check::Any(vec![or.clone(), and.clone()]).holds(&live));
    assert!(!Check::All(vec![or, and]).holds(&live));
    assert!(Check::Answer(vec![2]).holds(&live) && !Check::Answer(vec![1]).holds(&live));
    assert!(Check::Answer(vec![0, 2]).holds(&live), "one of several right choices");
    let loss = |at_most| {
        Check::Loss(Metric {
            on: MetricOn::Logistic,
            range: Range {
                at_most: Some(at_most),
                ..Range::default()
            },
        })
    };
    assert!(loss(0.2).holds(&live) && !loss(0.1).holds(&live));
    assert!(!Check::ComparePerceptron(PerceptronOutcome::Converged).holds(&live));
    let missing = Check::Accuracy(Metric {
        on: MetricOn::Train,
        range: Range {
            at_least: Some(0.0),
            ..Range::default()
        },
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

#[test]
fn numeric_answers_and_settings() {
    let n = Check::AnswerNumber(NumberAnswer {
        expected: NumberSource::Value(0.25),
        within: 0.01,
    });
    let answer = |a| LiveState {
        answer: Some(a),
        ..LiveState::default()
    };
    assert!(n.holds(&answer(Answer::Number(0.255))));
    assert!(!n.holds(&answer(Answer::Number(0.3))));
    assert!(!n.holds(&answer(Answer::Choice(0))), "a choice is not a number");
    assert_eq!(n.judges(Answer::Number(0.3), &LiveState::default()), Some(false));
    assert_eq!(
        Check::Read.judges(Answer::Number(0.3), &LiveState::default()),
        None,
        "nothing asked"
    );
    let lab = crate::labs::perceptron_lab::PerceptronLab::default();
    let compare = crate::labs::compare::CompareLab::default();
    let config = crate::train::TrainConfig::default();
    let live = LiveState {
        settings: SettingsFacts::read(Some(&config), None, &lab, &compare),
        ..LiveState::default()
    };
    let rate = |r: Range| {
        Check::Setting(vec![SettingCheck {
            setting: Setting::LearningRate,
            condition: Condition::Range(r),
        }])
    };
    // 0.03 as an f32 is 0.0299999…: the setting reads as the 0.03 typed.
    assert!(
        rate(Range {
            at_least: Some(0.03),
            ..Range::default()
        })
        .holds(&live)
    );
    assert!(
        !rate(Range {
            at_most: Some(0.001),
            ..Range::default()
        })
        .holds(&live)
    );
    let sgd = Check::Setting(vec![SettingCheck {
        setting: Setting::Optimizer,
        condition: Condition::Is(SettingValue::Name("sgd")),
    }]);
    assert!(sgd.holds(&live));
    let noise = Check::Setting(vec![SettingCheck {
        setting: Setting::Noise,
        condition: Condition::Range(Range::default()),
    }]);
    assert!(!noise.holds(&live), "no generator shown: no noise to read");
}
