//! The inspector drawn on the graph: the numbers of the stage under every
//! neuron, dots carrying w·a forward (forward stage) and w·δ back
//! (backward stage) along the connections, connections sized by the
//! gradient or by the change of the weight, and the neurons that learn
//! nothing from this sample marked.

use egui::{Align2, Color32, FontId, Mesh, Painter, Pos2, Rect, Stroke, vec2};

use super::text;
use crate::app::editor::graph::{Graph, sign_color};
use crate::lessons::InspectorStage;
use crate::nn::Mlp;
use crate::train::inspect::{BackpropTrace, NeuronHealthCounts};

/// One frame's trace, stage and counts, as the graph draws them.
pub(crate) struct Overlay<'a> {
    /// The sample traced with the present weights.
    pub(crate) trace: &'a BackpropTrace,
    /// The network traced.
    pub(crate) net: &'a Mlp,
    /// The stage shown.
    pub(crate) stage: InspectorStage,
    /// The training-set counts, when asked for.
    pub(crate) counts: Option<&'a NeuronHealthCounts>,
}

/// The largest |v| of each layer (at least a tiny positive number).
fn layer_max(layers: usize, value: &dyn Fn(usize) -> Vec<f32>) -> Vec<f32> {
    (0..layers)
        .map(|l| {
            value(l)
                .iter()
                .fold(1e-12f32, |m, v| if v.is_finite() { m.max(v.abs()) } else { m })
        })
        .collect()
}

