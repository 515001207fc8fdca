//! The perceptron lab's small pictures: the TLU diagram with the next
//! sample's values, the step function with the current z marked, and the
//! errors per epoch.

use egui::{Align2, Color32, FontId, Sense, Stroke, Ui, pos2, vec2};
use egui_plot::{Bar, BarChart, Line, Plot, PlotPoints, Points};

use crate::app::widgets::format::num;
use crate::nn::perceptron::{StepFunction, Tlu};
use crate::tr;

/// What the diagram shows: the unit, an input and its target.
pub(super) struct TluView<'a> {
    /// The unit's current weights.
    pub unit: &'a Tlu,
    /// The sample's input (zeros when there is none).
    pub x: [f64; 2],
    /// The target, if known.
    pub y: Option<f64>,
    /// The step function.
    pub step: StepFunction,
}

/// The ids (`egui::Id::unique`) of the step function's plot and the
/// errors-per-epoch plot.
pub const PERCEPTRON_PLOT_IDS: [&str; 2] = ["step_function", "errors_per_epoch"];

/// x₁, x₂ and the bias input 1 feeding Σ (z = w·x + b), then the step, then ŷ.
pub(super) fn tlu_diagram_ui(ui: &mut Ui, view: &TluView<'_>) {
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width().min(420.0), 150.0), Sense::hover());
    let p = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    let font = FontId::proportional(13.0);
    let x0 = rect.left() + 28.0;
    let ys = [rect.top() + 25.0, rect.top() + 75.0, rect.top() + 125.0];
    // Inputs at the left edge, Σ, the step and ŷ spread over the width the
    // column has, so a narrow side column (a laptop with the lesson open)
    // still shows the step and the output.
    let sum = pos2(rect.left() + rect.width() * 0.42, rect.top() + 75.0);
    let z = view.unit.net(&view.x);
    let y_hat = view.step.apply(z);
    let w = |i: usize| view.unit.w.get(i).copied().unwrap_or(0.0);
    let inputs = [
        (format!("x₁={}", num(view.x[0])), format!("w₁={}", num(w(0)))),
        (format!("x₂={}", num(view.x[1])), format!("w₂={}", num(w(1)))),
        ("1".to_string(), format!("b={}", num(view.unit.b))),
    ];
    for ((label, weight), y) in inputs.iter().zip(ys) {
        let at = pos2(x0, y);
        p.circle(at, 20.0, ui.visuals().extreme_bg_color, Stroke::new(1.0, text));
        p.text(at, Align2::CENTER_CENTER, label, FontId::proportional(11.0), text);
        p.line_segment(
            [at + vec2(20.0, 0.0), sum - (sum - at).normalized() * 22.0],
            Stroke::new(1.5, text),
        );
        let mid = at + (sum - at) * 0.5;
        p.text(
            mid + vec2(0.0, -4.0),
            Align2::CENTER_BOTTOM,
            weight,
            font.clone(),
            Color32::from_rgb(80, 140, 230),
        );
    }
    p.circle(sum, 22.0, ui.visuals().extreme_bg_color, Stroke::new(1.5, text));
    p.text(sum, Align2::CENTER_CENTER, "Σ", FontId::proportional(20.0), text);
    p.text(
        sum + vec2(0.0, 26.0),
        Align2::CENTER_TOP,
        format!("z = {}", num(z)),
        font.clone(),
        text,
    );
    let step_box = egui::Rect::from_center_size(sum + vec2((rect.width() * 0.22).min(75.0), 0.0), vec2(44.0, 36.0));
    p.line_segment([sum + vec2(22.0, 0.0), step_box.left_center()], Stroke::new(1.5, text));
    p.rect_stroke(step_box, 4.0, Stroke::new(1.5, text), egui::StrokeKind::Inside);
    // A tiny step icon.
    let (l, r, c) = (step_box.left() + 6.0, step_box.right() - 6.0, step_box.center().x);
    let (lo, hi) = (step_box.bottom() - 8.0, step_box.top() + 8.0);
    p.line(
        vec![pos2(l, lo), pos2(c, lo), pos2(c, hi), pos2(r, hi)],
        Stroke::new(1.5, text),
    );
    let out = step_box.right_center() + vec2((rect.width() * 0.08).min(40.0), 0.0);
    p.line_segment([step_box.right_center(), out - vec2(8.0, 0.0)], Stroke::new(1.5, text));
    let target = view.y.map_or(String::new(), |y| format!("\ny = {}", num(y)));
    p.text(
        out,
        Align2::LEFT_CENTER,
        format!("ŷ = {}{target}", num(y_hat)),
        FontId::proportional(15.0),
        text,
    );
}

/// The step function over z ∈ [−3, 3] with the point (z, step(z)).
pub(super) fn step_plot_ui(ui: &mut Ui, step: StepFunction, z: f64) {
    let (lo, hi) = match step {
        StepFunction::Heaviside => (0.0, 1.0),
        StepFunction::Sign => (-1.0, 1.0),
    };
    let title = match step {
        StepFunction::Heaviside => tr!("perceptron-heaviside-formula"),
        StepFunction::Sign => tr!("perceptron-sign-formula"),
    };
    ui.label(title);
    crate::app::widgets::plot_axes::with_ticks(Plot::new(PERCEPTRON_PLOT_IDS[0]))
        .id(egui::Id::unique(PERCEPTRON_PLOT_IDS[0]))
        .custom_x_axes(vec![crate::app::widgets::plot_axes::x_axis("z")])
        .custom_y_axes(vec![crate::app::widgets::plot_axes::y_axis("")])
        // Tall enough for three labelled ticks on z's value axis (0, ½, 1
        // apart by more than a label's height).
        .height(110.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .show_grid(false)
        .include_y(lo - 0.2)
        .include_y(hi + 0.2)
        .show(ui, |plot| {
            let color = ui_color();
            plot.line(
                Line::new("left", PlotPoints::from(vec![[-3.0, lo], [0.0, lo]]))
                    .color(color)
                    .width(2.0),
            );
            plot.line(
                Line::new("right", PlotPoints::from(vec![[0.0, hi], [3.0, hi]]))
                    .color(color)
                    .width(2.0),
            );
            let zc = z.clamp(-3.0, 3.0);
            plot.points(
                Points::new("z", PlotPoints::from(vec![[zc, step.apply(z)]]))
                    .radius(5.0)
                    .color(Color32::from_rgb(255, 160, 0)),
            );
        });
}

/// Line colour of the step plot.
fn ui_color() -> Color32 {
    Color32::from_rgb(80, 140, 230)
}

/// Errors in each epoch as bars.
pub(super) fn errors_plot_ui(ui: &mut Ui, errors: &[usize]) {
    ui.label(tr!("perceptron-errors-per-epoch"));
    let bars: Vec<Bar> = (errors.iter().enumerate())
        .map(|(i, &e)| Bar::new((i + 1) as f64, e as f64).width(0.7))
        .collect();
    crate::app::widgets::plot_axes::with_x_ticks(Plot::new(PERCEPTRON_PLOT_IDS[1]), true)
        .id(egui::Id::unique(PERCEPTRON_PLOT_IDS[1]))
        .custom_x_axes(vec![crate::app::widgets::plot_axes::x_axis(tr!(
            "perceptron-epoch-axis"
        ))])
        .custom_y_axes(vec![crate::app::widgets::plot_axes::y_axis("")])
        .height(100.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_y(0.0)
        .include_y(1.0)
        .include_x(0.0)
        .include_x(8.0)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(tr!("perceptron-errors"), bars).color(Color32::from_rgb(220, 90, 90)));
        });
}
