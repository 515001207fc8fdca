//! The neuron as a drawing: input neurons on the left whose axons end in
//! synapses on the dendrites; the cell body with its nucleus, coloured by
//! its membrane potential; the axon, its telodendria and their synaptic
//! terminals. Spikes travel as dots; a synapse glows while its spike's
//! current flows. Every part is named in the learner's language and
//! explains itself on hover; clicking an input neuron fires it.

use egui::epaint::{CubicBezierShape, QuadraticBezierShape};
use egui::{Align2, Color32, FontId, Id, Pos2, Rect, Sense, Stroke, Ui, Vec2, pos2, vec2};

use crate::app::widgets::colors::mix;
use crate::labs::neuron::{NeuronLab, PULSE_MS, SynapseKind, TRAVEL_MS, input_name};
use crate::tr;

/// The id of the drawing's area (`egui::Id::unique`), so tests can read
/// its size with `Context::read_response`.
pub const NEURON_DRAWING_ID: &str = "neuron_drawing";

/// A spike, a firing cell.
const FIRE: Color32 = Color32::from_rgb(255, 196, 40);
/// How long the drawn spike takes along the neuron's own axon (model ms;
/// only for the eye: nothing downstream listens).
const AXON_MS: f64 = 3.0;

/// Colour of an excitatory or inhibitory synapse and its input.
pub(super) fn kind_color(kind: SynapseKind) -> Color32 {
    match kind {
        SynapseKind::Excitatory => Color32::from_rgb(60, 150, 235),
        SynapseKind::Inhibitory => Color32::from_rgb(225, 70, 70),
    }
}

/// Where everything is, for `n` inputs in `r`.
struct Layout {
    inputs: Vec<Pos2>,
    synapses: Vec<Pos2>,
    soma: Pos2,
    radius: f32,
    axon: [Pos2; 4],
    terminals: Vec<Pos2>,
}

fn layout(r: Rect, n: usize) -> Layout {
    let (w, h) = (r.width(), r.height());
    let at = |x: f32, y: f32| pos2(r.left() + x * w, r.top() + y * h);
    let row = |i: usize| 0.12 + 0.78 * (i as f32 + 0.5) / n as f32;
    let soma = at(0.46, 0.5);
    let radius = (0.15 * h).min(0.065 * w).max(14.0);
    let end = at(0.86, 0.5);
    Layout {
        inputs: (0..n).map(|i| at(0.05, row(i))).collect(),
        synapses: (0..n).map(|i| at(0.27, row(i))).collect(),
        soma,
        radius,
        axon: [soma + vec2(radius, 0.0), at(0.62, 0.40), at(0.74, 0.60), end],
        terminals: [0.28, 0.5, 0.72].iter().map(|&y| at(0.96, y)).collect(),
    }
}

