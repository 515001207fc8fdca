//! One workspace on a laptop screen (issue 25): at 1024×640 and 1280×720,
//! in English and Korean, every step of every built-in lesson after its
//! set-up, and the backprop inspector on the default 8-8 spiral. The
//! boundary view keeps 35 % of the width and 240 px at one scale with
//! every point of the step inside it; what the step's goal needs is on
//! screen without scrolling; the inspector's stage text, chain-rule line
//! and every neuron sit inside their panels; no button is narrower than a
//! word of its label.

use egui::Rect;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use nnlab::app::{Action, LessonAction, NnlabApp, Tab};
use nnlab::data::Generator;
use nnlab::i18n::Language;
use nnlab::lessons::{Check, ControlGroup, Lesson, LessonProgress, Setting, Text};
use nnlab::tr;

const SIZES: [(f32, f32); 2] = [(1024.0, 640.0), (1280.0, 720.0)];

fn harness(size: (f32, f32), app: NnlabApp) -> Harness<'static, NnlabApp> {
    crate::common::ui::laptop_harness(size, app)
}

fn rect(node: &egui_kittest::Node<'_>) -> Rect {
    crate::common::ui::node_rect(node)
}

fn window(size: (f32, f32)) -> Rect {
    Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size.0, size.1)).expand(1.0)
}

/// A widget labelled `label` lies inside `within` (a widget scrolled out
/// of its panel's view lies outside it). Another widget may carry the same
/// words elsewhere: the neuron drawing names its parts, which lesson 1's
/// question offers as choices.
fn all_inside(h: &Harness<'_, NnlabApp>, what: &str, label: &str, within: Rect) {
    let rects: Vec<Rect> = h.query_all_by_label(label).map(|n| rect(&n)).collect();
    assert!(!rects.is_empty(), "{what}: no {label:?} on screen");
    assert!(
        rects.iter().any(|r| within.expand(1.0).contains_rect(*r)),
        "{what}: {label:?} at {rects:?} is outside {within:?}"
    );
}

/// No button is narrower than the longest word of its label (a label
/// wrapped into a column of letters, or cut). Buttons named apart from
/// their text (neurons, numbered steps, +/−) carry digits and are left out.
fn buttons_fit_their_words(h: &Harness<'_, NnlabApp>, what: &str) {
    for n in h.query_all_by_role(Role::Button) {
        let Some(label) = n.accesskit_node().label() else {
            continue;
        };
        if label.chars().any(|c| c.is_ascii_digit()) || n.accesskit_node().bounding_box().is_none() {
            continue;
        }
        let r = rect(&n);
        if r.width() < 1.0 {
            continue;
        }
        let widest = label
            .split_whitespace()
            .map(|w| {
                h.ctx.fonts_mut(|f| {
                    f.layout_no_wrap(w.to_string(), egui::FontId::proportional(10.0), egui::Color32::WHITE)
                        .size()
                        .x
                })
            })
            .fold(0.0, f32::max);
        assert!(
            r.width() + 1.0 >= widest,
            "{what}: button {label:?} is {:.0} px wide, a word of it {widest:.0}",
            r.width()
        );
    }
}

/// The window's panels and main views do not overlap: a panel whose
/// contents are wider than its slot is drawn under its neighbour (the
/// editor's toolbar once pushed it under the lesson panel).
fn nothing_overlaps(h: &Harness<'_, NnlabApp>, what: &str) {
    let app = h.state();
    let r = app.panel_rects();
    let mut parts: Vec<(&str, Rect)> = [
        ("lesson", r.lesson),
        ("notes", r.notes),
        ("controls", r.controls),
        ("editor", r.editor),
        ("below", r.below),
    ]
    .into_iter()
    .filter_map(|(n, r)| Some((n, r?)))
    .collect();
    let plot = |id: &str| egui_plot::PlotMemory::load(&h.ctx, egui::Id::unique(id)).map(|m| *m.transform().frame());
    match app.settings.view.tab {
        Tab::Network => parts.push(("boundary view", app.boundary_rect())),
        Tab::Perceptron => {
            parts.extend(plot(nnlab::app::PLANE_PLOT_ID).map(|f| ("perceptron plane", f)));
            parts.extend(plot(nnlab::app::WEIGHT_PLOT_ID).map(|f| ("weight space", f)));
        }
        Tab::Compare => {
            for id in nnlab::app::COMPARE_PLOT_IDS {
                parts.extend(plot(id).map(|f| (id, f)));
            }
        }
        Tab::Logic => {
            let diagram = h.ctx.read_response(egui::Id::unique(nnlab::app::LOGIC_DIAGRAM_ID));
            parts.extend(diagram.map(|d| ("logic diagram", d.rect)));
        }
        Tab::Neuron => {
            let drawing = h.ctx.read_response(egui::Id::unique(nnlab::app::NEURON_DRAWING_ID));
            parts.extend(drawing.map(|d| ("neuron drawing", d.rect)));
            parts.extend(plot(nnlab::app::NEURON_TRACE_ID).map(|f| ("membrane trace", f)));
        }
    }
    for (i, (a, ra)) in parts.iter().enumerate() {
        for (b, rb) in &parts[i + 1..] {
            let both = ra.intersect(*rb);
            assert!(
                !both.is_positive() || both.width() < 1.5 || both.height() < 1.5,
                "{what}: the {a} {ra:?} and the {b} {rb:?} overlap"
            );
        }
    }
}

