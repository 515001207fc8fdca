//! How the window's panels share a laptop screen. The arrangement — which
//! side each side panel sits on, whether the learner folded it, the width
//! they dragged it to, the height of the plots under the boundary view —
//! is the learner's and saved with the settings. Each frame [`allot`] then
//! gives the panels room in the order the task needs it: the tab's main
//! view first (the boundary view keeps 35 % of the window and 240 px), then
//! the panel the current work needs (the inspector while it is open, else
//! the lesson), the rest after; a panel with no room left folds to a strip
//! the learner can click to give it the room instead.
//!
//! Hand-made egui panels rather than a dock crate: egui_dock has no release
//! for egui 0.37, and egui_tiles (which has) shares space by fractions with
//! one global minimum, so the guarantees above would have to be re-imposed
//! on any tree a learner drags together; here they are one function with
//! unit tests.

use serde::{Deserialize, Serialize};

use crate::tr;

mod panel;
mod slots;

pub use panel::side_panel;
pub use slots::{Shown, below_heights, needs, workspace_slots};

/// Which side of the window a side panel sits on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    /// Left of the main view.
    Left,
    /// Right of the main view.
    #[default]
    Right,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Self {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

/// One side panel's place in the learner's arrangement.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Place {
    /// Its side.
    pub side: Side,
    /// Folded to a strip by the learner.
    pub folded: bool,
    /// The width the learner prefers (dragged to), in points.
    pub width: f32,
}

impl Default for Place {
    fn default() -> Self {
        Self {
            side: Side::Right,
            folded: false,
            width: 300.0,
        }
    }
}

/// The learner's arrangement of the window, saved with the settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    /// The control panel of the network tab.
    pub controls: Place,
    /// The network editor.
    pub editor: Place,
    /// The editor's preferred width while the backprop inspector is open.
    pub inspector_width: f32,
    /// The lesson panel.
    pub lesson: Place,
    /// The concept notes beside a lab.
    pub notes: Place,
    /// Height of the loss plots (or, while inspecting, the inspector's
    /// explanation) under the boundary view.
    pub plots_height: f32,
}

impl Default for Workspace {
    fn default() -> Self {
        Self {
            controls: Place {
                side: Side::Left,
                folded: false,
                width: 270.0,
            },
            editor: Place {
                width: 400.0,
                ..Place::default()
            },
            inspector_width: 520.0,
            lesson: Place {
                width: 340.0,
                ..Place::default()
            },
            notes: Place {
                width: 300.0,
                ..Place::default()
            },
            plots_height: 220.0,
        }
    }
}

/// The side panels [`allot`] shares the width between.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PanelKind {
    /// The lesson panel.
    Lesson,
    /// The control panel.
    Controls,
    /// The network editor (with the inspector's graph while it is open).
    Editor,
    /// The concept notes beside a lab.
    Notes,
}

impl PanelKind {
    /// The panel's name on its folded strip.
    pub fn title(self) -> String {
        match self {
            PanelKind::Lesson => tr!("layout-lesson"),
            PanelKind::Controls => tr!("layout-controls"),
            PanelKind::Editor => tr!("layout-editor"),
            PanelKind::Notes => tr!("notes-heading"),
        }
    }
}

/// Width of a folded panel's strip.
pub const STRIP: f32 = 30.0;
/// The boundary view's share of the window and its least width.
pub const MAIN_SHARE: f32 = 0.35;
/// See [`MAIN_SHARE`].
pub const MAIN_MIN: f32 = 240.0;
/// Room around the boundary view's plot area: its axes, their captions
/// and the panel's margins.
const MAIN_CHROME: f32 = 86.0;

/// What a panel gets this frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slot {
    /// Drawn as a strip (folded by the learner or for want of room).
    pub folded: bool,
    /// Width it opens at.
    pub default: f32,
    /// Least width it may be dragged to.
    pub min: f32,
    /// Most width it may be dragged to.
    pub max: f32,
}

/// A panel asking for room: its least and preferred widths.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ask {
    /// Which panel.
    pub kind: PanelKind,
    /// Folded by the learner.
    pub folded: bool,
    /// Least width at which it still does its job.
    pub min: f32,
    /// Width the learner prefers.
    pub preferred: f32,
}

/// The width the tab's main view keeps in a window `window` wide.
pub fn main_view_need(window: f32) -> f32 {
    (MAIN_SHARE * window).max(MAIN_MIN) + MAIN_CHROME
}

/// A lab's share of the window beside the lesson and the notes, and its
/// least width: its side panel and its plot with their controls in a row.
const LAB_SHARE: f32 = 0.5;
/// See [`LAB_SHARE`].
const LAB_MIN: f32 = 500.0;

