//! Drawing the loss landscape: its controls (directions, grid, span, seed,
//! Compute, Export), the progress and Cancel of a computation, and the
//! slice as a heat map (log scale: dark is low) with contour lines, the
//! training path projected onto it, the weights it was computed through
//! (+), the present network projected (●) and, while the replay slider is
//! moved, the checkpoint replayed (○).

use egui::{Color32, Id, Ui};
use egui_plot::{Line, MarkerShape, Plot, PlotPoints, Points};

use super::LandscapeView;
use crate::app::context::View;
use crate::app::context::{Action, ImageTarget};
use crate::app::widgets::heat_map::HeatMap;
use crate::i18n::{directions_label, fallback_text};
use crate::tr;
use crate::train::landscape::{Directions, MAX_SPAN};

/// The id (`egui::Id::unique`) of the landscape's plot.
pub const LANDSCAPE_PLOT_ID: &str = "loss_landscape";

/// Grid sizes offered.
const SIZES: [usize; 4] = [21, 41, 61, 81];
/// Contour lines drawn.
const LEVELS: usize = 12;

/// The heat map and contours of the result shown.
#[derive(Default)]
pub(super) struct Cache {
    map: Option<HeatMap>,
}

/// The landscape view; returns what to compute, cancel or export.
pub(crate) fn landscape_ui(ui: &mut Ui, state: &mut LandscapeView, view: &View) -> Vec<Action> {
    let mut out = Vec::new();
    if state.wants_first() && view.snapshot.is_some() {
        out.push(Action::ComputeLandscape);
    }
    controls_ui(ui, state, &mut out);
    if let Some((done, total)) = state.progress() {
        ui.horizontal(|ui| {
            let fraction = if total == 0 { 0.0 } else { done as f32 / total as f32 };
            ui.add(egui::ProgressBar::new(fraction).desired_width(200.0).text(tr!(
                "landscape-progress",
                done = done,
                total = total
            )));
            if ui
                .button(tr!("landscape-cancel"))
                .on_hover_text(tr!("landscape-cancel-hover"))
                .clicked()
            {
                out.push(Action::CancelLandscape);
            }
        });
    }
    if let Some(m) = &state.message {
        ui.label(m.to_string());
    }
    let Some(result) = state.result.clone() else {
        return out;
    };
    // The caption beside a square plot when the view is wide (a laptop's
    // network tab is wider than tall), else under it.
    let avail = ui.available_size();
    let lines = 4.0 * ui.text_style_height(&egui::TextStyle::Body) + 4.0 * ui.spacing().item_spacing.y;
    let caption_width = 240.0;
    let beside = avail.x - avail.y >= caption_width;
    let side = if beside {
        avail.y.min(avail.x - caption_width)
    } else {
        avail.x.min(avail.y - lines)
    }
    .max(160.0);
    if beside {
        ui.horizontal_top(|ui| {
            let now = plot_ui(ui, state, view, &result, side);
            ui.vertical(|ui| caption_ui(ui, state, view, now));
        });
    } else {
        let now = plot_ui(ui, state, view, &result, side);
        caption_ui(ui, state, view, now);
    }
    out
}

/// The heat map, contours, path and points, `side` × `side`; returns where
/// the network now projects.
fn plot_ui(
    ui: &mut Ui,
    state: &mut LandscapeView,
    view: &View,
    result: &super::Computed,
    side: f32,
) -> Option<[f64; 2]> {
    let l = &result.landscape;
    let map = state
        .cache
        .map
        .get_or_insert_with(|| HeatMap::new(ui.ctx(), "loss_landscape", &l.loss, &l.alphas, &l.betas, LEVELS));
    let project = |net: &crate::nn::Mlp| l.project(&result.center, net);
    let now = view.snapshot.map(|s| project(&s.net));
    let replayed = view
        .snapshot
        .and_then(|s| Some(project(&s.checkpoints.get(s.shown_checkpoint?)?.net)));
    let pad = l.span / (l.size.max(2) - 1) as f64;
    let response = crate::app::widgets::plot_axes::with_ticks(Plot::new(LANDSCAPE_PLOT_ID))
        .id(Id::unique(LANDSCAPE_PLOT_ID))
        .width(side)
        .height(side)
        .data_aspect(1.0)
        .show_grid(false)
        .allow_boxed_zoom(false)
        .include_x(-l.span - pad)
        .include_x(l.span + pad)
        .include_y(-l.span - pad)
        .include_y(l.span + pad)
        .custom_x_axes(vec![crate::app::widgets::plot_axes::x_axis("α")])
        .custom_y_axes(vec![crate::app::widgets::plot_axes::y_axis("β")])
        .show(ui, |plot| {
            map.draw(
                plot,
                2.0 * (l.span + pad),
                Color32::from_white_alpha(70),
                &tr!("landscape-contour"),
            );
            plot.line(
                Line::new(tr!("landscape-path"), PlotPoints::from(l.path.clone()))
                    .color(Color32::WHITE)
                    .width(2.0),
            );
            plot.points(
                Points::new(tr!("landscape-path"), PlotPoints::from(l.path.clone()))
                    .radius(2.0)
                    .color(Color32::WHITE),
            );
            plot.points(
                Points::new(tr!("landscape-center"), PlotPoints::from(vec![[0.0, 0.0]]))
                    .shape(MarkerShape::Plus)
                    .radius(8.0)
                    .color(Color32::WHITE),
            );
            if let Some(p) = now {
                let dim = if replayed.is_some() { 0.5 } else { 1.0 };
                plot.points(
                    Points::new(tr!("landscape-now"), PlotPoints::from(vec![p]))
                        .radius(7.0)
                        .color(Color32::from_rgb(255, 196, 40).gamma_multiply(dim)),
                );
            }
            if let Some(p) = replayed {
                plot.points(
                    Points::new(tr!("landscape-replayed"), PlotPoints::from(vec![p]))
                        .radius(9.0)
                        .filled(false)
                        .color(Color32::from_rgb(214, 39, 40)),
                );
            }
        });
    state.rect = response.response.rect;
    state.marker = replayed.or(now);
    crate::app::widgets::hover::describe(&response.response, &tr!("landscape-plot-hover"));
    now
}

