//! Perceptron versus logistic regression: the same data, the perceptron's
//! hard line on the left, logistic regression's probability heatmap with
//! its 0.5 contour in the middle, logistic regression's loss surface over
//! (w₁, w₂) with both paths on the right (`loss_surface.rs`), and what
//! differs written under them.

use egui::{ColorImage, RichText, TextureOptions, Ui};
use egui_plot::{Plot, PlotBounds, PlotImage, PlotPoint};

use super::controls::{data_choice_ui, run_controls_ui};
use super::{LabPanel, plane};
use crate::app::context::Action;
use crate::app::context::Classroom;
use crate::app::context::StatusItem;
use crate::app::widgets::colors::{Style, cell_color};
use crate::i18n::Message;
use crate::labs::Tab;
use crate::labs::compare::{CompareLab, GD_STEPS_PER_ROUND};
use crate::labs::data::LabData;
use crate::labs::logistic::LogisticRegression;
use crate::labs::notes::NoteId;
use crate::lessons::{CompareFacts, ControlGroup, LiveState, Setting, Setup};
use crate::tr;

/// The ids (`egui::Id::unique`) of the perceptron's, logistic
/// regression's and the loss surface's plots, so tests can read their frames from
/// `egui_plot::PlotMemory`.
pub const COMPARE_PLOT_IDS: [&str; 3] = [
    "compare_perceptron",
    "compare_logistic",
    super::loss_surface::SURFACE_PLOT_ID,
];

/// Cells per side of the probability image.
const HEAT: usize = 192;

/// The comparison lab's tab: the lab and its probability image.
#[derive(Default)]
pub struct ComparePanel {
    /// The lab's state machine.
    pub lab: CompareLab,
    /// The logistic model's probability image.
    texture: Option<egui::TextureHandle>,
    /// What `texture` shows: data choice, weights and bias.
    texture_key: Option<(LabData, [f64; 2], f64)>,
    /// The loss surface in weight space.
    surface: super::loss_surface::LossSurface,
}

impl LabPanel for ComparePanel {
    fn tab(&self) -> Tab {
        Tab::Compare
    }

    fn notes(&self) -> &'static [NoteId] {
        &[NoteId::Logistic]
    }

    fn stop(&mut self) {
        self.lab.running = false;
    }

    fn tick(&mut self, dt: f64) -> bool {
        if self.lab.running {
            self.lab.tick(dt);
        }
        self.lab.running
    }

    /// `classroom` may hide or lock its data, η and run buttons.
    fn ui(&mut self, ui: &mut Ui, classroom: &Classroom) -> Vec<Action> {
        compare_ui(ui, self, classroom);
        Vec::new()
    }

    fn status(&self) -> Vec<StatusItem> {
        super::status::compare_items(&self.lab)
    }

    fn facts(&self, live: &mut LiveState) {
        live.compare = Some(CompareFacts::from_lab(&self.lab));
        live.settings.add_compare(&self.lab);
    }

    fn set_up(&mut self, setup: &Setup) -> Result<(), Message> {
        if let Some(c) = &setup.compare {
            c.apply(&mut self.lab).map_err(|problem| Message::LessonSetup {
                part: "compare",
                problem,
            })?;
        }
        Ok(())
    }
}

