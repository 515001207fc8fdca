//! A step's question in the lesson panel: choices to pick (a picked
//! choice shows why it is right or wrong, and a wrong pick can be changed
//! after reading it), or a field to type a number into.

use egui::{Color32, RichText, Ui};

use super::render;
use crate::app::context::{Action, LessonAction};
use crate::app::widgets::colors::PASSED;
use crate::lessons::{Answer, LessonRun, LiveState, Question};
use crate::tr;

/// Orange of an explanation of a wrong pick.
const WRONG: Color32 = Color32::from_rgb(214, 120, 40);

/// Draws `q` for the current step of `run`; `number` is the text in the
/// number field.
pub(super) fn question_ui(
    ui: &mut Ui,
    q: &Question,
    run: &LessonRun,
    live: &LiveState,
    number: &mut String,
    out: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    ui.label(RichText::new(render(&q.text)).strong());
    if run.awaits_answer() {
        ui.label(RichText::new(tr!("lesson-predict-first")).small().color(WRONG));
    }
    if q.number {
        number_ui(ui, run, live, number, out);
        return;
    }
    for (k, choice) in q.choices.iter().enumerate() {
        if ui
            .radio(run.answer() == Some(Answer::Choice(k)), render(&choice.text))
            .on_hover_text(tr!("lesson-choice-hover"))
            .clicked()
        {
            out.push(Action::Lesson(LessonAction::Answer(Answer::Choice(k))));
        }
    }
    let Some(Answer::Choice(k)) = run.answer() else { return };
    let right = run.step().goal.judges(Answer::Choice(k), live).unwrap_or(true);
    if let Some(why) = q.choices.get(k).and_then(|c| c.why.as_ref()) {
        let color = if right { PASSED } else { WRONG };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(render(why)).color(color));
        });
    }
    if !right {
        ui.label(RichText::new(tr!("lesson-pick-again")).small().weak());
    }
}

/// A number field and its Answer button; Enter answers too.
fn number_ui(ui: &mut Ui, run: &LessonRun, live: &LiveState, number: &mut String, out: &mut Vec<Action>) {
    let parsed = parse_number(number);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!("lesson-number-label"));
        let field = ui
            .add(
                egui::TextEdit::singleline(number)
                    .desired_width(90.0)
                    .hint_text(tr!("lesson-number-hint")),
            )
            .labelled_by(label.id)
            .on_hover_text(tr!("lesson-number-hover"));
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let button = ui
            .add_enabled(parsed.is_some(), egui::Button::new(tr!("lesson-number-answer")))
            .on_hover_text(tr!("lesson-number-answer-hover"))
            .on_disabled_hover_text(tr!("lesson-number-invalid"));
        if let Some(v) = parsed
            && (button.clicked() || enter)
        {
            out.push(Action::Lesson(LessonAction::Answer(Answer::Number(v))));
        }
    });
    if parsed.is_none() && !number.trim().is_empty() {
        ui.label(RichText::new(tr!("lesson-number-invalid")).small().color(WRONG));
    }
    if let Some(Answer::Number(v)) = run.answer() {
        let right = run.step().goal.judges(Answer::Number(v), live).unwrap_or(true);
        let text = tr!("lesson-number-given", value = crate::app::widgets::format::num(v));
        ui.label(RichText::new(text).small());
        if !right {
            ui.label(RichText::new(tr!("lesson-number-again")).small().weak());
        }
    }
}

/// A number as a learner types it: `0.25`, `0,25`, `−1` (the minus sign
/// the lesson texts use), `1e-3`.
pub(super) fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim().replace('−', "-").replace(',', ".");
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_as_learners_type_them() {
        assert_eq!(parse_number(" 0.25 "), Some(0.25));
        assert_eq!(parse_number("0,25"), Some(0.25));
        assert_eq!(parse_number("−0.2"), Some(-0.2));
        assert_eq!(parse_number("1e-3"), Some(0.001));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("inf"), None);
    }
}
