//! The neuron lab's two steps toward the chapter's artificial neurons: the
//! coincidence trial read as a McCulloch–Pitts neuron (binary inputs in one
//! time window, a threshold counting active inputs, an inhibitory veto),
//! and Hebb's rule beside the perceptron rule.

use egui::{Align2, Color32, FontId, RichText, Sense, Stroke, Ui, pos2, vec2};

use super::neuron_draw::kind_color;
use crate::app::context::Classroom;
use crate::app::widgets::format::num;
use crate::app::widgets::unit_slider as slider;
use crate::labs::neuron::{HEBB_RATE_RANGE, McCullochPitts, NeuronLab, RECENT_MS, Verdict, WINDOW_RANGE, input_name};
use crate::lessons::{ControlGroup, Setting};
use crate::tr;

/// The McCulloch–Pitts reading of the coincidence trial, with the LIF
/// neuron's own answer beside it.
pub(super) fn mcculloch_pitts_ui(ui: &mut Ui, lab: &mut NeuronLab, classroom: &Classroom) {
    ui.strong(tr!("neuron-mp-heading"));
    classroom.group(ui, ControlGroup::LabSettings, |ui| {
        classroom.setting(ui, Setting::NeuronWindow, |ui| {
            ui.horizontal(|ui| {
                ui.label(tr!("neuron-window"));
                let tip = tr!("neuron-window-hover");
                slider(ui, &mut lab.window_ms, WINDOW_RANGE, 0.5, tr!("neuron-unit-ms"), tip);
            })
        });
    });
    let mp = lab.mcculloch_pitts();
    diagram_ui(ui, &mp);
    let count = match mp.needed {
        Some(k) => tr!("neuron-mp-needed", k = k, theta = num(lab.params().threshold)),
        None => tr!("neuron-mp-never"),
    };
    ui.label(count);
    let gate = match mp.needed {
        Some(k) if mp.taking_part >= 2 && k == mp.taking_part => Some(tr!("neuron-mp-and", n = mp.taking_part)),
        Some(1) if mp.taking_part >= 2 => Some(tr!("neuron-mp-or", n = mp.taking_part)),
        _ => None,
    };
    if let Some(g) = gate {
        ui.label(RichText::new(g).strong());
    }
    if mp.vetoed {
        ui.label(tr!("neuron-mp-veto"));
    }
    if !mp.equal_strengths {
        ui.label(RichText::new(tr!("neuron-mp-unequal")).small().weak());
    }
    let lif = match lab.last_trial() {
        Some(t) if t.fired => tr!("neuron-mp-lif-fired"),
        Some(_) => tr!("neuron-mp-lif-silent"),
        None => tr!("neuron-mp-lif-waiting"),
    };
    ui.label(lif);
    match lab.verdict() {
        Some(Verdict::Agree) => drop(ui.colored_label(Color32::from_rgb(60, 170, 80), tr!("neuron-mp-agree"))),
        Some(Verdict::Differ) => drop(ui.colored_label(ui.visuals().warn_fg_color, tr!("neuron-mp-differ"))),
        Some(Verdict::Stale) => drop(ui.weak(tr!("neuron-mp-stale"))),
        None => {}
    }
}

