//! The graph itself in its scroll area: connections, neurons and the input
//! column, with the clicks and hovers on them (feature toggles and layer
//! controls change the configuration directly; clicks open the neuron window).
//! In the backprop inspector the graph carries the stage's numbers and
//! clicks pin a neuron or connection; during a replay it draws the
//! checkpoint's weights and edits nothing.

use egui::{Align2, FontId, Role, Sense, Ui, WidgetInfo};

use super::backprop::{Focus, Overlay};
use super::graph::Graph;
use super::layout::Layout;
use super::{NetworkEditor, header, tooltip};
use crate::data::Feature;
use crate::lessons::ControlGroup;
use crate::tr;
use crate::train::{Snapshot, TrainConfig};

/// How the graph responds this frame.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Hover for tooltips, click to edit.
    Edit,
    /// The backprop inspector: click to pin, the strip shows the numbers.
    Inspect,
    /// A replayed checkpoint: look only.
    Replay,
}

/// Node sides while inspecting: small enough that every neuron of an 8-8
/// network and its numbers fit a laptop's panel, large enough to click.
const INSPECT_NODE: std::ops::RangeInclusive<f32> = 14.0..=28.0;
/// Room under a neuron for the inspector's two lines of numbers.
const INSPECT_TEXT: f32 = 28.0;

impl NetworkEditor {
    /// The graph in a scroll area (feature toggles and layer controls
    /// change `config` directly; clicks open the neuron window).
    pub(super) fn graph_ui(&mut self, ui: &mut Ui, config: &mut TrainConfig, snapshot: &Snapshot) {
        let replayed = snapshot.shown_checkpoint.and_then(|k| snapshot.checkpoints.get(k));
        let net = replayed.map_or(&snapshot.net, |c| &c.net);
        let mode = match (replayed, self.backprop.is_open()) {
            (Some(_), _) => Mode::Replay,
            (None, true) => Mode::Inspect,
            (None, false) => Mode::Edit,
        };
        let classroom = self.classroom.clone();
        let tallest = net.layers.iter().map(|l| l.outputs()).chain([Feature::ALL.len()]).max();
        let fitted = self
            .fit
            .then(|| Layout::fitting(ui.available_size(), net.layers.len() + 1, tallest.unwrap_or(1)))
            // The inspector writes two lines of numbers under every neuron:
            // rows make room for them, columns are as far apart as the
            // widest number needs (the panel scrolls below that).
            .map(|(node, pitch)| match mode {
                Mode::Inspect => {
                    let rows = tallest.unwrap_or(1).max(1) as f32;
                    let tall = (ui.available_height() - super::layout::HEADER - 8.0) / rows - INSPECT_TEXT - 4.0;
                    (tall.clamp(*INSPECT_NODE.start(), *INSPECT_NODE.end()), pitch)
                }
                _ => (node, pitch),
            });
        let node = fitted.map_or(self.node, |(node, _)| node);
        let numbers = (mode == Mode::Inspect)
            .then(|| {
                self.backprop
                    .overlay(snapshot)
                    .map(|o| o.widest_value(ui.painter(), node))
            })
            .flatten();
        let time = ui.input(|i| i.time);
        let mut focus = None;
        egui::ScrollArea::both().auto_shrink(false).show(ui, |ui| {
            let origin = ui.available_rect_before_wrap().min;
            let features = config.features.clone();
            let mut graph = Graph::new(origin, net, &snapshot.masks, &features, node);
            if let Some((_, pitch)) = fitted {
                graph.layout.column_pitch = pitch;
            }
            if let Some(width) = numbers {
                graph.layout.row_pitch = node + INSPECT_TEXT + 4.0;
                graph.layout.right_pad = (width / 2.0 - node / 2.0).max(4.0);
                // Columns as far apart as the widest number and a gap; the
                // gap closes (to 4 points) before the panel has to scroll.
                let room = graph.layout.pitch_within(ui.available_width());
                graph.layout.column_pitch = (width + 10.0).min(room).max(width + 4.0).max(node + 14.0);
            }
            let overlay = self.backprop.overlay(snapshot).filter(|o| o.fits(&graph));
            let (rect, background) = ui.allocate_exact_size(graph.layout.size(), Sense::click());
            let painter = ui.painter().clone();
            let clip = ui.clip_rect().intersect(rect);
            let links = overlay.as_ref().and_then(|o| o.connections(&graph, clip));
            painter.add(egui::Shape::mesh(links.unwrap_or_else(|| graph.connections(clip))));
            let tiles_at = painter.add(egui::Shape::Noop);
            let mut tiles = egui::Mesh::default();

            let columns = graph.layout.counts.len();
            for c in 0..columns {
                let header = graph.layout.header_rect(c);
                if c == 0 {
                    header::caption(ui, header, &tr!("editor-inputs"), &tr!("editor-inputs-detail"));
                } else if c + 1 == columns {
                    header::caption(ui, header, &tr!("editor-output"), net.head.output.name());
                } else {
                    header::hidden_header(ui, header, config, c - 1, &classroom);
                }
            }
            self.inputs_ui(ui, &graph, config, snapshot, &mut tiles, (mode, overlay.as_ref()));
            for c in 1..columns {
                for j in 0..graph.layout.counts[c] {
                    let rect = graph.layout.node_rect(c, j);
                    let id = ui.scope_id().with(("editor-node", c, j));
                    let output = c + 1 == columns;
                    let resp = ui.interact(rect, id, Sense::click());
                    let name = if output {
                        tr!("editor-output-node", output = j + 1)
                    } else {
                        tr!("editor-neuron-node", layer = c, neuron = j + 1)
                    };
                    let value = overlay.as_ref().map(|o| o.node_value(c, j));
                    resp.widget_info(|| {
                        let mut info = WidgetInfo::labeled(Role::Button, true, &name);
                        info.current_text_value.clone_from(&value);
                        info
                    });
                    crate::app::widgets::hover::describe(&resp, &tr!("editor-neuron-hover"));
                    let hovered = resp.hovered();
                    let here = Focus::Neuron {
                        layer: c - 1,
                        neuron: j,
                    };
                    if hovered {
                        self.hovered = Some((c, j));
                        focus = Some(here);
                    }
                    if clip.intersects(rect) {
                        graph.paint_node(&painter, &self.thumbs, &mut tiles, c, j, hovered);
                    }
                    if output && overlay.is_none() {
                        let label = tooltip::output_label(net, j);
                        let at = rect.right_center() + egui::vec2(4.0, 0.0);
                        painter.text(
                            at,
                            Align2::LEFT_CENTER,
                            label,
                            FontId::proportional(11.0),
                            ui.visuals().text_color(),
                        );
                    }
                    match mode {
                        Mode::Edit => {
                            if resp.clicked() {
                                self.neuron_window.open(c - 1, j, None);
                            }
                            resp.on_hover_ui(|ui| tooltip::neuron(ui, snapshot, &features, c, j));
                        }
                        Mode::Inspect if resp.clicked() => self.backprop.pinned = Some(here),
                        Mode::Inspect | Mode::Replay => {}
                    }
                }
            }

            painter.set(tiles_at, egui::Shape::mesh(tiles));
            if let Some(o) = &overlay {
                o.paint(&painter, &graph, time);
            }
            let pointer = background.hover_pos().filter(|_| self.hovered.is_none());
            let hovered_link = pointer.and_then(|p| graph.connection_at(p));
            crate::app::widgets::hover::describe(&background, &tr!("editor-connections-hover"));
            graph.overlays(&painter, hovered_link);
            if let Some((l, i, j)) = hovered_link {
                let here = Focus::Link {
                    layer: l,
                    input: i,
                    neuron: j,
                };
                focus = focus.or(Some(here));
                match mode {
                    Mode::Edit => {
                        if background.clicked() {
                            self.neuron_window.open(l, j, Some(i));
                        }
                        background.on_hover_ui_at_pointer(|ui| tooltip::connection(ui, snapshot, &features, (l, i, j)));
                    }
                    Mode::Inspect if background.clicked() => self.backprop.pinned = Some(here),
                    Mode::Inspect | Mode::Replay => {}
                }
            }
        });
        if focus.is_none() && self.backprop.hovered.is_some() {
            // The strip above was drawn with last frame's focus.
            ui.ctx().request_repaint();
        }
        self.backprop.hovered = focus;
    }

