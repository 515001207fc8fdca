//! A step that shows something cannot be passed by pressing its button:
//! until the learner has answered the step's prediction, the lab's Run and
//! Step epoch (the comparison lab's round) are disabled, pressing them
//! changes nothing and the goal stays unmet; the right answer unlocks them,
//! and then pressing them passes the step. Both languages, at 1280 × 720.

#![allow(clippy::unwrap_used)]

use crate::common::ui::{small_app, wait_for};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use nnlab::app::{Action, NnlabApp};
use nnlab::data::Generator;
use nnlab::i18n::Language;
use nnlab::lessons::{Lesson, LessonProgress, builtin_lessons};
use nnlab::tr;

/// How the learner answers a step's question.
enum Given {
    /// Picks this choice (from 0).
    Choice(usize),
    /// Types this number and presses Enter.
    Number(&'static str),
}

/// The steps that show something (lesson id, step from 0), the button that
/// would show it, and the right answer.
const OBSERVING: [(&str, usize, &str, Given); 4] = [
    ("perceptron-rule", 2, "perceptron-step-epoch", Given::Choice(0)),
    ("convergence", 0, "perceptron-step-epoch", Given::Choice(0)),
    ("xor-limit", 0, "perceptron-step-epoch", Given::Choice(1)),
    ("logistic", 0, "compare-step-round", Given::Number("0.75")),
];

fn lesson(id: &str) -> Lesson {
    builtin_lessons().unwrap().into_iter().find(|l| l.id == id).unwrap()
}

/// The window at 1280 × 720 in `lang`, with lesson `id` resumed at `step`
/// (the steps before it passed), as the Learn menu opens it.
fn open_at(lang: Language, id: &str, step: usize) -> Harness<'static, NnlabApp> {
    nnlab::i18n::set_language(lang);
    let mut app = small_app(Generator::Spiral);
    app.settings.view.language = Some(lang);
    let progress = LessonProgress {
        current: step,
        passed: (0..step).collect(),
        ..Default::default()
    };
    app.settings.lessons.lessons.insert(id.into(), progress);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .with_context_setup(nnlab::app::install_fonts)
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    wait_for(&mut h, "the first snapshot", |a| a.snapshot().is_some());
    let ctx = h.ctx.clone();
    h.state_mut().apply(Action::StartLesson(Box::new(lesson(id))), &ctx);
    h.run_steps(3);
    h
}

fn disabled(h: &Harness<'_, NnlabApp>, label: &str) -> bool {
    h.get_by_label(label).accesskit_node().is_disabled()
}

fn passed(h: &Harness<'_, NnlabApp>, step: usize) -> bool {
    h.state().lesson().unwrap().is_passed(step)
}

fn answer(h: &mut Harness<'static, NnlabApp>, lang: Language, id: &str, step: usize, given: &Given) {
    match given {
        Given::Choice(k) => {
            let q = lesson(id).steps[step].question.clone().unwrap();
            h.get_by_label_contains(q.choices[*k].text.get(lang)).click();
        }
        // Enter gives the typed number, as the Answer button does.
        Given::Number(text) => {
            let field = tr!("lesson-number-label");
            h.get_by_label(&field).focus();
            h.step();
            h.get_by_label(&field).type_text(text);
            h.run_steps(2);
            h.key_press(egui::Key::Enter);
        }
    }
    h.run_steps(3);
}

fn buttons_alone_do_not_pass(lang: Language) {
    for (id, step, button, given) in &OBSERVING {
        let mut h = open_at(lang, id, *step);
        assert_eq!(h.state().lesson().unwrap().current(), *step, "{id}");
        let label = nnlab::i18n::tr(button, &[]);
        let run = tr!("lab-run");
        assert!(disabled(&h, &label), "{lang:?} {id}: {label} waits for the answer");
        assert!(disabled(&h, &run), "{lang:?} {id}: Run waits for the answer");
        for _ in 0..5 {
            h.get_by_label(&label).click();
            h.run_steps(2);
        }
        h.get_by_label(&run).click();
        h.run_steps(5);
        assert!(
            !passed(&h, *step),
            "{lang:?} {id}: pressing {label} alone passes nothing"
        );
        answer(&mut h, lang, id, *step, given);
        assert!(
            !passed(&h, *step),
            "{lang:?} {id}: the answer alone does not pass either"
        );
        assert!(!disabled(&h, &label), "{lang:?} {id}: answered, {label} works");
        for _ in 0..200 {
            if passed(&h, *step) {
                break;
            }
            h.get_by_label(&label).click();
            h.run_steps(2);
        }
        assert!(passed(&h, *step), "{lang:?} {id}: answered, then shown: passed");
    }
}

#[test]
fn observing_steps_wait_for_the_prediction_in_both_languages() {
    for lang in Language::ALL {
        buttons_alone_do_not_pass(lang);
    }
}