/// x₁ … xₙ (0/1) on their lines into a neuron with threshold k, and its
/// output y.
fn diagram_ui(ui: &mut Ui, mp: &McCullochPitts) {
    let n = mp.active.len();
    let (rect, _) = ui.allocate_exact_size(
        vec2(ui.available_width().min(360.0), 26.0 * n as f32 + 10.0),
        Sense::hover(),
    );
    let p = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    let font = FontId::proportional(13.0);
    let fire = Color32::from_rgb(255, 196, 40);
    // The output's caption ends 54 points right of the cell's centre plus
    // its own width: in a narrow column the cell moves left so it fits.
    let caption = p.layout_no_wrap("y = 0".into(), font.clone(), text).size().x;
    let cell_x = (rect.left() + rect.width() * 0.62).min(rect.right() - 56.0 - caption);
    let cell = pos2(cell_x, rect.center().y);
    for i in 0..n {
        let y = rect.top() + 18.0 + 26.0 * i as f32;
        let at = pos2(rect.left() + 24.0, y);
        let on = mp.active[i];
        let kind = if mp.excitatory[i] {
            crate::labs::neuron::SynapseKind::Excitatory
        } else {
            crate::labs::neuron::SynapseKind::Inhibitory
        };
        let color = if on {
            kind_color(kind)
        } else {
            kind_color(kind).gamma_multiply(0.35)
        };
        p.line_segment(
            [at + vec2(20.0, 0.0), cell],
            Stroke::new(if on { 2.5 } else { 1.0 }, color),
        );
        let label = format!("{} = {}", input_name(i), u8::from(on));
        p.text(at, Align2::CENTER_CENTER, label, font.clone(), text);
    }
    let fill = if mp.output { fire } else { ui.visuals().extreme_bg_color };
    p.circle(cell, 20.0, fill, Stroke::new(1.5, text));
    let k = mp.needed.map_or_else(|| "∞".to_string(), |k| k.to_string());
    let inside = if mp.output { Color32::BLACK } else { text };
    p.text(cell, Align2::CENTER_CENTER, format!("θ={k}"), font.clone(), inside);
    let out = cell + vec2(24.0, 0.0);
    p.line_segment([out, out + vec2(26.0, 0.0)], Stroke::new(1.5, text));
    p.text(
        out + vec2(30.0, 0.0),
        Align2::LEFT_CENTER,
        format!("y = {}", u8::from(mp.output)),
        font,
        text,
    );
}

/// Hebb's rule (its switch is in the top row): η, the update it makes,
/// the last change, and the perceptron rule on the same trial.
pub(super) fn hebb_ui(ui: &mut Ui, lab: &mut NeuronLab, classroom: &Classroom) {
    ui.strong(tr!("neuron-hebb-heading"));
    ui.label(RichText::new("Δw = η · x · y").monospace());
    ui.label(tr!("neuron-hebb-rule", window = num(RECENT_MS)));
    classroom.group(ui, ControlGroup::LabSettings, |ui| {
        classroom.setting(ui, Setting::NeuronHebbRate, |ui| {
            ui.horizontal(|ui| {
                ui.label("η");
                let tip = tr!("neuron-hebb-rate-hover");
                slider(ui, &mut lab.hebb_rate, HEBB_RATE_RANGE, 0.1, tr!("neuron-unit-mv"), tip);
            })
        });
    });
    if let Some(u) = lab.last_hebb() {
        let changes: Vec<String> = (u.changes.iter())
            .map(|&(i, before, after)| format!("{} {} → {}", input_name(i), num(before), num(after)))
            .collect();
        ui.label(tr!(
            "neuron-hebb-last",
            time = num(u.at_ms),
            changes = changes.join(", ")
        ));
    } else if lab.plasticity {
        ui.weak(tr!("neuron-hebb-none-yet"));
    }
    ui.add_space(4.0);
    ui.strong(tr!("neuron-perceptron-heading"));
    ui.label(RichText::new("Δw = η · (y − ŷ) · x").monospace());
    ui.label(tr!("neuron-perceptron-rule"));
    let Some(c) = lab.rule_comparison() else {
        ui.weak(tr!("neuron-compare-needs-trial"));
        return;
    };
    ui.horizontal(|ui| {
        ui.label(tr!("neuron-target"));
        for (value, text) in [(true, "y = 1"), (false, "y = 0")] {
            ui.selectable_value(&mut lab.target, value, text)
                .on_hover_text(tr!("neuron-target-hover"));
        }
    });
    ui.label(format!("ŷ = {}", u8::from(c.fired)));
    // Columns as wide as their words: egui's least column width (a
    // button's) made the table wider than the side column.
    egui::Grid::new("neuron_rules")
        .striped(true)
        .min_col_width(16.0)
        .show(ui, |ui| {
            ui.strong("");
            ui.strong("x");
            ui.strong(tr!("neuron-compare-hebb"));
            ui.strong(tr!("neuron-compare-perceptron"));
            ui.end_row();
            for i in 0..c.x.len() {
                ui.label(input_name(i));
                ui.label(num(c.x[i]));
                ui.label(num(c.hebb[i]));
                ui.label(num(c.perceptron[i]));
                ui.end_row();
            }
        });
}
