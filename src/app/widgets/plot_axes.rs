//! Axes that read on laptop-sized plots: at least three labelled ticks on
//! each axis. egui_plot's own spacer steps by powers of ten, so a 300-px
//! plane over −8…8 had ticks 1 apart (19 px: too close to label) or 10
//! apart (only "0" in range), and showed "0" alone. Here ticks step by
//! 1, 2 or 5 × 10ᵏ: the smallest such step whose labels do not crowd,
//! made smaller (down to a hard floor) until three ticks fall in range.

use egui_plot::{AxisHints, GridInput, GridMark, Plot};

/// egui_plot's least grid spacing, in points (set on every plot by
/// [`with_ticks`]; the spacer converts its step hint back to points).
const GRID_MIN: f32 = 8.0;
/// Least distance between labelled ticks on the x axis, in points.
const X_LABEL_PX: f32 = 34.0;
/// The same on the y axis (labels are short in height).
const Y_LABEL_PX: f32 = 20.0;
/// Ticks are never closer than this share of the label distance.
const FLOOR: f32 = 0.6;
/// Ticks wanted on an axis.
const WANTED: usize = 3;

/// An x axis captioned `label`.
pub(crate) fn x_axis(label: impl Into<egui::WidgetText>) -> AxisHints<'static> {
    AxisHints::new_x()
        .label(label)
        .formatter(|mark: GridMark, _| tick_label(mark))
        .label_spacing(FLOOR * X_LABEL_PX - 1.0..=FLOOR * X_LABEL_PX)
}

/// A y axis captioned `label`.
pub(crate) fn y_axis(label: impl Into<egui::WidgetText>) -> AxisHints<'static> {
    AxisHints::new_y()
        .label(label)
        .formatter(|mark: GridMark, _| tick_label(mark))
        .label_spacing(FLOOR * Y_LABEL_PX - 1.0..=FLOOR * Y_LABEL_PX)
}

/// A tick's value with as many decimals as its step has: a step of
/// m × 10ᵏ (m = 1, 2, 5) needs max(0, −k) of them. egui_plot's own label
/// rounds −log₁₀(step), which gives 0.5 no decimal ("0" and "1" for
/// 0, 0.5, 1) and 0.05 one ("0.1").
pub(crate) fn tick_label(mark: GridMark) -> String {
    let k = (mark.step_size.abs().max(1e-300).log10() + 1e-9).floor();
    let decimals = if k < 0.0 { (-k) as usize } else { 0 };
    let text = egui::emath::format_with_decimals_in_range(mark.value, decimals..=decimals);
    // No "−0" where the tick is zero.
    if text
        .trim_start_matches(['-', '−'])
        .chars()
        .all(|c| c == '0' || c == '.')
    {
        text.trim_start_matches(['-', '−']).to_string()
    } else {
        text
    }
}

/// `plot` with ticks chosen by [`tick_step`] on both axes.
pub(crate) fn with_ticks(plot: Plot<'_>) -> Plot<'_> {
    with_x_ticks(plot, false)
}

/// `plot` with ticks chosen by [`tick_step`], whole numbers only on the x
/// axis when `whole` (epochs).
pub(crate) fn with_x_ticks(plot: Plot<'_>, whole: bool) -> Plot<'_> {
    plot.grid_spacing(GRID_MIN..=300.0)
        .x_grid_spacer(move |input| marks(input, X_LABEL_PX, whole))
        .y_grid_spacer(|input| marks(input, Y_LABEL_PX, false))
}

/// The labelled ticks and, five to a step, fainter unlabelled lines.
fn marks(input: GridInput, label_px: f32, whole: bool) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    let units_per_px = input.base_step_size / f64::from(GRID_MIN);
    if hi.partial_cmp(&lo) != Some(std::cmp::Ordering::Greater) || !units_per_px.is_finite() || units_per_px <= 0.0 {
        return Vec::new();
    }
    let length_px = ((hi - lo) / units_per_px) as f32;
    let step = tick_step(lo, hi, length_px, label_px, whole);
    let minor = if whole && step < 5.0 { step } else { step / 5.0 };
    let mut out = Vec::new();
    let first = (lo / minor).ceil() as i64;
    let last = (hi / minor).floor() as i64;
    if last - first > 10_000 {
        return Vec::new();
    }
    for k in first..=last {
        let value = k as f64 * minor;
        let on_step = ((value / step).round() * step - value).abs() < 1e-9 * step.max(1e-300);
        out.push(GridMark {
            value: if on_step { (value / step).round() * step } else { value },
            step_size: if on_step { step } else { minor },
        });
    }
    out
}

/// The tick step for an axis from `lo` to `hi` drawn `length_px` points
/// long: the smallest 1, 2 or 5 × 10ᵏ whose ticks are `label_px` apart,
/// or a smaller one (ticks down to [`FLOOR`] of that apart) when fewer
/// than three ticks would fall in range. `whole`: never below 1.
pub(crate) fn tick_step(lo: f64, hi: f64, length_px: f32, label_px: f32, whole: bool) -> f64 {
    let per_px = (hi - lo) / f64::from(length_px.max(1.0));
    let mut step = nice_at_least(per_px * f64::from(label_px));
    let floor = per_px * f64::from(FLOOR * label_px);
    while ticks_in(lo, hi, step) < WANTED {
        let smaller = nice_below(step);
        if smaller < floor || (whole && smaller < 1.0) {
            break;
        }
        step = smaller;
    }
    if whole { step.max(1.0) } else { step }
}

/// The ticks of `step` in `lo..=hi`.
pub(crate) fn ticks_in(lo: f64, hi: f64, step: f64) -> usize {
    let first = (lo / step - 1e-9).ceil();
    let last = (hi / step + 1e-9).floor();
    if last < first { 0 } else { (last - first) as usize + 1 }
}

/// The smallest 1, 2 or 5 × 10ᵏ at least `v`.
fn nice_at_least(v: f64) -> f64 {
    let v = v.max(1e-12);
    let p = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * p)
        .find(|&s| s >= v * (1.0 - 1e-9))
        .unwrap_or(10.0 * p)
}

