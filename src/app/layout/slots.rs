//! This frame's room for each panel: what the task needs first.

use super::{Ask, MAIN_MIN, PanelKind, Slot, Workspace, allot, lab_view_need, main_view_need};

/// Least width of the lesson panel: a card with the step's task (beside
/// the inspector at 1024 px, which needs 340, and the boundary view's 35 %).
const LESSON_MIN: f32 = 200.0;
/// Least width of the lesson's card while a question waits on it: its
/// choices, the goal and the buttons to go on fit a 640-px-high window
/// without scrolling. At 1280 px the control panel and the editor still
/// open beside it; at 1024 px the panels the step does not need fold.
const QUESTION_MIN: f32 = 290.0;
/// Least width of the control panel.
const CONTROLS_MIN: f32 = 210.0;
/// Least width of the editor.
const EDITOR_MIN: f32 = 240.0;
/// Least width of the editor while inspecting: every column of an 8-8
/// network with its numbers under the neurons.
const INSPECTOR_MIN: f32 = 340.0;
/// Least width of the concept notes.
const NOTES_MIN: f32 = 240.0;

/// Room the lesson card's margins take beside its text.
const CARD_MARGIN: f32 = 24.0;

/// Which optional panels are open this frame.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Shown {
    /// A lesson is open.
    pub lesson: bool,
    /// Width of the longest word of the open lesson's title, in points:
    /// the card is never narrower (a narrower card broke it mid-word).
    pub lesson_word: f32,
    /// The backprop inspector is open (network tab).
    pub inspecting: bool,
    /// The concept notes are open (lab tabs).
    pub notes: bool,
}

/// This frame's room for the side panels of a window `window` wide: on the
/// network tab the boundary view keeps [`main_view_need`] and the panels
/// come in the order the work needs them (the inspector while it is open,
/// then the lesson, the control panel and the editor; `needs`, the panels
/// the lesson step's goal uses, before the others; a strip the learner
/// clicked, `favour`, first of all). On a lab tab the lab keeps
/// [`lab_view_need`]; the lesson comes first, then the notes.
pub fn workspace_slots(
    window: f32,
    ws: &super::Workspace,
    tab: crate::labs::Tab,
    show_editor: bool,
    shown: Shown,
    favour: Option<PanelKind>,
    needs: &[PanelKind],
) -> Vec<(PanelKind, Slot)> {
    let ask = |kind, place: &super::Place, min| Ask {
        kind,
        folded: place.folded,
        min,
        preferred: place.width,
    };
    let question = needs.contains(&PanelKind::Lesson) && !shown.inspecting;
    let card = if question { QUESTION_MIN } else { LESSON_MIN };
    let lesson = ask(PanelKind::Lesson, &ws.lesson, card.max(shown.lesson_word + CARD_MARGIN));
    let mut asks: Vec<Ask>;
    let keep;
    if tab == crate::labs::Tab::Network {
        let controls = ask(PanelKind::Controls, &ws.controls, CONTROLS_MIN);
        let editor = Ask {
            min: if shown.inspecting { INSPECTOR_MIN } else { EDITOR_MIN },
            preferred: if shown.inspecting {
                ws.inspector_width
            } else {
                ws.editor.width
            },
            ..ask(PanelKind::Editor, &ws.editor, EDITOR_MIN)
        };
        asks = if shown.inspecting {
            vec![editor, lesson, controls]
        } else {
            vec![lesson, controls, editor]
        };
        asks.retain(|a| match a.kind {
            PanelKind::Lesson => shown.lesson,
            PanelKind::Editor => show_editor,
            _ => true,
        });
        // What the lesson step's goal needs comes before what it does not
        // (after the inspector, whose explanation is the step, and the
        // lesson's card).
        let first = usize::from(shown.inspecting) + usize::from(shown.lesson && !shown.inspecting);
        for k in needs.iter().rev() {
            if let Some(at) = asks.iter().position(|a| a.kind == *k)
                && at >= first
            {
                let a = asks.remove(at);
                asks.insert(first, a);
            }
        }
        // A question waiting on the lesson's card comes before everything,
        // the inspector included: it is what the step asks for now.
        if let Some(at) = asks.iter().position(|a| a.kind == PanelKind::Lesson)
            && needs.contains(&PanelKind::Lesson)
        {
            let a = asks.remove(at);
            asks.insert(0, a);
        }
        keep = main_view_need(window);
    } else {
        asks = Vec::new();
        if shown.lesson {
            asks.push(lesson);
        }
        if shown.notes {
            asks.push(ask(PanelKind::Notes, &ws.notes, NOTES_MIN));
        }
        keep = lab_view_need(window);
    }
    if let Some(k) = favour
        && let Some(at) = asks.iter().position(|a| a.kind == k)
    {
        let a = asks.remove(at);
        asks.insert(0, a);
    }
    allot(window, keep, &asks)
}

