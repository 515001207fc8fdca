//! What a lesson file may ask for: its dry run (every step's set-up applied
//! once when it loads) stays within a budget of points × steps, and goals
//! that no network can ever meet are refused where they are written.

use nnlab::lessons::{DRY_RUN_BUDGET, Impossible, LessonError, Origin, Problem, parse_lesson};

/// A lesson of `steps` steps, each generating `points` spiral points.
fn heavy_lesson(steps: usize, points: usize) -> String {
    let mut src = String::from("id = \"heavy\"\ntitle = \"Heavy\"\n");
    for i in 0..steps {
        src.push_str(&format!(
            "\n[[step]]\ntitle = \"Step {i}\"\ntext = \"Train.\"\n\n[step.setup.data]\ngenerator = \"spiral\"\npoints = {points}\nseed = {i}\n\n[step.goal]\nepochs = {{ at_least = 1 }}\n"
        ));
    }
    src
}

/// The problem and its line, or a panic naming what came instead.
fn refused(src: &str) -> (usize, Problem) {
    match parse_lesson(src, Origin::BuiltIn) {
        Err(LessonError::At { line, problem, .. }) => (line, problem),
        other => panic!("expected a refusal, got {:?}", other.map(|l| l.steps.len())),
    }
}

#[test]
fn a_lesson_whose_dry_run_exceeds_the_budget_is_refused_with_the_reason() {
    let per_step = 1_000_000;
    let steps = (DRY_RUN_BUDGET / per_step as u64) as usize + 1;
    let src = heavy_lesson(steps, per_step);
    let (line, problem) = refused(&src);
    match problem {
        Problem::OverBudget { points, limit } => {
            assert_eq!(limit, DRY_RUN_BUDGET);
            assert!(points > DRY_RUN_BUDGET, "{points}");
        }
        other => panic!("expected the budget, got {other:?}"),
    }
    let last_step = src.match_indices("[[step]]").last().unwrap().0;
    let last_line = src[..last_step].matches('\n').count() + 1;
    assert!(line > last_line, "names the step that goes over (line {line})");
    // Within the budget, the same lesson loads.
    let fits = heavy_lesson(2, 1000);
    parse_lesson(&fits, Origin::BuiltIn).unwrap();
}

/// A one-step lesson whose goal is `goal`.
fn with_goal(goal: &str) -> String {
    format!("id = \"g\"\ntitle = \"G\"\n\n[[step]]\ntitle = \"S\"\ntext = \"T.\"\n\n[step.goal]\n{goal}\n")
}

#[test]
fn goals_no_network_can_meet_are_refused() {
    for goal in [
        "accuracy = { on = \"train\", at_least = 2.0 }",
        "accuracy = { on = \"test\", below = 0.0 }",
        "loss = { on = \"train\", below = 0.0 }",
        "weight = { layer = 99, input = 0, neuron = 0, at_least = 1.0 }",
        "bias = { layer = 9, neuron = 0, at_least = 1.0 }",
    ] {
        let (_, problem) = refused(&with_goal(goal));
        assert!(matches!(problem, Problem::Impossible(_)), "{goal}: {problem:?}");
    }
    let (_, problem) = refused(&with_goal("accuracy = { on = \"train\", at_least = 2.0 }"));
    assert!(
        matches!(problem, Problem::Impossible(Impossible::AccuracyAboveOne { .. })),
        "{problem:?}"
    );
    // No finite value is at least infinity.
    let (_, problem) = refused(&with_goal("loss = { on = \"train\", at_least = inf }"));
    assert!(matches!(problem, Problem::EmptyRange), "{problem:?}");
}

#[test]
fn goals_at_the_edge_of_what_can_happen_load() {
    for goal in [
        "loss = { on = \"train\", at_most = inf }",
        "accuracy = { on = \"train\", at_least = 1.0 }",
        "accuracy = { on = \"test\", at_most = 0.0 }",
        "weight = { layer = 8, input = 63, neuron = 0, at_least = 1.0 }",
        "bias = { layer = 0, neuron = 63, below = 0.0 }",
    ] {
        parse_lesson(&with_goal(goal), Origin::BuiltIn).unwrap_or_else(|e| panic!("{goal}: {e}"));
    }
    // Not a number is still no bound at all.
    let (_, problem) = refused(&with_goal("loss = { on = \"train\", at_most = nan }"));
    assert!(matches!(problem, Problem::EmptyRange), "{problem:?}");
}