/// Directions, grid, span, seed, Compute and Export.
fn controls_ui(ui: &mut Ui, state: &mut LandscapeView, out: &mut Vec<Action>) {
    let r = &mut state.request;
    ui.horizontal_wrapped(|ui| {
        egui::ComboBox::from_label(tr!("landscape-directions"))
            .selected_text(directions_label(r.directions))
            .show_ui(ui, |ui| {
                for d in [Directions::Pca, Directions::Random] {
                    ui.selectable_value(&mut r.directions, d, directions_label(d));
                }
            })
            .response
            .on_hover_text(tr!("landscape-directions-hover"));
        egui::ComboBox::from_label(tr!("landscape-grid"))
            .selected_text(format!("{0}×{0}", r.size))
            .show_ui(ui, |ui| {
                for n in SIZES {
                    ui.selectable_value(&mut r.size, n, format!("{n}×{n}"));
                }
            })
            .response
            .on_hover_text(tr!("landscape-grid-hover"));
        let label = ui.label(tr!("landscape-span"));
        ui.add(
            egui::DragValue::new(&mut r.span)
                .range(0.05..=MAX_SPAN.min(100.0))
                .speed(0.01),
        )
        .labelled_by(label.id)
        .on_hover_text(tr!("landscape-span-hover"));
        if r.directions == Directions::Random {
            let label = ui.label(tr!("landscape-seed"));
            ui.add(egui::DragValue::new(&mut r.seed))
                .labelled_by(label.id)
                .on_hover_text(tr!("landscape-seed-hover"));
        }
        if ui
            .button(tr!("landscape-compute"))
            .on_hover_text(tr!("landscape-compute-hover"))
            .clicked()
        {
            out.push(Action::ComputeLandscape);
        }
        let exportable = state.result.is_some();
        if ui
            .add_enabled(exportable, egui::Button::new(tr!("landscape-export")))
            .on_hover_text(tr!("landscape-export-hover"))
            .clicked()
        {
            out.push(Action::ExportImage(ImageTarget::Landscape));
        }
    });
}

/// What the slice is, where its numbers come from, and whether the
/// network has moved on since.
fn caption_ui(ui: &mut Ui, state: &LandscapeView, view: &View, now: Option<[f64; 2]>) {
    let Some(result) = state.result.as_ref() else { return };
    let l = &result.landscape;
    let (lo, hi) = l.loss_range().unwrap_or((l.center_loss, l.center_loss));
    ui.label(tr!(
        "landscape-caption",
        epoch = result.epoch,
        loss = format!("{:.4}", l.center_loss),
        low = format!("{:.4}", lo),
        high = format!("{:.4}", hi),
        directions = directions_label(l.directions)
    ));
    if let Some(f) = l.fallback {
        ui.label(egui::RichText::new(fallback_text(f)).color(ui.visuals().warn_fg_color));
    }
    let moved = view
        .snapshot
        .is_some_and(|s| s.epoch != result.epoch || view.data_revision != result.data_revision);
    if moved {
        let [a, b] = now.unwrap_or([0.0, 0.0]);
        ui.label(
            egui::RichText::new(tr!(
                "landscape-stale",
                epoch = result.epoch,
                alpha = format!("{a:.2}"),
                beta = format!("{b:.2}")
            ))
            .weak(),
        );
    }
}

/// Decision boundary or loss landscape: what the network tab's main view
/// shows (also View ▸ Loss landscape).
pub(crate) fn view_switch_ui(ui: &mut Ui, show_landscape: &mut bool) {
    ui.horizontal(|ui| {
        ui.selectable_value(show_landscape, false, tr!("window-view-boundary"))
            .on_hover_text(tr!("window-view-boundary-hover"));
        ui.selectable_value(show_landscape, true, tr!("window-view-landscape"))
            .on_hover_text(tr!("menu-landscape-hover"));
    });
}
