//! The views keep the data and read (issue 25): the boundary view frames
//! every point at one scale and moves only to fit (the *Fit view* button,
//! F, a double-click; a set-up or new data), never on *Apply this step*;
//! the mouse wheel zooms the loss plots' epochs within the run and a
//! double-click shows all of it; every plot labels three ticks per axis
//! at both laptop sizes (found in what the window paints).

use egui::{Event, Modifiers, PointerButton, Pos2, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use egui_plot::PlotMemory;
use nnlab::app::{
    Action, BOUNDARY_PLOT_ID, COMPARE_PLOT_IDS, InspectorAction, LANDSCAPE_PLOT_ID, LOSS_PLOT_IDS, NnlabApp,
    PERCEPTRON_PLOT_IDS, PLANE_PLOT_ID, Tab, WEIGHT_PLOT_ID,
};
use nnlab::data::{ColumnRef, CsvOptions, GenParams, Generator, read_csv};
use nnlab::tr;

use crate::common::ui::{small_app, wait_for};

const SIZES: [(f32, f32); 2] = [(1024.0, 640.0), (1280.0, 720.0)];

fn harness(size: (f32, f32), app: NnlabApp) -> Harness<'static, NnlabApp> {
    // kittest runs a frame per event: at its usual quarter of a second a
    // frame, two clicks would never make a double-click.
    let mut h = Harness::builder()
        .with_step_dt(1.0 / 30.0)
        .with_size(egui::vec2(size.0, size.1))
        .with_context_setup(nnlab::app::install_fonts)
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    wait_for(&mut h, "the first snapshot", |a| a.snapshot().is_some());
    h.run_steps(4);
    h
}

fn memory(h: &Harness<'_, NnlabApp>, id: &str) -> PlotMemory {
    PlotMemory::load(&h.ctx, egui::Id::unique(id)).unwrap_or_else(|| panic!("plot {id} is drawn"))
}

/// How many of the data's points lie outside the boundary view.
fn points_outside(h: &Harness<'_, NnlabApp>) -> usize {
    let app = h.state();
    let view = app.boundary_rect();
    (app.dataset.points.iter())
        .filter(|p| !view.contains(app.boundary_screen_pos(p.x).expect("drawn")))
        .count()
}

fn event(h: &mut Harness<'_, NnlabApp>, e: Event) {
    h.event(e);
    h.step();
}

fn click(h: &mut Harness<'_, NnlabApp>, at: Pos2) {
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos: at,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::default(),
        });
    }
    h.step();
}

/// Two clicks within egui's double-click time.
fn double_click(h: &mut Harness<'_, NnlabApp>, at: Pos2) {
    event(h, Event::PointerMoved(at));
    click(h, at);
    click(h, at);
}

/// Ctrl+wheel (zoom) over the boundary view's centre.
fn zoom_in(h: &mut Harness<'_, NnlabApp>) {
    event(h, Event::PointerMoved(h.state().boundary_rect().center()));
    event(h, Event::Zoom(6.0));
    h.run_steps(3);
    assert!(points_outside(h) > 0, "zoomed in: some points left the view");
}

/// A spot of the boundary view at least 24 points from every point drawn.
fn empty_spot(h: &Harness<'_, NnlabApp>) -> Pos2 {
    let app = h.state();
    let view = app.boundary_rect().shrink(20.0);
    let drawn: Vec<Pos2> = (app.dataset.points.iter())
        .filter_map(|p| app.boundary_screen_pos(p.x))
        .collect();
    (0..20)
        .flat_map(|i| (0..20).map(move |j| (i, j)))
        .map(|(i, j)| view.lerp_inside(egui::vec2(i as f32 / 19.0, j as f32 / 19.0)))
        .find(|s| drawn.iter().all(|p| p.distance(*s) > 24.0))
        .expect("an empty spot in the view")
}