    /// The input column: every feature, enabled ones with their picture;
    /// clicking one toggles it (at least one stays on). In the inspector a
    /// click pins the input; in a replay it does nothing.
    fn inputs_ui(
        &mut self,
        ui: &mut Ui,
        graph: &Graph<'_>,
        config: &mut TrainConfig,
        snapshot: &Snapshot,
        tiles: &mut egui::Mesh,
        (mode, overlay): (Mode, Option<&Overlay<'_>>),
    ) {
        let painter = ui.painter().clone();
        let usable = self.classroom.usable(ControlGroup::Features);
        for (row, f) in Feature::ALL.into_iter().enumerate() {
            let rect = graph.layout.node_rect(0, row);
            let index = config.features.iter().position(|g| *g == f);
            let resp = ui.interact(rect, ui.scope_id().with(("editor-feature", row)), Sense::click());
            let on = index.is_some();
            let name = tr!("editor-feature", feature = f.label());
            let value = index.and_then(|i| overlay?.input_value(i));
            resp.widget_info(|| {
                let mut info = WidgetInfo::selected(Role::CheckBox, usable, on, &name);
                info.current_text_value.clone_from(&value);
                info
            });
            crate::app::widgets::hover::describe(&resp, &crate::i18n::words::feature_explanation(f));
            let hovered = resp.hovered();
            let at = rect.left_center() - egui::vec2(4.0, 0.0);
            let color = if on {
                ui.visuals().strong_text_color()
            } else {
                ui.visuals().weak_text_color()
            };
            painter.text(at, Align2::RIGHT_CENTER, f.label(), FontId::proportional(11.0), color);
            match index {
                Some(i) if graph.inputs_match() => {
                    if hovered {
                        self.hovered = Some((0, i));
                    }
                    graph.paint_node(&painter, &self.thumbs, tiles, 0, i, hovered);
                }
                _ => {
                    let stroke = egui::Stroke::new(if hovered { 2.0 } else { 1.0 }, color);
                    painter.rect_stroke(rect, 0.0, stroke, egui::StrokeKind::Outside);
                }
            }
            match mode {
                Mode::Edit => {
                    if resp.clicked() && usable {
                        config.toggle_feature(f, index.is_none());
                    }
                    resp.on_hover_ui(|ui| tooltip::feature(ui, snapshot, f, index));
                }
                Mode::Inspect => {
                    if let (true, Some(i)) = (resp.clicked(), index) {
                        self.backprop.pinned = Some(Focus::Input(i));
                    }
                }
                Mode::Replay => {}
            }
        }
    }
}
