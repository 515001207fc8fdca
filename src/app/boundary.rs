//! The decision-boundary view: the network's output as an image under the
//! data points, with axes, zoom and pan, and the points themselves, which
//! the user adds (click), moves (drag) and deletes (right-click).
//!
//! Reads: the [`View`] (data, snapshot), the [`ViewOptions`] (test points,
//! discretized, class or value of new points) and which neuron the editor
//! has under the pointer. Emits: [`Action::Edit`] with point edits (one
//! `Move` per frame of a drag; the history folds them into one step), or
//! in the backprop inspector the point clicked ([`ClickMode`]).

use egui::{PointerButton, Pos2, TextureHandle, TextureOptions, Ui};
use egui_plot::{Plot, PlotImage, PlotPoint, PlotTransform};

use crate::app::context::Action;
use crate::app::context::View;
use crate::app::context::ViewOptions;
use crate::app::widgets::colors::{Style, grid_image};
use crate::app::widgets::neuron_image::neuron_image;
use crate::data::{Dataset, Edit, Point};
use crate::tr;
use crate::train::{GridSpec, Snapshot};

mod frame;
mod pick;
mod points;

use frame::ViewFrame;

pub(super) use pick::ClickMode;
use points::{nearest_point, point_items, target_scale};

/// A point is "under the pointer" within this many screen pixels.
const HIT_RADIUS: f32 = 8.0;
/// Most points drawn; beyond it an evenly spaced subset is drawn (the eye
/// cannot tell more points apart than the view has pixels).
pub const MAX_DRAWN_POINTS: usize = 20_000;

/// The view's accessible name in English (the layout tests, which run in
/// English, find the view by it; the window shows `boundary-name`).
pub const BOUNDARY_NAME: &str = "Decision boundary";

/// An axis's caption: the file's column name (or x₁, x₂), and a note when
/// the network sees that input standardized (the plot keeps the file's
/// units so the learner recognizes their data).
fn axis_label(dataset: &Dataset, axis: usize) -> String {
    let name = &dataset.axis_names[axis];
    if dataset.scaling.is_some() {
        tr!("boundary-axis-standardized", name = name.as_str())
    } else {
        name.clone()
    }
}

/// What the texture shows: snapshot sequence, discretized, shown neuron.
type TextureKey = (u64, bool, Option<(usize, usize)>);

/// The boundary plot's id (`egui::Id::unique`).
pub const BOUNDARY_PLOT_ID: &str = "boundary";

/// State of the view between frames.
pub struct BoundaryView {
    texture: Option<TextureHandle>,
    /// What the texture shows.
    texture_key: Option<TextureKey>,
    /// Where the texture's grid lies in the plane.
    image_spec: Option<GridSpec>,
    /// The plot area on screen (for image export).
    pub rect: egui::Rect,
    /// Last frame's plot-to-screen mapping (tests use it to aim clicks).
    pub transform: Option<PlotTransform>,
    /// Point being dragged.
    drag: Option<usize>,
    /// Point under the pointer last frame.
    hovered: Option<usize>,
    /// The part of the plane shown, and the ways to fit it to the data.
    frame: ViewFrame,
    /// The neuron whose output the texture shows instead of the
    /// network's (column, neuron of the snapshot's neuron grids).
    show_neuron: Option<(usize, usize)>,
    /// The data's home box and largest |target|, for the data generation
    /// they were computed from (a pass over a million points is not
    /// repeated every frame of a drag).
    extent: Option<(u64, GridSpec, f32)>,
}

impl Default for BoundaryView {
    fn default() -> Self {
        Self {
            texture: None,
            texture_key: None,
            image_spec: None,
            rect: egui::Rect::NOTHING,
            transform: None,
            drag: None,
            hovered: None,
            frame: ViewFrame::default(),
            show_neuron: None,
            extent: None,
        }
    }
}

impl BoundaryView {
    /// Asks the next frame to fit the view to the data.
    pub fn request_fit(&mut self) {
        self.frame.request_fit();
    }