/// Nothing in a side panel runs past its edges: a panel whose contents
/// are wider than its slot widens into the main view's room (or, with no
/// room, is cut at the edge). A panel is found by a widget it always
/// holds (its fold button, the lesson's restart button, the notes'
/// heading); what it holds is what lies under the same pane.
fn contents_stay_in_their_panels(h: &Harness<'_, NnlabApp>, what: &str) {
    let r = h.state().panel_rects();
    let panels = [
        ("lesson", r.lesson),
        ("notes", r.notes),
        ("controls", r.controls),
        ("editor", r.editor),
    ];
    let labels = [tr!("layout-fold"), tr!("lesson-restart-step"), tr!("notes-heading")];
    for anchor in labels.iter().flat_map(|l| h.query_all_by_label(l)) {
        let at = rect(&anchor).center();
        let Some((name, panel)) = panels
            .iter()
            .find_map(|(name, p)| p.filter(|p| p.contains(at)).map(|p| (*name, p)))
        else {
            continue;
        };
        let Some(pane) = pane_of(&anchor.accesskit_node()) else {
            continue;
        };
        for node in h.root().children_recursive() {
            let n = node.accesskit_node();
            if n.role() == Role::Splitter || pane_of(&n).as_ref() != Some(&pane) {
                continue;
            }
            let Some(b) = n.bounding_box() else { continue };
            assert!(
                b.x0 as f32 >= panel.min.x - 1.0 && b.x1 as f32 <= panel.max.x + 1.0,
                "{what}: {:?} {:?} at {b:?} runs out of the {name} panel {panel:?}",
                n.role(),
                n.label().or(n.value())
            );
        }
    }
}

/// The id of the nearest pane (a panel) holding `node`.
fn pane_of(node: &egui_kittest::kittest::AccessKitNode<'_>) -> Option<String> {
    let mut p = node.parent();
    while let Some(n) = p {
        if n.role() == Role::Pane {
            return Some(format!("{:?}", n.id()));
        }
        p = n.parent();
    }
    None
}

/// The boundary view: big enough, one scale, every point inside.
fn boundary_keeps_the_data(h: &Harness<'_, NnlabApp>, what: &str, size: (f32, f32)) {
    let app = h.state();
    let view = app.boundary_rect();
    let least = (0.35 * size.0).max(240.0);
    assert!(
        view.width() >= least && view.height() >= 240.0,
        "{what}: boundary view {:.0}×{:.0}, wants {least:.0}×240",
        view.width(),
        view.height()
    );
    let [sx, sy] = app.boundary_scale().expect("drawn");
    assert!((sx - sy).abs() <= 0.01 * sx, "{what}: x at {sx} px/unit, y at {sy}");
    for (i, p) in app.dataset.points.iter().enumerate() {
        let at = app.boundary_screen_pos(p.x).expect("drawn");
        assert!(
            view.contains(at),
            "{what}: point {i} {:?} drawn at {at:?}, outside {view:?}",
            p.x
        );
    }
}