/// The panels a lesson goal's widgets sit in: the editor for weights,
/// biases and the inspector, the control panel for training, the
/// network's shape and the network tab's settings.
pub fn needs(check: &crate::lessons::Check, out: &mut Vec<PanelKind>) {
    use crate::lessons::{Check, ControlGroup, MetricOn};
    match check {
        Check::All(list) | Check::Any(list) | Check::Then(list) => list.iter().for_each(|c| needs(c, out)),
        Check::Ever(c) | Check::Not(c) => needs(c, out),
        Check::Held { check, .. } | Check::Labelled { check, .. } => needs(check, out),
        Check::Bias(_) | Check::Weight(_) | Check::InspectorStageReached(_) => out.push(PanelKind::Editor),
        // A question is answered on the lesson's card.
        Check::Answer(_) | Check::AnswerNumber(_) => out.push(PanelKind::Lesson),
        Check::HiddenLayers(_) | Check::HiddenNeurons(_) | Check::Epochs(_) | Check::Diverged | Check::Rose(_) => {
            out.push(PanelKind::Controls)
        }
        Check::Accuracy(m) | Check::Loss(m) if m.on != MetricOn::Logistic => out.push(PanelKind::Controls),
        Check::Setting(list) => {
            let network_tab = |g| !matches!(g, ControlGroup::LabData | ControlGroup::LabSettings);
            if list.iter().any(|s| network_tab(s.setting.group())) {
                out.push(PanelKind::Controls);
            }
        }
        _ => {}
    }
}

/// What the main view of the network tab shows, for [`below_heights`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Below {
    /// The boundary view over the loss plots.
    Plots,
    /// The boundary view over the inspector's explanation.
    Inspector,
    /// The loss landscape over the loss plots (its own controls and
    /// caption need the height: the plots keep their least).
    Landscape,
}

/// Room the main view's column keeps above and around its plot: the view
/// switch's row, the message line's, the axes and the margins.
const MAIN_ROWS: f32 = 96.0;
/// Least height of the panel under the main view.
pub const BELOW_MIN: f32 = 120.0;