/// Draws the neuron in a `height`-tall area; returns the input neuron the
/// learner clicked, if any.
pub(super) fn drawing_ui(ui: &mut Ui, lab: &NeuronLab, height: f32) -> Option<usize> {
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
    ui.interact(rect, Id::unique(NEURON_DRAWING_ID), Sense::hover());
    let g = layout(rect, lab.inputs().len());
    let painter = ui.painter_at(rect);
    let now = lab.now_ms();
    let theta = lab.params().threshold;
    let dark = ui.visuals().dark_mode;
    let membrane = if dark {
        Color32::from_rgb(205, 160, 130)
    } else {
        Color32::from_rgb(150, 95, 70)
    };
    let line = Stroke::new(3.0, membrane);
    // Dendrites: from the cell body out to each synapse, with a twig.
    let mut dendrites = Vec::new();
    let mut dendrite_mid = g.soma;
    for (i, &tip) in g.synapses.iter().enumerate() {
        let angle = std::f32::consts::PI * (0.78 + 0.44 * (i as f32 + 0.5) / g.synapses.len() as f32);
        let root = g.soma + g.radius * Vec2::angled(angle);
        let bend = pos2((root.x + tip.x) / 2.0, tip.y);
        let curve = QuadraticBezierShape::from_points_stroke([root, bend, tip], false, Color32::TRANSPARENT, line);
        let mid = curve.sample(0.55);
        dendrite_mid = curve.sample(0.5);
        painter.line_segment(
            [mid, mid + vec2(-14.0, if i % 2 == 0 { -12.0 } else { 12.0 })],
            Stroke::new(2.0, membrane),
        );
        dendrites.push(curve.visual_bounding_rect());
        painter.add(curve);
    }
    // Input axons and the spikes travelling on them.
    for (i, x) in lab.inputs().iter().enumerate() {
        let (from, to) = (g.inputs[i] + vec2(12.0, 0.0), g.synapses[i] - vec2(9.0, 0.0));
        painter.line_segment([from, to], Stroke::new(2.0, kind_color(x.kind).gamma_multiply(0.7)));
    }
    for t in lab.travelling() {
        let Some(&from) = g.inputs.get(t.input) else { continue };
        let to = g.synapses[t.input] - vec2(9.0, 0.0);
        let f = ((now - t.fired_ms) / TRAVEL_MS).clamp(0.0, 1.0) as f32;
        painter.circle_filled(from.lerp(to, f), 5.0, FIRE);
    }
    // Synapses: the input's terminal knob, sized by strength; glowing and
    // releasing neurotransmitter while its pulse flows.
    for (i, x) in lab.inputs().iter().enumerate() {
        let knob = g.synapses[i] - vec2(9.0, 0.0);
        let size = 3.0 + 5.0 * (x.strength / theta).min(1.5) as f32;
        let active = lab.arrivals().iter().any(|a| a.input == i && now - a.at_ms <= PULSE_MS);
        painter.circle(knob, size, kind_color(x.kind), Stroke::new(1.0, membrane));
        if active {
            painter.circle_stroke(knob, size + 3.0, Stroke::new(2.0, FIRE));
            for k in 0..3 {
                let p = knob + vec2(size + 2.0, (k as f32 - 1.0) * 3.5);
                painter.circle_filled(p, 1.6, kind_color(x.kind));
            }
        }
    }
    // The axon, its telodendria and their synaptic terminals.
    let axon = CubicBezierShape::from_points_stroke(g.axon, false, Color32::TRANSPARENT, line);
    let end = g.axon[3];
    for &t in &g.terminals {
        let bend = pos2((end.x + t.x) / 2.0, t.y);
        painter.add(QuadraticBezierShape::from_points_stroke(
            [end, bend, t],
            false,
            Color32::TRANSPARENT,
            Stroke::new(2.0, membrane),
        ));
        painter.circle(t, 5.0, membrane, Stroke::NONE);
    }
    let last_spike = lab.spikes().back().map(|&t| now - t);
    for &t in lab.spikes() {
        let f = ((now - t) / AXON_MS) as f32;
        if f <= 1.0 {
            painter.circle_filled(axon.sample(f), 6.0, FIRE);
        } else if f <= 1.0 + (PULSE_MS / AXON_MS) as f32 {
            for &p in &g.terminals {
                painter.circle_stroke(p, 8.0, Stroke::new(2.0, FIRE));
            }
        }
    }
    let axon_rect = axon.visual_bounding_rect();
    painter.add(axon);
    // The cell body: its colour follows V toward θ; it flashes when it fires.
    let v = lab.v();
    let rest = if dark {
        Color32::from_rgb(95, 70, 60)
    } else {
        Color32::from_rgb(240, 222, 208)
    };
    let fill = if last_spike.is_some_and(|age| age <= 1.5) {
        FIRE
    } else if v >= 0.0 {
        mix(rest, FIRE, (0.8 * v / theta).clamp(0.0, 0.8) as f32)
    } else {
        mix(
            rest,
            kind_color(SynapseKind::Inhibitory),
            (-0.8 * v / theta).clamp(0.0, 0.8) as f32,
        )
    };
    let hillock = [
        g.soma + vec2(g.radius * 0.6, -g.radius * 0.55),
        g.soma + vec2(g.radius * 1.35, 0.0),
        g.soma + vec2(g.radius * 0.6, g.radius * 0.55),
    ];
    painter.add(egui::Shape::convex_polygon(
        hillock.to_vec(),
        fill,
        Stroke::new(1.5, membrane),
    ));
    painter.circle(g.soma, g.radius, fill, Stroke::new(2.0, membrane));
    let nucleus = g.soma + vec2(-g.radius * 0.2, -g.radius * 0.1);
    let nucleus_radius = g.radius * 0.38;
    painter.circle(nucleus, nucleus_radius, membrane.gamma_multiply(0.7), Stroke::NONE);
    let small = FontId::proportional(12.0);
    let weak = ui.visuals().weak_text_color();
    let text_color = ui.visuals().text_color();
    painter.text(
        g.soma + vec2(0.0, g.radius + 20.0),
        Align2::CENTER_TOP,
        format!("V = {v:.1} mV"),
        FontId::monospace(12.0),
        text_color,
    );
    // Names and hover explanations of the parts. Each part answers over
    // what it is drawn as and over its name, separately: one bounding box
    // of both would cover its neighbours (the terminals' name lies under
    // the telodendria). Names go last, so they are on top.
    let name = |pos: Pos2, align: Align2, key: &str| {
        let [text, _] = part_words(key);
        painter.text(pos, align, text, small.clone(), weak)
    };
    let dendrites_name = name(
        pos2(dendrite_mid.x, rect.bottom() - 4.0),
        Align2::CENTER_BOTTOM,
        "dendrites",
    );
    // Named at the bottom, where nothing else is, with a line up to the
    // lowest dendrite (beside it the name ran into a synapse).
    painter.line_segment([dendrites_name.center_top(), dendrite_mid], Stroke::new(1.0, weak));
    let parts: [(&str, Vec<Rect>, Rect); 7] = [
        (
            "cell-body",
            vec![Rect::from_center_size(g.soma, Vec2::splat(2.0 * g.radius))],
            name(g.soma + vec2(0.0, g.radius + 4.0), Align2::CENTER_TOP, "cell-body"),
        ),
        ("dendrites", dendrites.to_vec(), dendrites_name),
        (
            "axon",
            vec![axon_rect],
            name(g.axon[1] + vec2(0.0, -8.0), Align2::CENTER_BOTTOM, "axon"),
        ),
        (
            "telodendria",
            vec![Rect::from_two_pos(end, g.terminals[0]).union(Rect::from_two_pos(end, g.terminals[2]))],
            name(g.terminals[0] + vec2(-6.0, -8.0), Align2::RIGHT_BOTTOM, "telodendria"),
        ),
        (
            "terminals",
            g.terminals
                .iter()
                .map(|&t| Rect::from_center_size(t, Vec2::splat(14.0)))
                .collect(),
            name(g.terminals[2] + vec2(0.0, 10.0), Align2::RIGHT_TOP, "terminals"),
        ),
        (
            "synapse",
            vec![Rect::from_center_size(
                g.synapses[0] - vec2(9.0, 0.0),
                Vec2::splat(20.0),
            )],
            name(g.synapses[0] - vec2(9.0, 12.0), Align2::CENTER_BOTTOM, "synapse"),
        ),
        (
            "nucleus",
            vec![Rect::from_center_size(nucleus, Vec2::splat(2.0 * nucleus_radius))],
            name(g.soma + vec2(0.0, -g.radius - 4.0), Align2::CENTER_BOTTOM, "nucleus"),
        ),
    ];
    let id = |key: &str, k: usize| ui.scope_id().with(("neuron_part", key, k));
    for (key, areas, _) in &parts {
        let [_, tip] = part_words(key);
        for (k, area) in areas.iter().enumerate() {
            ui.interact(*area, id(key, k + 1), Sense::hover()).on_hover_text(&tip);
        }
    }
    // The names carry the part for screen readers (and tests).
    for (key, _, label) in &parts {
        let [name, tip] = part_words(key);
        ui.interact(*label, id(key, 0), Sense::hover())
            .on_hover_text(tip)
            .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Image, true, &name));
    }
    inputs_ui(ui, lab, &g, now)
}