#[test]
fn the_boundary_view_fits_by_button_key_and_double_click_and_stays_still_otherwise() {
    let mut h = harness(SIZES[0], small_app(Generator::Spiral));
    assert_eq!(points_outside(&h), 0, "the view opens on all the data");

    zoom_in(&mut h);
    h.key_press(egui::Key::F);
    h.run_steps(4);
    assert_eq!(points_outside(&h), 0, "F fits");

    zoom_in(&mut h);
    h.get_by_label(&tr!("boundary-fit")).click();
    h.run_steps(4);
    assert_eq!(points_outside(&h), 0, "the Fit view button fits");

    zoom_in(&mut h);
    let n = h.state().dataset.points.len();
    let spot = empty_spot(&h);
    double_click(&mut h, spot);
    h.run_steps(4);
    assert_eq!(points_outside(&h), 0, "a double-click fits");
    assert_eq!(h.state().dataset.points.len(), n, "and adds no point");

    // New data: the view fits it.
    let params = GenParams {
        points: 200,
        noise: 0.1,
        classes: 2,
        seed: 3,
    };
    let ctx = h.ctx.clone();
    zoom_in(&mut h);
    h.state_mut()
        .apply(Action::SetGenerator(Generator::Moons, params), &ctx);
    wait_for(&mut h, "the moons", |a| a.dataset.points.len() == 200);
    h.run_steps(3);
    assert_eq!(points_outside(&h), 0, "new data is fitted");

    // Apply this step moves the weights, not the view.
    h.get_by_label(&tr!("editor-inspect")).click();
    h.run_steps(2);
    h.state_mut().apply(Action::Inspector(InspectorAction::Pick(0)), &ctx);
    // The worker traces the sample: Apply shows with the trace.
    crate::common::ui::wait_for_label(&mut h, &tr!("inspector-apply"));
    h.run_steps(4);
    let before = *memory(&h, BOUNDARY_PLOT_ID).bounds();
    h.get_by_label(&tr!("inspector-apply")).click();
    h.run_steps(6);
    let after = *memory(&h, BOUNDARY_PLOT_ID).bounds();
    let span = before.width().max(before.height());
    let still = (0..2).all(|d| {
        (before.min()[d] - after.min()[d]).abs() < 1e-6 * span && (before.max()[d] - after.max()[d]).abs() < 1e-6 * span
    });
    assert!(still, "Apply keeps the view: {before:?} became {after:?}");
    assert_eq!(points_outside(&h), 0);
}

#[test]
fn the_wheel_zooms_the_loss_epochs_within_the_run_and_a_double_click_shows_it_all() {
    let mut h = harness(SIZES[1], small_app(Generator::Circle));
    h.get_by_label(&tr!("controls-play")).click();
    wait_for(&mut h, "40 epochs", |a| a.snapshot().is_some_and(|s| s.epoch >= 40));
    h.get_by_label(&tr!("controls-pause")).click();
    h.run_steps(3);
    let last = h.state().snapshot().unwrap().epoch as f64;
    let frame = *memory(&h, LOSS_PLOT_IDS[0]).transform().frame();
    event(&mut h, Event::PointerMoved(frame.center()));
    for _ in 0..3 {
        h.event(Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, 120.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: Modifiers::default(),
        });
        h.run_steps(3);
    }
    // egui smooths the wheel over a few frames.
    h.run_steps(30);
    let (lo, hi) = h.state().loss_epoch_range().expect("the wheel zoomed in");
    assert!(
        0.0 <= lo && lo < hi && hi <= last && hi - lo < last,
        "{lo}…{hi} of 0…{last}"
    );
    for id in LOSS_PLOT_IDS {
        let b = *memory(&h, id).bounds();
        assert!(
            b.min()[0] >= lo - 1e-6 && b.max()[0] <= hi + 1e-6,
            "{id}: x {:?} within the zoom {lo}…{hi}",
            b.range_x()
        );
    }
    // The y axis still frames the curve (a plain wheel used to pan it away).
    let loss = &h.state().snapshot().unwrap().history;
    let mid = loss
        .iter()
        .find(|p| p.epoch as f64 >= (lo + hi) / 2.0)
        .unwrap()
        .train_loss;
    let y = memory(&h, LOSS_PLOT_IDS[0]).bounds().range_y();
    assert!(y.contains(&mid), "loss {mid} inside y {y:?}");

    double_click(&mut h, frame.center());
    h.run_steps(2);
    assert_eq!(h.state().loss_epoch_range(), None, "double-click: the whole run");
    let b = *memory(&h, LOSS_PLOT_IDS[0]).bounds();
    assert!(b.min()[0] <= 0.0 && b.max()[0] >= last, "{:?}", b.range_x());
}

/// The numbers painted under `frame` (x axis) and left of it (y axis).
fn tick_labels(h: &Harness<'_, NnlabApp>, frame: Rect) -> (Vec<String>, Vec<String>) {
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    let mut texts = Vec::new();
    for clipped in &h.output().shapes {
        collect_texts(&clipped.shape, &mut texts);
    }
    for (text, r) in texts {
        let numeric = text.chars().any(|c| c.is_ascii_digit())
            && text
                .chars()
                .all(|c| c.is_ascii_digit() || ".,-−+e%⁰¹²³⁴⁵⁶⁷⁸⁹⁻ ".contains(c));
        if !numeric {
            continue;
        }
        let c = r.center();
        if (frame.min.x - 2.0..=frame.max.x + 2.0).contains(&c.x)
            && (frame.max.y - 2.0..=frame.max.y + 24.0).contains(&r.min.y)
        {
            xs.push(text);
        } else if (frame.min.y - 2.0..=frame.max.y + 2.0).contains(&c.y)
            && (frame.min.x - 90.0..=frame.min.x + 8.0).contains(&r.max.x)
        {
            ys.push(text);
        }
    }
    (xs, ys)
}

fn collect_texts(shape: &egui::Shape, out: &mut Vec<(String, Rect)>) {
    match shape {
        egui::Shape::Text(t) => out.push((t.galley.text().to_string(), t.visual_bounding_rect())),
        egui::Shape::Vec(v) => v.iter().for_each(|s| collect_texts(s, out)),
        _ => {}
    }
}

