//! The app in a browser tab (`wasm32-unknown-unknown`, see
//! `tools/web/build.sh`): eframe's `WebRunner` draws the same [`NnlabApp`]
//! on the page's canvas. The differences from the desktop sit at the edges
//! (the worker runs on the page's thread, files are picks, drops and
//! downloads, eframe keeps the settings in local storage); here is only
//! the start: the language (`?lang=ko`, else the saved one, else the
//! browser's) and the loading screen.
//!
//! `?probe` adds a page probe for the headless-browser check
//! (`tools/web/check.py`): after every frame it lists the labels of what
//! is drawn with their rectangles, from egui's accessibility tree, as JSON
//! in `window.nnlabProbe`, so the check finds buttons and reads the status
//! bar by their words as a learner would.
//!
//! `?bench` starts no app: the page trains `nnlab bench`'s workloads
//! (1)–(3) the way it does (median of five 0.7 s runs each) and publishes
//! samples/s as JSON in `window.nnlabBench`: the engine's speed in the
//! browser without drawing, to set beside the desktop's (`check.py --speed`).

use eframe::wasm_bindgen::{JsCast, JsValue};

use super::{NnlabApp, create};
use crate::i18n::{Language, from_locale};

/// The canvas of `assets/web/index.html` the app draws on.
const CANVAS_ID: &str = "nnlab-canvas";
/// The loading screen, removed once the app runs.
const LOADING_ID: &str = "nnlab-loading";

/// Starts the app on the page (called by `main` in the browser build).
pub fn start() {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    if parameter(&query, "bench").is_some() {
        bench();
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let started = match document.get_element_by_id(CANVAS_ID) {
            Some(canvas) => match canvas.dyn_into::<web_sys::HtmlCanvasElement>() {
                Ok(canvas) => run(canvas).await,
                Err(_) => Err(JsValue::from_str("the page's canvas is not a canvas")),
            },
            None => Err(JsValue::from_str("the page has no canvas")),
        };
        if let Some(loading) = document.get_element_by_id(LOADING_ID) {
            match started {
                Ok(()) => loading.remove(),
                // The page's own words (both languages) say it failed;
                // the reason goes to the console for whoever debugs it.
                Err(e) => {
                    let _ = loading.set_attribute("data-failed", "");
                    web_sys::console::error_1(&e);
                }
            }
        }
    });
}

async fn run(canvas: web_sys::HtmlCanvasElement) -> Result<(), JsValue> {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let lang = parameter(&query, "lang").and_then(|v| Language::from_name(&v));
    let probe = parameter(&query, "probe").is_some();
    let runner = eframe::WebRunner::new();
    runner
        .start(
            canvas,
            eframe::WebOptions::default(),
            Box::new(move |cc| {
                let mut app: NnlabApp = create(cc, lang, browser_language);
                // Local storage, not a folder (see `autosave`'s `web`).
                app.enable_autosave(std::path::Path::new(""), super::autosave::AUTOSAVE_INTERVAL);
                if probe {
                    cc.egui_ctx.enable_accesskit();
                    cc.egui_ctx.add_plugin(Probe);
                }
                Ok(Box::new(app))
            }),
        )
        .await?;
    autosave_on_leave(runner)
}

/// Autosaves when the page is hidden (another tab, closed, reloaded): the
/// last moment a page surely runs (`visibilitychange`; `pagehide` for the
/// browsers that skip it on unload).
fn autosave_on_leave(runner: eframe::WebRunner) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let save = eframe::wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if hidden && let Some(mut app) = runner.app_mut::<NnlabApp>() {
            app.autosave_on_leave();
        }
    });
    document.add_event_listener_with_callback("visibilitychange", save.as_ref().unchecked_ref())?;
    window.add_event_listener_with_callback("pagehide", save.as_ref().unchecked_ref())?;
    // The page keeps the listener for its whole life.
    save.forget();
    Ok(())
}

/// `?bench` (see the module docs).
fn bench() {
    use crate::bench::{TRAIN_8X8, TRAIN_8X8_ADAM, TRAIN_WIDE, median, train_rate};
    let rate = |w: crate::bench::TrainWorkload| {
        median((0..5).map(|_| train_rate(&mut w.trainer(), std::time::Duration::from_millis(700))))
    };
    let text = serde_json::json!({
        "train_8x8_samples_per_sec": rate(TRAIN_8X8),
        "train_8x8_adam_b64_samples_per_sec": rate(TRAIN_8X8_ADAM),
        "train_wide_samples_per_sec": rate(TRAIN_WIDE),
    })
    .to_string();
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &JsValue::from_str("nnlabBench"), &JsValue::from_str(&text));
    }
}

/// The value of `name` in a query string (`?lang=ko&probe`; a bare name
/// has the empty value).
fn parameter(query: &str, name: &str) -> Option<String> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (key == name).then(|| value.to_string())
    })
}

/// The browser's preferred language (`navigator.language`, `ko-KR` → Korean).
fn browser_language() -> Language {
    let tag = web_sys::window().and_then(|w| w.navigator().language());
    from_locale(tag.as_deref())
}

/// Publishes what each frame drew (see the module docs).
struct Probe;

impl egui::Plugin for Probe {
    fn debug_name(&self) -> &'static str {
        "nnlab-probe"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        let Some(update) = &output.platform_output.accesskit_update else {
            return;
        };
        let nodes: Vec<serde_json::Value> = (update.nodes.iter())
            .filter_map(|(_, node)| {
                let label = node.label().or_else(|| node.value())?;
                let b = node.bounds()?;
                Some(serde_json::json!({ "label": label, "rect": [b.x0, b.y0, b.x1, b.y1] }))
            })
            .collect();
        let text = serde_json::Value::Array(nodes).to_string();
        if let Some(window) = web_sys::window() {
            let _ = js_sys::Reflect::set(&window, &JsValue::from_str("nnlabProbe"), &JsValue::from_str(&text));
        }
    }
}