impl Overlay<'_> {
    /// Whether the trace fits the network drawn (shapes can change a
    /// snapshot before the trace follows).
    pub(crate) fn fits(&self, graph: &Graph<'_>) -> bool {
        graph.inputs_match()
            && self.trace.layers.len() == graph.net.layers.len()
            && self
                .trace
                .layers
                .iter()
                .zip(&graph.net.layers)
                .all(|(t, l)| t.z.len() == l.outputs() && t.grad_weights.len() == l.inputs())
    }

    /// The stage's value on connection (l, i, j): its gradient, or how much
    /// it moves in the update (`None`: the weights as always).
    fn link_value(&self, l: usize, i: usize, j: usize) -> Option<f32> {
        let t = self.trace;
        match self.stage {
            InspectorStage::Gradients => Some(t.layers[l].grad_weights[i][j]),
            InspectorStage::Update => Some(t.update.layers[l].weights[i][j].change()),
            _ => None,
        }
    }

    /// The connections of this stage as one mesh, if they are not the weights.
    pub(crate) fn connections(&self, graph: &Graph<'_>, clip: Rect) -> Option<Mesh> {
        self.link_value(0, 0, 0)?;
        let value = |l: usize, i: usize, j: usize| self.link_value(l, i, j).unwrap_or(0.0);
        let full = layer_max(self.trace.layers.len(), &|l| {
            let layer = &self.trace.layers[l];
            (0..layer.grad_weights.len())
                .flat_map(|i| (0..layer.z.len()).map(move |j| (i, j)))
                .map(|(i, j)| value(l, i, j))
                .collect()
        });
        Some(graph.connections_by(clip, &value, &full))
    }

    /// The accessible (and drawn) value of neuron `j` in column `c` ≥ 1.
    pub(crate) fn node_value(&self, c: usize, j: usize) -> String {
        text::node_value(self.trace, self.net, self.stage, c - 1, j)
    }

    /// The numbers under neuron `j` of column `c` ≥ 1, one item a line
    /// (a gradient's name on a line of its own: the columns are spaced by
    /// the widest line, and an 8-8 network must fit a laptop's panel).
    fn shown_value(&self, c: usize, j: usize) -> String {
        let value = self.node_value(c, j).replace(", ", "\n").replace(" → ", "\n→ ");
        if self.stage == InspectorStage::Gradients {
            value.replacen(" = ", "\n= ", 1)
        } else {
            value
        }
    }

    /// The widest line of numbers the graph writes under a node of side
    /// `node` (the columns are spaced by it).
    pub(crate) fn widest_value(&self, painter: &Painter, node: f32) -> f32 {
        let font = value_font(node);
        let mut lines: Vec<String> = (0..self.trace.inputs.len())
            .filter_map(|i| self.input_value(i))
            .collect();
        for (l, layer) in self.trace.layers.iter().enumerate() {
            for j in 0..layer.z.len() {
                lines.extend(self.shown_value(l + 1, j).lines().map(str::to_string));
            }
        }
        lines
            .into_iter()
            .map(|line| painter.layout_no_wrap(line, font.clone(), Color32::WHITE).size().x)
            .fold(0.0, f32::max)
    }

    /// The value shown on network input `i`.
    pub(crate) fn input_value(&self, i: usize) -> Option<String> {
        let x = self.trace.inputs.get(i)?;
        Some(format!("= {}", text::num(*x)))
    }

    /// Numbers under the nodes, marks on troubled neurons, counts, and
    /// (forward and backward) the dots flowing along the connections.
    pub(crate) fn paint(&self, painter: &Painter, graph: &Graph<'_>, time: f64) {
        let style = painter.ctx().global_style();
        let ink = style.visuals.strong_text_color();
        let back = style.visuals.extreme_bg_color.gamma_multiply(0.85);
        let font = value_font(graph.layout.node);
        self.flow(painter, graph, time);
        if self.stage == InspectorStage::Forward {
            for i in 0..self.trace.inputs.len() {
                let rect = graph.layout.node_rect(0, graph.row(0, i));
                if let Some(v) = self.input_value(i) {
                    boxed_text(painter, rect.center_bottom() + vec2(0.0, 2.0), &v, &font, ink, back);
                }
            }
        }
        for (l, layer) in self.trace.layers.iter().enumerate() {
            let c = l + 1;
            for j in 0..layer.z.len() {
                let rect = graph.layout.node_rect(c, j);
                let shown = self.shown_value(c, j);
                boxed_text(painter, rect.center_bottom() + vec2(0.0, 2.0), &shown, &font, ink, back);
                let small = FontId::proportional(9.0);
                if let Some(tag) = text::health_tag(layer.health[j]) {
                    // Inside the red frame, at its top: above the picture
                    // it landed on the numbers of the neuron above.
                    let red = style.visuals.error_fg_color;
                    painter.rect_stroke(rect.expand(2.0), 2.0, Stroke::new(2.0, red), egui::StrokeKind::Outside);
                    boxed_text(painter, rect.center_top() + vec2(0.0, 1.5), &tag, &small, red, back);
                }
                if let Some(tag) = self.counts.and_then(|c| text::count_tag(c, l, j)) {
                    let at = rect.left_top() - vec2(2.0, 2.0);
                    painter.text(at, Align2::RIGHT_BOTTOM, tag, small, style.visuals.warn_fg_color);
                }
                if self.stage == InspectorStage::Loss && c == graph.net.layers.len() {
                    painter.rect_stroke(rect.expand(3.0), 2.0, Stroke::new(2.5, ink), egui::StrokeKind::Outside);
                }
            }
        }
    }

    /// Dots moving along the connections: w·a forward in the forward
    /// stage, w·δ backward in the backward stage, sized by their share of
    /// the layer's largest, coloured by sign.
    fn flow(&self, painter: &Painter, graph: &Graph<'_>, time: f64) {
        let t = self.trace;
        let forward = match self.stage {
            InspectorStage::Forward => true,
            InspectorStage::Backward => false,
            _ => return,
        };
        let carried = |l: usize, i: usize, j: usize| {
            let w = t.update.layers[l].weights[i][j].before;
            if forward {
                w * t.layer_input(l)[i]
            } else {
                w * t.layers[l].delta[j]
            }
        };
        let full = layer_max(t.layers.len(), &|l| {
            let layer = &t.layers[l];
            (0..layer.grad_weights.len())
                .flat_map(|i| (0..layer.z.len()).map(move |j| (i, j)))
                .map(|(i, j)| carried(l, i, j))
                .collect()
        });
        let scale = (graph.layout.node / 24.0).clamp(0.6, 1.3);
        // Into the first layer nothing flows back (inputs have no δ).
        let from = usize::from(!forward);
        for (l, layer) in t.layers.iter().enumerate().skip(from) {
            for i in 0..layer.grad_weights.len() {
                for j in 0..layer.z.len() {
                    let v = carried(l, i, j);
                    let m = (v.abs() / full[l]).min(1.0);
                    if !m.is_finite() || m < 0.02 {
                        continue;
                    }
                    let (a, b) = graph.ends(l, i, j);
                    let (start, end) = if forward { (a, b) } else { (b, a) };
                    let color = sign_color(v).gamma_multiply(0.45 + 0.55 * m);
                    let offset = (i as f64 * 0.37 + j as f64 * 0.61).fract();
                    for k in 0..2 {
                        let phase = (time * 0.5 + offset + k as f64 * 0.5).fract() as f32;
                        let at = start + (end - start) * phase;
                        painter.circle_filled(at, (1.5 + 3.5 * m) * scale, color);
                    }
                }
            }
        }
        painter.ctx().request_repaint();
    }
}

/// The font of the numbers on the graph (monospace: a column's numbers
/// line up).
fn value_font(node: f32) -> FontId {
    FontId::monospace((node * 0.36).clamp(9.0, 11.0))
}

/// Text on a translucent box, centred under `at`.
fn boxed_text(painter: &Painter, at: Pos2, text: &str, font: &FontId, ink: Color32, back: Color32) {
    let galley = painter.layout_no_wrap(text.to_string(), font.clone(), ink);
    let at = at - vec2(galley.size().x / 2.0, 0.0);
    let rect = Rect::from_min_size(at, galley.size()).expand(1.5);
    painter.rect_filled(rect, 2.0, back);
    painter.galley(at, galley, ink);
}
