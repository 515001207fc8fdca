//! Axes whose tick labels show on laptop-sized plots. egui_plot hides a
//! tick label until neighbouring ticks are 60 points apart on the x axis
//! and 20 on the y axis, so a 500-point-wide plane over −5…5 showed only
//! "0" under it. These axes label ticks from 28 (x) and 12 (y) points
//! apart; egui_plot still skips a label wider than its spacing, so labels
//! never overlap.

use egui_plot::AxisHints;

/// Tick spacing (points) from which x labels fade in, and are fully shown.
const X_LABEL_SPACING: std::ops::RangeInclusive<f32> = 28.0..=44.0;
/// The same for y labels (text is short in height).
const Y_LABEL_SPACING: std::ops::RangeInclusive<f32> = 12.0..=18.0;

/// An x axis captioned `label`.
pub(crate) fn x_axis(label: impl Into<egui::WidgetText>) -> AxisHints<'static> {
    AxisHints::new_x().label(label).label_spacing(X_LABEL_SPACING)
}

/// A y axis captioned `label`.
pub(crate) fn y_axis(label: impl Into<egui::WidgetText>) -> AxisHints<'static> {
    AxisHints::new_y().label(label).label_spacing(Y_LABEL_SPACING)
}
