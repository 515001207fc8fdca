//! Every control explains itself: each interactive widget on every tab, and
//! in the lesson panel, has hover text, in English and in Korean. egui
//! records a widget's `on_hover_text` as its accessible description, so the
//! walk reads the accessibility tree the way a screen reader would, without
//! hovering each widget in turn.

#![allow(clippy::unwrap_used)]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use nnlab::app::{NnlabApp, Tab, install_fonts};
use nnlab::data::Generator;
use nnlab::i18n::{self, Language};

/// Roles a learner can click, drag, type into or pick from.
const INTERACTIVE: [Role; 9] = [
    Role::Button,
    Role::CheckBox,
    Role::RadioButton,
    Role::Slider,
    Role::SpinButton,
    Role::ComboBox,
    Role::TextInput,
    Role::Switch,
    Role::Tab,
];

/// The menu bar's own titles open a menu: their items carry the hover
/// text, the titles say where they lead.
fn menu_titles(lang: Language) -> Vec<String> {
    [
        "menu-file",
        "menu-edit",
        "menu-view",
        "menu-train",
        "menu-learn",
        "menu-help",
    ]
    .into_iter()
    .map(|key| i18n::tr_in(lang, key, &[]))
    .collect()
}

/// The window in `lang`, with the app's fonts (Hangul included).
fn harness(lang: Language, size: egui::Vec2) -> Harness<'static, NnlabApp> {
    let mut app = crate::common::ui::small_app(Generator::Spiral);
    app.settings.view.language = Some(lang);
    let mut h = Harness::builder()
        .with_size(size)
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    h.run_steps(3);
    h
}

/// The interactive widgets on screen without hover text, by role and name.
/// A slider's number box is part of the slider: the slider explains both.
fn unexplained(h: &Harness<'_, NnlabApp>, lang: Language) -> Vec<String> {
    let titles = menu_titles(lang);
    let root = h.root();
    let nodes: Vec<_> = root
        .children_recursive()
        .map(|n| n.accesskit_node())
        .filter(|n| INTERACTIVE.contains(&n.role()))
        .collect();
    let explained =
        |n: &egui_kittest::kittest::AccessKitNode<'_>| n.description().is_some_and(|d| !d.trim().is_empty());
    let name = |n: &egui_kittest::kittest::AccessKitNode<'_>| n.label().or(n.value()).unwrap_or_default();
    let described_sliders: Vec<String> = nodes
        .iter()
        .filter(|n| n.role() == Role::Slider && explained(n))
        .map(name)
        .collect();
    nodes
        .iter()
        .filter(|n| !explained(n))
        .map(|n| (n.role(), name(n)))
        .filter(|(role, name)| !(*role == Role::Button && titles.contains(name)))
        .filter(|(role, name)| !(*role == Role::SpinButton && described_sliders.contains(name)))
        .map(|(role, name)| format!("{role:?} {name:?}"))
        .collect()
}

/// Opens `count` views of the window in each language (`open` names the
/// view and leaves the harness showing it) and fails listing every widget
/// without hover text.
fn assert_all_explained(count: usize, open: impl Fn(Language, usize) -> (String, Harness<'static, NnlabApp>)) {
    let mut missing = Vec::new();
    for lang in Language::ALL {
        for k in 0..count {
            let (what, h) = open(lang, k);
            let found = unexplained(&h, lang);
            if !found.is_empty() {
                missing.push(format!("{lang:?} {what}: {}", found.join(", ")));
            }
        }
    }
    i18n::set_language(Language::En);
    assert!(
        missing.is_empty(),
        "widgets without hover text:\n{}",
        missing.join("\n")
    );
}

/// Every tab as it opens, and the neuron tab once more in coincidence
/// trials after one has run (its McCulloch–Pitts reading, the moments of
/// the inputs and the rules' comparison are only shown then).
#[test]
fn every_widget_on_every_tab_has_hover_text_in_both_languages() {
    // Every tab, the neuron tab once more in coincidence trials, then the
    // network tab's loss landscape (computed).
    assert_all_explained(Tab::ALL.len() + 2, |lang, k| {
        let mut h = harness(lang, egui::vec2(1920.0, 1080.0));
        if k == Tab::ALL.len() + 1 {
            h.state_mut().settings.view.show_landscape = true;
            crate::common::ui::wait_for(&mut h, "the landscape", |a| a.landscape.result.is_some());
            h.run_steps(3);
            return ("loss landscape".to_string(), h);
        }
        let tab = Tab::ALL.get(k).copied().unwrap_or(Tab::Neuron);
        h.state_mut().settings.view.tab = tab;
        if k == Tab::ALL.len() {
            let lab = &mut h.state_mut().labs.neuron.lab;
            lab.set_drive(nnlab::labs::neuron::Drive::Coincidence);
            lab.plasticity = true;
            lab.advance(100.0);
        }
        h.run_steps(3);
        (nnlab::app::tab_title(tab), h)
    });
}

/// Every built-in lesson in turn, started from the Learn menu: the lesson
/// panel's widgets (steps, classroom mode, hint, answers, Next) explain
/// themselves too, on whichever tab the lesson opens.
#[test]
fn the_lesson_panel_explains_its_controls_in_both_languages() {
    assert_all_explained(nnlab::lessons::BUILTIN_SOURCES.len(), |lang, k| {
        let mut h = harness(lang, egui::vec2(1920.0, 1080.0));
        h.get_by_label(&i18n::tr_in(lang, "menu-learn", &[])).click();
        h.run_steps(2);
        h.get_by_label_contains(&format!("{}. ", k + 1)).click();
        h.run_steps(3);
        assert!(h.state().lesson().is_some(), "lesson {} is open", k + 1);
        (format!("lesson {}", k + 1), h)
    });
}

#[test]
fn the_walk_sees_the_widgets_it_checks() {
    // A walk that found nothing would pass vacuously: the network tab has
    // dozens of controls, and Play is one of them, explained.
    let h = harness(Language::En, egui::vec2(1920.0, 1080.0));
    let root = h.root();
    let interactive = root
        .children_recursive()
        .filter(|n| INTERACTIVE.contains(&n.accesskit_node().role()))
        .count();
    assert!(interactive > 20, "only {interactive} interactive widgets seen");
    let play = h.get_by_role_and_label(Role::Button, "Play");
    assert!(play.accesskit_node().description().is_some());
}

/// A teacher's lessons with a number question, choices with why, and
/// reading steps: the panel's new widgets explain themselves too.
#[test]
fn a_teachers_questions_and_reading_steps_explain_their_controls() {
    use crate::lesson_panel_ui::{CHOICES, NUMBER, READING};
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<_> = [("number", NUMBER), ("choices", CHOICES), ("reading", READING)]
        .into_iter()
        .map(|(name, text)| {
            let path = dir.path().join(format!("{name}.toml"));
            std::fs::write(&path, text).unwrap();
            (name, path)
        })
        .collect();
    assert_all_explained(files.len(), |lang, k| {
        let (name, path) = &files[k];
        let mut h = harness(lang, egui::vec2(1920.0, 1080.0));
        h.state_mut().open_path(path.clone());
        crate::common::ui::wait_for(&mut h, "the lesson", |a| a.lesson().is_some());
        h.run_steps(3);
        if *name == "choices" {
            h.get_by_label("η = 0.001").click();
            h.run_steps(3);
        }
        (name.to_string(), h)
    });
}
