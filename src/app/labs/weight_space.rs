//! The perceptron lab's weight space beside its data space: the plane of
//! (w₁, w₂) at one bias b. Each training sample is a half-plane of weights
//! that classify it right (t·(w·x + b) ≥ 0, its line w·x = −b); the weights
//! that get it wrong are shaded in its class colour, so the version space —
//! the weights every sample agrees on — is the clear region, outlined in
//! green. The rule's path of w, the current w (drag it: the boundary in the
//! plane follows) and the maximum-margin w* are marked. The bias follows
//! training unless the learner moves its slider or sweeps it.

use egui::{Color32, CursorIcon, Id, RichText, Stroke, Ui};
use egui_plot::{Line, LineStyle, MarkerShape, Plot, PlotBounds, PlotMemory, PlotPoint, PlotPoints, Points, Polygon};

use super::perceptron_draw::num;
use crate::app::colors::class_color;
use crate::labs::line_in_box;
use crate::labs::perceptron_lab::PerceptronLab;
use crate::nn::perceptron::{HalfPlane, VersionSpace, separator_in_slice, version_space};
use crate::tr;

/// The id of the weight-space plot (tests read its transform from
/// `egui_plot::PlotMemory`).
pub const WEIGHT_PLOT_ID: &str = "perceptron_weights";

/// How close (in points) the pointer must be to grab a handle.
pub(super) const GRAB_DISTANCE: f32 = 12.0;

/// Seconds a sweep of b takes from one end of its range to the other.
const SWEEP_SECONDS: f64 = 8.0;

/// The view's own state (not the lab's: nothing here changes training).
#[derive(Clone, Debug)]
pub struct WeightSpaceView {
    /// The bias of the slice shown.
    pub bias: f64,
    /// The slice follows the unit's own b.
    pub follow: bool,
    /// Only the samples the rule has seen since the reset cut the space.
    pub seen_only: bool,
    /// The unit shown (one-vs-rest has one per class).
    pub unit: usize,
    /// A sweep of b in progress (from −range up): its direction, +1.
    sweep: Option<f64>,
    /// Half the side of the box last fitted; fitted again when it changes.
    home: Option<f64>,
    /// The w point is being dragged (and whether this is its first frame).
    dragging: Option<bool>,
}

impl Default for WeightSpaceView {
    fn default() -> Self {
        Self {
            bias: 0.0,
            follow: true,
            seen_only: true,
            unit: 0,
            sweep: None,
            home: None,
            dragging: None,
        }
    }
}

/// What the view computed for the frame (the status line reads it).
pub(super) struct Slice {
    /// The version space at the slice's bias.
    pub space: VersionSpace,
    /// Training samples that cut it (all, or those seen).
    pub cutting: usize,
    /// Training samples in all.
    pub samples: usize,
    /// Whether some (w, b) classifies every training sample right.
    pub separable: bool,
    /// w* in this slice, if the separator's ray meets it.
    pub star: Option<[f64; 2]>,
    /// The separator's own bias b*.
    pub star_bias: Option<f64>,
    /// Samples the current (w, b) gets wrong.
    pub wrong_now: usize,
}

impl WeightSpaceView {
    /// The range of the bias slider: ±(a round number above every b seen).
    pub(super) fn bias_range(&self, lab: &PerceptronLab) -> f64 {
        // From the path alone: a sweep must not widen its own range.
        let path = lab.weight_path().of_unit(self.unit);
        let b = path.iter().map(|p| p.b.abs()).fold(0.0, f64::max);
        nice_ceil(b.max(4.0) * 1.25)
    }

    /// Advances a sweep by `dt` seconds; returns whether one runs.
    pub(super) fn tick(&mut self, dt: f64, range: f64) -> bool {
        let Some(dir) = self.sweep else { return false };
        self.bias += dir * 2.0 * range * dt / SWEEP_SECONDS;
        if self.bias * dir >= range {
            self.bias = self.bias.clamp(-range, range);
            self.sweep = None;
        }
        self.sweep.is_some()
    }

