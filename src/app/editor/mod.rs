//! The network editor panel: the network drawn as a graph that trains live
//! (thumbnails of every neuron's output, bias markers, connections coloured
//! by sign and sized by magnitude) and edited by hand: layers, neurons,
//! activations, input features, exact weights and biases, frozen
//! connections and switched-off neurons, with its own undo.
//!
//! Shape edits change the settings' configuration (the same one the side
//! panel edits; the app sends it to the worker); weight edits become worker
//! commands at once. Everything drawn comes from the latest snapshot.

mod graph;
mod header;
mod inspector;
mod layout;
mod thumbs;
mod tooltip;
mod undo;

use egui::{Align2, FontId, Role, Sense, Ui, WidgetInfo};

use super::boundary::BoundaryView;
use super::link::WorkerLink;
use super::undo_order::{UndoOrder, UndoSource};
use crate::data::Feature;
use crate::train::{Snapshot, TrainConfig};
use graph::Graph;
use inspector::Inspector;
use layout::Layout;
use thumbs::Thumbnails;
pub use thumbs::neuron_image;
use undo::{EditorEdit, Shape, UndoStack};

/// The editor's state between frames.
pub struct NetworkEditor {
    thumbs: Thumbnails,
    undo: UndoStack,
    inspector: Inspector,
    fit: bool,
    node: f32,
    /// The neuron under the pointer as (column, neuron): column 0 holds the
    /// network's inputs, then one column per layer (as in `NeuronGrids`).
    pub hovered: Option<(usize, usize)>,
    /// Whether the panel is shown.
    pub visible: bool,
}

impl Default for NetworkEditor {
    fn default() -> Self {
        Self {
            thumbs: Thumbnails::default(),
            undo: UndoStack::default(),
            inspector: Inspector::default(),
            fit: true,
            node: 28.0,
            hovered: None,
            visible: true,
        }
    }
}

impl NetworkEditor {
    /// The panel at the right of the window; a hovered neuron is shown
    /// large in `boundary`, and every edit made or undone here is noted in
    /// `order` (for Ctrl+Z).
    pub fn panel_ui(
        &mut self,
        ui: &mut Ui,
        config: &mut TrainConfig,
        link: &mut WorkerLink,
        boundary: &mut BoundaryView,
        order: &mut UndoOrder,
    ) {
        self.hovered = None;
        if self.visible {
            egui::Panel::right("network-editor")
                .resizable(true)
                .default_size(400.0)
                .min_size(260.0)
                .show(ui, |ui| self.ui(ui, config, link, order));
        }
        boundary.show_neuron = self.hovered;
    }

    /// Times the neuron pictures were rebuilt (once per new snapshot).
    pub fn thumbnail_rebuilds(&self) -> u64 {
        self.thumbs.rebuilds
    }

    /// Number of edits that can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Takes back the panel's last edit (its *Undo edit* button, or Ctrl+Z
    /// when that edit is the latest); an edit that no longer fits the
    /// reshaped network is dropped. Returns whether there was one.
    pub fn undo(&mut self, config: &mut TrainConfig, link: &mut WorkerLink) -> bool {
        let Some(edit) = self.undo.pop() else {
            return false;
        };
        if link.snapshot.as_ref().is_none_or(|s| edit.fits(&s.net))
            && let Some(command) = edit.inverse().perform(config)
        {
            link.send_command(command);
        }
        true
    }

    /// Pushes `edit` on the undo stack and makes it the latest edit in
    /// `order` (an edit merged into the newest one moves that one up).
    fn remember(&mut self, edit: EditorEdit, order: &mut UndoOrder) {
        if self.undo.push(edit) {
            order.forget_latest(UndoSource::Editor);
        }
        order.push(UndoSource::Editor);
    }

    /// The panel's contents.
    pub fn ui(&mut self, ui: &mut Ui, config: &mut TrainConfig, link: &mut WorkerLink, order: &mut UndoOrder) {
        let before = Shape::of(config);
        let anchor = ui.max_rect().left_top() + egui::vec2(-12.0, 40.0);
        let requests = header::toolbar(ui, config, !self.undo.is_empty(), &mut self.fit, &mut self.node);
        ui.separator();
        let mut edits = Vec::new();
        match link.snapshot.as_ref() {
            Some(snapshot) => {
                self.thumbs.update(ui.ctx(), snapshot);
                self.graph_ui(ui, config, snapshot);
                let features = &config.features;
                let name = |l: usize, i: usize| tooltip::input_name(features, l, i);
                edits.extend(
                    self.inspector
                        .ui(ui.ctx(), anchor, &snapshot.net, &snapshot.masks, &name),
                );
            }
            None => {
                ui.label("Waiting for the training thread…");
            }
        }
        let after = Shape::of(config);
        if after != before {
            self.remember(EditorEdit::Shape { before, after }, order);
        }
        for edit in edits {
            if let Some(command) = edit.perform(config) {
                link.send_command(command);
            }
            self.remember(edit, order);
        }
        if requests.undo && self.undo(config, link) {
            order.forget_latest(UndoSource::Editor);
        }
        if requests.reset {
            link.reset();
        }
    }

    /// The graph in a scroll area (feature toggles and layer controls
    /// change `config` directly; clicks open the inspector).
    fn graph_ui(&mut self, ui: &mut Ui, config: &mut TrainConfig, snapshot: &Snapshot) {
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
