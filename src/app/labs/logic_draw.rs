//! The logic network as a diagram: inputs on the left, neurons in columns
//! by depth, excitatory lines ending in an arrow, inhibitory lines ending
//! in a small circle (drawn red). Active lines are bright and carry moving
//! dots; firing neurons light up. Clicking an input toggles it; clicking
//! a neuron of a network being built selects it for editing, as its name
//! button under the truth table does.

use egui::{Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Stroke, Ui, Vec2, pos2, vec2};

use crate::labs::logic_lab::LogicLab;
use crate::nn::logic::{ConnectionKind, Source};
use crate::tr;

/// Radius of a neuron's circle.
const R: f32 = 26.0;
/// Colour of a firing neuron and an active line.
const FIRE: Color32 = Color32::from_rgb(255, 196, 40);
/// Colour of inhibitory lines.
const INHIBIT: Color32 = Color32::from_rgb(220, 70, 70);
/// Colour of an active inhibitory line.
const INHIBIT_ON: Color32 = Color32::from_rgb(255, 60, 60);

/// The id of the diagram's area (`egui::Id::unique`), so tests can read
/// its size with `Context::read_response`.
pub const LOGIC_DIAGRAM_ID: &str = "logic_diagram";

/// What the learner clicked in the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum DiagramClick {
    /// Input `i`: toggle it.
    Input(usize),
    /// Neuron `i`: edit it.
    Neuron(usize),
}

