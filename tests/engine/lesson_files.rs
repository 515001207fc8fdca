//! Lesson files a teacher writes: what loads, and what is refused with the
//! line and column of the mistake.

use std::fs;

use nnlab::i18n::Language;
use nnlab::labs::Tab;
use nnlab::lessons::{
    ControlGroup, ControlState, LessonError, Origin, Problem, Rig, Syntax, parse_lesson, read_lesson,
};

/// A small valid lesson; tests break it in one place.
const GOOD: &str = r#"id = "my-lesson"
title = "Logic"

[[step]]
title = "AND"
text = "Set θ to 2."

[step.setup]
tab = "logic"

[step.setup.logic]
target = [0, 0, 0, 1]
neurons = [{ name = "C", threshold = 1, excitatory = ["A", "B"], output = true }]

[step.controls]
hidden = ["notes"]
locked = ["logic_targets"]

[step.goal]
truth_table = [0, 0, 0, 1]
"#;

/// Parses `src` as a built-in would be, expecting an error at a place.
fn error_at(src: &str) -> (usize, usize, Problem) {
    match parse_lesson(src, Origin::BuiltIn) {
        Err(LessonError::At { line, column, problem }) => (line, column, problem),
        other => panic!("expected an error with a position, got {other:?}"),
    }
}

/// 1-based line and column of the first `needle` in `src`.
fn where_is(src: &str, needle: &str) -> (usize, usize) {
    let at = src.find(needle).unwrap();
    let line = src[..at].matches('\n').count() + 1;
    let start = src[..at].rfind('\n').map_or(0, |i| i + 1);
    (line, src[start..at].chars().count() + 1)
}

#[test]
fn a_teachers_english_only_lesson_loads() {
    let lesson = parse_lesson(GOOD, Origin::BuiltIn).unwrap();
    assert_eq!(lesson.id, "my-lesson");
    let step = &lesson.steps[0];
    assert_eq!(step.title.get(Language::Ko), "AND", "Korean falls back to English");
    assert_eq!(step.setup.tab, Some(Tab::Logic));
    assert_eq!(step.controls.state(ControlGroup::Notes), ControlState::Hidden);
    assert_eq!(step.controls.state(ControlGroup::LogicTargets), ControlState::Locked);
    assert_eq!(step.controls.state(ControlGroup::Run), ControlState::Normal);
}

#[test]
fn the_formats_example_in_the_readme_loads() {
    let readme = include_str!("../../assets/lessons/README.md");
    let start = readme.find("```toml\nid =").unwrap() + "```toml\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let lesson = parse_lesson(&readme[start..end], Origin::BuiltIn).unwrap();
    assert_eq!(
        (lesson.id.as_str(), lesson.title.get(Language::Ko)),
        ("my-lesson", "논리 뉴런")
    );
}

#[test]
fn syntax_errors_name_line_and_column() {
    let src = GOOD.replace("title = \"AND\"", "title = \"AND");
    let (line, column, problem) = error_at(&src);
    assert!(
        matches!(problem, Problem::Syntax(Syntax::UnclosedString)),
        "{problem:?}"
    );
    assert_eq!((line, column), where_is(&src, "\"AND"), "at the opening quote");
}

#[test]
fn a_misspelt_key_is_named_where_it_is() {
    let src = GOOD.replace("text = \"Set", "txet = \"Set");
    let (line, column, problem) = error_at(&src);
    let Problem::UnknownKey { key, known, .. } = &problem else {
        panic!("{problem:?}")
    };
    assert_eq!(key, "txet");
    assert!(known.contains(&"text"), "{known:?}");
    assert_eq!((line, column), where_is(&src, "txet"));
}

#[test]
fn an_unknown_name_is_named_where_it_is() {
    let src = GOOD.replace("truth_table = [0, 0, 0, 1]\n", "truth_tabel = [0, 0, 0, 1]\n");
    let (line, _, problem) = error_at(&src);
    assert!(
        matches!(&problem, Problem::UnknownKey { key, .. } if key == "truth_tabel"),
        "{problem:?}"
    );
    assert_eq!(line, where_is(&src, "truth_tabel").0);
    let src = GOOD.replace("locked = [\"logic_targets\"]", "locked = [\"logic_target\"]");
    let (line, column, _) = error_at(&src);
    assert_eq!((line, column), where_is(&src, "\"logic_target\""));
    let src = GOOD.replace("threshold = 1", "threshold = \"two\"");
    let (line, _, _) = error_at(&src);
    assert_eq!(line, where_is(&src, "\"two\"").0);
}

