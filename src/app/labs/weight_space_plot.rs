//! Drawing the weight space (see `weight_space.rs`): the samples' wrong
//! sides, their lines, the version space, the path of w, w* and the
//! draggable w point.

use egui::{Color32, Id, Stroke, Ui};
use egui_plot::{Line, LineStyle, MarkerShape, Plot, PlotBounds, PlotPoint, PlotPoints, Points, Polygon};

use super::weight_space::{GRAB_DISTANCE, Slice, WEIGHT_PLOT_ID, WeightSpaceView, grab, grab_cursor};
use crate::app::widgets::colors::class_color;
use crate::labs::line_in_box;
use crate::labs::perceptron_lab::PerceptronLab;
use crate::tr;

impl WeightSpaceView {
    /// Draws the plot `width` × `height`; dragging the w point (when
    /// `draggable`) sets the unit's weights at the slice's bias.
    pub(super) fn plot_ui(
        &mut self,
        ui: &mut Ui,
        lab: &mut PerceptronLab,
        size: egui::Vec2,
        draggable: bool,
    ) -> Option<Slice> {
        let (slice, cutting) = self.slice(lab)?;
        let unit = lab.units().get(self.unit)?.clone();
        let w = [unit.w[0], unit.w[1]];
        // The box is fitted again when it grows, but not under a drag (the
        // point would jump away from the pointer).
        let half = match (self.dragging, self.home) {
            (Some(_), Some(h)) => h,
            _ => self.box_half(lab, &unit.w),
        };
        let fit = self.home != Some(half);
        self.home = Some(half);
        let home = PlotBounds::from_min_max([-half, -half], [half, half]);
        let id = Id::unique(WEIGHT_PLOT_ID);
        let (near, hover) = grab(ui, id, draggable, &mut self.dragging, |t, p| {
            t.position_from_point(&PlotPoint::new(w[0], w[1])).distance(p) <= GRAB_DISTANCE
        });
        let grabbing = self.dragging.is_some();
        let shade = slice.space.half;
        let strong = ui.visuals().strong_text_color();
        let path: Vec<_> = lab.weight_path().of_unit(self.unit).to_vec();
        let response = crate::app::widgets::plot_axes::with_ticks(Plot::new(WEIGHT_PLOT_ID))
            .id(id)
            .width(size.x)
            .height(size.y)
            .data_aspect(1.0)
            .allow_boxed_zoom(false)
            .allow_drag(!(near || grabbing))
            .custom_x_axes(vec![crate::app::widgets::plot_axes::x_axis("w₁")])
            .custom_y_axes(vec![crate::app::widgets::plot_axes::y_axis("w₂")])
            .show(ui, |plot| {
                if fit || plot.response().double_clicked() {
                    plot.set_plot_bounds(home);
                }
                let alpha = (160 / cutting.len().max(1)).clamp(10, 48) as u8;
                for (h, class) in &cutting {
                    let c = class_color(*class);
                    let fill = Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), alpha);
                    // A sample at x = 0 is right or wrong for the whole slice.
                    let wrong = match (h.is_constant(), h.holds([0.0, 0.0])) {
                        (false, _) => h.wrong_side(shade),
                        (true, true) => continue,
                        (true, false) => vec![[-shade, -shade], [shade, -shade], [shade, shade], [-shade, shade]],
                    };
                    plot.polygon(
                        Polygon::new(tr!("weights-wrong-side"), PlotPoints::from(wrong))
                            .fill_color(fill)
                            .stroke(Stroke::NONE)
                            .allow_hover(false),
                    );
                    if let Some(ends) = line_in_box(h.a, h.c, [-shade, shade], [-shade, shade]) {
                        plot.line(
                            Line::new(tr!("weights-sample-line"), PlotPoints::from(ends.to_vec()))
                                .color(c.gamma_multiply(0.7))
                                .width(1.0),
                        );
                    }
                }
                if slice.space.vertices.len() > 2 {
                    plot.polygon(
                        Polygon::new(
                            tr!("weights-version-space"),
                            PlotPoints::from(slice.space.vertices.clone()),
                        )
                        .fill_color(Color32::from_rgba_unmultiplied(60, 200, 90, 70))
                        .stroke(Stroke::new(2.0, Color32::from_rgb(40, 170, 70))),
                    );
                } else if !slice.space.vertices.is_empty() {
                    plot.line(
                        Line::new(
                            tr!("weights-version-space"),
                            PlotPoints::from(slice.space.vertices.clone()),
                        )
                        .color(Color32::from_rgb(40, 170, 70))
                        .width(3.0),
                    );
                }
                path_ui(plot, &path, strong);
                if let Some(star) = slice.star {
                    plot.points(
                        Points::new("w*", PlotPoints::from(vec![star]))
                            .shape(MarkerShape::Diamond)
                            .radius(7.0)
                            .filled(true)
                            .color(Color32::from_rgb(214, 39, 40)),
                    );
                }
                let ring = if near || grabbing { 11.0 } else { 7.0 };
                plot.points(
                    Points::new("w", PlotPoints::from(vec![w]))
                        .radius(ring)
                        .filled(true)
                        .color(Color32::from_rgb(255, 196, 40)),
                );
            });
        if let (Some(start), Some(p)) = (self.dragging, hover) {
            let at = response.transform.value_from_position(p);
            let b = if self.follow { unit.b } else { self.bias };
            lab.set_weights(self.unit, [at.x, at.y], b, start);
            self.dragging = Some(false);
        }
        grab_cursor(ui, near, grabbing);
        crate::app::widgets::hover::describe(&response.response, &tr!("weights-plot-hover"));
        Some(slice)
    }
}

/// The path of w: the rule's updates solid, the learner's drags dashed.
fn path_ui(plot: &mut egui_plot::PlotUi<'_>, path: &[crate::labs::weight_path::PathPoint], color: Color32) {
    for pair in path.windows(2) {
        let line = Line::new(tr!("weights-path"), PlotPoints::from(vec![pair[0].w, pair[1].w]))
            .color(color.gamma_multiply(0.8))
            .width(1.5);
        plot.line(if pair[1].by_hand {
            line.style(LineStyle::dashed_loose())
        } else {
            line
        });
    }
    let dots: Vec<[f64; 2]> = path.iter().map(|p| p.w).collect();
    plot.points(
        Points::new(tr!("weights-path"), PlotPoints::from(dots))
            .radius(2.5)
            .color(color.gamma_multiply(0.8)),
    );
}