/// Draws the lab: controls, then the two models side by side.
fn compare_ui(ui: &mut Ui, panel: &mut ComparePanel, classroom: &Classroom) {
    controls_ui(ui, &mut panel.lab, classroom);
    ui.label(RichText::new(tr!("compare-intro")).weak());
    let home = plane::home_bounds(panel.lab.dataset());
    let heat = heat_box(home);
    let texture = panel.texture(ui.ctx(), heat);
    let lab = &panel.lab;
    let line = ui.visuals().strong_text_color();
    let surface = &mut panel.surface;
    // `columns` lays its columns out justified, which spreads a wrapped
    // caption's letters over the line (Hangul syllables far apart): the
    // text under the plots is laid out flush left instead.
    let flush_left = egui::Layout::top_down(egui::Align::Min);
    ui.columns(3, |cols| {
        // Square plots (equal axes): taller would only add empty range, and
        // the facts under them need the room in narrow columns.
        let height = (cols[0].available_height() - 130.0)
            .max(180.0)
            .min(cols[0].available_width());
        cols[0].strong(tr!("compare-perceptron-heading"));
        fixed_plot(COMPARE_PLOT_IDS[0], height).show(&mut cols[0], |plot| {
            plot.set_plot_bounds(home);
            if let Some(u) = lab.perceptron_unit() {
                plane::boundary(plot, &tr!("compare-perceptron-line"), &u.w, u.b, line, false);
                plane::weight_arrow(plot, &u.w, u.b, line);
            }
            plane::points(plot, lab.dataset(), None);
        });
        cols[0].with_layout(flush_left, |ui| perceptron_facts_ui(ui, lab));
        cols[1].strong(tr!("compare-logistic-heading"));
        fixed_plot(COMPARE_PLOT_IDS[1], height)
            .show_grid(false)
            .show(&mut cols[1], |plot| {
                plot.set_plot_bounds(home);
                if let Some(tex) = &texture {
                    let (lo, hi) = (heat.min(), heat.max());
                    let centre = PlotPoint::new((lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0);
                    let size = [(hi[0] - lo[0]) as f32, (hi[1] - lo[1]) as f32];
                    plot.image(PlotImage::new("p", tex.id(), centre, size).allow_hover(false));
                }
                if let Some(m) = lab.logistic() {
                    plane::boundary(plot, "p = 0.5", &m.w, m.b, egui::Color32::BLACK, false);
                }
                plane::points(plot, lab.dataset(), None);
            });
        cols[1].with_layout(flush_left, |ui| logistic_facts_ui(ui, lab));
        cols[2].strong(tr!("surface-heading"));
        let width = cols[2].available_width();
        cols[2].with_layout(flush_left, |ui| {
            surface.ui(ui, lab, egui::vec2(width, height.min(width)))
        });
    });
}

impl ComparePanel {
    /// The probability image of the current logistic model over `heat`
    /// (the comparison plot's box), rebuilt only when the data choice or
    /// the model changed since the last frame.
    fn texture(&mut self, ctx: &egui::Context, heat: PlotBounds) -> Option<egui::TextureHandle> {
        let model: &LogisticRegression = self.lab.logistic()?;
        let key = (self.lab.choice(), model.w, model.b);
        if self.texture.is_some() && self.texture_key == Some(key) {
            return self.texture.clone();
        }
        self.texture_key = Some(key);
        let (lo, hi) = (heat.min(), heat.max());
        let probs = model.grid([lo[0], hi[0]], [lo[1], hi[1]], HEAT, HEAT);
        let style = Style {
            discretize: false,
            value_scale: 1.0,
        };
        let pixels = probs
            .iter()
            .map(|&p| cell_color(&[1.0 - p as f32, p as f32], style))
            .collect();
        let image = ColorImage::new([HEAT, HEAT], pixels);
        match &mut self.texture {
            Some(t) => t.set(image, TextureOptions::LINEAR),
            None => self.texture = Some(ctx.load_texture("compare_heat", image, TextureOptions::LINEAR)),
        }
        self.texture.clone()
    }
}

/// The box the probability image covers: the plot's home box widened by
/// its own size on every side, so the image still fills the plot when the
/// fixed aspect ratio shows more than the home box.
fn heat_box(home: PlotBounds) -> PlotBounds {
    let (lo, hi) = (home.min(), home.max());
    let (w, h) = (hi[0] - lo[0], hi[1] - lo[1]);
    PlotBounds::from_min_max([lo[0] - w, lo[1] - h], [hi[0] + w, hi[1] + h])
}

/// A plot with equal axis scales that the user cannot move: both models
/// are shown over the same fixed view so their lines can be compared.
fn fixed_plot(id: &'static str, height: f32) -> Plot<'static> {
    crate::app::widgets::plot_axes::with_ticks(Plot::new(id))
        .custom_x_axes(vec![crate::app::widgets::plot_axes::x_axis("x₁")])
        .custom_y_axes(vec![crate::app::widgets::plot_axes::y_axis("x₂")])
        .id(egui::Id::unique(id))
        .data_aspect(1.0)
        .height(height)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
}

/// Data choice, Run / Pause, one round, Reset, η of gradient descent.
fn controls_ui(ui: &mut Ui, lab: &mut CompareLab, classroom: &Classroom) {
    ui.horizontal_wrapped(|ui| {
        let choice = classroom.setting(ui, Setting::CompareData, |ui| {
            data_choice_ui(ui, lab.choice(), &LabData::BINARY)
        });
        if let Some(choice) = choice.flatten() {
            lab.choose(choice);
        }
        classroom.group(ui, ControlGroup::LabRun, |ui| {
            run_controls_ui(ui, &mut lab.running, &mut lab.pace, tr!("compare-pace-unit"), classroom);
            let round = egui::Button::new(tr!("compare-step-round"));
            if classroom
                .reveal_button(ui, round, tr!("compare-step-round-hover"))
                .clicked()
            {
                lab.round();
            }
            if ui
                .button(tr!("lab-reset"))
                .on_hover_text(tr!("compare-reset-hover"))
                .clicked()
            {
                lab.reset();
            }
        });
        classroom.setting(ui, Setting::CompareLearningRate, |ui| {
            let label = ui.label(tr!("compare-logistic-eta"));
            let mut eta = lab.learning_rate;
            if ui
                .add(egui::DragValue::new(&mut eta).range(0.001..=5.0).speed(0.01))
                .labelled_by(label.id)
                .on_hover_text(tr!("compare-logistic-eta-hover"))
                .changed()
            {
                lab.learning_rate = eta;
                lab.reset();
            }
        });
        ui.label(tr!("compare-round", round = lab.rounds()));
    });
}

/// Formats an optional margin.
fn margin(m: Option<f64>) -> String {
    m.map_or("–".to_string(), |m| format!("{m:.3}"))
}

/// What the perceptron did, in numbers and words.
fn perceptron_facts_ui(ui: &mut Ui, lab: &CompareLab) {
    let status = lab
        .perceptron_status()
        .map_or_else(|| tr!("compare-no-data"), ToString::to_string);
    ui.label(tr!("compare-status", status = status));
    ui.label(tr!(
        "compare-accuracy-margin",
        percent = format!("{:.0}", 100.0 * lab.perceptron_accuracy().unwrap_or(0.0)),
        margin = margin(lab.perceptron_margin())
    ));
    ui.label(RichText::new(tr!("compare-perceptron-facts")).weak());
}

/// What logistic regression did.
fn logistic_facts_ui(ui: &mut Ui, lab: &CompareLab) {
    let Some(m) = lab.logistic() else {
        ui.label(tr!("compare-needs-two-classes"));
        return;
    };
    ui.label(tr!(
        "compare-gradient-steps",
        steps = m.epochs,
        per_round = GD_STEPS_PER_ROUND,
        loss = format!("{:.4}", m.loss()),
        norm = format!("{:.2}", m.w[0].hypot(m.w[1]))
    ));
    ui.label(tr!(
        "compare-accuracy-margin",
        percent = format!("{:.0}", 100.0 * m.accuracy()),
        margin = margin(m.margin())
    ));
    ui.label(RichText::new(tr!("compare-logistic-facts")).weak());
}
