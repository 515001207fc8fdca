//! Painting the network: connections as one mesh (colour by sign, width
//! and opacity by magnitude), nodes with their thumbnails, bias markers and
//! switched-off crosses, and finding the connection under the pointer.

use egui::{Color32, Mesh, Painter, Pos2, Rect, Stroke, vec2};

use super::layout::{Layout, distance_sq};
use super::thumbs::Thumbnails;
use crate::app::widgets::colors::class_color;
use crate::app::widgets::neuron_image::Shade;
use crate::data::Feature;
use crate::nn::Mlp;
use crate::train::Masks;

/// A connection: layer, input, neuron (as in `Command::SetParameter`).
pub(super) type Link = (usize, usize, usize);

/// The network as drawn this frame.
pub(crate) struct Graph<'a> {
    /// Where everything goes.
    pub layout: Layout,
    /// The worker's network (from the snapshot).
    pub net: &'a Mlp,
    /// Its masks.
    pub masks: &'a Masks,
    /// Row of the input column of each network input.
    pub input_rows: Vec<usize>,
    /// Per layer, the weight magnitude drawn full width (at least 1).
    full: Vec<f32>,
}

/// The colour of a weight or bias: blue above zero, orange below.
pub(super) fn sign_color(v: f32) -> Color32 {
    if v >= 0.0 { class_color(1) } else { class_color(0) }
}

impl<'a> Graph<'a> {
    /// The graph of `net` laid out with nodes of side `node` at `origin`;
    /// `features` are the enabled inputs in network order.
    pub(crate) fn new(origin: Pos2, net: &'a Mlp, masks: &'a Masks, features: &[Feature], node: f32) -> Self {
        let input_rows = features
            .iter()
            .map(|f| Feature::ALL.iter().position(|g| g == f).unwrap_or(0))
            .collect();
        let mut counts = vec![Feature::ALL.len()];
        counts.extend(net.layers.iter().map(|l| l.outputs()));
        let full = net
            .layers
            .iter()
            .map(|l| {
                l.weights
                    .iter()
                    .fold(1.0f32, |m, w| if w.is_finite() { m.max(w.abs()) } else { m })
            })
            .collect();
        Self {
            layout: Layout::new(origin, counts, node),
            net,
            masks,
            input_rows,
            full,
        }
    }

    /// Whether the snapshot's network already has the configured inputs.
    pub(crate) fn inputs_match(&self) -> bool {
        self.net.inputs() == self.input_rows.len()
    }

    /// The row in its column of node `j` of column `c` (inputs are drawn in
    /// canonical feature order).
    pub(crate) fn row(&self, c: usize, j: usize) -> usize {
        if c == 0 {
            self.input_rows.get(j).copied().unwrap_or(j)
        } else {
            j
        }
    }

    /// End points of connection `(l, i, j)`.
    pub(super) fn ends(&self, l: usize, i: usize, j: usize) -> (Pos2, Pos2) {
        (self.layout.out_port(l, self.row(l, i)), self.layout.in_port(l + 1, j))
    }

    /// Line width and colour of a weight of layer `l`: relative to the
    /// layer's largest weight, so a trained network stays readable.
    fn stroke(&self, l: usize, w: f32) -> (f32, Color32) {
        self.stroke_for(self.full.get(l).copied().unwrap_or(1.0), w)
    }

    /// Line width and colour of `v` when `full` gets the full width: the
    /// colour by sign, width and opacity by size.
    pub(super) fn stroke_for(&self, full: f32, v: f32) -> (f32, Color32) {
        let m = (v.abs() / full).min(1.0);
        let m = if m.is_finite() { m } else { 0.0 };
        let scale = (self.layout.node / 24.0).clamp(0.5, 1.2);
        let width = (0.7 + 2.8 * m) * scale;
        let alpha = 0.12 + 0.88 * m;
        (width, sign_color(v).gamma_multiply(alpha))
    }

    /// Every visible connection as one mesh (no tessellation needed).
    pub(crate) fn connections(&self, clip: Rect) -> Mesh {
        self.connections_by(clip, &|l, i, j| self.net.layers[l].weights[(i, j)], &self.full)
    }

    /// Every visible connection drawn by `value(layer, input, neuron)`,
    /// `full[layer]` getting the full width (the inspector's gradients).
    pub(super) fn connections_by(&self, clip: Rect, value: &dyn Fn(usize, usize, usize) -> f32, full: &[f32]) -> Mesh {
        let mut mesh = Mesh::default();
        if !self.inputs_match() {
            return mesh;
        }
        for (l, layer) in self.net.layers.iter().enumerate() {
            let full = full.get(l).copied().unwrap_or(1.0);
            for j in 0..layer.outputs() {
                for i in 0..layer.inputs() {
                    let (a, b) = self.ends(l, i, j);
                    if !clip.intersects(Rect::from_two_pos(a, b)) {
                        continue;
                    }
                    let (width, color) = self.stroke_for(full, value(l, i, j));
                    push_segment(&mut mesh, a, b, width, color);
                }
            }
        }
        mesh
    }

