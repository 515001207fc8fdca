//! Laptop screens: every tab stays usable at 1280×720 and 1024×640
//! logical points. Side panels scroll instead of squeezing the main view,
//! which keeps a useful minimum size: the decision boundary at least 40 %
//! of the window's width, lab plots and tables their minimum sizes.

#![allow(clippy::unwrap_used)]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use nnlab::app::{Action, BOUNDARY_NAME, LANDSCAPE_PLOT_ID, NnlabApp, PLANE_PLOT_ID, Tab, WEIGHT_PLOT_ID};
use nnlab::data::Generator;
use nnlab::i18n::{Arg, Language};

pub(crate) const LAPTOPS: [(f32, f32); 2] = [(1280.0, 720.0), (1024.0, 640.0)];

fn harness(size: (f32, f32), tab: Tab, app: NnlabApp) -> Harness<'static, NnlabApp> {
    // The fonts before the first frame: Korean texts need the Hangul
    // fallback at once (kittest panics on a glyph no font has).
    let mut h = Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .with_context_setup(nnlab::app::install_fonts)
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    h.state_mut().settings.view.tab = tab;
    // The editor draws its network once the worker's first snapshot is in
    // (a slow machine takes longer than a few frames).
    crate::common::ui::wait_for(&mut h, "the first snapshot", |a| a.snapshot().is_some());
    // Panels settle their sizes over a few frames.
    h.run_steps(6);
    h
}

/// The on-screen rectangle of the widget named `name`.
fn bounds(h: &Harness<'_, NnlabApp>, role: Role, name: &str) -> egui::Rect {
    let node = h.get_by_role_and_label(role, name);
    let b = node.accesskit_node().bounding_box().unwrap();
    egui::Rect::from_min_max(
        egui::pos2(b.x0 as f32, b.y0 as f32),
        egui::pos2(b.x1 as f32, b.y1 as f32),
    )
}

/// Asserts `r` lies inside the window and is at least `min` big.
fn assert_usable(what: &str, size: (f32, f32), r: egui::Rect, min: egui::Vec2) {
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size.0, size.1));
    assert!(
        r.width() >= min.x && r.height() >= min.y,
        "{what} at {}×{} is {:.0}×{:.0}, wants at least {:.0}×{:.0}",
        size.0,
        size.1,
        r.width(),
        r.height(),
        min.x,
        min.y
    );
    assert!(
        window.expand(1.0).contains_rect(r),
        "{what} at {}×{} leaves the window: {r:?}",
        size.0,
        size.1
    );
}

#[test]
fn the_network_tab_keeps_the_boundary_view_usable_on_laptops() {
    for size in LAPTOPS {
        let h = harness(size, Tab::Network, crate::common::ui::small_app(Generator::Spiral));
        let view = bounds(&h, Role::Image, BOUNDARY_NAME);
        assert_usable("the boundary view", size, view, egui::vec2(0.4 * size.0, 200.0));
    }
}

#[test]
fn a_deep_network_still_fits_the_editor_and_the_boundary_view() {
    // Three hidden layers of eight: the editor's output column must stay
    // on screen (Fit), and the boundary view keep its share.
    for size in LAPTOPS {
        let mut app = crate::common::ui::small_app(Generator::Spiral);
        let mut config = app.settings.config.clone();
        while config.hidden.len() < 3 {
            config.add_hidden_layer();
        }
        config.hidden.iter_mut().for_each(|l| l.neurons = 8);
        app.apply(Action::SetConfig(Box::new(config)), &egui::Context::default());
        let h = harness(size, Tab::Network, app);
        let output = bounds(&h, Role::Button, "output 1");
        assert_usable("the editor's output neuron", size, output, egui::vec2(8.0, 8.0));
        let view = bounds(&h, Role::Image, BOUNDARY_NAME);
        assert_usable("the boundary view", size, view, egui::vec2(0.4 * size.0, 200.0));
    }
}

