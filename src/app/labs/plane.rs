//! Drawing helpers shared by the perceptron labs: the data as coloured
//! points, a unit's boundary line clipped to the view, and its weight
//! vector as an arrow normal to the line.

use egui::Color32;
use egui_plot::{Arrows, Line, LineStyle, MarkerShape, PlotBounds, PlotPoints, PlotUi, Points};

use crate::app::widgets::colors::class_color;
use crate::data::Dataset;
use crate::labs::line_in_box;
use crate::tr;

/// A box around the data with a margin of at least 1.5 units, so early
/// boundaries (e.g. x₁ = 2 on the unit square) and arrows are in view.
pub(super) fn home_bounds(dataset: &Dataset) -> PlotBounds {
    let (mut lo, mut hi) = ([f64::INFINITY; 2], [f64::NEG_INFINITY; 2]);
    for p in &dataset.points {
        for k in 0..2 {
            lo[k] = lo[k].min(p.x[k]);
            hi[k] = hi[k].max(p.x[k]);
        }
    }
    if !lo[0].is_finite() {
        return PlotBounds::from_min_max([-5.0, -5.0], [5.0, 5.0]);
    }
    for k in 0..2 {
        let pad = ((hi[k] - lo[k]) * 0.25).max(1.5);
        lo[k] -= pad;
        hi[k] += pad;
    }
    PlotBounds::from_min_max(lo, hi)
}

/// The data points, one series per class; `highlight` gets a large ring.
pub(super) fn points(plot: &mut PlotUi, dataset: &Dataset, highlight: Option<usize>) {
    let names = dataset.class_names();
    for k in 0..dataset.num_classes() {
        let xs: Vec<[f64; 2]> = (dataset.points.iter())
            .filter(|p| p.class() == k)
            .map(|p| p.x)
            .collect();
        let name = names.get(k).cloned().unwrap_or_else(|| k.to_string());
        plot.points(
            Points::new(name, PlotPoints::from(xs))
                .color(class_color(k))
                .radius(5.0)
                .filled(true)
                .shape(MarkerShape::Circle),
        );
    }
    if let Some(p) = highlight.and_then(|i| dataset.points.get(i)) {
        plot.points(
            Points::new(tr!("plane-last-sample"), PlotPoints::from(vec![p.x]))
                .color(Color32::from_rgb(255, 196, 40))
                .radius(11.0)
                .filled(false)
                .shape(MarkerShape::Circle),
        );
    }
}

/// The line w·x + b = 0 across the current view; faint lines are dashed.
pub(super) fn boundary(plot: &mut PlotUi, name: &str, w: &[f64], b: f64, color: Color32, faint: bool) {
    let (Some(&w1), Some(&w2)) = (w.first(), w.get(1)) else {
        return;
    };
    let view = plot.plot_bounds();
    let xs = [view.min()[0], view.max()[0]];
    let ys = [view.min()[1], view.max()[1]];
    let Some(ends) = line_in_box([w1, w2], b, xs, ys) else {
        return;
    };
    let line = Line::new(name, PlotPoints::from(ends.to_vec()));
    plot.line(if faint {
        line.color(color.gamma_multiply(0.5))
            .width(1.5)
            .style(LineStyle::dashed_loose())
    } else {
        line.color(color).width(2.5)
    });
}

/// The weight vector w as an arrow from the line's point closest to the
/// view's centre, pointing to the side where the unit fires.
pub(super) fn weight_arrow(plot: &mut PlotUi, w: &[f64], b: f64, color: Color32) {
    let (Some(&w1), Some(&w2)) = (w.first(), w.get(1)) else {
        return;
    };
    let n2 = w1 * w1 + w2 * w2;
    if !(n2 > 0.0 && n2.is_finite()) {
        return;
    }
    let view = plot.plot_bounds();
    let c = [
        (view.min()[0] + view.max()[0]) / 2.0,
        (view.min()[1] + view.max()[1]) / 2.0,
    ];
    // Foot of the perpendicular from c onto the line.
    let t = (w1 * c[0] + w2 * c[1] + b) / n2;
    let foot = [c[0] - t * w1, c[1] - t * w2];
    let len = 0.15 * view.width().min(view.height()) / n2.sqrt();
    let tip = [foot[0] + len * w1, foot[1] + len * w2];
    plot.arrows(
        Arrows::new("w", PlotPoints::from(vec![foot]), PlotPoints::from(vec![tip]))
            .color(color)
            .tip_length(10.0),
    );
}
