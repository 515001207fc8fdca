//! The lesson panel's new parts, driven by label in egui_kittest: a number
//! typed as an answer, several right choices with why after a pick (and a
//! wrong pick that can be changed), reading steps with Next, the teacher's
//! goal label, a picture beside the lesson within bounds, `next`, a single
//! control locked by name, and window labels named by catalogue key — in
//! English and in Korean.

use crate::common::ui::{small_app, wait_for};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use nnlab::app::NnlabApp;
use nnlab::data::Generator;
use nnlab::i18n::Language;

/// A lesson file in a fresh folder (kept while the folder lives).
fn lesson_file(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("teacher.toml");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

/// The window with the lesson at `path` open, in `lang` (the Hangul
/// fallback installed before the first frame, as in the real window).
fn open(path: std::path::PathBuf, lang: Language) -> Harness<'static, NnlabApp> {
    let mut app = small_app(Generator::Circle);
    app.settings.view.language = Some(lang);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .with_context_setup(nnlab::app::install_fonts)
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    wait_for(&mut h, "the first snapshot", |a| a.snapshot().is_some());
    h.state_mut().open_path(path);
    wait_for(&mut h, "the lesson", |a| a.lesson().is_some());
    h.run_steps(3);
    h
}

/// Whether the widget labelled `label` is disabled.
fn disabled(h: &Harness<'_, NnlabApp>, label: &str) -> bool {
    h.get_by_label(label).accesskit_node().is_disabled()
}

/// Whether the slider labelled `label` is disabled.
fn slider_disabled(h: &Harness<'_, NnlabApp>, label: &str) -> bool {
    (h.get_by_role_and_label(egui::accesskit::Role::Slider, label))
        .accesskit_node()
        .is_disabled()
}

pub(crate) const NUMBER: &str = r#"id = "number"
title = "Numbers"

[[step]]
title = "One step by hand"
text = "η = 0.1 and ∂L/∂w = 2.5."
goal = { answer_number = { value = 0.25, within = 0.01 } }

[step.question]
text.en = "How far does w move?"
text.ko = "w는 얼마나 움직이나요?"
number = true
"#;

#[test]
fn a_number_question_takes_a_typed_answer_and_records_the_first_try() {
    let (_dir, path) = lesson_file(NUMBER);
    let mut h = open(path, Language::En);
    let answer = |h: &mut Harness<'_, NnlabApp>, text: &str| {
        h.get_by_label("Your answer:").focus();
        h.step();
        for _ in 0..8 {
            h.key_press(egui::Key::Backspace);
        }
        h.get_by_label("Your answer:").type_text(text);
        h.run_steps(2);
        h.get_by_label("Answer").click();
        h.run_steps(3);
    };
    assert!(disabled(&h, "Answer"), "nothing typed yet");
    answer(&mut h, "0,3");
    assert!(h.query_by_label("Your answer: 0.3").is_some());
    assert!(h.query_by_label_contains("Not close enough yet").is_some());
    assert!(h.query_by_label("Step passed").is_none());
    assert_eq!(h.state().lesson().unwrap().first_try(0), Some(false));
    answer(&mut h, "0.25");
    assert!(h.query_by_label("Step passed").is_some());
    assert_eq!(
        h.state().settings.lessons.first_tries("number"),
        (0, 1),
        "wrong at the first try"
    );
}

pub(crate) const CHOICES: &str = r#"id = "choices"
title = "Choices"

[[step]]
title = "Which rates diverge?"
text = "Read the plot."
goal = { answer = [0, 2] }

[step.question]
text = "Pick a learning rate that makes this network diverge."
choices = [
    { en = "η = 10", why.en = "Right: each step jumps over the valley." },
    { en = "η = 0.001", why.en = "Too small to diverge: the loss barely moves.", why.ko = "발산하기에는 너무 작습니다." },
    { en = "η = 5", why.en = "Right as well." },
]
"#;

#[test]
fn several_right_choices_and_why_after_a_pick() {
    let (_dir, path) = lesson_file(CHOICES);
    let mut h = open(path, Language::En);
    assert!(
        h.query_by_label_contains("Too small to diverge").is_none(),
        "why only after a pick"
    );
    h.get_by_label("η = 0.001").click();
    h.run_steps(3);
    assert!(h.query_by_label_contains("Too small to diverge").is_some());
    assert!(h.query_by_label_contains("pick another answer").is_some());
    assert!(h.query_by_label("Step passed").is_none());
    // The wrong pick can be changed after reading why.
    h.get_by_label("η = 5").click();
    h.run_steps(3);
    assert!(h.query_by_label("Right as well.").is_some());
    assert!(
        h.query_by_label("Step passed").is_some(),
        "5 is one of the right choices"
    );
    assert_eq!(h.state().settings.lessons.first_tries("choices"), (0, 1));
}

#[test]
fn why_and_questions_read_in_korean() {
    let (_dir, path) = lesson_file(CHOICES);
    let mut h = open(path, Language::Ko);
    h.get_by_label("η = 0.001").click();
    h.run_steps(3);
    assert!(h.query_by_label("발산하기에는 너무 작습니다.").is_some());
    let (_dir, path) = lesson_file(NUMBER);
    let h = open(path, Language::Ko);
    assert!(h.query_by_label("w는 얼마나 움직이나요?").is_some());
    assert!(h.query_by_label("내 답:").is_some());
    assert!(h.query_by_label("답하기").is_some());
}

pub(crate) const READING: &str = r#"id = "reading"
title = "Reading"
next = "tlu"

[[step]]
title = "First page"
text = "Press {ui:controls-play} to train."
goal = "read"