/// The height the panel under the main view opens at and may be dragged
/// to, in a column `available` high: the learner's plots height, 45 % of
/// the column for the inspector's explanation, the least for the plots
/// under the landscape; whatever it is, the boundary view keeps 240 px.
pub fn below_heights(available: f32, ws: &Workspace, below: Below) -> (f32, f32) {
    let max = (available - MAIN_MIN - MAIN_ROWS).max(BELOW_MIN);
    let wanted = match below {
        Below::Plots => ws.plots_height,
        Below::Inspector => 0.45 * available,
        Below::Landscape => BELOW_MIN,
    };
    (wanted.clamp(BELOW_MIN, max), max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labs::Tab;

    fn width(slots: &[(PanelKind, Slot)], kind: PanelKind) -> Option<Slot> {
        slots.iter().find(|(k, _)| *k == kind).map(|(_, s)| *s)
    }

    #[test]
    fn a_lab_keeps_half_the_window_beside_the_lesson_and_the_notes() {
        for (tab, w) in [
            (Tab::Perceptron, 1024.0f32),
            (Tab::Logic, 1280.0),
            (Tab::Compare, 1920.0),
        ] {
            let shown = Shown {
                lesson: true,
                notes: true,
                ..Shown::default()
            };
            let slots = workspace_slots(w, &Workspace::default(), tab, true, shown, None, &[]);
            let used: f32 = slots.iter().map(|(_, s)| s.default).sum();
            assert!(w - used >= lab_view_need(w).least - 0.5, "{tab:?} at {w}: {slots:?}");
            let lesson = width(&slots, PanelKind::Lesson).expect("the lesson");
            assert!(!lesson.folded && lesson.default >= LESSON_MIN, "{slots:?}");
        }
    }

    #[test]
    fn at_1024_px_the_inspector_and_the_lesson_open_and_the_controls_fold() {
        let shown = Shown {
            lesson: true,
            inspecting: true,
            ..Shown::default()
        };
        // With or without a question waiting on the card.
        for needs in [&[][..], &[PanelKind::Lesson, PanelKind::Controls][..]] {
            let slots = workspace_slots(1024.0, &Workspace::default(), Tab::Network, true, shown, None, needs);
            let open = |k| width(&slots, k).is_some_and(|s| !s.folded);
            assert!(
                open(PanelKind::Editor) && open(PanelKind::Lesson),
                "{needs:?}: {slots:?}"
            );
            assert!(!open(PanelKind::Controls), "{needs:?}: {slots:?}");
            let used: f32 = slots.iter().map(|(_, s)| s.default).sum();
            assert!(1024.0 - used >= main_view_need(1024.0).least - 0.5, "{slots:?}");
        }
    }

    #[test]
    fn a_question_widens_the_card_and_at_1280_px_every_panel_stays_open() {
        let shown = Shown {
            lesson: true,
            ..Shown::default()
        };
        let needs = [PanelKind::Lesson, PanelKind::Controls, PanelKind::Editor];
        let slots = workspace_slots(1280.0, &Workspace::default(), Tab::Network, true, shown, None, &needs);
        assert!(slots.iter().all(|(_, s)| !s.folded), "{slots:?}");
        let card = width(&slots, PanelKind::Lesson).expect("the lesson");
        assert!(card.default >= QUESTION_MIN, "{slots:?}");
        // At 1024 the card keeps its width; what the step does not need folds.
        let slots = workspace_slots(
            1024.0,
            &Workspace::default(),
            Tab::Network,
            true,
            shown,
            None,
            &needs[..2],
        );
        assert!(width(&slots, PanelKind::Lesson).is_some_and(|s| s.default >= QUESTION_MIN));
        assert!(width(&slots, PanelKind::Controls).is_some_and(|s| !s.folded));
        assert!(width(&slots, PanelKind::Editor).is_some_and(|s| s.folded), "{slots:?}");
    }

    #[test]
    fn the_lesson_card_is_never_narrower_than_a_word_of_its_title() {
        // A title word 260 points wide, on both laptops and a lab tab.
        let shown = Shown {
            lesson: true,
            lesson_word: 260.0,
            ..Shown::default()
        };
        let laptops = [
            (Tab::Network, 1024.0f32),
            (Tab::Network, 1280.0),
            (Tab::Perceptron, 1024.0),
        ];
        for (tab, w) in laptops {
            let slots = workspace_slots(w, &Workspace::default(), tab, true, shown, None, &[]);
            let lesson = width(&slots, PanelKind::Lesson).expect("the lesson");
            assert!(
                !lesson.folded && lesson.min >= 260.0 + CARD_MARGIN,
                "{tab:?} at {w}: {slots:?}"
            );
        }
    }

    #[test]
    fn a_folded_strip_clicked_gets_the_room_first() {
        let ws = Workspace::default();
        let shown = Shown {
            lesson: true,
            notes: true,
            ..Shown::default()
        };
        // 900 wide: the lab keeps 500, the lesson its card, the notes fold.
        let slots = workspace_slots(900.0, &ws, Tab::Perceptron, true, shown, None, &[]);
        assert!(width(&slots, PanelKind::Notes).is_some_and(|s| s.folded), "{slots:?}");
        let slots = workspace_slots(900.0, &ws, Tab::Perceptron, true, shown, Some(PanelKind::Notes), &[]);
        assert!(width(&slots, PanelKind::Notes).is_some_and(|s| !s.folded), "{slots:?}");
        assert!(width(&slots, PanelKind::Lesson).is_some_and(|s| s.folded), "{slots:?}");
    }
}
