//! The course holds, the hard way: after free play (the inspector on the
//! spiral at sample 239, stage "update", a message on screen, the lesson
//! lock's banner, the loss landscape in the main view), every lesson's
//! first step opens clean, and a step with a
//! question refuses what would reveal its answer until the learner answers.
//! Both languages.

#![allow(clippy::unwrap_used)]

use crate::common::ui::{small_app, wait_for};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use nnlab::app::{Action, InspectorAction, NnlabApp};
use nnlab::data::Generator;
use nnlab::i18n::{Language, Message};
use nnlab::lessons::{InspectorStage, Lesson, builtin_lessons};
use nnlab::tr;

/// The window on the spiral, speaking `lang` (and the test thread too).
fn app_in(lang: Language) -> NnlabApp {
    nnlab::i18n::set_language(lang);
    let mut app = small_app(Generator::Spiral);
    app.settings.view.language = Some(lang);
    app
}

/// The window at 1280 × 720 with its fonts from the first frame.
fn harness(app: NnlabApp) -> Harness<'static, NnlabApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .with_context_setup(nnlab::app::install_fonts)
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    wait_for(&mut h, "the first snapshot", |a| a.snapshot().is_some());
    h
}

/// The file a free-play GIF export wrote (named in its message).
const FREE_PLAY_GIF: &str = "free-play-boundary.gif";

/// The window after free play: the inspector open on the spiral at sample
/// 239 and stage update, a message and the lock's banner left on screen.
fn after_free_play(lang: Language, banner: bool) -> Harness<'static, NnlabApp> {
    let mut h = harness(app_in(lang));
    let ctx = h.ctx.clone();
    h.state_mut().apply(Action::Inspector(InspectorAction::Open), &ctx);
    h.state_mut().apply(Action::Inspector(InspectorAction::Pick(239)), &ctx);
    wait_for(&mut h, "the trace of sample 239", |a| a.inspector_stage().is_some());
    let next = tr!("inspector-next");
    for _ in 0..40 {
        if h.query_by_label(&next).is_some() {
            break;
        }
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    for _ in 0..4 {
        h.get_by_label(&next).click();
        h.run_steps(2);
    }
    assert_eq!(
        h.state().inspector_stage(),
        Some(InspectorStage::Update),
        "free play reached the update"
    );
    // The last message stays on screen: the lock's banner, or an export's.
    let message = if banner {
        Message::LockedByLesson
    } else {
        Message::GifSaved {
            frames: 40,
            path: FREE_PLAY_GIF.into(),
        }
    };
    let last = message.to_string();
    // The main view left on the loss landscape of the free-play network.
    h.state_mut().settings.view.show_landscape = true;
    h.state_mut().notify(message);
    h.run_steps(1);
    assert!(h.query_by_label_contains(&last).is_some());
    h
}

fn start(h: &mut Harness<'static, NnlabApp>, lesson: &Lesson) {
    let ctx = h.ctx.clone();
    h.state_mut().apply(Action::StartLesson(Box::new(lesson.clone())), &ctx);
    h.run_steps(3);
}

