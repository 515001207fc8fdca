//! The data points of the boundary view: which one is under the pointer,
//! and the series that draw them (by class, training filled and test
//! hollow, misclassified ringed, thinned out past [`MAX_DRAWN_POINTS`]).

use egui::{Color32, Pos2};
use egui_plot::{MarkerShape, PlotPoint, PlotTransform, Points};

use super::{HIT_RADIUS, MAX_DRAWN_POINTS};
use crate::app::widgets::colors::{class_color, mix};
use crate::data::{Dataset, Point};

/// Largest |target| of a regression dataset (at least a small positive value).
pub(super) fn target_scale(d: &Dataset) -> f32 {
    d.points.iter().map(|p| p.y.abs()).fold(1e-3, f64::max) as f32
}

/// Every how many points one is drawn: all up to [`MAX_DRAWN_POINTS`],
/// an evenly spread subset beyond.
fn drawn_stride(d: &Dataset) -> usize {
    d.points.len().div_ceil(MAX_DRAWN_POINTS).max(1)
}

/// The drawn point (index) nearest to screen position `p`, if within reach
/// (only drawn points can be grabbed).
pub(super) fn nearest_point(d: &Dataset, t: &PlotTransform, p: Pos2, show_test: bool) -> Option<usize> {
    let mut best = None;
    let mut best_d2 = HIT_RADIUS * HIT_RADIUS;
    for (i, pt) in d.points.iter().enumerate().step_by(drawn_stride(d)) {
        if pt.test && !show_test {
            continue;
        }
        let s = t.position_from_point(&PlotPoint::new(pt.x[0], pt.x[1]));
        let d2 = (s - p).length_sq();
        if d2 <= best_d2 {
            best_d2 = d2;
            best = Some(i);
        }
    }
    best
}

/// Point series: per class (or value band), training points filled and test
/// points hollow, then rings around misclassified points.
/// `scale` is the largest |target| of regression data.
pub(super) fn point_items(
    d: &Dataset,
    predictions: Option<&[u16]>,
    show_test: bool,
    scale: f32,
) -> Vec<Points<'static>> {
    let stride = drawn_stride(d);
    let groups = if d.is_classification() { d.num_classes() } else { 9 };
    let scale = scale as f64;
    let group_of = |p: &Point| {
        if d.is_classification() {
            p.class().min(groups - 1)
        } else {
            (((p.y / scale).clamp(-1.0, 1.0) + 1.0) / 2.0 * (groups - 1) as f64).round() as usize
        }
    };
    let color_of = |g: usize| {
        if d.is_classification() {
            class_color(g)
        } else {
            let v = g as f32 / (groups - 1) as f32 * 2.0 - 1.0;
            if v >= 0.0 {
                mix(Color32::WHITE, class_color(1), 0.3 + 0.7 * v)
            } else {
                mix(Color32::WHITE, class_color(0), 0.3 - 0.7 * v)
            }
        }
    };
    let mut train = vec![Vec::new(); groups];
    let mut test = vec![Vec::new(); groups];
    let mut wrong = Vec::new();
    for (i, p) in d.points.iter().enumerate().step_by(stride) {
        if p.test && !show_test {
            continue;
        }
        let g = group_of(p);
        if p.test { &mut test[g] } else { &mut train[g] }.push(p.x);
        if predictions.is_some_and(|pr| pr[i] as usize != p.class()) {
            wrong.push(p.x);
        }
    }
    let mut items = Vec::new();
    // Training points filled, test points hollow.
    for (series, name, filled) in [(train, "train", true), (test, "test", false)] {
        for (g, pts) in series.into_iter().enumerate().filter(|(_, v)| !v.is_empty()) {
            items.push(
                Points::new(format!("{name} {g}"), pts)
                    .color(color_of(g))
                    .radius(4.0)
                    .shape(MarkerShape::Circle)
                    .filled(filled)
                    .allow_hover(false),
            );
        }
    }
    if !wrong.is_empty() {
        let ring = Color32::from_black_alpha(150);
        items.push(
            Points::new("misclassified", wrong)
                .color(ring)
                .radius(6.0)
                .shape(MarkerShape::Circle)
                .filled(false)
                .allow_hover(false),
        );
    }
    items
}
