//! The perceptron lab's weight space beside its data space: the plane of
//! (w₁, w₂) at one bias b. Each training sample is a half-plane of weights
//! that classify it right (t·(w·x + b) ≥ 0, its line w·x = −b); the weights
//! that get it wrong are shaded in its class colour, so the version space —
//! the weights every sample agrees on — is the clear region, outlined in
//! green. The rule's path of w, the current w (drag it: the boundary in the
//! plane follows) and the maximum-margin w* are marked. The bias follows
//! training unless the learner moves its slider or sweeps it.

use egui::{RichText, Ui};

use crate::app::widgets::format::num;
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
    pub(super) home: Option<f64>,
    /// The w point is being dragged (and whether this is its first frame).
    pub(super) dragging: Option<bool>,
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
    /// Back to following training, no sweep, the box fitted again (new
    /// data); the choice of samples is kept.
    pub(super) fn restart(&mut self) {
        *self = Self {
            seen_only: self.seen_only,
            ..Self::default()
        };
    }

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
    pub(super) fn box_half(&self, lab: &PerceptronLab, w: &[f64]) -> f64 {
        let path = lab.weight_path().of_unit(self.unit);
        let far = (path.iter().flat_map(|p| p.w))
            .chain(w.iter().copied())
            .fold(1.0f64, |m, v| m.max(v.abs()));
        nice_ceil(far * 1.25)
    }
}

/// A handle in a plot the learner can drag (the w point, the boundary):
/// whether the pointer is near it — `near` decides with the plot's last
/// transform, so the plot can be told not to pan before it draws — and the
/// drag, which starts on a press there (`Some(true)` on its first frame)
/// and ends when the button is let go. Returns (near, the pointer).
pub(super) fn grab(
    ui: &Ui,
    plot: egui::Id,
    enabled: bool,
    dragging: &mut Option<bool>,
    near: impl Fn(&egui_plot::PlotTransform, egui::Pos2) -> bool,
) -> (bool, Option<egui::Pos2>) {
    let (hover, pressed, down) = ui.input(|i| {
        (
            i.pointer.hover_pos(),
            i.pointer.primary_pressed(),
            i.pointer.primary_down(),
        )
    });
    let on_it = enabled
        && egui_plot::PlotMemory::load(ui.ctx(), plot)
            .zip(hover)
            .is_some_and(|(m, p)| m.transform().frame().contains(p) && near(&m.transform(), p));
    if on_it && pressed {
        *dragging = Some(true);
    } else if !down {
        *dragging = None;
    }
    (on_it, hover)
}

/// The hand cursor over a handle, closed while it is dragged.
pub(super) fn grab_cursor(ui: &Ui, near: bool, grabbing: bool) {
    if grabbing {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
    } else if near {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Grab);
    }
}

/// The line under the plot: what the clear region is, or why there is none.
pub(super) fn status_ui(ui: &mut Ui, slice: &Slice) {
    let b = num(slice.space.bias);
    if slice.cutting == 0 {
        ui.label(tr!("weights-none-seen"));
    } else if !slice.separable && slice.cutting == slice.samples {
        ui.label(
            RichText::new(tr!("weights-empty-every-b", samples = slice.samples)).color(ui.visuals().warn_fg_color),
        );
    } else if slice.space.is_empty() {
        ui.label(tr!("weights-empty-here", bias = b, samples = slice.cutting));
    } else {
        ui.label(tr!("weights-region", bias = b, samples = slice.cutting));
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
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(now).weak());
        ui.label(RichText::new(star).weak());
    });
}

/// The smallest of 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 15… at least `v`: round
/// box sizes, close enough that a path fills most of its plot.
pub(super) fn nice_ceil(v: f64) -> f64 {
    if !(v.is_finite() && v > 0.0) {
        return 1.0;
    }
    let decade = 10f64.powf(v.log10().floor());
    [1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
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
        assert_eq!(nice_ceil(1.25), 1.5);
        assert_eq!(nice_ceil(2.0), 2.0);
        assert_eq!(nice_ceil(3.1), 4.0);
        assert_eq!(nice_ceil(8.5), 10.0);
        assert_eq!(nice_ceil(35.0), 40.0);
        assert_eq!(nice_ceil(f64::NAN), 1.0);
    }
}