fn first_steps_start_clean(lang: Language) {
    nnlab::i18n::set_language(lang);
    for (k, lesson) in builtin_lessons().unwrap().into_iter().enumerate() {
        let mut h = after_free_play(lang, k % 2 == 0);
        start(&mut h, &lesson);
        // Let the worker deliver the step's network, as a learner waits.
        for _ in 0..20 {
            h.step();
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let id = &lesson.id;
        let declared = lesson.steps[0].setup.inspector.filter(|i| i.open).map(|i| i.stage);
        assert_eq!(
            h.state().inspector_stage(),
            declared,
            "{id}: the inspector as the step declares it"
        );
        assert!(
            h.query_by_label_contains(FREE_PLAY_GIF).is_none(),
            "{id}: the old message is gone"
        );
        assert!(
            h.query_by_label_contains(&tr!("window-locked-by-lesson")).is_none(),
            "{id}: no banner of an earlier step"
        );
        let setup = &lesson.steps[0].setup;
        if setup.data.is_some() || setup.network.is_some() || setup.training.is_some() {
            assert!(
                !h.state().settings.view.show_landscape,
                "{id}: a new network shows its boundary, not the old landscape"
            );
        }
        let run = h.state().lesson().unwrap();
        assert_eq!(run.current(), 0, "{id}");
        assert!(!run.is_passed(0), "{id}: no goal is met before the learner acts");
    }
}

#[test]
fn after_free_play_every_lessons_first_step_starts_clean_in_english() {
    first_steps_start_clean(Language::En);
}

#[test]
fn after_free_play_every_lessons_first_step_starts_clean_in_korean() {
    first_steps_start_clean(Language::Ko);
}

fn disabled(h: &Harness<'_, NnlabApp>, label: &str) -> bool {
    h.get_by_label(label).accesskit_node().is_disabled()
}

/// Lesson 3's first step asks for the first update: Step one sample waits
/// for the answer; a wrong answer shows why and can be changed; the first
/// try is recorded as wrong.
fn predict_then_reveal(lang: Language) {
    nnlab::i18n::set_language(lang);
    let lesson = builtin_lessons()
        .unwrap()
        .into_iter()
        .find(|l| l.id == "perceptron-rule")
        .unwrap();
    let q = lesson.steps[0].question.clone().unwrap();
    let mut h = harness(app_in(lang));
    start(&mut h, &lesson);
    let step = tr!("perceptron-step-sample");
    if lang == Language::Ko {
        assert_eq!(step, "샘플 하나 진행", "the window speaks Korean");
    }
    assert!(disabled(&h, &step), "{lang:?}: Step waits for the answer");
    assert!(
        h.query_by_label_contains(&tr!("lesson-predict-first")).is_some(),
        "{lang:?}: the reason shown"
    );
    assert_eq!(h.state().lesson().unwrap().first_try(0), None);
    // A wrong answer: its why, and the lock lifts (the learner can check).
    h.get_by_label_contains(q.choices[0].text.get(lang)).click();
    h.run_steps(2);
    let why = q.choices[0].why.as_ref().unwrap().get(lang);
    assert!(
        h.query_by_label_contains(why).is_some(),
        "{lang:?}: the wrong choice says why"
    );
    assert!(!h.state().lesson().unwrap().is_passed(0));
    // The why under the choices changes the card's height: the layout
    // settles over a few frames before the next click lands.
    h.run_steps(4);
    h.get_by_label_contains(q.choices[1].text.get(lang)).click();
    h.run_steps(2);
    assert!(!disabled(&h, &step));
    h.get_by_label(&step).click();
    h.run_steps(3);
    let run = h.state().lesson().unwrap();
    assert!(run.is_passed(0), "{lang:?}: answered, then stepped");
    assert_eq!(run.first_try(0), Some(false), "{lang:?}: the first try was wrong");
    // Lesson 9 asks first on the network tab: Space (Play) is refused,
    // with the reason on screen.
    let backprop = builtin_lessons()
        .unwrap()
        .into_iter()
        .find(|l| l.id == "backprop")
        .unwrap();
    start(&mut h, &backprop);
    h.key_press(egui::Key::Space);
    h.run_steps(2);
    assert!(!h.state().is_running(), "{lang:?}: training waits for the answer");
    assert!(
        h.query_by_label_contains(&tr!("lesson-answer-first")).is_some(),
        "{lang:?}: Space refused, saying why"
    );
}

#[test]
fn a_question_locks_what_would_reveal_its_answer_in_english() {
    predict_then_reveal(Language::En);
}

#[test]
fn a_question_locks_what_would_reveal_its_answer_in_korean() {
    predict_then_reveal(Language::Ko);
}
