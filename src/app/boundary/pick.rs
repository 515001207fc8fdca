//! The boundary view in the backprop inspector and during a replay: a
//! click picks the point to trace (the picked one is ringed), or does
//! nothing at all.

use egui::PointerButton;
use egui_plot::{MarkerShape, PlotUi, Points};

use super::BoundaryView;
use crate::app::context::Action;
use crate::app::context::InspectorAction;
use crate::data::Dataset;

/// What a click on the view does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClickMode {
    /// Add, move and delete points.
    Edit,
    /// The backprop inspector: a click picks the point to trace; the
    /// picked one is ringed. The data stays as it is.
    Pick(Option<usize>),
    /// A replayed checkpoint: nothing changes the data, and no point is
    /// ringed as misclassified (that would be the present network's verdict).
    ReadOnly,
}

/// Rings the picked point (inspector).
pub(super) fn ring_picked(plot_ui: &mut PlotUi<'_>, dataset: &Dataset, mode: ClickMode) {
    if let ClickMode::Pick(Some(i)) = mode
        && let Some(p) = dataset.points.get(i)
    {
        let ink = plot_ui.ctx().global_style().visuals.strong_text_color();
        let ring = Points::new("picked", vec![p.x])
            .shape(MarkerShape::Circle)
            .filled(false);
        plot_ui.points(ring.radius(9.0).color(ink).allow_hover(false));
    }
}

impl BoundaryView {
    /// The inspector's clicks: `under` (the point under the pointer) is traced.
    pub(super) fn pick(&mut self, resp: &egui::Response, under: Option<usize>) -> Vec<Action> {
        self.drag = None;
        self.hovered = None;
        if under.is_some() && resp.hovered() {
            resp.ctx.set_cursor_icon(egui::CursorIcon::PointingHand);
        }
        match under {
            Some(i) if resp.clicked_by(PointerButton::Primary) => vec![Action::Inspector(InspectorAction::Pick(i))],
            _ => Vec::new(),
        }
    }
}