#[test]
fn checks_the_parser_cannot_make_are_located() {
    // A truth table of 3 rows: at the `truth_table` key of the goal.
    let src = GOOD.replace("truth_table = [0, 0, 0, 1]\n", "truth_table = [0, 0, 1]\n");
    let (line, column, problem) = error_at(&src);
    assert!(matches!(problem, Problem::BadTruthTable { found: 3 }), "{problem:?}");
    assert_eq!((line, column), where_is(&src, "truth_table = [0, 0, 1]"));
    // An answer without a question.
    let src = GOOD.replace("truth_table = [0, 0, 0, 1]\n", "answer = 0\n");
    let (line, column, problem) = error_at(&src);
    assert!(matches!(problem, Problem::NoQuestion), "{problem:?}");
    assert_eq!((line, column), where_is(&src, "answer = 0"));
    // Bounds nothing satisfies, inside `all`.
    let goal =
        "all = [{ truth_table = [0, 0, 0, 1] }, { accuracy = { on = \"train\", at_least = 0.9, below = 0.5 } }]\n";
    let src = GOOD.replace("truth_table = [0, 0, 0, 1]\n", goal);
    let (line, column, problem) = error_at(&src);
    assert!(matches!(problem, Problem::EmptyRange), "{problem:?}");
    assert_eq!((line, column), where_is(&src, "accuracy ="));
    let src = GOOD.replace("truth_table = [0, 0, 0, 1]\n", "any = []\n");
    assert!(matches!(error_at(&src).2, Problem::EmptyCombinator));
    let src = GOOD.replace("id = \"my-lesson\"", "id = \"My Lesson\"");
    let (line, column, problem) = error_at(&src);
    assert!(matches!(problem, Problem::BadId(_)));
    assert_eq!((line, column), (1, 1));
}

#[test]
fn set_ups_are_tried_when_the_file_loads() {
    // Two data sources.
    let src = GOOD.replace(
        "[step.setup.logic]",
        "[step.setup.data]\ngenerator = \"circle\"\ngate = \"xor\"\n\n[step.setup.logic]",
    );
    let (line, column, problem) = error_at(&src);
    assert!(matches!(problem, Problem::DataSource { found: 2 }), "{problem:?}");
    assert_eq!((line, column), where_is(&src, "data]"));
    // A neuron reading a neuron that comes after it.
    let src = GOOD.replace("excitatory = [\"A\", \"B\"]", "excitatory = [\"A\", \"D\"]");
    let (line, column, problem) = error_at(&src);
    assert!(
        matches!(&problem, Problem::UnknownLogicSource(n) if n == "D"),
        "{problem:?}"
    );
    assert_eq!((line, column), where_is(&src, "logic]"));
    // A network the engine refuses (65 neurons).
    let src = GOOD.replace(
        "[step.setup.logic]",
        "[step.setup.network]\nhidden = [65]\n\n[step.setup.logic]",
    );
    let (line, column, problem) = error_at(&src);
    assert!(matches!(problem, Problem::Network(_)), "{problem:?}");
    assert_eq!((line, column), where_is(&src, "network]"));
    // A CSV in a built-in lesson.
    let src = GOOD.replace(
        "[step.setup.logic]",
        "[step.setup.data]\ncsv = \"points.csv\"\n\n[step.setup.logic]",
    );
    assert!(matches!(error_at(&src).2, Problem::NoFilesForBuiltIn));
}

#[test]
fn no_steps_and_not_utf8_are_refused() {
    let (line, column, problem) = error_at("id = \"x\"\ntitle = \"t\"\n");
    assert!(matches!(problem, Problem::NoSteps));
    assert_eq!((line, column), (1, 1));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    fs::write(&path, b"id = \"x\"\ntitle = \"ab\xff\"\n").unwrap();
    match read_lesson(&path) {
        Err(LessonError::At {
            line,
            column,
            problem: Problem::NotUtf8,
        }) => assert_eq!((line, column), (2, 12)),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        read_lesson(&dir.path().join("missing.toml")),
        Err(LessonError::Io { .. })
    ));
}