/// A part's name and what it does, in the learner's language.
fn part_words(key: &str) -> [String; 2] {
    match key {
        "cell-body" => [tr!("neuron-part-cell-body"), tr!("neuron-part-cell-body-hover")],
        "dendrites" => [tr!("neuron-part-dendrites"), tr!("neuron-part-dendrites-hover")],
        "axon" => [tr!("neuron-part-axon"), tr!("neuron-part-axon-hover")],
        "telodendria" => [tr!("neuron-part-telodendria"), tr!("neuron-part-telodendria-hover")],
        "terminals" => [tr!("neuron-part-terminals"), tr!("neuron-part-terminals-hover")],
        "synapse" => [tr!("neuron-part-synapse"), tr!("neuron-part-synapse-hover")],
        _ => [tr!("neuron-part-nucleus"), tr!("neuron-part-nucleus-hover")],
    }
}

/// The input neurons, clickable; returns the one clicked.
fn inputs_ui(ui: &mut Ui, lab: &NeuronLab, g: &Layout, now: f64) -> Option<usize> {
    let painter = ui.painter();
    let mut clicked = None;
    for (i, x) in lab.inputs().iter().enumerate() {
        let p = g.inputs[i];
        let recent = lab.travelling().iter().any(|t| t.input == i && now - t.fired_ms <= 1.0);
        let fill = if recent { FIRE } else { ui.visuals().extreme_bg_color };
        painter.circle(p, 12.0, fill, Stroke::new(2.0, kind_color(x.kind)));
        let name = input_name(i);
        let color = if recent {
            Color32::BLACK
        } else {
            ui.visuals().text_color()
        };
        painter.text(p, Align2::CENTER_CENTER, &name, FontId::proportional(14.0), color);
        let hit = Rect::from_center_size(p, Vec2::splat(28.0));
        let response = ui.interact(hit, ui.scope_id().with(("neuron_input", i)), Sense::click());
        if response
            .on_hover_text(tr!("neuron-input-neuron-hover", name = name.as_str()))
            .clicked()
        {
            clicked = Some(i);
        }
    }
    clicked
}
