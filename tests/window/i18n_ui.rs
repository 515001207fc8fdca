//! Both languages in the window: every text has glyphs in the app's fonts
//! (the Hangul fallback included), the lab tabs keep room for their plots
//! in English and in Korean on laptop screens, and switching the language
//! from the View menu changes the texts at once without touching the labs.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use egui::{FontFamily, FontId, Id, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::{
    COMPARE_PLOT_IDS, LOGIC_DIAGRAM_ID, NEURON_DRAWING_ID, NnlabApp, PLANE_PLOT_ID, Settings, Tab, WEIGHT_PLOT_ID,
    install_fonts,
};
use nnlab::i18n::{self, Language};

/// Every text a learner can read, in `lang`, named by where it comes from:
/// each catalogue message (formatted, and every line of its source, so the
/// plural variants Fluent did not choose count too), each concept note and
/// each string of every built-in lesson (its `en` and `ko` texts alike).
fn every_text(lang: Language) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let (keys, _) = i18n::catalogue_keys(lang);
    for key in keys {
        out.push((format!("{lang:?} {key}"), i18n::tr_in(lang, &key, &[])));
    }
    for line in i18n::catalogue_source(lang).lines() {
        out.push((format!("{lang:?} catalogue line"), line.to_string()));
    }
    for note in nnlab::labs::notes::all(lang) {
        out.push((
            format!("{lang:?} note {:?}", note.id),
            format!("{}\n{}", note.title, note.body),
        ));
    }
    for (name, source) in nnlab::lessons::BUILTIN_SOURCES {
        let value: toml::Value = toml::from_str(source).unwrap();
        let mut strings = Vec::new();
        collect_strings(&value, &mut strings);
        out.extend(strings.into_iter().map(|s| (format!("lesson {name}"), s)));
    }
    out.push(("language menu".into(), lang.label().to_string()));
    out
}

fn collect_strings(value: &toml::Value, out: &mut Vec<String>) {
    match value {
        toml::Value::String(s) => out.push(s.clone()),
        toml::Value::Array(a) => a.iter().for_each(|v| collect_strings(v, out)),
        toml::Value::Table(t) => t.values().for_each(|v| collect_strings(v, out)),
        _ => {}
    }
}

/// The characters of `texts` that `family` cannot draw in `ctx`'s fonts.
fn missing_glyphs(ctx: &egui::Context, family: FontFamily, texts: &[(String, String)]) -> Vec<String> {
    let font = FontId::new(14.0, family);
    let mut missing = Vec::new();
    ctx.fonts_mut(|fonts| {
        for (where_, text) in texts {
            for c in text.chars().filter(|c| !c.is_control()) {
                if !fonts.has_glyph(&font, c) {
                    missing.push(format!("{c:?} U+{:04X} in {where_}", u32::from(c)));
                }
            }
        }
    });
    missing.sort();
    missing.dedup();
    missing
}

#[test]
fn every_text_of_both_languages_has_glyphs_in_the_app_fonts() {
    let ctx = egui::Context::default();
    install_fonts(&ctx);
    // Fonts are built at the start of the first pass.
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    let mut texts = every_text(Language::En);
    texts.extend(every_text(Language::Ko));
    assert!(
        texts.iter().any(|(_, t)| t.contains("퍼셉트론")),
        "the Korean texts are read"
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let missing = missing_glyphs(&ctx, family.clone(), &texts);
        assert!(missing.is_empty(), "{family:?} lacks: {missing:#?}");
    }
}

/// The window in `lang` on lab `tab`, `size` logical pixels, with the
/// app's fonts.
fn window(lang: Language, tab: Tab, size: egui::Vec2) -> Harness<'static, NnlabApp> {
    let mut settings = Settings::default();
    settings.view.tab = tab;
    settings.view.language = Some(lang);
    let data = nnlab::app::default_dataset(&settings);
    let mut app = NnlabApp::new(settings, data, Arc::new(|| {}));
    app.use_path_prompts();
    // kittest panics on a character no font draws: the Hangul fallback
    // must be in place before the first frame, as in the real window.
    let mut h = Harness::builder()
        .with_size(size)
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    h.run_steps(3);
    h
}

/// The frame of the plot with id `Id::unique(id)`, as last drawn.
fn plot_frame(h: &Harness<'_, NnlabApp>, id: &str) -> Rect {
    let memory = egui_plot::PlotMemory::load(&h.ctx, Id::unique(id));
    *memory
        .unwrap_or_else(|| panic!("plot {id} is drawn"))
        .transform()
        .frame()
}

/// The area of each lab tab's main view: the perceptron's plane and weight
/// space, the three comparison plots side by side, the logic network's
/// diagram, the neuron's drawing.
fn main_view(h: &Harness<'_, NnlabApp>, tab: Tab) -> Rect {
    match tab {
        Tab::Perceptron => plot_frame(h, PLANE_PLOT_ID).union(plot_frame(h, WEIGHT_PLOT_ID)),
        Tab::Compare => COMPARE_PLOT_IDS
            .iter()
            .map(|id| plot_frame(h, id))
            .reduce(|a, b| a.union(b))
            .unwrap(),
        Tab::Logic => h.ctx.read_response(Id::unique(LOGIC_DIAGRAM_ID)).unwrap().rect,
        Tab::Neuron => h.ctx.read_response(Id::unique(NEURON_DRAWING_ID)).unwrap().rect,
        Tab::Network => unreachable!("the network view is not a lab tab"),
    }
}

