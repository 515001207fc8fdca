//! Keyboard shortcuts.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::app::context::Action;
use crate::app::context::InspectorAction;
use crate::labs::Tab;

/// The actions the keyboard asks for this frame. Ctrl shortcuts always
/// work; the single keys (Space, S, R, I, 1–9) only on the Network tab and
/// not while a text field has focus, so typing a number never trains.
pub(super) fn shortcuts(ctx: &egui::Context, tab: Tab) -> Vec<Action> {
    let mut out = Vec::new();
    let ctrl = |k| KeyboardShortcut::new(Modifiers::COMMAND, k);
    let ctrl_shift = |k| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, k);
    ctx.input_mut(|i| {
        for (shortcut, action) in [
            (ctrl_shift(Key::Z), Action::Redo),
            (ctrl(Key::Z), Action::Undo),
            (ctrl(Key::Y), Action::Redo),
            (ctrl(Key::O), Action::OpenDataset),
            (ctrl_shift(Key::S), Action::SaveDataset),
            (ctrl(Key::S), Action::SaveSession),
        ] {
            if i.consume_shortcut(&shortcut) {
                out.push(action);
            }
        }
    });
    if ctx.egui_wants_keyboard_input() || tab != Tab::Network {
        return out;
    }
    ctx.input(|i| {
        let plain = !i.modifiers.command && !i.modifiers.alt;
        if !plain {
            return;
        }
        if i.key_pressed(Key::Space) {
            out.push(Action::TogglePlay);
        }
        if i.key_pressed(Key::S) {
            out.push(if i.modifiers.shift {
                Action::StepEpoch
            } else {
                Action::StepBatch
            });
        }
        if i.key_pressed(Key::R) {
            out.push(Action::Reset);
        }
        if i.key_pressed(Key::I) {
            out.push(Action::Inspector(InspectorAction::Toggle));
        }
        let digits = [
            Key::Num1,
            Key::Num2,
            Key::Num3,
            Key::Num4,
            Key::Num5,
            Key::Num6,
            Key::Num7,
            Key::Num8,
            Key::Num9,
        ];
        for (k, key) in digits.iter().enumerate() {
            if i.key_pressed(*key) {
                out.push(Action::SelectClass(k));
            }
        }
    });
    out
}