/// Draws the diagram in a `height`-tall area with neuron `selected`
/// ringed; neurons answer clicks only when `editable`. Returns what the
/// learner clicked, if anything.
pub(super) fn diagram_ui(
    ui: &mut Ui,
    lab: &LogicLab,
    height: f32,
    selected: Option<usize>,
    editable: bool,
) -> Option<DiagramClick> {
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
    ui.interact(rect, egui::Id::unique(LOGIC_DIAGRAM_ID), Sense::hover());
    let net = lab.network();
    let columns = lab.columns();
    let evaluation = lab.evaluation().ok();
    let n_cols = columns.iter().copied().max().unwrap_or(0) + 1;
    let col_w = rect.width() / n_cols as f32;
    let place = |col: usize, row: usize, rows: usize| -> Pos2 {
        let x = rect.left() + (col as f32 + 0.5) * col_w;
        let y = rect.top() + (row as f32 + 1.0) * rect.height() / (rows as f32 + 1.0);
        pos2(x, y)
    };
    let inputs: Vec<Pos2> = (0..net.inputs.len()).map(|i| place(0, i, net.inputs.len())).collect();
    let mut neurons = Vec::with_capacity(columns.len());
    for (i, &c) in columns.iter().enumerate() {
        let rows = columns.iter().filter(|&&k| k == c).count();
        let row = columns[..i].iter().filter(|&&k| k == c).count();
        neurons.push(place(c, row, rows));
    }
    let active = |from: Source| match from {
        Source::Input(j) => lab.inputs().get(j).copied().unwrap_or(false),
        Source::Neuron(j) => (evaluation.as_ref()).is_some_and(|e| e.neurons.get(j).is_some_and(|a| a.fired)),
    };
    let painter = ui.painter_at(rect);
    let time = ui.input(|i| i.time) as f32;
    let mut animating = false;
    let dim = ui.visuals().weak_text_color();
    for (i, neuron) in net.neurons.iter().enumerate() {
        let to = neurons[i];
        let count = neuron.inputs.len().max(1) as f32;
        for (k, c) in neuron.inputs.iter().enumerate() {
            let from = match c.from {
                Source::Input(j) => inputs.get(j).copied(),
                Source::Neuron(j) => neurons.get(j).copied(),
            };
            let Some(from) = from else { continue };
            // Spread the line ends around the target's left side.
            let spread = (k as f32 + 0.5) / count - 0.5;
            let dir = (to - from).normalized();
            let end = to - dir * R + vec2(0.0, spread * R);
            let start = from + dir * R;
            let on = active(c.from);
            let base = match c.kind {
                ConnectionKind::Excitatory => ui.visuals().text_color(),
                ConnectionKind::Inhibitory => INHIBIT,
            };
            let color = match (on, c.kind) {
                (true, ConnectionKind::Excitatory) => FIRE,
                (true, ConnectionKind::Inhibitory) => INHIBIT_ON,
                (false, _) => base.gamma_multiply(0.6),
            };
            let stroke = Stroke::new(if on { 3.0 } else { 1.5 }, color);
            painter.line_segment([start, end], stroke);
            let head = (end - start).normalized();
            match c.kind {
                ConnectionKind::Excitatory => {
                    let side = head.rot90() * 5.0;
                    let tip = end;
                    painter.line_segment([tip, tip - head * 9.0 + side], stroke);
                    painter.line_segment([tip, tip - head * 9.0 - side], stroke);
                }
                ConnectionKind::Inhibitory => {
                    painter.circle(
                        end - head * 5.0,
                        5.0,
                        ui.visuals().panel_fill,
                        Stroke::new(2.0, INHIBIT),
                    );
                }
            }
            if on {
                animating = true;
                let t = (time * 0.8 + k as f32 * 0.3).fract();
                painter.circle_filled(start + (end - start) * t, 4.0, color);
            }
        }
    }
    let mut clicked = None;
    for (i, &p) in inputs.iter().enumerate() {
        let on = lab.inputs().get(i).copied().unwrap_or(false);
        let hit = Rect::from_center_size(p, Vec2::splat(2.0 * R));
        if ui
            .interact(hit, ui.scope_id().with(("logic_input", i)), Sense::click())
            .clicked()
        {
            clicked = Some(DiagramClick::Input(i));
        }
        let fill = if on { FIRE } else { ui.visuals().extreme_bg_color };
        painter.rect_filled(hit.shrink(4.0), 6.0, fill);
        painter.rect_stroke(hit.shrink(4.0), 6.0, Stroke::new(1.5, dim), egui::StrokeKind::Inside);
        let name = net.inputs.get(i).map_or("?", String::as_str);
        let text = format!("{name}\n{}", u8::from(on));
        let color = match (on, ui.visuals().dark_mode) {
            (false, true) => Color32::WHITE,
            _ => Color32::BLACK,
        };
        painter.text(p, Align2::CENTER_CENTER, text, FontId::proportional(15.0), color);
    }
    for (i, neuron) in net.neurons.iter().enumerate() {
        let p = neurons[i];
        let activity = evaluation.as_ref().and_then(|e| e.neurons.get(i));
        let fired = activity.is_some_and(|a| a.fired);
        if editable {
            let hit = Rect::from_center_size(p, Vec2::splat(2.0 * R));
            let r = ui
                .interact(hit, ui.scope_id().with(("logic_neuron", i)), Sense::click())
                .on_hover_text(tr!("logic-diagram-neuron-hover", name = neuron.name.as_str()));
            let name = tr!("logic-diagram-neuron", name = neuron.name.as_str());
            r.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected == Some(i), &name));
            if r.clicked() {
                clicked = Some(DiagramClick::Neuron(i));
            }
        }
        let fill = if fired { FIRE } else { ui.visuals().extreme_bg_color };
        painter.circle(p, R, fill, Stroke::new(1.5, ui.visuals().text_color()));
        if selected == Some(i) {
            let ring = ui.visuals().selection.stroke.color;
            painter.circle_stroke(p, R + 8.0, Stroke::new(3.0, ring));
        }
        if neuron.output {
            painter.circle_stroke(p, R + 4.0, Stroke::new(1.5, ui.visuals().text_color()));
        }
        let text_color = if fired {
            Color32::BLACK
        } else {
            ui.visuals().text_color()
        };
        let label = format!("{}\nθ={}", neuron.name, neuron.threshold);
        painter.text(p, Align2::CENTER_CENTER, label, FontId::proportional(13.0), text_color);
        if let Some(a) = activity {
            let why = if a.vetoed {
                tr!("logic-vetoed")
            } else {
                let answer = if a.fired { tr!("logic-yes") } else { tr!("logic-no") };
                format!("{} ≥ {}? {answer}", a.excitation, neuron.threshold)
            };
            painter.text(
                p + vec2(0.0, R + 8.0),
                Align2::CENTER_TOP,
                why,
                FontId::proportional(13.0),
                ui.visuals().text_color(),
            );
        }
    }
    if animating {
        ui.ctx().request_repaint();
    }
    clicked
}