fn three_ticks(h: &Harness<'_, NnlabApp>, what: &str, id: &str, problems: &mut Vec<String>) {
    let frame = *memory(h, id).transform().frame();
    let (xs, ys) = tick_labels(h, frame);
    // Three different labels: a 0.5 step labelled with no decimal once
    // read "0", "0", "1".
    let distinct = |v: &[String]| v.iter().collect::<std::collections::BTreeSet<_>>().len();
    if distinct(&xs) < 3 || distinct(&ys) < 3 {
        problems.push(format!("{what}, {id} {frame:?}: x {xs:?}, y {ys:?}"));
    }
}

fn step_epochs(h: &mut Harness<'_, NnlabApp>, n: u64) {
    let ctx = h.ctx.clone();
    for _ in 0..n {
        h.state_mut().apply(Action::StepEpoch, &ctx);
    }
    wait_for(h, "the epochs", |a| a.snapshot().is_some_and(|s| s.epoch >= n));
    h.run_steps(3);
}

#[test]
fn every_plot_labels_three_ticks_on_each_axis_at_laptop_sizes() {
    let mut problems = Vec::new();
    for size in SIZES {
        let at = format!("{}×{}", size.0, size.1);
        // The network tab: the boundary view and the loss plots, linear and log.
        let mut h = harness(size, small_app(Generator::Spiral));
        step_epochs(&mut h, 2);
        for id in [BOUNDARY_PLOT_ID, LOSS_PLOT_IDS[0], LOSS_PLOT_IDS[1]] {
            three_ticks(&h, &format!("{at} network"), id, &mut problems);
        }
        h.state_mut().settings.view.log_loss = true;
        h.run_steps(3);
        three_ticks(&h, &format!("{at} log loss"), LOSS_PLOT_IDS[0], &mut problems);
        h.state_mut().settings.view.log_loss = false;
        // The inspector open.
        h.get_by_label(&tr!("editor-inspect")).click();
        h.run_steps(4);
        three_ticks(&h, &format!("{at} inspector"), BOUNDARY_PLOT_ID, &mut problems);
        h.get_by_label(&tr!("inspector-close")).click();
        // Iris imported from its CSV (sepal length runs 4.3…7.9).
        let options = CsvOptions {
            x: Some(ColumnRef::Name("sepal_length".into())),
            y: Some(ColumnRef::Name("sepal_width".into())),
            label: Some(ColumnRef::Name("species".into())),
            ..CsvOptions::default()
        };
        let iris = read_csv(&crate::common::asset("iris.csv"), &options).unwrap();
        let ctx = h.ctx.clone();
        h.state_mut()
            .apply(Action::LoadDataset(Box::new(iris), "iris.csv".into()), &ctx);
        wait_for(&mut h, "iris", |a| a.dataset.points.len() == 150);
        step_epochs(&mut h, 2);
        for id in [BOUNDARY_PLOT_ID, LOSS_PLOT_IDS[0], LOSS_PLOT_IDS[1]] {
            three_ticks(&h, &format!("{at} iris"), id, &mut problems);
        }
        // The labs.
        h.state_mut().settings.view.tab = Tab::Compare;
        h.run_steps(4);
        for id in COMPARE_PLOT_IDS {
            three_ticks(&h, &format!("{at} comparison"), id, &mut problems);
        }
        h.state_mut().settings.view.tab = Tab::Perceptron;
        h.state_mut().labs.perceptron.lab.step_epoch();
        h.run_steps(4);
        three_ticks(&h, &format!("{at} perceptron"), PLANE_PLOT_ID, &mut problems);
        // The weight space beside the plane (issue 26).
        three_ticks(&h, &format!("{at} weight space"), WEIGHT_PLOT_ID, &mut problems);
        // The side panel's plots, scrolled into view (at 1024×640 they sit
        // below the verdict, the bound and the TLU).
        let after = [
            tr!("perceptron-errors-per-epoch"),
            format!("— {}", tr!("perceptron-boundary")),
        ];
        for (label, id) in after.iter().zip(PERCEPTRON_PLOT_IDS) {
            // The line after the plot: scrolled into view, the plot is too.
            h.get_by_label(label).scroll_to_me();
            h.run_steps(4);
            three_ticks(&h, &format!("{at} perceptron"), id, &mut problems);
        }
        // The loss landscape in place of the boundary view (issue 26).
        h.state_mut().settings.view.tab = Tab::Network;
        h.state_mut().settings.view.show_landscape = true;
        wait_for(&mut h, "the landscape", |a| a.landscape.result.is_some());
        h.run_steps(4);
        three_ticks(&h, &format!("{at} landscape"), LANDSCAPE_PLOT_ID, &mut problems);
    }
    assert!(
        problems.is_empty(),
        "plots with fewer than three labelled ticks:\n{}",
        problems.join("\n")
    );
}