/// The labels of the widgets `check` needs, and where they live.
fn needed(check: &Check, question_choices: &[String], out: &mut Vec<(String, Place)>) {
    let play = || (tr!("controls-play"), Place::Controls);
    match check {
        Check::All(list) | Check::Any(list) | Check::Then(list) => {
            list.iter().for_each(|c| needed(c, question_choices, out))
        }
        Check::Ever(c) | Check::Not(c) => needed(c, question_choices, out),
        Check::Held { check, .. } | Check::Labelled { check, .. } => needed(check, question_choices, out),
        Check::Answer(_) => out.extend(question_choices.iter().map(|c| (c.clone(), Place::Lesson))),
        Check::AnswerNumber(_) => out.push((tr!("lesson-number-answer"), Place::Lesson)),
        Check::Read => {}
        Check::Bias(_) | Check::Weight(_) => out.push((tr!("editor-output-node", output = 1), Place::Editor)),
        Check::HiddenLayers(_) | Check::HiddenNeurons(_) | Check::Epochs(_) | Check::Diverged | Check::Rose(_) => {
            out.push(play())
        }
        Check::Loss(m) | Check::Accuracy(m) => match m.on {
            nnlab::lessons::MetricOn::Logistic => out.push((tr!("lab-run"), Place::Window)),
            _ => out.push(play()),
        },
        Check::Setting(list) => {
            for s in list {
                let key = match s.setting {
                    Setting::Points => "controls-points",
                    Setting::Noise => "controls-noise",
                    Setting::Classes => "controls-classes",
                    Setting::TestRatio => "controls-test-ratio",
                    Setting::LearningRate => "controls-learning-rate",
                    Setting::BatchSize => "controls-batch-size",
                    Setting::L1 => "controls-l1",
                    Setting::L2 => "controls-l2",
                    Setting::StepFunction => "perceptron-step",
                    Setting::PerceptronData
                    | Setting::PerceptronLearningRate
                    | Setting::CompareData
                    | Setting::CompareLearningRate => "lab-run",
                    _ => "controls-play",
                };
                let place = match s.setting.group() {
                    ControlGroup::LabData | ControlGroup::LabSettings => Place::Window,
                    _ => Place::Controls,
                };
                out.push((nnlab::i18n::tr(key, &[]), place));
            }
        }
        Check::StepFunction(_) => out.push((tr!("perceptron-step"), Place::Window)),
        // Coincidence: the neuron lab's own laptop test checks its drawing
        // and trace (tests/window/laptop_ui.rs).
        Check::CoincidentSpikes(_) => {}
        Check::PerceptronSteps(_) => out.push((tr!("perceptron-step-sample"), Place::Window)),
        Check::Perceptron(_) | Check::PerceptronUpdates(_) | Check::ComparePerceptron(_) => {
            out.push((tr!("lab-run"), Place::Window))
        }
        Check::TruthTable(_) => out.push((tr!("logic-edit-neuron"), Place::Window)),
        Check::InspectorStageReached(_) => out.push((tr!("editor-inspect"), Place::Editor)),
    }
}

/// A lesson text as the panel shows it (`{ui:KEY}` in the window's words).
fn rendered(text: &Text, lang: Language) -> String {
    text.render(lang, |key| {
        nnlab::i18n::has_message(key).then(|| nnlab::i18n::tr_in(lang, key, &[]))
    })
}

/// Where a needed widget lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Lesson,
    Controls,
    Editor,
    Window,
}

fn within(h: &Harness<'_, NnlabApp>, place: Place, size: (f32, f32)) -> Rect {
    let r = h.state().panel_rects();
    let panel = match place {
        Place::Lesson => r.lesson,
        Place::Controls => r.controls,
        Place::Editor => r.editor,
        Place::Window => None,
    };
    panel.unwrap_or(window(size)).intersect(window(size))
}