#[test]
fn a_csv_beside_the_lesson_is_read_from_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("pts.csv"),
        "a,b,label\n0,0,no\n1,1,yes\n0,1,no\n1,0,no\n",
    )
    .unwrap();
    let src = GOOD.replace(
        "[step.setup.logic]",
        "[step.setup.data]\ncsv = \"pts.csv\"\nx = \"a\"\ny = \"b\"\nlabel = \"label\"\ntest_ratio = 0.0\n\n[step.setup.logic]",
    );
    let path = dir.path().join("lesson.toml");
    fs::write(&path, &src).unwrap();
    let lesson = read_lesson(&path).unwrap();
    assert_eq!(lesson.origin, Origin::Dir(dir.path().to_path_buf()));
    let mut rig = Rig::default();
    rig.apply(&lesson.steps[0].setup, &lesson.origin).unwrap();
    let net = rig.network.as_ref().unwrap();
    assert_eq!(net.dataset.points.len(), 4);
    assert_eq!(net.dataset.class_names(), ["no", "yes"]);
    // The file gone: the error names the CSV and where the lesson asks for it.
    fs::remove_file(dir.path().join("pts.csv")).unwrap();
    let (line, column) = where_is(&src, "data]");
    match read_lesson(&path) {
        Err(LessonError::At {
            line: l,
            column: c,
            problem: Problem::Csv { file, .. },
        }) => {
            assert_eq!((l, c, file.as_str()), (line, column, "pts.csv"));
        }
        other => panic!("{other:?}"),
    }
    // No way out of the folder.
    fs::write(&path, src.replace("pts.csv", "../pts.csv")).unwrap();
    assert!(matches!(
        read_lesson(&path),
        Err(LessonError::At {
            problem: Problem::BadValue { field: "csv", .. },
            ..
        })
    ));
}

/// A lesson file in `dir` whose one reading step shows `image`, with `top`
/// lines before the steps; its error, if any.
fn with_image(dir: &std::path::Path, top: &str, image: &str) -> Result<(), LessonError> {
    let src = format!(
        "id = \"pic\"\ntitle = \"P\"\n{top}\n[[step]]\ntitle = \"S\"\ntext = \"Look.\"\nimage = \"{image}\"\ngoal = \"read\"\n"
    );
    let path = dir.join("pic.toml");
    fs::write(&path, src).unwrap();
    read_lesson(&path).map(|_| ())
}

#[test]
fn images_and_next_lessons_are_checked_where_they_are_named() {
    use nnlab::i18n::{problem_text, set_language};
    use nnlab::lessons::{ImageProblem, MAX_IMAGE_BYTES, MAX_IMAGE_SIDE};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    image::RgbaImage::new(4, 3).save(d.join("ok.png")).unwrap();
    image::RgbaImage::new(MAX_IMAGE_SIDE + 1, 1)
        .save(d.join("wide.png"))
        .unwrap();
    fs::write(d.join("text.png"), "not a picture").unwrap();
    fs::write(d.join("big.png"), vec![0u8; MAX_IMAGE_BYTES as usize + 1]).unwrap();
    fs::write(d.join("sibling.toml"), GOOD.replace("my-lesson", "sibling")).unwrap();
    assert!(with_image(d, "", "ok.png").is_ok());
    assert!(
        with_image(d, "next = \"sibling\"", "ok.png").is_ok(),
        "a file beside it"
    );
    assert!(with_image(d, "next = \"deep\"", "ok.png").is_ok(), "a built-in lesson");
    let problem = |top: &str, image: &str| match with_image(d, top, image) {
        Err(LessonError::At { line, problem, .. }) => (line, problem),
        other => panic!("{image}: {other:?}"),
    };
    let image = |p: &Problem| match p {
        Problem::Image { reason, .. } => Some(std::mem::discriminant(reason)),
        _ => None,
    };
    let (line, missing) = problem("", "nope.png");
    assert_eq!(line, 7, "the image line");
    assert!(matches!(
        &missing,
        Problem::Image {
            reason: ImageProblem::Io(_),
            ..
        }
    ));
    set_language(Language::En);
    assert_eq!(
        problem_text(&missing),
        "the image nope.png cannot be read: no such file or folder."
    );
    set_language(Language::Ko);
    let ko = problem_text(&missing);
    set_language(Language::En);
    assert!(
        ko.contains("그런 파일이나 폴더가 없습니다") && !ko.contains("os error"),
        "{ko}"
    );
    for (file, want) in [
        ("wide.png", ImageProblem::TooManyPixels { width: 0, height: 0 }),
        ("text.png", ImageProblem::NotAnImage),
        ("big.png", ImageProblem::TooLarge(0)),
    ] {
        let (_, p) = problem("", file);
        assert_eq!(image(&p), Some(std::mem::discriminant(&want)), "{file}: {p:?}");
        assert!(
            problem_text(&p).starts_with(&format!("the image {file} is ")),
            "{}",
            problem_text(&p)
        );
    }
    assert!(matches!(
        problem("", "../ok.png").1,
        Problem::BadValue { field: "image", .. }
    ));
    let (line, p) = problem("next = \"no-such-lesson\"", "ok.png");
    assert_eq!(line, 3, "the next line");
    assert!(
        matches!(&p, Problem::NextNotFound(id) if id == "no-such-lesson"),
        "{p:?}"
    );
}
