//! The part of the plane the boundary view shows, and the one way back to
//! all the data: *Fit view* (a button at the view's corner), the key F, or
//! a double-click, each framing every point with a margin.
//!
//! The frame is the data's home box after a fit and the visible box after
//! the learner pans or zooms. Each frame the view shows it whole, centred,
//! at one scale on both axes, whatever the panel's shape: a panel growing
//! or shrinking (the inspector opening, a lesson card) never moves the data
//! out of view, and nothing else (a step's *Apply*, a replay) moves it.
//! A step's set-up and new data fit.

use egui::{Pos2, Ui};
use egui_plot::PlotBounds;

use super::ClickMode;
use crate::app::context::Action;
use crate::tr;
use crate::train::GridSpec;

/// Seconds and points within which a click and the double-click it
/// starts are one gesture.
const DOUBLE_CLICK_SECONDS: f64 = 0.5;
/// See [`DOUBLE_CLICK_SECONDS`].
const DOUBLE_CLICK_POINTS: f32 = 6.0;

/// The view's frame between frames of the window.
#[derive(Debug)]
pub(super) struct ViewFrame {
    /// Fit to the data on the next frame.
    fit: bool,
    /// The box shown (see the module's comment).
    frame: Option<PlotBounds>,
    /// The bounds set last frame (a difference is the learner's pan or zoom).
    last_set: Option<PlotBounds>,
    /// When and where a click last added a point (a double-click's first
    /// click adds one: the double-click takes it back).
    added: Option<(f64, Pos2)>,
}

impl Default for ViewFrame {
    fn default() -> Self {
        Self {
            fit: true,
            frame: None,
            last_set: None,
            added: None,
        }
    }
}

impl ViewFrame {
    /// Fit on the next frame.
    pub(super) fn request_fit(&mut self) {
        self.fit = true;
    }

    /// Whether this frame fits: asked for, or the key F pressed (not
    /// while a text field has the keyboard).
    pub(super) fn take_fit(&mut self, ui: &Ui) -> bool {
        let key = ui.input(|i| i.key_pressed(egui::Key::F) && i.modifiers.is_none());
        std::mem::take(&mut self.fit) || (key && !ui.ctx().egui_wants_keyboard_input())
    }

    /// The bounds to show in `rect` this frame, given the plot's bounds
    /// `now` (moved by the learner's pan or zoom, or as set last frame)
    /// and the data's `home` box.
    pub(super) fn bounds(&mut self, now: PlotBounds, home: GridSpec, rect: egui::Rect, fit: bool) -> PlotBounds {
        let moved = self.last_set.is_some_and(|set| !same_bounds(&set, &now));
        if fit || self.frame.is_none() {
            self.frame = Some(home_bounds(home));
        } else if moved {
            self.frame = Some(now);
        }
        let wanted = fitted_bounds(self.frame.unwrap_or(home_bounds(home)), rect);
        self.last_set = Some(wanted);
        wanted
    }

    /// A click added a point at `pos` at time `time`.
    pub(super) fn added_point(&mut self, time: f64, pos: Pos2) {
        self.added = Some((time, pos));
    }

    /// The *Fit view* button over the view's top-right corner, and the
    /// double-click on the view (`response`); in `mode` Edit a
    /// double-click also takes back the point its first click added.
    pub(super) fn controls_ui(&mut self, ui: &Ui, response: &egui::Response, mode: ClickMode) -> Vec<Action> {
        let mut actions = Vec::new();
        if response.double_clicked() {
            self.fit = true;
            let now = ui.input(|i| i.time);
            let at = response.interact_pointer_pos();
            let same_gesture = self.added.take().is_some_and(|(t, p)| {
                now - t <= DOUBLE_CLICK_SECONDS && at.is_some_and(|a| a.distance(p) <= DOUBLE_CLICK_POINTS)
            });
            if mode == ClickMode::Edit && same_gesture {
                actions.push(Action::Undo);
            }
        }
        let corner = response.rect.right_top() + egui::vec2(-4.0, 4.0);
        let clicked = egui::Area::new(ui.scope_id().with("boundary-fit"))
            .fixed_pos(corner)
            .pivot(egui::Align2::RIGHT_TOP)
            .order(egui::Order::Middle)
            .show(ui.ctx(), |ui| {
                ui.button(tr!("boundary-fit"))
                    .on_hover_text(tr!("boundary-fit-hover"))
                    .clicked()
            })
            .inner;
        if clicked {
            self.fit = true;
        }
        actions
    }
}