    /// The grid the worker should evaluate for the current view.
    pub fn wanted_grid(&self, resolution: usize) -> Option<GridSpec> {
        let b = self.transform.as_ref()?.bounds();
        let spec = GridSpec {
            x_min: b.min()[0],
            x_max: b.max()[0],
            y_min: b.min()[1],
            y_max: b.max()[1],
            resolution,
        };
        spec.is_valid().then_some(spec)
    }

    /// Screen position of plane point `x` (last frame's mapping).
    pub fn screen_pos(&self, x: [f64; 2]) -> Option<Pos2> {
        Some(
            self.transform
                .as_ref()?
                .position_from_point(&PlotPoint::new(x[0], x[1])),
        )
    }

    /// Draws the view; `show_neuron` (column, neuron) is drawn instead of
    /// the network's output while the editor hovers it. Returns the edits
    /// the user made (or the point picked, as `mode` says).
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        view: &View,
        options: &ViewOptions,
        show_neuron: Option<(usize, usize)>,
        mode: ClickMode,
    ) -> Vec<Action> {
        let dataset = view.dataset;
        self.show_neuron = show_neuron;
        let (home, scale) = self.extent(view);
        self.update_texture(ui.ctx(), view.snapshot, options, scale);
        let busy = mode == ClickMode::Edit && (self.drag.is_some() || self.hovered.is_some());
        let plot = crate::app::widgets::plot_axes::with_ticks(Plot::new(BOUNDARY_PLOT_ID))
            .id(egui::Id::unique(BOUNDARY_PLOT_ID))
            .allow_drag(!busy)
            .allow_boxed_zoom(false)
            // Double-click fits, as the Fit button (see `frame`).
            .allow_double_click_reset(false)
            .custom_x_axes(vec![crate::app::widgets::plot_axes::x_axis(axis_label(dataset, 0))])
            .custom_y_axes(vec![crate::app::widgets::plot_axes::y_axis(axis_label(dataset, 1))])
            .show_grid(false);
        let fit = self.frame.take_fit(ui);
        let predictions = view
            .current_snapshot()
            .and_then(|s| s.predictions.as_deref())
            .filter(|p| p.len() == dataset.points.len() && mode != ClickMode::ReadOnly);
        let frame = &mut self.frame;
        let response = plot.show(ui, |plot_ui| {
            let wanted = frame.bounds(plot_ui.plot_bounds(), home, plot_ui.response().rect, fit);
            plot_ui.set_plot_bounds(wanted);
            if let (Some(tex), Some(spec)) = (&self.texture, self.image_spec) {
                let centre = PlotPoint::new((spec.x_min + spec.x_max) / 2.0, (spec.y_min + spec.y_max) / 2.0);
                let size = [(spec.x_max - spec.x_min) as f32, (spec.y_max - spec.y_min) as f32];
                plot_ui.image(PlotImage::new("output", tex.id(), centre, size).allow_hover(false));
            }
            for item in point_items(dataset, predictions, options.show_test, scale) {
                plot_ui.points(item);
            }
            pick::ring_picked(plot_ui, dataset, mode);
            let transform = *plot_ui.transform();
            let pointer = plot_ui
                .response()
                .hover_pos()
                .or_else(|| plot_ui.response().interact_pointer_pos());
            (transform, pointer)
        });
        let (transform, pointer) = response.inner;
        self.transform = Some(transform);
        self.rect = response.response.rect;
        // Named for screen readers and the layout tests.
        response
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Image, true, tr!("boundary-name")));
        crate::app::widgets::hover::describe(&response.response, &tr!("boundary-name-hover"));
        let mut actions = match mode {
            ClickMode::Edit => self.interact(&response.response, &transform, pointer, dataset, options),
            ClickMode::Pick(_) => {
                let under = pointer.and_then(|p| nearest_point(dataset, &transform, p, options.show_test));
                self.pick(&response.response, under)
            }
            ClickMode::ReadOnly => {
                (self.drag, self.hovered) = (None, None);
                Vec::new()
            }
        };
        // After the clicks: a double-click takes back the point its first
        // click added, even when both clicks fall in one frame.
        actions.extend(self.frame.controls_ui(ui, &response.response, mode));
        actions
    }

    /// Turns clicks and drags into edits.
    fn interact(
        &mut self,
        resp: &egui::Response,
        t: &PlotTransform,
        pointer: Option<Pos2>,
        dataset: &Dataset,
        options: &ViewOptions,
    ) -> Vec<Action> {
        let mut actions = Vec::new();
        let at = |p: Pos2| {
            let v = t.value_from_position(p);
            [v.x, v.y]
        };
        if self.drag.is_none() {
            self.hovered = pointer.and_then(|p| nearest_point(dataset, t, p, options.show_test));
        }
        if let Some(p) = pointer {
            if resp.drag_started_by(PointerButton::Primary) {
                // Hit-test where the button went down: by the time a drag
                // is recognized the pointer has already moved.
                let origin = resp.ctx.input(|i| i.pointer.press_origin()).unwrap_or(p);
                self.drag = nearest_point(dataset, t, origin, options.show_test);
            }
            if let Some(index) = self.drag
                && resp.dragged_by(PointerButton::Primary)
                && let Some(point) = dataset.points.get(index)
                && point.x != at(p)
            {
                actions.push(Action::Edit(Edit::Move {
                    index,
                    from: point.x,
                    to: at(p),
                }));
            }
            if resp.clicked_by(PointerButton::Primary) && self.hovered.is_none() {
                let y = if dataset.is_classification() {
                    options.selected_class as f64
                } else {
                    options.new_value
                };
                let point = Point {
                    x: at(p),
                    y,
                    test: false,
                };
                actions.push(Action::Edit(Edit::Add {
                    index: dataset.points.len(),
                    point,
                }));
                self.frame.added_point(resp.ctx.input(|i| i.time), p);
            }
            if resp.clicked_by(PointerButton::Secondary)
                && let Some(index) = self.hovered
            {
                actions.push(Action::Edit(Edit::Remove {
                    index,
                    point: dataset.points[index],
                }));
                self.hovered = None;
            }
        }
        if self.drag.is_some() && !resp.dragged_by(PointerButton::Primary) {
            self.drag = None;
        }
        let hint = if self.drag.is_some() || self.hovered.is_some() {
            egui::CursorIcon::Grab
        } else {
            egui::CursorIcon::Crosshair
        };
        if resp.hovered() {
            resp.ctx.set_cursor_icon(hint);
        }
        actions
    }

    /// The home box around the data and the largest |target| (regression;
    /// 1 for classes), computed once per data generation.
    fn extent(&mut self, view: &View) -> (GridSpec, f32) {
        match self.extent {
            Some((generation, home, scale)) if generation == view.data_generation => (home, scale),
            _ => {
                let d = view.dataset;
                let scale = if d.is_classification() { 1.0 } else { target_scale(d) };
                let home = GridSpec::around(d, 2);
                self.extent = Some((view.data_generation, home, scale));
                (home, scale)
            }
        }
    }

    /// Re-colours the texture when a new snapshot or style arrives;
    /// `value_scale` is the regression target's largest magnitude.
    fn update_texture(
        &mut self,
        ctx: &egui::Context,
        snapshot: Option<&Snapshot>,
        options: &ViewOptions,
        value_scale: f32,
    ) {
        let Some(s) = snapshot else { return };
        let key = (s.sequence, options.discretize, self.show_neuron);
        if self.texture_key == Some(key) {
            return;
        }
        let neuron = self.show_neuron.and_then(|(c, j)| neuron_image(s, c, j));
        let image = neuron.unwrap_or_else(|| {
            grid_image(
                &s.grid,
                Style {
                    discretize: options.discretize,
                    value_scale,
                },
            )
        });
        match &mut self.texture {
            Some(t) => t.set(image, TextureOptions::LINEAR),
            None => self.texture = Some(ctx.load_texture("boundary", image, TextureOptions::LINEAR)),
        }
        self.texture_key = Some(key);
        self.image_spec = Some(s.grid.spec);
    }
}