fn walk_every_lesson_step(lang: Language) {
    nnlab::i18n::set_language(lang);
    for size in SIZES {
        let mut h = harness(size, crate::common::ui::small_app(Generator::Spiral));
        let lessons: Vec<Lesson> = h.state().builtin_lessons().to_vec();
        for lesson in lessons {
            // Every step reachable, so each can be opened with its set-up.
            let n = lesson.steps.len();
            let progress = LessonProgress {
                passed: (0..n).collect(),
                ..LessonProgress::default()
            };
            h.state_mut()
                .settings
                .lessons
                .lessons
                .insert(lesson.id.clone(), progress);
            let ctx = h.ctx.clone();
            h.state_mut().apply(Action::StartLesson(Box::new(lesson.clone())), &ctx);
            for k in 0..n {
                h.state_mut().apply(Action::Lesson(LessonAction::GoTo(k)), &ctx);
                let what = format!("{lang:?} {}×{} {} step {}", size.0, size.1, lesson.id, k + 1);
                let step = &lesson.steps[k];
                if h.state().settings.view.tab == Tab::Network {
                    crate::common::ui::wait_for(&mut h, &what, |a| {
                        a.snapshot()
                            .is_some_and(|s| s.net.layers.len() == a.settings.config.hidden.len() + 1)
                    });
                }
                h.run_steps(6);
                let choices: Vec<String> = step
                    .question
                    .iter()
                    .flat_map(|q| q.choices.iter().map(|c| rendered(&c.text, lang)))
                    .collect();
                let mut widgets = vec![(tr!("lesson-restart-step"), Place::Lesson)];
                needed(&step.goal, &choices, &mut widgets);
                // The lesson's card always opens; at 1024 px a step that
                // needs the card, the inspector and more may leave a
                // panel as a strip, one click from opening (counted, and
                // never the lesson's).
                let mut strips = 0;
                for (label, place) in widgets {
                    let panel = within(&h, place, size);
                    if place != Place::Lesson && place != Place::Window && panel.width() <= 31.0 {
                        assert!(
                            window(size).contains_rect(panel),
                            "{what}: the strip {panel:?} is off screen"
                        );
                        strips += 1;
                        continue;
                    }
                    all_inside(&h, &what, &label, panel);
                }
                // A task scrolled in its card could hide a choice while
                // its rectangle still lay inside the card.
                assert!(
                    !h.state().lesson_task_scrolls(),
                    "{what}: the step's task does not fit its card"
                );
                assert!(
                    strips == 0 || size.0 < 1280.0,
                    "{what}: a needed panel folded at {size:?}"
                );
                if h.state().settings.view.tab == Tab::Network {
                    boundary_keeps_the_data(&h, &what, size);
                }
                buttons_fit_their_words(&h, &what);
                nothing_overlaps(&h, &what);
                contents_stay_in_their_panels(&h, &what);
            }
            h.state_mut().apply(Action::Lesson(LessonAction::Close), &ctx);
            h.run_steps(2);
        }
    }
}

#[test]
fn every_lesson_step_fits_a_laptop_in_english() {
    walk_every_lesson_step(Language::En);
}

#[test]
fn every_lesson_step_fits_a_laptop_in_korean() {
    walk_every_lesson_step(Language::Ko);
}

