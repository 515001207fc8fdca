//! Laptop screens: every tab stays usable at 1280×720 and 1024×640
//! logical points. Side panels scroll instead of squeezing the main view,
//! which keeps a useful minimum size: the decision boundary at least 40 %
//! of the window's width, lab plots and tables their minimum sizes.

#![allow(clippy::unwrap_used)]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use nnlab::app::{BOUNDARY_NAME, NnlabApp, Tab};
use nnlab::data::Generator;

const LAPTOPS: [(f32, f32); 2] = [(1280.0, 720.0), (1024.0, 640.0)];

fn harness(size: (f32, f32), tab: Tab, app: NnlabApp) -> Harness<'static, NnlabApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    nnlab::app::install_fonts(&h.ctx);
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
        app.settings.config = config;
        let h = harness(size, Tab::Network, app);
        let output = bounds(&h, Role::Button, "output 1");
        assert_usable("the editor's output neuron", size, output, egui::vec2(8.0, 8.0));
        let view = bounds(&h, Role::Image, BOUNDARY_NAME);
        assert_usable("the boundary view", size, view, egui::vec2(0.4 * size.0, 200.0));
    }
}