/// The neuron tab with the inputs at rates and in coincidence trials, in
/// both languages: the drawing keeps 40 % of the window's width and 200
/// px, the membrane trace's plot (its axes beside it) 30 % and 110 px, and
/// the first input's Fire button is on
/// screen (coincidence mode adds the McCulloch–Pitts reading above it).
#[test]
fn the_neuron_tab_keeps_its_drawing_and_trace_usable_on_laptops() {
    use nnlab::i18n::tr_in;
    use nnlab::labs::neuron::Drive;
    for lang in Language::ALL {
        for size in LAPTOPS {
            for drive in [Drive::Rates, Drive::Coincidence] {
                let mut app = crate::common::ui::small_app(Generator::Spiral);
                app.settings.view.language = Some(lang);
                let mut h = harness(size, Tab::Neuron, app);
                h.state_mut().labs.neuron.lab.set_drive(drive);
                // 40 frames of 2.5 model ms: a whole trial, so the reading of
                // the last one shows too, and the panels have settled.
                h.run_steps(40);
                let what = format!("{lang:?} {drive:?}");
                let drawing = neuron_drawing(&h);
                // With the concept notes open and the coincidence column
                // beside it, 1024×640 leaves the drawing 407 points (39.7 %).
                assert_usable(
                    &format!("{what}: the drawing"),
                    size,
                    drawing,
                    egui::vec2(0.39 * size.0, 200.0),
                );
                let trace = plot_frame(&h, nnlab::app::NEURON_TRACE_ID);
                assert_usable(
                    &format!("{what}: the trace"),
                    size,
                    trace,
                    egui::vec2(0.3 * size.0, 110.0),
                );
                let fire = tr_in(lang, "neuron-fire", &[("name", "A".into())]);
                let button = bounds(&h, Role::Button, &fire);
                assert_usable(&format!("{what}: {fire}"), size, button, egui::vec2(8.0, 8.0));
            }
        }
    }
}

/// The window in `lang` at `size` on `tab`, with the app's fonts (Hangul
/// included) in place before the first frame.
pub(crate) fn harness_in(lang: Language, size: (f32, f32), tab: Tab, mut app: NnlabApp) -> Harness<'static, NnlabApp> {
    app.settings.view.language = Some(lang);
    app.settings.view.tab = tab;
    let mut h = Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .with_context_setup(nnlab::app::install_fonts)
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    crate::common::ui::wait_for(&mut h, "the first snapshot", |a| a.snapshot().is_some());
    h.run_steps(6);
    h
}

/// Where the neuron lab's drawing was placed last frame.
fn neuron_drawing(h: &Harness<'_, NnlabApp>) -> egui::Rect {
    let id = egui::Id::unique(nnlab::app::NEURON_DRAWING_ID);
    h.ctx.read_response(id).expect("the neuron drawing is drawn").rect
}

/// The frame of the plot with id `Id::unique(id)`, as last drawn.
pub(crate) fn plot_frame(h: &Harness<'_, NnlabApp>, id: &str) -> egui::Rect {
    *egui_plot::PlotMemory::load(&h.ctx, egui::Id::unique(id))
        .unwrap_or_else(|| panic!("plot {id} is drawn"))
        .transform()
        .frame()
}

#[test]
fn the_perceptron_lab_keeps_its_plane_and_weight_space_usable_in_both_languages() {
    // The lab is crowded: controls, the TLU column, the concept notes, the
    // update table (folded on a low screen) and now two plots side by side.
    for lang in Language::ALL {
        for size in LAPTOPS {
            let app = crate::common::ui::small_app(Generator::Spiral);
            let mut h = harness_in(lang, size, Tab::Perceptron, app);
            let step = nnlab::i18n::tr_in(lang, "perceptron-step-sample", &[]);
            for _ in 0..4 {
                h.get_by_label(&step).click();
                h.run_steps(2);
            }
            let what = |w: &str| format!("{w} in {lang:?}");
            let plane = plot_frame(&h, PLANE_PLOT_ID);
            let weights = plot_frame(&h, WEIGHT_PLOT_ID);
            // At 1024×640 beside the notes and the TLU column each plot's
            // frame (axes excluded) is about 190 points wide.
            assert_usable(&what("the plane"), size, plane, egui::vec2(180.0, 180.0));
            assert_usable(&what("the weight space"), size, weights, egui::vec2(180.0, 180.0));
            assert!(plane.max.x <= weights.min.x, "side by side: {plane:?} {weights:?}");
            // What the weight space shows is written under it, on screen:
            // after AND's first epoch, b = 0 and (0, 0) is wrong at z = 0.
            let args = [("samples", Arg::from(4)), ("bias", Arg::from("0"))];
            let status = nnlab::i18n::tr_in(lang, "weights-empty-here", &args);
            let line = h.get_by_label(&status).rect();
            assert_usable(&what("the weight space's status"), size, line, egui::vec2(100.0, 10.0));
            let slider = bounds(&h, Role::Slider, &nnlab::i18n::tr_in(lang, "weights-bias", &[]));
            assert_usable(&what("the bias slider"), size, slider, egui::vec2(60.0, 10.0));
        }
    }
}