/// On both laptop screens and in both languages each lab tab keeps its
/// main view at least 40 % of the window wide and 200 px high (the longer
/// English and the taller Korean texts must not squeeze it), and its
/// heading and first control are inside the window.
#[test]
fn lab_tabs_keep_room_for_their_plots_in_both_languages() {
    let mut problems = Vec::new();
    for lang in Language::ALL {
        for size in [egui::vec2(1280.0, 720.0), egui::vec2(1024.0, 640.0)] {
            for tab in [Tab::Neuron, Tab::Logic, Tab::Perceptron, Tab::Compare] {
                i18n::set_language(lang);
                let h = window(lang, tab, size);
                let view = main_view(&h, tab);
                let what = format!("{tab:?} in {lang:?} at {}×{}: main view {view:?}", size.x, size.y);
                if view.width() < 0.4 * size.x {
                    problems.push(format!("too narrow: {what}"));
                }
                if view.height() < 200.0 {
                    problems.push(format!("too low: {what}"));
                }
                if !Rect::from_min_size(egui::Pos2::ZERO, size).contains_rect(view) {
                    problems.push(format!("cut off: {what}"));
                }
                // The notes toggle sits at the right end of the heading row:
                // the first thing a long heading would push out (the notes
                // panel's heading has the same words).
                for node in h.query_all_by_label(&i18n::tr_in(lang, "notes-toggle", &[])) {
                    if node.rect().max.x > size.x || node.rect().min.x < 0.0 {
                        problems.push(format!("notes toggle cut off: {what}"));
                    }
                }
            }
        }
    }
    i18n::set_language(Language::En);
    assert!(problems.is_empty(), "{problems:#?}");
}

/// View ▸ Language ▸ 한국어: the next frame is in Korean, the choice is in
/// the settings (so it is saved), and the lab keeps its progress.
#[test]
fn switching_language_from_the_menu_keeps_the_lab_state() {
    let mut h = window(Language::En, Tab::Perceptron, egui::vec2(1280.0, 720.0));
    h.get_by_label("Step one epoch").click();
    h.run_steps(2);
    let progress = h.state().labs.perceptron.lab.errors_per_epoch().to_vec();
    assert_eq!(progress.len(), 1, "one epoch ran");
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Language").click();
    h.run_steps(2);
    h.get_by_label("한국어").click();
    h.run_steps(3);
    assert_eq!(h.state().settings.view.language, Some(Language::Ko));
    assert!(h.query_by_label("1 에포크 진행").is_some(), "the buttons are in Korean");
    assert!(
        h.query_by_label("Step one epoch").is_none(),
        "no English left on the button"
    );
    assert_eq!(h.state().labs.perceptron.lab.errors_per_epoch(), progress.as_slice());
    assert_eq!(h.state().settings.view.tab, Tab::Perceptron);
    i18n::set_language(Language::En);
}

/// The chapter's Korean terms, one per concept: each preferred term and the
/// spellings of the same concept that must not appear beside it (the
/// biology of lesson 1 and the neuron lab, and the names around it).
const ONE_TERM_PER_CONCEPT: [(&str, &[&str]); 13] = [
    ("세포체", &["세포 체", "신경세포체", "소마"]),
    ("수상돌기", &["가지돌기", "수상 돌기"]),
    ("축삭돌기", &["축색", "축삭 돌기"]),
    ("축삭끝가지", &["축삭 끝가지", "종말가지", "축삭 말단"]),
    ("시냅스 말단", &["시냅스말단", "신경 말단", "축삭 종말"]),
    ("신경 전달 물질", &["신경전달물질", "신경 전달물질", "신경전달 물질"]),
    ("활동 전위", &["활동전위", "스파이크"]),
    ("매컬록–피츠", &["매컬러", "맥컬럭", "매컬록-피츠", "매컬록 피츠"]),
    ("막전위", &["막 전위"]),
    ("휴지 전위", &["휴지전위", "안정 전위"]),
    ("불응기", &["불응 기간"]),
    ("임곗값", &["임계값", "임계치"]),
    ("헤브의 규칙", &["헵의 규칙", "헤브 규칙", "햅의 규칙"]),
];

/// Every Korean text a learner reads (catalogue, notes, built-in lessons)
/// spells each concept of the chapter one way.
#[test]
fn korean_texts_use_one_term_per_concept() {
    let texts = every_text(Language::Ko);
    let mut found = Vec::new();
    for (term, others) in ONE_TERM_PER_CONCEPT {
        assert!(
            texts.iter().any(|(_, t)| t.contains(term)),
            "{term} is used somewhere (else the list is stale)"
        );
        for other in others {
            for (where_, text) in &texts {
                if text.contains(other) {
                    found.push(format!("{other:?} instead of {term:?} in {where_}"));
                }
            }
        }
    }
    found.sort();
    found.dedup();
    assert!(found.is_empty(), "{found:#?}");
}
