//! No step of the built-in course passes by pressing buttons alone. For
//! each step, a learner does what the lesson's actions file does up to the
//! step before (so the step opens as it would for a real learner), then
//! only presses buttons: Next, Play, the labs' Step and Run, the
//! comparison lab's rounds, the inspector through to the update, the
//! neuron lab's clock. The step must not pass: every goal needs an answer
//! or an edit that only the idea tells the learner to make.

use nnlab::lessons::{BUILTIN_SOURCES, LearnerAction, builtin_lessons, parse_actions, run_lesson};

/// Every button a learner can press without deciding anything.
const BUTTONS: &str = r#"[
  {"next": true},
  {"train": 200},
  {"perceptron": "sample"},
  {"perceptron": "epoch"},
  {"perceptron": "run"},
  {"compare": 400},
  {"inspect": {"sample": 0, "stage": "forward"}},
  {"inspect": {"sample": 0, "stage": "update"}},
  {"neuron": {"run_ms": 800}},
  {"reset": true},
  {"train": 50},
  {"next": true}
]"#;

/// The shipped actions file of the built-in lesson file `name`.
fn shipped_actions(name: &str) -> Vec<LearnerAction> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/lessons");
    let json = std::fs::read_to_string(dir.join(name.replace(".toml", ".actions.json"))).unwrap();
    parse_actions(&json).unwrap()
}

#[test]
fn no_builtin_step_passes_by_pressing_buttons_alone() {
    let buttons = parse_actions(BUTTONS).unwrap();
    let lessons = builtin_lessons().unwrap();
    for ((name, _), lesson) in BUILTIN_SOURCES.iter().zip(&lessons) {
        let actions = shipped_actions(name);
        let full = run_lesson(lesson, &actions);
        assert!(full.ok(), "{name}: the shipped learner passes every step");
        for step in 0..lesson.steps.len() {
            // The real learner's actions up to the one that passed the
            // step before: this step is open, untouched.
            let done = match step {
                0 => 0,
                _ => full.steps[step - 1].after_action.unwrap() + 1,
            };
            let mut tried = actions[..done].to_vec();
            tried.extend(buttons.iter().cloned());
            let report = run_lesson(lesson, &tried);
            assert!(
                step == 0 || report.steps[step - 1].passed,
                "{name}: step {step} is reached"
            );
            assert!(
                !report.steps[step].passed,
                "{name}: step {} passes by pressing buttons alone",
                step + 1
            );
        }
    }
}

#[test]
fn the_lessons_readme_says_what_every_step_needs() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/lessons");
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    let audit = &readme[readme.find("## The built-in course, step by step").unwrap()..];
    let rows: Vec<&str> = (audit.lines())
        .filter(|l| {
            l.strip_prefix("| ")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        })
        .collect();
    let lessons = builtin_lessons().unwrap();
    let steps: usize = lessons.iter().map(|l| l.steps.len()).sum();
    for (k, lesson) in lessons.iter().enumerate() {
        for j in 0..lesson.steps.len() {
            let key = format!("| {}.{} ", k + 1, j + 1);
            let row = rows.iter().find(|r| r.starts_with(&key));
            let row = row.unwrap_or_else(|| panic!("no audit row for step {}.{}", k + 1, j + 1));
            assert!(!row.contains("*observe*"), "{row}: a step the learner only watches");
        }
    }
    assert_eq!(rows.len(), steps, "one row per step");
}