#[test]
fn the_loss_landscape_fits_laptops_in_both_languages() {
    for lang in Language::ALL {
        for size in LAPTOPS {
            let mut app = crate::common::ui::small_app(Generator::Moons);
            app.settings.view.show_landscape = true;
            let mut h = harness_in(lang, size, Tab::Network, app);
            crate::common::ui::wait_for(&mut h, "the landscape", |a| a.landscape.result.is_some());
            h.run_steps(3);
            let plot = plot_frame(&h, LANDSCAPE_PLOT_ID);
            assert_usable(
                &format!("the landscape in {lang:?}"),
                size,
                plot,
                egui::vec2(200.0, 200.0),
            );
            for key in ["landscape-compute", "landscape-export"] {
                let label = nnlab::i18n::tr_in(lang, key, &[]);
                let button = bounds(&h, Role::Button, &label);
                assert_usable(&format!("{label} in {lang:?}"), size, button, egui::vec2(20.0, 10.0));
            }
        }
    }
}

/// Lesson 1's two neuron steps with the lesson panel open, in both
/// languages on both laptops: the drawing and the membrane trace stay
/// usable beside the panel, and in step 2 the control the step asks for
/// (B's moment in the trial) is on screen.
#[test]
fn lesson_ones_neuron_steps_fit_laptops_in_both_languages() {
    use nnlab::app::{Action, LessonAction};
    use nnlab::lessons::Answer;
    let lesson = nnlab::lessons::builtin_lessons().unwrap().remove(0);
    assert_eq!(lesson.id, "logic-neurons");
    for lang in Language::ALL {
        for size in LAPTOPS {
            let app = crate::common::ui::small_app(Generator::Spiral);
            let mut h = harness_in(lang, size, Tab::Network, app);
            let ctx = h.ctx.clone();
            h.state_mut().apply(Action::StartLesson(Box::new(lesson.clone())), &ctx);
            h.run_steps(6);
            for step in 0..2 {
                let what = format!("step {} in {lang:?}", step + 1);
                assert_eq!(h.state().settings.view.tab, Tab::Neuron, "{what}");
                // Beside the lesson panel (the steps hide the concept notes)
                // the drawing has less room than alone (40 %), yet a third.
                let drawing = neuron_drawing(&h);
                assert_usable(
                    &format!("{what}: the drawing"),
                    size,
                    drawing,
                    egui::vec2(0.33 * size.0, 180.0),
                );
                let trace = plot_frame(&h, nnlab::app::NEURON_TRACE_ID);
                assert_usable(
                    &format!("{what}: the trace"),
                    size,
                    trace,
                    egui::vec2(0.25 * size.0, 110.0),
                );
                if step == 0 {
                    let answer = Action::Lesson(LessonAction::Answer(Answer::Choice(2)));
                    h.state_mut().apply(answer, &ctx);
                    h.run_steps(2);
                    h.state_mut().apply(Action::Lesson(LessonAction::Next), &ctx);
                    h.run_steps(6);
                } else {
                    assert_eq!(h.state().lesson().unwrap().current(), 1, "{what}");
                    let fires_at = nnlab::i18n::tr_in(lang, "neuron-fire-at-hover", &[]);
                    let sliders: Vec<egui::Rect> = h
                        .get_all_by_role(Role::Slider)
                        .filter(|n| n.accesskit_node().description().as_deref() == Some(fires_at.as_str()))
                        .map(|n| n.rect())
                        .collect();
                    assert!(sliders.len() >= 2, "{what}: A's and B's moments");
                    assert_usable(&format!("{what}: B's moment"), size, sliders[1], egui::vec2(40.0, 10.0));
                }
            }
        }
    }
}
