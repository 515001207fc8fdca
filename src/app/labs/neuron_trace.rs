//! The membrane potential as a live trace in milliseconds: V, the
//! threshold θ, each spike as a stroke above θ, and a tick under the trace
//! for every spike that reached a synapse (in its input's colour). With
//! inputs at rates the window scrolls over the last 200 ms; in coincidence
//! mode it shows the current trial from its start (the previous one faint)
//! with the McCulloch–Pitts time window shaded.

use egui::{Color32, Ui};
use egui_plot::{HLine, Line, Plot, PlotBounds, PlotPoints, Points, Span};

use super::neuron_draw::kind_color;
use crate::labs::neuron::{Drive, KEEP_MS, NeuronLab, TRAVEL_MS, TRIAL_MS};
use crate::tr;

/// The id of the trace's plot (tests read its frame from egui's memory).
pub const NEURON_TRACE_ID: &str = "neuron_trace";

/// How far above θ a spike's stroke reaches (mV).
const SPIKE_HEIGHT: f64 = 20.0;

/// The trace, filling `ui`.
pub(super) fn trace_ui(ui: &mut Ui, lab: &NeuronLab) {
    let theta = lab.params().threshold;
    let now = lab.now_ms();
    let coincidence = lab.drive() == Drive::Coincidence;
    // x of a time: since the trial's start, or the model time itself over
    // the last KEEP_MS (from 0 until that much has passed).
    let (origin, x_range) = if coincidence {
        (lab.trial_start_ms(), [0.0, TRIAL_MS])
    } else {
        let right = now.max(KEEP_MS);
        (0.0, [right - KEEP_MS, right])
    };
    let lowest = lab.inputs().iter().map(|x| -x.strength).fold(-5.0, f64::min).max(-30.0);
    let bounds = PlotBounds::from_min_max([x_range[0], lowest - 4.0], [x_range[1], theta + SPIKE_HEIGHT + 2.0]);
    // In coincidence mode the previous trial shows faintly, shifted so
    // that both trials share the axis: x = t − start (+ TRIAL_MS before it).
    let since = if coincidence { origin - TRIAL_MS } else { origin };
    let x_of = |t: f64| if t >= origin { t - origin } else { t - origin + TRIAL_MS };
    let current: PlotPoints = (lab.trace().iter())
        .filter(|s| s[0] >= origin)
        .map(|s| [s[0] - origin, s[1]])
        .collect();
    let previous: Option<PlotPoints> = coincidence.then(|| {
        (lab.trace().iter())
            .filter(|s| s[0] < origin && s[0] >= since)
            .map(|s| [x_of(s[0]), s[1]])
            .collect()
    });
    let text = ui.visuals().text_color();
    let fire = Color32::from_rgb(230, 160, 20);
    let response = Plot::new("neuron_trace")
        .id(egui::Id::unique(NEURON_TRACE_ID))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .custom_x_axes(vec![crate::app::widgets::plot_axes::x_axis(if coincidence {
            tr!("neuron-axis-trial-time")
        } else {
            tr!("neuron-axis-time")
        })])
        .custom_y_axes(vec![crate::app::widgets::plot_axes::y_axis(tr!("neuron-axis-v"))])
        .show(ui, |plot| {
            plot.set_plot_bounds(bounds);
            if coincidence {
                let first = (lab.inputs().iter())
                    .filter(|x| x.in_trial)
                    .map(|x| x.fire_at_ms)
                    .fold(f64::INFINITY, f64::min);
                if first.is_finite() {
                    // Unnamed: a name would not fit a few milliseconds.
                    let start = first + TRAVEL_MS;
                    plot.span(
                        Span::new("", start..=start + lab.window_ms)
                            .fill(fire.gamma_multiply(0.12))
                            .border_width(0.0),
                    );
                }
                if let Some(p) = previous {
                    plot.line(Line::new(tr!("neuron-previous-trial"), p).color(text.gamma_multiply(0.3)));
                }
            }
            plot.hline(
                HLine::new(tr!("neuron-threshold"), theta)
                    .color(fire)
                    .style(egui_plot::LineStyle::dashed_loose()),
            );
            plot.line(Line::new(tr!("neuron-axis-v"), current).color(text).width(1.5));
            for &t in lab.spikes().iter().filter(|&&t| t >= since) {
                let (x, color) = (x_of(t), if t >= origin { fire } else { fire.gamma_multiply(0.4) });
                plot.line(
                    Line::new(
                        tr!("neuron-spike"),
                        PlotPoints::from(vec![[x, theta], [x, theta + SPIKE_HEIGHT]]),
                    )
                    .color(color)
                    .width(2.0),
                );
            }
            for a in lab.arrivals().iter().filter(|a| a.at_ms >= since) {
                let color = lab.inputs().get(a.input).map_or(text, |x| kind_color(x.kind));
                let color = if a.at_ms >= origin {
                    color
                } else {
                    color.gamma_multiply(0.4)
                };
                plot.points(
                    Points::new(tr!("neuron-arrival"), vec![[x_of(a.at_ms), lowest - 2.0]])
                        .color(color)
                        .radius(3.0)
                        .shape(egui_plot::MarkerShape::Up),
                );
            }
        });
    crate::app::widgets::hover::describe(&response.response, &tr!("neuron-trace-hover"));
}
