//! The graph itself in its scroll area: connections, neurons and the input
//! column, with the clicks and hovers on them (feature toggles and layer
//! controls change the configuration directly; clicks open the inspector).

use egui::{Align2, FontId, Role, Sense, Ui, WidgetInfo};

use super::graph::Graph;
use super::layout::Layout;
use super::{NetworkEditor, header, tooltip};
use crate::data::Feature;
use crate::train::{Snapshot, TrainConfig};

impl NetworkEditor {
    /// The graph in a scroll area (feature toggles and layer controls
    /// change `config` directly; clicks open the inspector).
    pub(super) fn graph_ui(&mut self, ui: &mut Ui, config: &mut TrainConfig, snapshot: &Snapshot) {
        let net = &snapshot.net;
        let tallest = net.layers.iter().map(|l| l.outputs()).chain([Feature::ALL.len()]).max();
        let node = if self.fit {
            Layout::fitting_node(ui.available_size(), net.layers.len() + 1, tallest.unwrap_or(1))
        } else {
            self.node
        };
        egui::ScrollArea::both().auto_shrink(false).show(ui, |ui| {
            let origin = ui.available_rect_before_wrap().min;
            let features = config.features.clone();
            let graph = Graph::new(origin, net, &snapshot.masks, &features, node);
            let (rect, background) = ui.allocate_exact_size(graph.layout.size(), Sense::click());
            let painter = ui.painter().clone();
            let clip = ui.clip_rect().intersect(rect);
            painter.add(egui::Shape::mesh(graph.connections(clip)));
            let tiles_at = painter.add(egui::Shape::Noop);
            let mut tiles = egui::Mesh::default();

            let columns = graph.layout.counts.len();
            for c in 0..columns {
                let header = graph.layout.header_rect(c);
                if c == 0 {
                    header::caption(ui, header, "Inputs", "click: on/off");
                } else if c + 1 == columns {
                    header::caption(ui, header, "Output", header::output_name(net.head.output));
                } else {
                    header::hidden_header(ui, header, config, c - 1);
                }
            }
            self.inputs_ui(ui, &graph, config, snapshot, &mut tiles);
            for c in 1..columns {
                for j in 0..graph.layout.counts[c] {
                    let rect = graph.layout.node_rect(c, j);
                    let id = ui.scope_id().with(("editor-node", c, j));
                    let output = c + 1 == columns;
                    let resp = ui.interact(rect, id, Sense::click());
                    let name = if output {
                        format!("output {}", j + 1)
                    } else {
                        format!("neuron {}.{}", c, j + 1)
                    };
                    resp.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
                    crate::app::hover::describe(
                        &resp,
                        "A neuron: its picture is its output over the plane. Click to see and edit its weights",
                    );
                    let hovered = resp.hovered();
                    if hovered {
                        self.hovered = Some((c, j));
                    }
                    if clip.intersects(rect) {
                        graph.paint_node(&painter, &self.thumbs, &mut tiles, c, j, hovered);
                    }
                    if output {
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
                    if resp.clicked() {
                        self.inspector.open(c - 1, j, None);
                    }
                    resp.on_hover_ui(|ui| tooltip::neuron(ui, snapshot, &features, c, j));
                }
            }

            painter.set(tiles_at, egui::Shape::mesh(tiles));
            let pointer = background.hover_pos().filter(|_| self.hovered.is_none());
            let hovered_link = pointer.and_then(|p| graph.connection_at(p));
            graph.overlays(&painter, hovered_link);
            if let Some((l, i, j)) = hovered_link {
                if background.clicked() {
                    self.inspector.open(l, j, Some(i));
                }
                background.on_hover_ui_at_pointer(|ui| tooltip::connection(ui, snapshot, &features, (l, i, j)));
            }
        });
    }

    /// The input column: every feature, enabled ones with their picture;
    /// clicking one toggles it (at least one stays on).
    fn inputs_ui(
        &mut self,
        ui: &mut Ui,
        graph: &Graph<'_>,
        config: &mut TrainConfig,
        snapshot: &Snapshot,
        tiles: &mut egui::Mesh,
    ) {
        let painter = ui.painter().clone();
        for (row, f) in Feature::ALL.into_iter().enumerate() {
            let rect = graph.layout.node_rect(0, row);
            let index = config.features.iter().position(|g| *g == f);
            let resp = ui.interact(rect, ui.scope_id().with(("editor-feature", row)), Sense::click());
            let on = index.is_some();
            let name = format!("feature {}", f.label());
            resp.widget_info(|| WidgetInfo::selected(Role::CheckBox, true, on, &name));
            crate::app::hover::describe(&resp, f.explanation());
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
            if resp.clicked() {
                config.toggle_feature(f, index.is_none());
            }
            resp.on_hover_ui(|ui| tooltip::feature(ui, snapshot, f, index));
        }
    }
}
