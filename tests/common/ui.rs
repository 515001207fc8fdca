//! Driving the real window in egui_kittest.

use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::{NnlabApp, Settings};
use nnlab::data::{GenParams, Generator};

/// Steps frames until `cond` holds (the worker runs in real time); fails
/// after 30 s, naming what it waited for and any message on screen.
pub fn wait_for(h: &mut Harness<'_, NnlabApp>, what: &str, cond: impl Fn(&NnlabApp) -> bool) {
    let start = Instant::now();
    while !cond(h.state()) {
        let notice = h.state().notice.as_ref().map(|n| n.message.to_string());
        let message = h.state().snapshot().and_then(|s| s.stopped.clone());
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what} (notice {notice:?}, worker {message:?})"
        );
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Steps frames until a label containing `text` shows (file reads run in
/// the background); fails after 30 s.
pub fn wait_for_label(h: &mut Harness<'_, NnlabApp>, text: &str) {
    let start = Instant::now();
    while h.query_by_label_contains(text).is_none() {
        assert!(start.elapsed() < Duration::from_secs(30), "no {text:?} on screen");
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Settings for a small 300-point, 2-class data set from `generator`.
pub fn small_settings(generator: Generator) -> Settings {
    Settings {
        generator,
        gen_params: GenParams {
            points: 300,
            noise: 0.1,
            classes: 2,
            seed: 1,
        },
        ..Settings::default()
    }
}

/// The window on [`small_settings`], with typed-path prompts instead of
/// native file dialogs.
pub fn small_app(generator: Generator) -> NnlabApp {
    app_with(small_settings(generator))
}

/// The window on `settings` and their generated data set, with typed-path
/// prompts instead of native file dialogs.
pub fn app_with(settings: Settings) -> NnlabApp {
    let d = nnlab::app::default_dataset(&settings);
    let mut app = NnlabApp::new(settings, d, Arc::new(|| {}));
    app.use_path_prompts();
    app
}

/// The window in a 1280 × 820 harness, once the worker's first snapshot
/// has arrived.
pub fn harness(app: NnlabApp) -> Harness<'static, NnlabApp> {
    built((1280.0, 820.0), app)
}

/// The window at a laptop's `size` in the test thread's language (the
/// window sets the thread's language from its settings every frame), its
/// layout settled over a few frames after the first snapshot.
pub fn laptop_harness(size: (f32, f32), mut app: NnlabApp) -> Harness<'static, NnlabApp> {
    app.settings.view.language = Some(nnlab::i18n::language());
    let mut h = built(size, app);
    h.run_steps(4);
    h
}

fn built(size: (f32, f32), app: NnlabApp) -> Harness<'static, NnlabApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        // Before the first frame, as the real window: a Korean window's
        // first frame already needs the Hangul fallback.
        .with_context_setup(nnlab::app::install_fonts)
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    wait_for(&mut h, "the first snapshot", |a| a.snapshot().is_some());
    h
}

/// Where a widget was laid out, in window points.
pub fn node_rect(node: &egui_kittest::Node<'_>) -> egui::Rect {
    use egui_kittest::kittest::NodeT;
    let b = node.accesskit_node().bounding_box().expect("laid out");
    egui::Rect::from_min_max(
        egui::pos2(b.x0 as f32, b.y0 as f32),
        egui::pos2(b.x1 as f32, b.y1 as f32),
    )
}

/// Types `path` into the prompt that replaces the file dialog and confirms.
pub fn choose_path(h: &mut Harness<'_, NnlabApp>, path: &std::path::Path) {
    let start = Instant::now();
    while h.query_by_label("OK").is_none() {
        assert!(start.elapsed() < Duration::from_secs(10), "no path prompt");
        h.step();
    }
    h.get_by_role(egui::accesskit::Role::TextInput).focus();
    h.step();
    h.get_by_role(egui::accesskit::Role::TextInput)
        .type_text(path.to_str().unwrap());
    h.step();
    h.get_by_label("OK").click();
    h.step();
}

/// The widgets drawn last frame that their clip rectangle cuts left or
/// right (one scrolled out of sight above or below is not cut), each with
/// its label or value.
pub fn cut_widgets(h: &Harness<'_, NnlabApp>) -> Vec<(String, egui::Rect, egui::Rect)> {
    use egui_kittest::kittest::NodeT;
    let cut: Vec<(egui::Id, egui::Rect, egui::Rect)> = h.ctx.viewport(|v| {
        let layers = v.this_pass.widgets.layers();
        let all = layers.flat_map(|(_, layer)| layer.iter());
        all.filter(|w| {
            let (r, shown) = (w.rect, w.interact_rect);
            shown.min.y < shown.max.y && (shown.min.x > r.min.x + 0.5 || shown.max.x < r.max.x - 0.5)
        })
        .map(|w| (w.id, w.rect, w.interact_rect))
        .collect()
    });
    cut.into_iter()
        .map(|(id, r, shown)| {
            let node = h.query_by(move |n| (u128::from(n.id()) >> 64) as u64 == id.value());
            let name = node.map(|n| {
                let n = n.accesskit_node();
                (n.label().or(n.value())).unwrap_or_default().to_string()
            });
            (name.unwrap_or_default(), r, shown)
        })
        .collect()
}
