//! Goals over time on hand-made moments: `ever` sticks, `then` keeps its
//! order, `for_epochs` needs an unbroken run (Reset breaks it), `rose`
//! sees a rise within its window and nothing from before the step began.

use super::*;
use crate::lessons::live::{Answer, NetworkFacts};
use crate::lessons::parse_goal;
use crate::train::HistoryPoint;

/// The network tab after `losses.len()` epochs with these training losses
/// (epoch k has loss `losses[k - 1]`), accuracy `accuracy` now.
fn net(losses: &[f64], accuracy: f64) -> LiveState {
    let history: Vec<HistoryPoint> = (losses.iter().enumerate())
        .map(|(i, &l)| HistoryPoint {
            epoch: i as u64 + 1,
            train_loss: l,
            test_loss: None,
            train_accuracy: Some(accuracy),
            test_accuracy: None,
        })
        .collect();
    LiveState {
        network: Some(NetworkFacts {
            epoch: losses.len() as u64,
            hidden: vec![4],
            layers: Vec::new(),
            latest: history.last().copied(),
            history: history.into(),
            diverged: false,
        }),
        ..LiveState::default()
    }
}

/// A tracker for `src` and the goal it follows.
fn track(src: &str) -> (Check, Tracker) {
    let check = parse_goal(src).unwrap_or_else(|e| panic!("{src}: {e:?}"));
    let tracker = Tracker::new(&check);
    (check, tracker)
}

#[test]
fn ever_sticks_and_not_looks_at_the_moment() {
    let (c, mut t) = track("ever = { accuracy = { on = \"train\", at_least = 0.9 } }");
    assert!(!t.observe(&c, &net(&[0.5], 0.5)));
    assert!(t.observe(&c, &net(&[0.5, 0.3], 0.95)));
    assert!(t.observe(&c, &net(&[0.5, 0.3, 0.6], 0.4)), "held once: stays met");
    let (c, mut t) = track("not = { accuracy = { on = \"train\", at_least = 0.9 } }");
    assert!(!t.observe(&c, &net(&[0.1], 0.95)));
    assert!(t.observe(&c, &net(&[0.1, 0.2], 0.5)));
}

#[test]
fn then_keeps_its_order() {
    let live = |acc: f64, answer: Option<usize>| LiveState {
        answer: answer.map(Answer::Choice),
        ..net(&[0.5], acc)
    };
    let (c, mut t) = track("then = [{ accuracy = { on = \"train\", at_least = 0.9 } }, { answer = 1 }]");
    // The answer first does not count: it must come after the accuracy.
    assert!(!t.observe(&c, &live(0.5, Some(1))));
    assert_eq!(t.then_done(), Some(0));
    assert!(!t.observe(&c, &live(0.95, Some(1))), "one moment meets one part");
    assert_eq!(t.then_done(), Some(1));
    assert!(
        t.observe(&c, &live(0.2, Some(1))),
        "then the answer, whatever the accuracy now"
    );
}

#[test]
fn for_epochs_needs_an_unbroken_run_and_reset_starts_it_over() {
    let (c, mut t) = track("accuracy = { on = \"train\", at_least = 0.9 }\nfor_epochs = 3");
    let losses = [0.5; 10];
    assert!(!t.observe(&c, &net(&losses[..2], 0.95)));
    assert!(!t.observe(&c, &net(&losses[..4], 0.95)));
    assert_eq!(t.held(), Some(2));
    assert!(!t.observe(&c, &net(&losses[..5], 0.5)), "a dip breaks the run");
    assert_eq!(t.held(), Some(0));
    assert!(!t.observe(&c, &net(&losses[..6], 0.95)));
    assert!(t.observe(&c, &net(&losses[..9], 0.95)), "three epochs in a row");
    // Reset: epochs start again at 0, so does the run.
    assert!(!t.observe(&c, &net(&losses[..1], 0.95)));
    assert_eq!(t.held(), Some(0));
}

#[test]
fn rose_sees_a_rise_within_its_window_and_not_before_the_step() {
    let (c, mut t) = track("rose = { metric = \"train_loss\", by = 0.5, within_epochs = 3 }");
    // Before the step: the loss went from 2.0 down to 0.1; that is history.
    assert!(!t.observe(&c, &net(&[0.1, 2.0, 0.1], 1.0)));
    // Up by 0.4 over 2 epochs: not enough.
    assert!(!t.observe(&c, &net(&[0.1, 2.0, 0.1, 0.3, 0.5], 1.0)));
    // Slowly up by 0.6, but over 6 epochs: outside the window.
    let slow = [0.1, 2.0, 0.1, 0.3, 0.5, 0.45, 0.5, 0.55, 0.6, 0.65];
    assert!(!t.observe(&c, &net(&slow, 1.0)));
    assert!(t.largest_rise().is_some_and(|r| r < 0.5));
    let spike: Vec<f64> = slow.iter().copied().chain([1.3]).collect();
    assert!(t.observe(&c, &net(&spike, 1.0)), "0.65 → 1.3 within one epoch");
    assert!(t.observe(&c, &net(&spike[..2], 1.0)), "a rise once seen stays seen");
}
