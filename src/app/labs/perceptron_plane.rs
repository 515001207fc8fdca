//! The perceptron lab's plane, linked to its weight space both ways:
//! dragging the w point in weight space moves the boundary here, and
//! dragging the boundary here moves the point — w changes so the line
//! passes under the pointer p with b kept, w ← w − ((w·p + b)/‖p‖²)·p, the
//! smallest change of w that puts p on the line. Clicks add the learner's
//! own points.

use egui::{Id, RichText, Ui};
use egui_plot::{Plot, PlotPoint};

use super::perceptron_ui::{PLANE_PLOT_ID, PerceptronPanel};
use super::plane;
use super::weight_space::{GRAB_DISTANCE, grab, grab_cursor};
use crate::app::widgets::colors::class_color;
use crate::data::Point;
use crate::labs::perceptron_lab::PerceptronLab;
use crate::tr;

impl PerceptronPanel {
    /// Which class a click adds (the user's own points).
    pub(super) fn new_class_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            ui.label(tr!("perceptron-click-to-add"));
            for k in 0..2 {
                let name = self.lab.dataset().class_names().get(k).cloned().unwrap_or_default();
                let text = RichText::new(format!("• {name}")).color(class_color(k));
                ui.selectable_value(&mut self.new_class, k, text)
                    .on_hover_text(tr!("perceptron-new-class-hover", name = name.as_str()));
            }
        });
    }

    /// The plane: points, previous (faint) and current boundaries, the
    /// weight arrow; clicks add points to the user's own data (`custom`),
    /// and the boundary can be dragged (`drags`, one unit only).
    pub(super) fn plane_ui(&mut self, ui: &mut Ui, size: egui::Vec2, custom: bool, drags: bool) {
        let home = plane::home_bounds(self.lab.dataset());
        let fit_home = self.home != Some(home);
        self.home = Some(home);
        let unit = self.weights.unit;
        let line_of = |lab: &PerceptronLab| lab.units().get(unit).map(|u| ([u.w[0], u.w[1]], u.b));
        let id = Id::unique(PLANE_PLOT_ID);
        let handle = line_of(&self.lab);
        let (near, hover) = grab(ui, id, drags, &mut self.dragging_line, |t, p| {
            handle.is_some_and(|(w, b)| line_distance(t, p, w, b) <= GRAB_DISTANCE)
        });
        let grabbing = self.dragging_line.is_some();
        let lab = &self.lab;
        let dataset = lab.dataset();
        let several = lab.units().len() > 1;
        let line = ui.visuals().strong_text_color();
        let response = crate::app::widgets::plot_axes::with_ticks(Plot::new(PLANE_PLOT_ID))
            .id(id)
            .width(size.x)
            .height(size.y)
            .data_aspect(1.0)
            .allow_boxed_zoom(false)
            .allow_double_click_reset(true)
            .allow_drag(!(near || grabbing))
            .custom_x_axes(vec![crate::app::widgets::plot_axes::x_axis(
                dataset.axis_names[0].clone(),
            )])
            .custom_y_axes(vec![crate::app::widgets::plot_axes::y_axis(
                dataset.axis_names[1].clone(),
            )])
            .show(ui, |plot| {
                if plot.response().double_clicked() || fit_home {
                    plot.set_plot_bounds(home);
                }
                for (k, u) in lab.previous_units().into_iter().flatten().enumerate() {
                    let color = if several { class_color(k) } else { line };
                    plane::boundary(plot, &tr!("perceptron-previous-boundary"), &u.w, u.b, color, true);
                }
                for (k, u) in lab.units().iter().enumerate() {
                    let color = if several { class_color(k) } else { line };
                    plane::boundary(plot, &tr!("perceptron-boundary"), &u.w, u.b, color, false);
                    plane::weight_arrow(plot, &u.w, u.b, color);
                }
                plane::points(plot, dataset, lab.last_sample());
                plot.pointer_coordinate()
            });
        if let (Some(start), Some(p), Some((w, b))) = (self.dragging_line, hover, line_of(&self.lab)) {
            let at = response.transform.value_from_position(p);
            if let Some(moved) = line_through(w, b, [at.x, at.y]) {
                self.lab.set_weights(unit, moved, b, start);
            }
            self.dragging_line = Some(false);
        }
        grab_cursor(ui, near, grabbing);
        if !(near || grabbing)
            && custom
            && response.response.clicked()
            && let Some(at) = response.inner
        {
            let mut d = self.lab.dataset().clone();
            d.points.push(Point::new(at.x, at.y, self.new_class as f64));
            self.lab.set_dataset(d);
        }
    }
}

/// The smallest change of w that puts `p` on the line w·x + b = 0, b kept:
/// w − ((w·p + b)/‖p‖²)·p. `None` for p at the origin (every line with
/// b ≠ 0 misses it) or a result that is not finite.
pub(super) fn line_through(w: [f64; 2], b: f64, p: [f64; 2]) -> Option<[f64; 2]> {
    let n2 = p[0] * p[0] + p[1] * p[1];
    if n2 < 1e-12 {
        return None;
    }
    let k = (w[0] * p[0] + w[1] * p[1] + b) / n2;
    let moved = [w[0] - k * p[0], w[1] - k * p[1]];
    moved.iter().all(|v| v.is_finite()).then_some(moved)
}

/// The distance in points from screen position `p` to the line
/// w·x + b = 0 drawn with transform `t` (infinite when w = 0).
fn line_distance(t: &egui_plot::PlotTransform, p: egui::Pos2, w: [f64; 2], b: f64) -> f32 {
    let at = t.value_from_position(p);
    let norm = w[0].hypot(w[1]);
    if norm == 0.0 {
        return f32::INFINITY;
    }
    let plot_distance = (w[0] * at.x + w[1] * at.y + b).abs() / norm;
    // Equal axes: one plot unit is the same number of points either way.
    let one = t.position_from_point(&PlotPoint::new(at.x + 1.0, at.y)).x - p.x;
    plot_distance as f32 * one.abs()
}
