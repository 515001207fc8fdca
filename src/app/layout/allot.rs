//! Sharing the window's width between the side panels.

use super::{Ask, PanelKind, STRIP, Slot};

/// The width the tab's main view keeps: `least` while a panel needs the
/// room to open at all, `preferred` before any panel grows past its least
/// width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Keep {
    /// Kept whatever opens.
    pub least: f32,
    /// Kept before panels widen (the room between may be dragged into).
    pub preferred: f32,
}

/// Shares the window's width `window` between the main view (`keep`) and
/// the panels of `asks`, which come in the order they need the room (first
/// served first): each open panel gets its least width, in that order,
/// while the main view keeps `keep.least` (a panel left without folds to a
/// strip); what remains above `keep.preferred` goes, in the same order, up
/// to the preferred widths. Whatever is left, down to `keep.least`, a
/// panel may be dragged into.
pub fn allot(window: f32, keep: Keep, asks: &[Ask]) -> Vec<(PanelKind, Slot)> {
    let mut budget = window - keep.least;
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
    let reserve = (keep.preferred - keep.least).max(0.0).min(budget.max(0.0));
    budget -= reserve;
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
    let spare = budget.max(0.0) + reserve;
    for (_, s) in &mut out {
        if !s.folded {
            s.max += spare;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::main_view_need;
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
            assert!(w - total(&slots) >= keep.least - 0.5, "{w}: {slots:?}");
            assert!(w - total(&slots) >= 0.35 * w, "{w}");
        }
    }

    #[test]
    fn the_usual_panels_leave_the_main_view_its_preferred_share() {
        // No lesson, no inspector: the control panel and the editor widen
        // only while the view keeps 40 %; dragging may take it to 35 %.
        for w in [1024.0f32, 1280.0] {
            let keep = main_view_need(w);
            let asks = [
                ask(PanelKind::Controls, 210.0, 270.0),
                ask(PanelKind::Editor, 240.0, 400.0),
            ];
            let slots = allot(w, keep, &asks);
            assert!(slots.iter().all(|(_, s)| !s.folded), "{w}: {slots:?}");
            assert!(w - total(&slots) >= keep.preferred - 0.5, "{w}: {slots:?}");
            let widest: f32 = slots.iter().map(|(_, s)| s.max - s.default).fold(f32::MAX, f32::min);
            assert!(
                widest >= keep.preferred - keep.least - 0.5,
                "{w}: the reserve can be dragged into"
            );
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
        // At 1920 all open, the first in need at the width it prefers,
        // and the view keeps its preferred share.
        let keep = main_view_need(1920.0);
        let wide = allot(1920.0, keep, &asks);
        assert!(wide.iter().all(|(_, s)| !s.folded), "{wide:?}");
        assert_eq!(wide[0].1.default, asks[0].preferred, "{wide:?}");
        assert!(1920.0 - total(&wide) >= keep.preferred - 0.5, "{wide:?}");
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
}