/// The width a lab tab keeps in a window `window` wide.
pub fn lab_view_need(window: f32) -> f32 {
    (LAB_SHARE * window).max(LAB_MIN)
}

/// Shares `window - keep` between the panels of `asks`, which come in the
/// order they need the room (first served first): each open panel gets
/// its least width, in that order, while there is room (a panel left
/// without folds to a strip); what remains goes, in the same order, up to
/// the preferred widths.
pub fn allot(window: f32, keep: f32, asks: &[Ask]) -> Vec<(PanelKind, Slot)> {
    let mut budget = window - keep;
    let strips = asks.len() as f32 * STRIP;
    budget -= strips;
    let mut open = Vec::with_capacity(asks.len());
    for a in asks {
        let fits = !a.folded && a.min - STRIP <= budget;
        if fits {
            budget -= a.min - STRIP;
        }
        open.push(fits);
    }
    let mut out = Vec::with_capacity(asks.len());
    for (a, &fits) in asks.iter().zip(&open) {
        if !fits {
            out.push((
                a.kind,
                Slot {
                    folded: true,
                    default: STRIP,
                    min: STRIP,
                    max: STRIP,
                },
            ));
            continue;
        }
        let extra = (a.preferred.max(a.min) - a.min).min(budget.max(0.0));
        budget -= extra;
        let default = a.min + extra;
        out.push((
            a.kind,
            Slot {
                folded: false,
                default,
                min: a.min.min(default),
                max: default.max(a.min),
            },
        ));
    }
    // What is left may be taken by dragging a panel wider.
    let spare = budget.max(0.0);
    for (_, s) in &mut out {
        if !s.folded {
            s.max += spare;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(kind: PanelKind, min: f32, preferred: f32) -> Ask {
        Ask {
            kind,
            folded: false,
            min,
            preferred,
        }
    }

    fn total(slots: &[(PanelKind, Slot)]) -> f32 {
        slots.iter().map(|(_, s)| s.default).sum()
    }

    #[test]
    fn the_main_view_keeps_its_share_on_every_laptop() {
        for w in [1024.0f32, 1280.0, 1920.0] {
            let keep = main_view_need(w);
            let asks = [
                ask(PanelKind::Editor, 330.0, 520.0),
                ask(PanelKind::Lesson, 210.0, 340.0),
                ask(PanelKind::Controls, 210.0, 270.0),
            ];
            let slots = allot(w, keep, &asks);
            assert!(w - total(&slots) >= keep - 0.5, "{w}: {slots:?}");
            assert!(w - total(&slots) >= 0.35 * w, "{w}");
        }
    }

    #[test]
    fn the_panel_first_in_need_gets_the_room_and_the_last_folds() {
        // 1024 wide, inspecting: the inspector opens at its least width at
        // least, the lesson becomes a card, the controls fold.
        let asks = [
            ask(PanelKind::Editor, 330.0, 520.0),
            ask(PanelKind::Lesson, 210.0, 340.0),
            ask(PanelKind::Controls, 210.0, 270.0),
        ];
        let slots = allot(1024.0, main_view_need(1024.0), &asks);
        assert!(!slots[0].1.folded && slots[0].1.default >= 330.0, "{slots:?}");
        assert!(!slots[1].1.folded && slots[1].1.default >= 210.0, "{slots:?}");
        assert!(slots[2].1.folded, "{slots:?}");
        // At 1920 everyone gets what they prefer.
        let wide = allot(1920.0, main_view_need(1920.0), &asks);
        assert!(wide.iter().zip(&asks).all(|((_, s), a)| s.default == a.preferred));
    }

    #[test]
    fn a_panel_the_learner_folded_stays_a_strip_and_leaves_its_room() {
        let mut asks = [
            ask(PanelKind::Lesson, 210.0, 340.0),
            ask(PanelKind::Controls, 210.0, 270.0),
        ];
        asks[0].folded = true;
        let slots = allot(1024.0, main_view_need(1024.0), &asks);
        assert!(slots[0].1.folded && slots[0].1.default == STRIP);
        assert_eq!(slots[1].1.default, 270.0);
        assert!(slots[1].1.max > 270.0, "the spare room can be dragged into");
    }

    #[test]
    fn workspaces_saved_by_older_versions_load_with_defaults() {
        let w: Workspace = serde_json::from_str(r#"{"plots_height": 300.0}"#).unwrap_or_default();
        assert_eq!(w.plots_height, 300.0);
        assert_eq!(w.controls.side, Side::Left);
        let again: Workspace = serde_json::from_str(&serde_json::to_string(&w).unwrap_or_default()).unwrap_or_default();
        assert_eq!(again, w);
    }
}
