//! Driving the real window in egui_kittest.

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use nnlab::app::NnlabApp;

/// Steps frames until `cond` holds (the worker runs in real time); fails
/// after 30 s, naming what it waited for and any message on screen.
pub fn wait_for(h: &mut Harness<'_, NnlabApp>, what: &str, cond: impl Fn(&NnlabApp) -> bool) {
    let start = Instant::now();
    while !cond(h.state()) {
        let notice = h.state().notice.as_ref().map(|n| n.text.clone());
        let message = h.state().snapshot().and_then(|s| s.message.clone());
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what} (notice {notice:?}, worker {message:?})"
        );
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
}