/// The data's home box as plot bounds.
fn home_bounds(home: GridSpec) -> PlotBounds {
    PlotBounds::from_min_max([home.x_min, home.y_min], [home.x_max, home.y_max])
}

/// Whether two bounds are the same up to rounding (a pan or zoom moves
/// them by far more).
fn same_bounds(a: &PlotBounds, b: &PlotBounds) -> bool {
    let span = (a.width().abs() + a.height().abs()).max(1e-9);
    (0..2).all(|d| (a.min()[d] - b.min()[d]).abs() < 1e-6 * span && (a.max()[d] - b.max()[d]).abs() < 1e-6 * span)
}

/// The box `frame` widened along one axis so that, drawn with one scale
/// on both axes in `rect`, it fills the view, centred, with all of
/// `frame` visible.
pub(crate) fn fitted_bounds(frame: PlotBounds, rect: egui::Rect) -> PlotBounds {
    let aspect = if rect.height() > 0.0 && rect.width() > 0.0 {
        (rect.width() / rect.height()) as f64
    } else {
        1.0
    };
    let (cx, cy) = (
        (frame.min()[0] + frame.max()[0]) / 2.0,
        (frame.min()[1] + frame.max()[1]) / 2.0,
    );
    let (mut hx, mut hy) = (frame.width().abs() / 2.0, frame.height().abs() / 2.0);
    hx = hx.max(1e-9);
    hy = hy.max(1e-9);
    if hx / hy < aspect {
        hx = hy * aspect;
    } else {
        hy = hx / aspect;
    }
    PlotBounds::from_min_max([cx - hx, cy - hy], [cx + hx, cy + hy])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fitted_view_keeps_the_whole_frame_at_one_scale() {
        let frame = PlotBounds::from_min_max([-1.0, -2.0], [3.0, 2.0]);
        for size in [
            egui::vec2(100.0, 400.0),
            egui::vec2(400.0, 100.0),
            egui::vec2(300.0, 300.0),
        ] {
            let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
            let b = fitted_bounds(frame, rect);
            let (sx, sy) = (f64::from(size.x) / b.width(), f64::from(size.y) / b.height());
            assert!((sx - sy).abs() < 1e-9 * sx, "one scale on both axes: {sx} {sy}");
            assert!(b.min()[0] <= -1.0 && b.max()[0] >= 3.0 && b.min()[1] <= -2.0 && b.max()[1] >= 2.0);
            assert!(((b.min()[0] + b.max()[0]) / 2.0 - 1.0).abs() < 1e-9, "centred");
        }
    }

    #[test]
    fn a_panel_changing_shape_keeps_the_frame_and_a_pan_moves_it() {
        let home = GridSpec {
            x_min: -2.0,
            x_max: 2.0,
            y_min: -1.0,
            y_max: 1.0,
            resolution: 2,
        };
        let mut f = ViewFrame::default();
        let wide = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(400.0, 200.0));
        let first = f.bounds(PlotBounds::from_min_max([0.0, 0.0], [1.0, 1.0]), home, wide, false);
        // The panel narrows: the same frame, drawn taller.
        let narrow = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(200.0, 200.0));
        let again = f.bounds(first, home, narrow, false);
        assert!(again.min()[0] <= -2.0 && again.max()[0] >= 2.0, "{again:?}");
        // A pan: the new box is the frame until a fit.
        let panned = PlotBounds::from_min_max([5.0, 5.0], [9.0, 9.0]);
        let moved = f.bounds(panned, home, narrow, false);
        assert!(moved.min()[0] >= 4.9, "{moved:?}");
        let fitted = f.bounds(moved, home, narrow, true);
        assert!(fitted.min()[0] <= -2.0 && fitted.max()[0] >= 2.0, "{fitted:?}");
    }
}
