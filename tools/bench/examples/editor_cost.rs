//! Measures what the network editor panel costs per frame: the real app at
//! 8 hidden layers × 32 neurons, training, drawn headless (egui_kittest)
//! with the panel shown and hidden.
//!
//! `cargo run -p nnlab-bench --example editor_cost [frames]` (build with `--release` for
//! figures close to the shipped app).

#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use nnlab::app::{Action, NnlabApp, Settings};
use nnlab::nn::Activation;

/// The app plus the time each `frame_ui` took.
struct Bench {
    app: NnlabApp,
    frame: Vec<f64>,
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len().max(1) as f64
}

fn percentile(v: &[f64], p: f64) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    s.get(((s.len() as f64 - 1.0) * p) as usize).copied().unwrap_or(0.0)
}

fn main() {
    let frames: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(300);
    let mut settings = Settings::default();
    settings.config = settings.config.with_hidden(&[32; 8], Activation::Tanh);
    let dataset = nnlab::app::default_dataset(&settings);
    let app = NnlabApp::new(settings, dataset, Arc::new(|| {}));
    let mut h = Harness::builder().with_size(egui::vec2(1400.0, 900.0)).build_ui_state(
        |ui, b: &mut Bench| {
            let t = Instant::now();
            b.app.frame_ui(ui);
            b.frame.push(t.elapsed().as_secs_f64() * 1e3);
        },
        Bench { app, frame: Vec::new() },
    );
    while h.state().app.snapshot().is_none_or(|s| s.net.layers.len() != 9) {
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    h.state_mut().app.apply(Action::Play, &egui::Context::default());
    for visible in [true, false, true, false] {
        h.state_mut().app.settings.view.show_editor = visible;
        h.run_steps(20);
        h.state_mut().frame.clear();
        let mut tessellate = Vec::new();
        let rebuilds = h.state().app.editor.thumbnail_rebuilds();
        let started = Instant::now();
        let mut with_rebuild = Vec::new();
        let mut without = Vec::new();
        for _ in 0..frames {
            let before = h.state().app.editor.thumbnail_rebuilds();
            h.step();
            let ms = h.state().frame.last().copied().unwrap_or(0.0);
            if h.state().app.editor.thumbnail_rebuilds() > before {
                with_rebuild.push(ms);
            } else {
                without.push(ms);
            }
            let out = h.output();
            let t = Instant::now();
            let prims = h.ctx.tessellate(out.shapes.clone(), out.pixels_per_point);
            tessellate.push(t.elapsed().as_secs_f64() * 1e3);
            std::hint::black_box(prims);
            std::thread::sleep(Duration::from_millis(4));
        }
        let secs = started.elapsed().as_secs_f64();
        let b = h.state();
        let rebuilt = b.app.editor.thumbnail_rebuilds() - rebuilds;
        println!(
            "panel {:>5}: frame_ui mean {:.2} ms, p95 {:.2} ms; tessellate mean {:.2} ms; atlas rebuilds {:.1}/s; epoch {}",
            if visible { "shown" } else { "off" },
            mean(&b.frame),
            percentile(&b.frame, 0.95),
            mean(&tessellate),
            rebuilt as f64 / secs,
            b.app.snapshot().map_or(0, |s| s.epoch),
        );
        if visible {
            println!(
                "             frames rebuilding the pictures {:.2} ms (p95 {:.2}), the others {:.2} ms (p95 {:.2})",
                mean(&with_rebuild),
                percentile(&with_rebuild, 0.95),
                mean(&without),
                percentile(&without, 0.95),
            );
        }
    }
}
