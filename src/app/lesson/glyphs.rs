//! Every character of the built-in course's English texts has a glyph in
//! the window's fonts (egui's and nnlab's symbol font), in the font the lesson panel draws it with (prose
//! proportional, formula lines monospace): a missing glyph is drawn as a
//! box, and a learner cannot read a formula with a box in it.

use egui::{FontFamily, FontId};

use crate::i18n::Language;
use crate::lessons::{Lesson, builtin_lessons};

/// The texts of `lesson` a learner reads, English, with a name for each.
fn texts(lesson: &Lesson) -> Vec<(String, &str)> {
    fn en(t: &crate::lessons::Text) -> &str {
        t.get(Language::En)
    }
    let mut out = vec![(format!("{} title", lesson.id), en(&lesson.title))];
    out.extend(
        lesson
            .summary
            .as_ref()
            .map(|s| (format!("{} summary", lesson.id), en(s))),
    );
    for (i, step) in lesson.steps.iter().enumerate() {
        let at = |what: &str| format!("{} step {} {what}", lesson.id, i + 1);
        out.push((at("title"), en(&step.title)));
        out.push((at("text"), en(&step.text)));
        out.extend(step.hint.as_ref().map(|h| (at("hint"), en(h))));
        if let Some(q) = &step.question {
            out.push((at("question"), en(&q.text)));
            out.extend(q.choices.iter().map(|c| (at("choice"), en(&c.text))));
            out.extend(q.choices.iter().filter_map(|c| Some((at("why"), en(c.why.as_ref()?)))));
        }
    }
    out
}

#[test]
fn every_character_of_the_course_has_a_glyph() {
    let ctx = egui::Context::default();
    crate::app::widgets::fonts::install_fonts(&ctx);
    // Fonts are loaded by the first pass.
    ctx.run_ui(egui::RawInput::default(), |_| {}).textures_delta.clear();
    let lessons = builtin_lessons().expect("the built-in course parses");
    let mut missing = Vec::new();
    for lesson in &lessons {
        for (name, text) in texts(lesson) {
            for line in text.lines() {
                // As `note_body_ui` draws them: indented lines are formulas.
                let (family, line) = match line.strip_prefix("  ") {
                    Some(formula) => (FontFamily::Monospace, formula),
                    None => (FontFamily::Proportional, line),
                };
                let font = FontId::new(14.0, family);
                let absent: String = line
                    .chars()
                    .filter(|&c| !c.is_whitespace() && !ctx.fonts_mut(|f| f.has_glyph(&font, c)))
                    .collect();
                if !absent.is_empty() {
                    missing.push(format!("{name}: {absent:?} in {line:?}"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "characters the fonts cannot draw:\n{}",
        missing.join("\n")
    );
}