/// Opens the inspector on the default 8-8 spiral (with lesson 9's panel
/// open too when `lesson`) and walks the five stages.
fn inspector_reads_whole(lang: Language, lesson: bool) {
    nnlab::i18n::set_language(lang);
    for size in SIZES {
        let mut app = NnlabApp::new(
            nnlab::app::Settings::default(),
            nnlab::app::default_dataset(&nnlab::app::Settings::default()),
            std::sync::Arc::new(|| {}),
        );
        app.use_path_prompts();
        let mut h = harness(size, app);
        let ctx = h.ctx.clone();
        if lesson {
            let backprop = h.state().builtin_lessons().iter().find(|l| l.id == "backprop").cloned();
            let backprop = backprop.expect("lesson 9");
            // Its second step: the first one shows why a step-function
            // network cannot be traced.
            let progress = LessonProgress {
                passed: (0..backprop.steps.len()).collect(),
                ..LessonProgress::default()
            };
            h.state_mut()
                .settings
                .lessons
                .lessons
                .insert(backprop.id.clone(), progress);
            h.state_mut().apply(Action::StartLesson(Box::new(backprop)), &ctx);
            h.state_mut().apply(Action::Lesson(LessonAction::GoTo(1)), &ctx);
            // The learner answers the step's question (which δ comes
            // first) before walking the stages, as Next asks.
            let answer = LessonAction::Answer(nnlab::lessons::Answer::Choice(0));
            h.state_mut().apply(Action::Lesson(answer), &ctx);
            h.state_mut().settings.view.classroom = false;
            crate::common::ui::wait_for(&mut h, "XOR", |a| a.dataset.points.len() == 4);
        }
        let what = format!("{lang:?} {}×{} inspector (lesson {lesson})", size.0, size.1);
        h.get_by_label(&tr!("editor-inspect")).click();
        h.run_steps(3);
        if lesson {
            steps_in_one_row(&h, &what, lang);
        }
        h.state_mut()
            .apply(Action::Inspector(nnlab::app::InspectorAction::Pick(0)), &ctx);
        let next = tr!("inspector-next");
        let start = std::time::Instant::now();
        while h.query_by_label(&next).is_none() {
            assert!(start.elapsed().as_secs() < 30, "{what}: the trace never showed");
            h.step();
        }
        h.run_steps(4);
        let below = h.state().panel_rects().below.expect("the inspector's panel");
        let editor = h.state().panel_rects().editor.expect("the editor");
        let next_at = rect(&h.get_by_label(&next));
        let net = h.state().snapshot().expect("snapshot").net.clone();
        for stage in 0..5 {
            let stage_what = format!("{what}, stage {}", stage + 1);
            let names = ["forward", "loss", "backward", "gradients", "update"];
            let name = nnlab::i18n::tr(&format!("inspector-stage-{}", names[stage]), &[]);
            let heading = tr!("inspector-stage", at = stage + 1, name = name);
            let heading = h.query_all_by_label(&heading).next().map(|n| rect(&n));
            let heading = heading.unwrap_or_else(|| panic!("{stage_what}: no stage heading"));
            assert!(
                below.contains_rect(heading),
                "{stage_what}: heading {heading:?} outside {below:?}"
            );
            let now_below = h.state().panel_rects().below.expect("the inspector's panel");
            assert_eq!(
                rect(&h.get_by_label(&next)).min,
                next_at.min,
                "{stage_what}: Next moved (panel {below:?} now {now_below:?})"
            );
            // Every neuron of the network, output included, in the editor.
            for (l, layer) in net.layers.iter().enumerate() {
                for j in 0..layer.outputs() {
                    let name = if l + 1 == net.layers.len() {
                        tr!("editor-output-node", output = j + 1)
                    } else {
                        tr!("editor-neuron-node", layer = l + 1, neuron = j + 1)
                    };
                    let r = rect(&h.get_by_label(&name));
                    assert!(
                        editor.contains_rect(r),
                        "{stage_what}: {name} at {r:?} outside the editor {editor:?}"
                    );
                }
            }
            if stage == 2 {
                // Backward: pin h1.1 and read its chain rule.
                h.get_by_label(&tr!("editor-neuron-node", layer = 1, neuron = 1))
                    .click();
                h.run_steps(3);
                let chain = h
                    .query_all_by_label_contains("δ\u{a0}=")
                    .map(|n| rect(&n))
                    .collect::<Vec<_>>();
                assert!(!chain.is_empty(), "{stage_what}: no chain-rule line");
                for r in chain {
                    assert!(
                        below.contains_rect(r),
                        "{stage_what}: chain rule {r:?} outside {below:?}"
                    );
                }
            }
            boundary_keeps_the_data(&h, &stage_what, size);
            buttons_fit_their_words(&h, &stage_what);
            nothing_overlaps(&h, &stage_what);
            contents_stay_in_their_panels(&h, &stage_what);
            if stage < 4 {
                h.get_by_label(&next).click();
                h.run_steps(3);
            }
        }
    }
}

/// The open lesson's step buttons (every step passed) sit in one row: at
/// 1024 px beside the inspector the card is about 200 points wide, and the
/// last step's number wrapped alone onto a second line.
fn steps_in_one_row(h: &Harness<'_, NnlabApp>, what: &str, lang: Language) {
    let lesson = h.state().lesson().expect("a lesson").lesson().clone();
    let tops: Vec<f32> = lesson
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let text = format!("{}. {}", i + 1, rendered(&step.title, lang));
            let name = tr!("lesson-step-passed-name", step = text.as_str());
            rect(&h.get_by_label(&name)).top()
        })
        .collect();
    assert!(
        tops.iter().all(|&t| (t - tops[0]).abs() < 1.0),
        "{what}: step buttons at {tops:?}"
    );
}

#[test]
fn the_inspector_reads_whole_on_a_laptop() {
    inspector_reads_whole(Language::En, false);
    inspector_reads_whole(Language::Ko, false);
}

#[test]
fn the_inspector_and_the_lesson_share_a_laptop() {
    inspector_reads_whole(Language::En, true);
    inspector_reads_whole(Language::Ko, true);
}