/// The legend over the diagram, at body size in the text colour: each
/// kind of line drawn as it is in the diagram, then the firing rule.
pub(super) fn legend_ui(ui: &mut Ui) {
    let ink = ui.visuals().text_color();
    let sample = |ui: &mut Ui, kind: Option<ConnectionKind>| {
        let (rect, _) = ui.allocate_exact_size(vec2(34.0, 16.0), Sense::hover());
        let p = ui.painter_at(rect.expand(2.0));
        let (a, b) = (rect.left_center(), rect.right_center() - vec2(2.0, 0.0));
        match kind {
            Some(ConnectionKind::Excitatory) => {
                let stroke = Stroke::new(2.0, ink);
                p.line_segment([a, b], stroke);
                p.line_segment([b, b + vec2(-8.0, 5.0)], stroke);
                p.line_segment([b, b + vec2(-8.0, -5.0)], stroke);
            }
            Some(ConnectionKind::Inhibitory) => {
                p.line_segment([a, b - vec2(8.0, 0.0)], Stroke::new(2.0, INHIBIT));
                p.circle(
                    b - vec2(4.0, 0.0),
                    4.5,
                    ui.visuals().panel_fill,
                    Stroke::new(2.0, INHIBIT),
                );
            }
            None => {
                let c = rect.center();
                p.circle_stroke(c, 5.0, Stroke::new(1.5, ink));
                p.circle_stroke(c, 8.0, Stroke::new(1.5, ink));
            }
        }
    };
    ui.horizontal_wrapped(|ui| {
        sample(ui, Some(ConnectionKind::Excitatory));
        ui.label(tr!("logic-legend-excitatory"));
        ui.add_space(8.0);
        sample(ui, Some(ConnectionKind::Inhibitory));
        ui.label(RichText::new(tr!("logic-legend-inhibitory")).color(inhibit_text(ui.visuals())));
        ui.add_space(8.0);
        sample(ui, None);
        ui.label(tr!("logic-legend-output"));
    });
    ui.label(tr!("logic-legend-rule"));
}

/// Red text on the theme's panel: WCAG contrast 4.5:1 or more on both
/// the dark and the light theme (the legend was grey on grey).
fn inhibit_text(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(255, 110, 110)
    } else {
        Color32::from_rgb(180, 20, 20)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 contrast ratio of two colours.
    fn contrast(a: Color32, b: Color32) -> f32 {
        let lum = |c: Color32| {
            let ch = |v: u8| {
                let v = f32::from(v) / 255.0;
                if v <= 0.039_28 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * ch(c.r()) + 0.7152 * ch(c.g()) + 0.0722 * ch(c.b())
        };
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn the_legend_reads_on_both_themes() {
        for visuals in [egui::Visuals::dark(), egui::Visuals::light()] {
            let back = visuals.panel_fill;
            let red = contrast(inhibit_text(&visuals), back);
            assert!(red >= 4.5, "inhibitory legend {red:.2}:1 (dark {})", visuals.dark_mode);
            let text = contrast(visuals.text_color(), back);
            assert!(text >= 4.5, "legend text {text:.2}:1 (dark {})", visuals.dark_mode);
        }
    }
}
