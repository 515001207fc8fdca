//! Resident memory of the window with 1,000,000 points, measured where the
//! user sees it: the real `NnlabApp` frame at 1280 × 720, driven through
//! egui_kittest by label and pointer, and drawn — every frame's shapes are
//! tessellated into meshes and every texture change is applied to a store
//! of textures, as the window's painter does (the harness alone keeps every
//! texture change it was ever sent). The gestures are the issue's: import a
//! 1,000,000-row CSV through the import window, four full sweeps of the
//! test-ratio slider (0 → 0.9 → 0), a drag of one point, then training.
//!
//! After each it prints the resident memory (Linux `/proc/self/statm`) and
//! the heap: the bytes allocated and not yet freed, counted by this
//! example's allocator ([`heap`]), with the most in use since the line
//! before. The heap is what the program holds; the resident figure adds
//! code and stacks and whatever freed memory the system allocator keeps
//! rather than returns, which differs from run to run (README,
//! Performance). At the end: whether each stayed within 10 % of its figure
//! after the first sweep.
//!
//! `cargo run --release -p nnlab-bench --example window_memory [points] [training seconds]`
//! (1,000,000 and 60 by default; about two minutes in all).

#![allow(clippy::unwrap_used)]

mod heap;
mod painter;

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use egui::{Event, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::{Action, NnlabApp, Settings};

use heap::{heap_mib, rss_mib};
use painter::TextureStore;

/// The harness, stepped and drawn.
struct Window {
    h: Harness<'static, NnlabApp>,
    /// Vertices tessellated in the last frame (what the painter uploads).
    vertices: usize,
}

impl Window {
    /// One frame: egui's pass, then the painter's tessellation.
    fn frame(&mut self) {
        self.h.step();
        let out = self.h.output();
        let meshes = self.h.ctx.tessellate(out.shapes.clone(), out.pixels_per_point);
        self.vertices = meshes
            .iter()
            .map(|m| match &m.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum();
    }

    /// Frames at the window's pace (about 60 a second) for `time`.
    fn run_for(&mut self, time: Duration) {
        let start = Instant::now();
        while start.elapsed() < time {
            self.frame();
            std::thread::sleep(Duration::from_millis(16));
        }
    }

    /// Frames until `done` holds; fails after `limit`.
    fn until(&mut self, what: &str, limit: Duration, done: impl Fn(&NnlabApp) -> bool) {
        let start = Instant::now();
        while !done(self.h.state()) {
            assert!(start.elapsed() < limit, "no {what} after {limit:?}");
            self.frame();
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    fn pointer(&mut self, event: Event) {
        self.h.event(event);
        self.frame();
    }

    /// Presses at `from`, moves in `steps` frames to `to`, releases.
    fn drag(&mut self, from: Pos2, to: Pos2, steps: usize) {
        let button = |pos, pressed| Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::default(),
        };
        self.pointer(Event::PointerMoved(from));
        self.pointer(button(from, true));
        for k in 1..=steps {
            let t = k as f32 / steps as f32;
            self.pointer(Event::PointerMoved(from + (to - from) * t));
            std::thread::sleep(Duration::from_millis(8));
        }
        self.pointer(button(to, false));
    }
}

/// A CSV of `n` rows in two classes (a noisy circle), as a user's file.
fn csv_text(n: usize) -> String {
    let mut s = String::with_capacity(n * 40);
    s.push_str("x,y,label\n");
    for i in 0..n {
        let t = i as f64 * 0.618_033_988_75;
        let r = if i % 2 == 0 { 1.0 } else { 2.2 } + 0.3 * (t * 7.3).sin();
        let label = if i % 2 == 0 { "inner" } else { "outer" };
        s.push_str(&format!("{:.6},{:.6},{label}\n", r * t.cos(), r * t.sin()));
    }
    s
}

fn main() {
    let mut args = std::env::args().skip(1);
    let points: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let training: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(60);
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("million.csv");
    std::fs::write(&csv, csv_text(points)).unwrap();

    let mut app = NnlabApp::new(
        Settings::default(),
        nnlab::app::default_dataset(&Settings::default()),
        Arc::new(|| {}),
    );
    app.use_path_prompts();
    let store = TextureStore::default();
    let texture_bytes = Arc::clone(&store.bytes);
    let h = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .renderer(store)
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    let mut w = Window { h, vertices: 0 };
    // (gesture, resident MiB, heap MiB)
    let mut rows: Vec<(String, f64, f64)> = Vec::new();
    let mut note = |w: &Window, what: &str| {
        let rss = rss_mib();
        let (heap, peak) = heap_mib();
        let undo = w.h.state().undo_bytes() as f64 / (1 << 20) as f64;
        println!(
            "{what:<32} resident {rss:7.1} MiB   heap {heap:7.1} MiB (peak {peak:7.1})   (undo history {undo:5.1} MiB, {} vertices drawn)",
            w.vertices
        );
        rows.push((what.to_string(), rss, heap));
    };
    w.until("first snapshot", Duration::from_secs(60), |a| a.snapshot().is_some());
    w.run_for(Duration::from_secs(1));
    note(&w, "window open (400 points)");

    // Import through File ▸ Open and the import window, as the user does.
    w.h.state_mut().open_path(csv.clone());
    w.until("import window", Duration::from_secs(120), NnlabApp::import_dialog_open);
    w.frame();
    w.h.get_by_label("Import").click();
    w.until("imported points", Duration::from_secs(300), |a| {
        a.dataset.points.len() == points
    });
    w.until("predictions", Duration::from_secs(300), |a| {
        a.snapshot().is_some_and(|s| s.predictions.is_some())
    });
    w.run_for(Duration::from_secs(3));
    note(&w, "after import");

    let slider =
        w.h.get_by_role_and_label(egui::accesskit::Role::Slider, "test ratio")
            .rect();
    let (left, right) = (slider.left_center() + egui::vec2(2.0, 0.0), slider.right_center());
    let sweeps: usize = std::env::var("SWEEPS").ok().and_then(|s| s.parse().ok()).unwrap_or(4);
    for sweep in 1..=sweeps {
        w.drag(left, right, 60);
        w.drag(right, left, 60);
        w.run_for(Duration::from_secs(3));
        note(&w, &format!("after sweep {sweep}"));
    }

    if std::env::var_os("NO_DRAG").is_none() {
        let x = w.h.state().dataset.points[0].x;
        let from = w.h.state().boundary_screen_pos(x).unwrap();
        w.drag(from, from + egui::vec2(120.0, -80.0), 120);
        w.run_for(Duration::from_secs(3));
        note(&w, "after a point drag");
    }

    w.h.state_mut().apply(Action::Play, &egui::Context::default());
    let seen0 = w.h.state().snapshot().map_or(0, |s| s.samples_seen);
    for part in 1..=3 {
        w.run_for(Duration::from_secs(training / 3));
        let seen = w.h.state().snapshot().map_or(0, |s| s.samples_seen) - seen0;
        let what = format!(
            "training {} s ({:.1} M samples)",
            training * part / 3,
            seen as f64 / 1e6
        );
        note(&w, &what);
    }

    let textures = texture_bytes.load(Ordering::Relaxed);
    println!(
        "textures held by the painter: {:.1} MiB",
        textures as f64 / (1 << 20) as f64
    );
    let resident: Vec<(&str, f64)> = rows.iter().map(|(n, r, _)| (n.as_str(), *r)).collect();
    let heap: Vec<(&str, f64)> = rows.iter().map(|(n, _, h)| (n.as_str(), *h)).collect();
    flatness("resident", &resident);
    flatness("heap", &heap);
}

/// Prints the range of `figures` from the first sweep on and whether it
/// stayed within 10 % of the figure after the first sweep.
fn flatness(what: &str, figures: &[(&str, f64)]) {
    let base = figures.iter().find(|(n, _)| *n == "after sweep 1").map_or(0.0, |r| r.1);
    let after: Vec<f64> = figures
        .iter()
        .skip_while(|(n, _)| *n != "after sweep 1")
        .map(|r| r.1)
        .collect();
    let worst = after.iter().map(|r| (r - base).abs() / base).fold(0.0, f64::max);
    println!(
        "{what}, after the first sweep: {:.1}–{:.1} MiB, at most {:.1} % from {base:.1} MiB: {}",
        after.iter().copied().fold(f64::INFINITY, f64::min),
        after.iter().copied().fold(0.0, f64::max),
        worst * 100.0,
        if worst <= 0.10 {
            "flat within 10 %"
        } else {
            "NOT flat within 10 %"
        }
    );
}
