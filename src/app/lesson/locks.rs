//! Which groups and single controls the current step hides or locks, in
//! words under the goal, so a disabled control explains itself.

use egui::{RichText, Ui};

use super::goal::setting_name;
use crate::app::context::View;
use crate::lessons::{Control, ControlGroup, ControlState};
use crate::tr;

/// Which controls this step hides or locks, so a disabled button explains itself.
pub(super) fn locks_ui(ui: &mut Ui, view: &View) {
    let c = view.classroom;
    let named = |state: ControlState| -> Vec<String> {
        let groups = (ControlGroup::ALL.into_iter())
            .filter(|&g| c.state(g) == state)
            .map(group_name);
        // Single controls whose group says less.
        let controls = (Control::all())
            .filter(|&k| c.control_state(k) == state && c.state(k.group()) < state)
            .map(control_name);
        groups.chain(controls).collect()
    };
    for state in [ControlState::Locked, ControlState::Hidden] {
        let groups = named(state).join(", ");
        if groups.is_empty() {
            continue;
        }
        let text = if state == ControlState::Locked {
            tr!("lesson-locked", groups = groups)
        } else {
            tr!("lesson-hidden", groups = groups)
        };
        ui.label(RichText::new(text).small().weak());
    }
}

/// A single control as the lesson panel names it.
fn control_name(c: Control) -> String {
    match c {
        Control::Setting(s) => setting_name(s),
        Control::Play => tr!("controls-play"),
        Control::Step => tr!("controls-step"),
        Control::StepEpoch => tr!("controls-step-epoch"),
        Control::Reset => tr!("controls-reset"),
        Control::LogicPreset => tr!("lesson-control-logic-preset"),
    }
}

/// A control group as the lesson panel names it.
fn group_name(g: ControlGroup) -> String {
    match g {
        ControlGroup::Tabs => tr!("lesson-group-tabs"),
        ControlGroup::Data => tr!("lesson-group-data"),
        ControlGroup::Features => tr!("lesson-group-features"),
        ControlGroup::Network => tr!("lesson-group-network"),
        ControlGroup::Training => tr!("lesson-group-training"),
        ControlGroup::Run => tr!("lesson-group-run"),
        ControlGroup::Editor => tr!("lesson-group-editor"),
        ControlGroup::Inspector => tr!("lesson-group-inspector"),
        ControlGroup::LogicNetwork => tr!("lesson-group-logic-network"),
        ControlGroup::LogicTargets => tr!("lesson-group-logic-targets"),
        ControlGroup::LabData => tr!("lesson-group-lab-data"),
        ControlGroup::LabSettings => tr!("lesson-group-lab-settings"),
        ControlGroup::LabRun => tr!("lesson-group-lab-run"),
        ControlGroup::Notes => tr!("lesson-group-notes"),
    }
}
