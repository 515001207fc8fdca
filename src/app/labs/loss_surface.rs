//! The comparison lab's third plot: logistic regression's loss surface,
//! the mean cross-entropy L(w₁, w₂) at the model's current bias b, as a
//! heat map with contour lines, and on it the path gradient descent took
//! from w = 0 and the path of the perceptron's updates. Both paths move in
//! (w₁, w₂, b); they are drawn projected onto the (w₁, w₂) axes, so a point
//! of a path sits on this slice only where its own b equals the slice's.
//! Gradient descent crosses the contours at right angles (it follows −∇L);
//! the perceptron's steps follow single mistakes and ignore the surface.

use egui::{Color32, Id, Ui};
use egui_plot::{Line, Plot, PlotBounds, PlotPoints, Points};

use super::weight_space::nice_ceil;
use crate::app::widgets::format::num;
use crate::app::widgets::heat_map::HeatMap;
use crate::labs::compare::CompareLab;
use crate::labs::data::LabData;
use crate::tr;

/// The id (`egui::Id::unique`) of the loss-surface plot.
pub(super) const SURFACE_PLOT_ID: &str = "compare_surface";

/// Cells per side of the surface's grid.
const CELLS: usize = 48;
/// Contour lines drawn.
const LEVELS: usize = 9;

/// Gradient descent's colour on the surface.
const GD_COLOR: Color32 = Color32::WHITE;
/// The perceptron's colour on the surface.
const PERCEPTRON_COLOR: Color32 = Color32::from_rgb(255, 120, 90);

/// The surface last computed, kept while the slice barely moves.
#[derive(Default)]
pub(super) struct LossSurface {
    map: HeatMap,
    /// Data choice, slice bias and half box side of what is drawn.
    key: Option<(LabData, f64, f64)>,
}

impl LossSurface {
    /// The plot, `size` big; nothing when logistic regression has no data.
    pub(super) fn ui(&mut self, ui: &mut Ui, lab: &CompareLab, size: egui::Vec2) {
        let Some(model) = lab.logistic() else {
            return;
        };
        let gd: Vec<[f64; 2]> = lab.logistic_path().iter().map(|p| [p[0], p[1]]).collect();
        let perceptron: Vec<[f64; 2]> = lab.perceptron_path().iter().map(|p| [p[0], p[1]]).collect();
        let far = (gd.iter().chain(&perceptron).flatten()).fold(1.0f64, |m, v| m.max(v.abs()));
        let half = nice_ceil(far * 1.25);
        // Recomputed when the slice moved by a percent of its bias scale
        // (gradient descent changes b a little on every step).
        let stale = self.key.is_none_or(|(choice, b, h)| {
            choice != lab.choice() || h != half || (b - model.b).abs() > 0.01 * (1.0 + model.b.abs())
        });
        if stale {
            self.recompute(ui.ctx(), lab, half);
        }
        let b = self.key.map_or(model.b, |k| k.1);
        let bounds = PlotBounds::from_min_max([-half, -half], [half, half]);
        let map = &self.map;
        let response = Plot::new(SURFACE_PLOT_ID)
            .id(Id::unique(SURFACE_PLOT_ID))
            .width(size.x)
            .height(size.y)
            .data_aspect(1.0)
            .show_grid(false)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .x_axis_label("w₁")
            .y_axis_label("w₂")
            .show(ui, |plot| {
                plot.set_plot_bounds(bounds);
                map.draw(
                    plot,
                    2.0 * half,
                    Color32::from_black_alpha(110),
                    &tr!("surface-contour"),
                );
                for (path, color, name) in [
                    (&perceptron, PERCEPTRON_COLOR, tr!("surface-perceptron-path")),
                    (&gd, GD_COLOR, tr!("surface-gd-path")),
                ] {
                    plot.line(
                        Line::new(name.clone(), PlotPoints::from(path.clone()))
                            .color(color)
                            .width(2.0),
                    );
                    if let Some(&last) = path.last() {
                        plot.points(Points::new(name, PlotPoints::from(vec![last])).radius(5.0).color(color));
                    }
                }
            });
        crate::app::widgets::hover::describe(&response.response, &tr!("surface-plot-hover"));
        let (lo, hi) = self.map.range.unwrap_or((0.0, 0.0));
        ui.label(tr!("surface-caption", bias = num(b), low = short(lo), high = short(hi)));
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(PERCEPTRON_COLOR, format!("— {}", tr!("surface-perceptron-path")))
                .on_hover_text(tr!("surface-perceptron-path-hover"));
            ui.label(format!("— {}", tr!("surface-gd-path")))
                .on_hover_text(tr!("surface-gd-path-hover"));
        });
    }

    /// The loss over the box [−half, half]² at the model's b, as a heat map
    /// (log scale: the valley spans decades) with contour lines.
    fn recompute(&mut self, ctx: &egui::Context, lab: &CompareLab, half: f64) {
        let Some(model) = lab.logistic() else { return };
        let axis: Vec<f64> = (0..CELLS)
            .map(|k| -half + (k as f64 + 0.5) * 2.0 * half / CELLS as f64)
            .collect();
        let grid: Vec<Vec<f64>> = axis
            .iter()
            .map(|&w1| axis.iter().map(|&w2| model.loss_at([w1, w2], model.b)).collect())
            .collect();
        self.map = HeatMap::new(ctx, "compare_surface", &grid, &axis, &axis, LEVELS);
        self.key = Some((lab.choice(), model.b, half));
    }
}

/// A loss for a caption: three decimals, or two significant digits in
/// scientific notation below 0.01 (a valley's floor is often 10⁻⁵).
fn short(v: f64) -> String {
    if v != 0.0 && v.abs() < 0.01 {
        format!("{v:.1e}")
    } else {
        num(v)
    }
}