/// The next 1, 2 or 5 × 10ᵏ below `step`.
fn nice_below(step: f64) -> f64 {
    let p = 10f64.powf(step.log10().floor());
    let m = (step / p).round();
    if m >= 5.0 {
        2.0 * p
    } else if m >= 2.0 {
        p
    } else {
        0.5 * p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ranges and plot sizes where an axis showed one label or none.
    const FAILED: [(&str, f64, f64, f32, f32); 8] = [
        ("boundary x, inspector open", -8.0, 8.0, 300.0, X_LABEL_PX),
        ("boundary x at 1024×640", -4.6, 4.6, 290.0, X_LABEL_PX),
        ("boundary x, 60 px strip", -8.5, -1.5, 120.0, X_LABEL_PX),
        ("loss y after a CSV import", 0.0, 0.72, 70.0, Y_LABEL_PX),
        ("comparison plane x", -0.6, 1.6, 180.0, X_LABEL_PX),
        ("iris sepal length", 4.1, 8.1, 240.0, X_LABEL_PX),
        ("accuracy y", 0.0, 100.0, 80.0, Y_LABEL_PX),
        ("loss x, one epoch", 0.0, 2.0, 300.0, X_LABEL_PX),
    ];

    #[test]
    fn every_range_that_failed_gets_three_labelled_ticks() {
        for (what, lo, hi, px, label) in FAILED {
            let step = tick_step(lo, hi, px, label, false);
            let n = ticks_in(lo, hi, step);
            assert!(n >= 3, "{what}: step {step} gives {n} ticks");
            let apart = step / (hi - lo) * f64::from(px);
            assert!(
                apart >= f64::from(FLOOR * label) - 1e-6,
                "{what}: ticks {apart:.1} px apart"
            );
        }
    }

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_at_least(0.7), 1.0);
        assert_eq!(nice_at_least(1.3), 2.0);
        assert_eq!(nice_at_least(3.0), 5.0);
        assert!((nice_at_least(0.031) - 0.05).abs() < 1e-12);
        assert_eq!(nice_below(5.0), 2.0);
        assert_eq!(nice_below(2.0), 1.0);
        assert!((nice_below(1.0) - 0.5).abs() < 1e-12);
    }

    #[test]
    fn tick_labels_carry_the_decimals_of_their_step() {
        let label = |value, step_size| tick_label(GridMark { value, step_size });
        assert_eq!(label(0.5, 0.5), "0.5");
        assert_eq!(label(1.0, 0.5), "1.0");
        assert_eq!(label(0.05, 0.05), "0.05");
        assert_eq!(label(0.2, 0.2), "0.2");
        assert_eq!(label(50.0, 50.0), "50");
        assert_eq!(label(-2.0, 2.0), "-2");
        assert_eq!(label(-0.0, 0.5), "0.0");
        assert_eq!(label(1e-12, 1.0), "0");
    }

    #[test]
    fn epochs_tick_at_whole_numbers() {
        assert_eq!(tick_step(0.0, 2.0, 300.0, X_LABEL_PX, true), 1.0);
        let step = tick_step(0.0, 20_000.0, 300.0, X_LABEL_PX, true);
        assert!(ticks_in(0.0, 20_000.0, step) >= 3 && step >= 1.0);
    }
}