    /// The bias slider, Follow, Seen only, Sweep and the unit picker.
    pub(super) fn controls_ui(&mut self, ui: &mut Ui, lab: &PerceptronLab) {
        let range = self.bias_range(lab);
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(tr!("weights-bias"));
            let slider = ui
                .add(egui::Slider::new(&mut self.bias, -range..=range).custom_formatter(|v, _| num(v)))
                .labelled_by(label.id)
                .on_hover_text(tr!("weights-bias-hover"));
            // The learner's hand, not a clamp to a range that just shrank.
            let touched = slider.dragged() || slider.clicked() || slider.has_focus() || slider.lost_focus();
            if slider.changed() && touched {
                self.follow = false;
                self.sweep = None;
            }
            if ui
                .checkbox(&mut self.follow, tr!("weights-follow"))
                .on_hover_text(tr!("weights-follow-hover"))
                .changed()
            {
                self.sweep = None;
            }
            let sweeping = self.sweep.is_some();
            let text = if sweeping {
                tr!("weights-sweep-stop")
            } else {
                tr!("weights-sweep")
            };
            if ui.button(text).on_hover_text(tr!("weights-sweep-hover")).clicked() {
                self.sweep = if sweeping {
                    None
                } else {
                    self.follow = false;
                    self.bias = -range;
                    Some(1.0)
                };
            }
            ui.checkbox(&mut self.seen_only, tr!("weights-seen-only"))
                .on_hover_text(tr!("weights-seen-only-hover"));
            let units = lab.units().len();
            if units > 1 {
                let names = lab.dataset().class_names();
                let name = |k: usize| names.get(k).cloned().unwrap_or_else(|| k.to_string());
                egui::ComboBox::from_id_salt("weights_unit")
                    .selected_text(tr!("weights-unit", class = name(self.unit)))
                    .show_ui(ui, |ui| {
                        for k in 0..units {
                            ui.selectable_value(&mut self.unit, k, tr!("weights-unit", class = name(k)));
                        }
                    })
                    .response
                    .on_hover_text(tr!("weights-unit-hover"));
            }
        });
        self.unit = self.unit.min(lab.units().len().saturating_sub(1));
    }

    /// The slice at the view's bias (following the unit's b if asked).
    pub(super) fn slice(&mut self, lab: &PerceptronLab) -> Option<(Slice, Vec<(HalfPlane, usize)>)> {
        let trainer = lab.trainer().ok()?;
        let unit = lab.units().get(self.unit)?.clone();
        if self.follow {
            self.bias = unit.b;
        }
        let seen = |k: usize| !self.seen_only || lab.weight_path().seen(trainer.samples()[k].index);
        let classes: Vec<usize> = trainer.samples().iter().map(|s| s.class).collect();
        let all = trainer.half_planes(self.unit, self.bias);
        let cutting: Vec<(HalfPlane, usize)> = (all.iter().enumerate())
            .filter(|(k, _)| seen(*k))
            .map(|(k, h)| (*h, classes[k]))
            .collect();
        let planes: Vec<HalfPlane> = cutting.iter().map(|(h, _)| *h).collect();
        let separator = trainer.novikoff_for_unit(self.unit).map(|n| n.separator);
        let now = trainer.half_planes(self.unit, unit.b);
        let w = [unit.w[0], unit.w[1]];
        let slice = Slice {
            space: version_space(&planes, self.bias, self.box_half(lab, &unit.w) * 4.0),
            cutting: planes.len(),
            samples: all.len(),
            separable: separator.is_some(),
            star: separator.as_ref().and_then(|s| separator_in_slice(s, self.bias)),
            star_bias: separator.map(|s| s.b),
            wrong_now: now.iter().filter(|h| !h.holds(w)).count(),
        };
        Some((slice, cutting))
    }

    /// Half the side of the home box: a round number around the path, w
    /// and w*.
    fn box_half(&self, lab: &PerceptronLab, w: &[f64]) -> f64 {
        let path = lab.weight_path().of_unit(self.unit);
        let far = (path.iter().flat_map(|p| p.w))
            .chain(w.iter().copied())
            .fold(1.0f64, |m, v| m.max(v.abs()));
        nice_ceil(far * 1.25)
    }

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
        let (hover, pressed, down) = ui.input(|i| {
            (
                i.pointer.hover_pos(),
                i.pointer.primary_pressed(),
                i.pointer.primary_down(),
            )
        });
        let near = draggable
            && PlotMemory::load(ui.ctx(), id).zip(hover).is_some_and(|(m, p)| {
                let t = m.transform();
                t.frame().contains(p) && t.position_from_point(&PlotPoint::new(w[0], w[1])).distance(p) <= GRAB_DISTANCE
            });
        if near && pressed {
            self.dragging = Some(true);
        } else if !down {
            self.dragging = None;
        }
        let grabbing = self.dragging.is_some();
        let shade = slice.space.half;
        let strong = ui.visuals().strong_text_color();
        let path: Vec<_> = lab.weight_path().of_unit(self.unit).to_vec();
        let response = Plot::new(WEIGHT_PLOT_ID)
            .id(id)
            .width(size.x)
            .height(size.y)
            .data_aspect(1.0)
            .allow_boxed_zoom(false)
            .allow_drag(!(near || grabbing))
            .x_axis_label("w₁")
            .y_axis_label("w₂")
            .show(ui, |plot| {
                if fit || plot.response().double_clicked() {
                    plot.set_plot_bounds(home);
                }
                let alpha = (160 / cutting.len().max(1)).clamp(10, 48) as u8;
                for (h, class) in cutting.iter().filter(|(h, _)| !h.is_constant()) {
                    let c = class_color(*class);
                    let fill = Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), alpha);
                    plot.polygon(
                        Polygon::new(tr!("weights-wrong-side"), PlotPoints::from(h.wrong_side(shade)))
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
        if near || grabbing {
            ui.ctx().set_cursor_icon(if grabbing {
                CursorIcon::Grabbing
            } else {
                CursorIcon::Grab
            });
        }
        crate::app::hover::describe(&response.response, &tr!("weights-plot-hover"));
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

/// The line under the plot: what the clear region is, or why there is none.
pub(super) fn status_ui(ui: &mut Ui, slice: &Slice) {
    let b = num(slice.space.bias);
    if !slice.separable && slice.cutting == slice.samples {
        ui.label(
            RichText::new(tr!("weights-empty-every-b", samples = slice.samples)).color(ui.visuals().warn_fg_color),
        );
    } else if slice.space.is_empty() {
        ui.label(tr!("weights-empty-here", bias = b, samples = slice.cutting));
    } else {
        ui.label(tr!(
            "weights-region",
            bias = b,
            samples = slice.cutting,
            area = num(slice.space.area)
        ));
    }
    let star = match (slice.star, slice.star_bias) {
        (Some(_), _) => tr!("weights-star-here"),
        (None, Some(bs)) => tr!("weights-star-elsewhere", bias = num(bs)),
        (None, None) => String::new(),
    };
    let now = if slice.wrong_now == 0 {
        tr!("weights-w-right")
    } else {
        tr!("weights-w-wrong", wrong = slice.wrong_now)
    };
    ui.label(RichText::new(format!("{now} {star}")).weak());
}

/// The smallest of 1, 2, 5, 10, 20, 50… at least `v`.
pub(super) fn nice_ceil(v: f64) -> f64 {
    if !(v.is_finite() && v > 0.0) {
        return 1.0;
    }
    let decade = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * decade)
        .find(|&c| c >= v * (1.0 - 1e-12))
        .unwrap_or(10.0 * decade)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_box_sizes() {
        assert_eq!(nice_ceil(1.25), 2.0);
        assert_eq!(nice_ceil(2.0), 2.0);
        assert_eq!(nice_ceil(3.1), 5.0);
        assert_eq!(nice_ceil(7.0), 10.0);
        assert_eq!(nice_ceil(0.3), 0.5);
        assert_eq!(nice_ceil(f64::NAN), 1.0);
    }
}