    /// Marks frozen connections and highlights `hovered`.
    pub(crate) fn overlays(&self, painter: &Painter, hovered: Option<Link>) {
        if !self.inputs_match() {
            return;
        }
        let ink = painter.ctx().global_style().visuals.strong_text_color();
        for f in self.masks.frozen() {
            if f.layer < self.net.layers.len() && f.input < self.net.layers[f.layer].inputs() {
                let (a, b) = self.ends(f.layer, f.input, f.neuron);
                let mid = a + (b - a) * 0.5;
                painter.rect_filled(Rect::from_center_size(mid, vec2(6.0, 6.0)), 1.0, ink);
            }
        }
        if let Some((l, i, j)) = hovered {
            let (a, b) = self.ends(l, i, j);
            let (width, _) = self.stroke(l, self.net.layers[l].weights[(i, j)]);
            painter.line_segment([a, b], Stroke::new(width + 3.0, ink.gamma_multiply(0.5)));
        }
    }

    /// The connection within a few pixels of `p`, if any.
    pub(crate) fn connection_at(&self, p: Pos2) -> Option<Link> {
        if !self.inputs_match() {
            return None;
        }
        let mut best: Option<(f32, Link)> = None;
        for (l, layer) in self.net.layers.iter().enumerate() {
            let (x0, x1) = (self.layout.out_port(l, 0).x, self.layout.in_port(l + 1, 0).x);
            if p.x < x0 || p.x > x1 {
                continue;
            }
            for j in 0..layer.outputs() {
                for i in 0..layer.inputs() {
                    let (a, b) = self.ends(l, i, j);
                    let (width, _) = self.stroke(l, layer.weights[(i, j)]);
                    let d = distance_sq(p, a, b);
                    let reach = (width / 2.0 + 3.0).powi(2);
                    if d <= reach && best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, (l, i, j)));
                    }
                }
            }
        }
        best.map(|(_, link)| link)
    }

    /// Draws node `j` of column `c` (`c` ≥ 1, or an enabled input). Its
    /// picture goes into `tiles`, one mesh for all pictures (one draw call).
    pub(crate) fn paint_node(
        &self,
        painter: &Painter,
        thumbs: &Thumbnails,
        tiles: &mut Mesh,
        c: usize,
        j: usize,
        hovered: bool,
    ) {
        let rect = self.layout.node_rect(c, self.row(c, j));
        let style = painter.ctx().global_style();
        let visuals = &style.visuals;
        match thumbs.tile(c, j) {
            Some((tex, uv)) => {
                tiles.texture_id = tex;
                tiles.add_rect_with_uv(rect, uv, Color32::WHITE);
            }
            None => {
                painter.rect_filled(rect, 0.0, visuals.faint_bg_color);
            }
        }
        let stroke = if hovered {
            Stroke::new(2.5, visuals.strong_text_color())
        } else {
            Stroke::new(1.0, visuals.weak_text_color())
        };
        painter.rect_stroke(rect, 0.0, stroke, egui::StrokeKind::Outside);
        if c > 0
            && let Some(&b) = self.net.layers.get(c - 1).and_then(|l| l.bias.get(j))
        {
            let s = (self.layout.node * 0.3).max(5.0);
            let marker = Rect::from_min_size(rect.left_bottom() + vec2(-s * 0.5, -s * 0.5), vec2(s, s));
            painter.rect_filled(marker, 0.0, Shade::Signed(1.0).color(b));
            painter.rect_stroke(marker, 0.0, Stroke::new(1.0, sign_color(b)), egui::StrokeKind::Inside);
        }
        if c > 0 && self.masks.is_off(c - 1, j) {
            painter.rect_filled(rect, 0.0, Color32::from_black_alpha(140));
            let red = Stroke::new(2.0, visuals.error_fg_color);
            painter.line_segment([rect.left_top(), rect.right_bottom()], red);
            painter.line_segment([rect.right_top(), rect.left_bottom()], red);
        }
    }
}

/// Appends the segment `a`–`b` of `width` as a quad.
fn push_segment(mesh: &mut Mesh, a: Pos2, b: Pos2, width: f32, color: Color32) {
    let d = (b - a).normalized().rot90() * (width / 2.0);
    let k = mesh.vertices.len() as u32;
    mesh.colored_vertex(a + d, color);
    mesh.colored_vertex(a - d, color);
    mesh.colored_vertex(b - d, color);
    mesh.colored_vertex(b + d, color);
    mesh.add_triangle(k, k + 1, k + 2);
    mesh.add_triangle(k, k + 2, k + 3);
}