[[step]]
title = "Second page"
text = "That is all."
goal = "read"
"#;

#[test]
fn reading_steps_have_next_at_once_and_next_names_the_following_lesson() {
    let (_dir, path) = lesson_file(READING);
    let mut h = open(path, Language::En);
    assert!(
        h.query_by_label_contains("Press Play to train.").is_some(),
        "the window's own label"
    );
    assert!(h.query_by_label("read this step, then press Next").is_some());
    h.get_by_label("Next step").click();
    h.run_steps(3);
    assert_eq!(h.state().lesson().unwrap().current(), 1);
    h.get_by_label("Done").click();
    h.run_steps(3);
    assert!(h.state().lesson().unwrap().is_complete());
    h.get_by_label_contains("Next lesson: The threshold logic unit").click();
    h.run_steps(3);
    assert_eq!(h.state().lesson().unwrap().lesson().id, "tlu");
}

#[test]
fn window_labels_in_lesson_texts_follow_the_learners_language() {
    let (_dir, path) = lesson_file(READING);
    let h = open(path, Language::Ko);
    let play = nnlab::i18n::tr_in(Language::Ko, "controls-play", &[]);
    assert!(
        h.query_by_label_contains(&format!("Press {play} to train.")).is_some(),
        "the Korean window's label"
    );
    assert!(h.query_by_label("다음 단계").is_some());
}

#[test]
fn the_teachers_label_replaces_the_generated_goal_line_and_a_hold_counts_epochs() {
    let src = r#"id = "label"
title = "Label"

[[step]]
title = "Just right"
text = "Train."

[step.setup.data]
generator = "circle"

[step.setup.network]
hidden = [4]

[step.controls]
locked = ["learning_rate"]

[step.goal]
all = [
    { label.en = "the loss is low", label.ko = "손실이 낮음", loss = { on = "train", at_most = 0.05 } },
    { accuracy = { on = "train", at_least = 0.99 }, for_epochs = 40 },
]
"#;
    let (_dir, path) = lesson_file(src);
    let h = open(path.clone(), Language::En);
    assert!(h.query_by_label("the loss is low").is_some());
    assert!(
        h.query_by_label_contains("training loss ≤").is_none(),
        "the label replaces the generated line"
    );
    assert!(
        h.query_by_label_contains("for 40 epochs in a row (held for 0)")
            .is_some(),
        "how long it has held"
    );
    // One control locked by name: the slider is disabled, its neighbours are not.
    assert!(slider_disabled(&h, "learning rate"));
    assert!(!slider_disabled(&h, "batch size"));
    assert!(
        h.query_by_label_contains("Locked in this step: the learning rate η")
            .is_some()
    );
    let h = open(path, Language::Ko);
    assert!(h.query_by_label("손실이 낮음").is_some());
    assert!(h.query_by_label_contains("40 에포크 연속").is_some());
}

#[test]
fn a_picture_beside_the_lesson_is_shown_within_bounds() {
    let dir = tempfile::tempdir().unwrap();
    let img = image::RgbaImage::from_pixel(900, 600, image::Rgba([30, 120, 200, 255]));
    img.save(dir.path().join("valley.png")).unwrap();
    let src = "id = \"pic\"\ntitle = \"Picture\"\n\n[[step]]\ntitle = \"The valley\"\ntext = \"Look.\"\n\
               image = \"valley.png\"\ngoal = \"read\"\n";
    let path = dir.path().join("pic.toml");
    std::fs::write(&path, src).unwrap();
    let h = open(path, Language::En);
    let rect = h.get_by_label("valley.png").rect();
    assert!(rect.height() <= 220.5, "{rect:?}");
    assert!(
        (rect.width() / rect.height() - 1.5).abs() < 0.02,
        "aspect kept: {rect:?}"
    );
    let panel = h.get_by_label("Look.").rect();
    assert!(rect.right() <= h.ctx.content_rect().right() && rect.left() >= panel.left() - 1.0);
}

/// A lesson of one long reading step, with `id`.
fn long_lesson(id: &str) -> String {
    let text = "The chain rule multiplies the slopes along every path. ".repeat(40);
    format!(
        "id = \"{id}\"\ntitle = \"Long reading\"\n\n[[step]]\ntitle = \"A long step\"\ntext = \"{text}\"\ngoal = \"read\"\n"
    )
}

/// The step text's scroll position belongs to its lesson and step: after
/// scrolling lesson A's first step, lesson B's first step opens at its top.
#[test]
fn another_lessons_step_opens_at_the_top_of_its_text() {
    let (_a, a) = lesson_file(&long_lesson("lesson_a"));
    let (_b, b) = lesson_file(&long_lesson("lesson_b"));
    let mut h = open(a, Language::En);
    let top = |h: &Harness<'_, NnlabApp>| h.get_by_label("A long step").rect().top();
    let start = top(&h);
    let over = h.get_by_label_contains("The chain rule multiplies").rect().center();
    h.event(egui::Event::PointerMoved(over));
    for _ in 0..3 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -200.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::default(),
        });
        h.run_steps(3);
    }
    h.run_steps(30);
    assert!(
        top(&h) < start - 50.0,
        "lesson A's text scrolled ({} from {start})",
        top(&h)
    );
    h.state_mut().open_path(b);
    wait_for(&mut h, "lesson B", |a| {
        a.lesson().is_some_and(|l| l.lesson().id == "lesson_b")
    });
    h.run_steps(5);
    assert!(
        (top(&h) - start).abs() < 2.0,
        "lesson B opens at its top ({} vs {start})",
        top(&h)
    );
}
