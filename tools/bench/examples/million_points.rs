//! Issue 12's measurement: the window with 1,000,000 points while a point
//! is dragged and the test-ratio slider is moved. Edits travel to the
//! worker as small commands, so each frame should stay cheap and resident
//! memory flat. Prints the frame times (`NnlabApp::frame_ui`, egui logic)
//! and the resident memory before and after each gesture.
//!
//! `cargo run --release -p nnlab-bench --example million_points [points]`

#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{Event, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::NnlabApp;

/// The app plus the time each `frame_ui` took.
struct Timed {
    app: NnlabApp,
    frame_ms: Vec<f64>,
}

/// Resident memory of this process in MiB (Linux), or 0 elsewhere.
fn rss_mib() -> f64 {
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|p| p.parse::<f64>().ok()));
    pages.map_or(0.0, |p| p * 4096.0 / (1 << 20) as f64)
}

/// CPU seconds this thread has used (Linux `/proc/thread-self/stat`, in
/// clock ticks of 10 ms; fine over a gesture of a hundred frames).
fn thread_cpu_s() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    // After the command name in parentheses come the state (field 3),
    // ..., utime (field 14) and stime (field 15).
    let rest = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |k: usize| f.get(k).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn summary(name: &str, ms: &[f64], rss: (f64, f64), cpu_s: f64) {
    println!(
        "{name}: the window's thread used {:.2} ms of CPU per frame on average",
        cpu_s * 1e3 / ms.len().max(1) as f64
    );
    let mut s = ms.to_vec();
    s.sort_by(f64::total_cmp);
    let at = |q: f64| s[((s.len() - 1) as f64 * q) as usize];
    println!(
        "{name}: {} frames, median {:.2} ms, p95 {:.2} ms, max {:.2} ms; resident {:.0} → {:.0} MiB",
        s.len(),
        at(0.5),
        at(0.95),
        at(1.0),
        rss.0,
        rss.1
    );
}

fn pointer(h: &mut Harness<'_, Timed>, event: Event) {
    h.event(event);
    h.step();
}

/// Presses at `from`, moves in `steps` frames to `to`, releases; returns
/// the frame times of the gesture.
fn drag(h: &mut Harness<'_, Timed>, from: Pos2, to: Pos2, steps: usize) -> (Vec<f64>, f64) {
    h.state_mut().frame_ms.clear();
    let cpu = thread_cpu_s();
    pointer(h, Event::PointerMoved(from));
    let press = |pressed| Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::default(),
    };
    pointer(h, press(true));
    for k in 1..=steps {
        let t = k as f32 / steps as f32;
        pointer(h, Event::PointerMoved(from + (to - from) * t));
        std::thread::sleep(Duration::from_millis(4));
    }
    pointer(
        h,
        Event::PointerButton {
            pos: to,
            button: PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::default(),
        },
    );
    (h.state().frame_ms.clone(), thread_cpu_s() - cpu)
}

fn main() {
    let points: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let settings = nnlab::bench::window_settings(points);
    let dataset = nnlab::app::default_dataset(&settings);
    let app = NnlabApp::new(settings, dataset, Arc::new(|| {}));
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 820.0)).build_ui_state(
        |ui, t: &mut Timed| {
            let start = Instant::now();
            t.app.frame_ui(ui);
            t.frame_ms.push(start.elapsed().as_secs_f64() * 1000.0);
        },
        Timed {
            app,
            frame_ms: Vec::new(),
        },
    );
    let start = Instant::now();
    while h.state().app.snapshot().is_none_or(|s| s.predictions.is_none()) {
        assert!(start.elapsed() < Duration::from_secs(120), "no snapshot");
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    h.state_mut()
        .app
        .apply(nnlab::app::Action::Play, &egui::Context::default());
    h.run_steps(30);

    // Drag a drawn point (index 0 is drawn: the view thins by stride).
    let x = h.state().app.dataset.points[0].x;
    let from = h.state().app.boundary_screen_pos(x).unwrap();
    let before = rss_mib();
    let (ms, cpu) = drag(&mut h, from, from + egui::vec2(120.0, -80.0), 120);
    summary("drag a point", &ms, (before, rss_mib()), cpu);
    println!(
        "  undo history: {} steps ({:?} last), {} bytes",
        h.state().app.undo_len(),
        h.state().app.undo_label(),
        h.state().app.undo_bytes()
    );

    // Drag the test-ratio slider across.
    let rect = h
        .get_by_role_and_label(egui::accesskit::Role::Slider, "test ratio")
        .rect();
    let before = rss_mib();
    let (ms, cpu) = drag(
        &mut h,
        rect.left_center() + egui::vec2(4.0, 0.0),
        rect.right_center(),
        120,
    );
    summary("drag the test-ratio slider", &ms, (before, rss_mib()), cpu);
    println!(
        "  undo history: {} steps ({:?} last), {} bytes; test ratio now {:.2}",
        h.state().app.undo_len(),
        h.state().app.undo_label(),
        h.state().app.undo_bytes(),
        h.state().app.settings.config.test_ratio
    );
    let before = rss_mib();
    let (ms, cpu) = drag(
        &mut h,
        rect.right_center(),
        rect.left_center() + egui::vec2(4.0, 0.0),
        120,
    );
    summary("and back", &ms, (before, rss_mib()), cpu);
    // Memory must stay flat however long the user plays with it.
    let (left, right) = (rect.left_center() + egui::vec2(4.0, 0.0), rect.right_center());
    let rounds: usize = std::env::var("SWEEPS").ok().and_then(|s| s.parse().ok()).unwrap_or(4);
    for round in 1..=rounds {
        let before = rss_mib();
        let (mut ms, cpu) = drag(&mut h, left, right, 60);
        let (back, cpu_back) = drag(&mut h, right, left, 60);
        ms.extend(back);
        summary(
            &format!("slider sweep {round}"),
            &ms,
            (before, rss_mib()),
            cpu + cpu_back,
        );
    }
    println!(
        "  undo history: {} steps, {} bytes",
        h.state().app.undo_len(),
        h.state().app.undo_bytes()
    );
}
