//! Drawing a side panel into its slot: open with a header row to fold it
//! or move it to the other side, or folded to a strip with its name.

use egui::Ui;

use super::{PanelKind, Place, STRIP, Side, Slot};
use crate::tr;

/// A side panel of `kind` on `place.side` sized by `slot` (`salt` keeps
/// a separately remembered width, e.g. the editor while inspecting), with a
/// header row to fold it or move it to the other side unless the panel
/// draws its own (`header`); `body` draws its contents. The width the
/// learner drags it to is kept in `place`. A folded panel is a strip with
/// its name: clicking it asks for the room (`favour`).
#[allow(clippy::too_many_arguments)]
pub fn side_panel<R>(
    ui: &mut Ui,
    kind: PanelKind,
    salt: &str,
    place: &mut Place,
    slot: Slot,
    favour: &mut Option<PanelKind>,
    header: bool,
    body: impl FnOnce(&mut Ui, &mut Place) -> R,
) -> (Option<R>, egui::Rect) {
    let id = egui::Id::unique((kind, salt, place.side));
    let panel = |id: egui::Id| match place.side {
        Side::Left => egui::Panel::left(id),
        Side::Right => egui::Panel::right(id),
    };
    if slot.folded {
        let shown = panel(id.with("strip"))
            .resizable(false)
            .exact_size(STRIP)
            .show(ui, |ui| {
                let open = ui
                    .add(egui::Button::new(vertical(&kind.title())).frame(false))
                    .on_hover_text(tr!("layout-unfold-hover"));
                if open.clicked() {
                    place.folded = false;
                    *favour = Some(kind);
                }
            });
        return (None, shown.response.rect);
    }
    // egui opens a panel at the width it had last frame, clamped to the
    // slot: when the slot changed (a lesson opened, the inspector closed)
    // a panel kept its old width and took the main view's room. Unless
    // the learner is dragging, the panel opens at the slot's width.
    let state_id = ui.scope_id().with(id);
    let remembered = egui::PanelState::load(ui.ctx(), state_id).map(|s| s.size().x);
    if remembered.is_some_and(|w| (w - slot.default).abs() > 0.5) && ui.ctx().dragged_id().is_none() {
        ui.data_mut(|d| d.remove::<egui::PanelState>(state_id));
    }
    let shown = panel(id)
        .resizable(true)
        .default_size(slot.default)
        .min_size(slot.min)
        .max_size(slot.max)
        .show(ui, |ui| {
            if header {
                header_ui(ui, kind, place);
            }
            body(ui, place)
        });
    let width = shown.response.rect.width();
    // A width the layout imposed is not the learner's choice; one they
    // dragged to is.
    if (width - slot.default).abs() > 1.0 && ui.ctx().dragged_id().is_some() {
        place.width = width;
    }
    (Some(shown.inner), shown.response.rect)
}

/// A panel's name written one letter under the other (a folded strip).
fn vertical(title: &str) -> String {
    let mut s = String::new();
    for (k, c) in title.chars().filter(|c| !c.is_whitespace()).enumerate() {
        if k > 0 {
            s.push('\n');
        }
        s.push(c);
    }
    format!("»\n{s}")
}

/// The small row over a side panel: fold it, move it to the other side.
fn header_ui(ui: &mut Ui, kind: PanelKind, place: &mut Place) {
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(kind.title()).small().weak());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            fold_and_move_ui(ui, place, tr!("layout-fold"), tr!("layout-fold-hover"));
        });
    });
}

/// A side panel's fold and move buttons (right to left), with the fold
/// button's own words: every panel folds to a strip and moves to the
/// other side the same way.
pub fn fold_and_move_ui(ui: &mut Ui, place: &mut Place, fold: String, fold_hover: String) {
    if ui.small_button(fold).on_hover_text(fold_hover).clicked() {
        place.folded = true;
    }
    if ui
        .small_button(tr!("layout-move"))
        .on_hover_text(tr!("layout-move-hover"))
        .clicked()
    {
        place.side = place.side.other();
    }
}
