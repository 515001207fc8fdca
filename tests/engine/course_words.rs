//! The words of the course: one term per concept (the glossary) in every
//! catalogue, note and lesson, and lessons that name the window's buttons,
//! tabs and menus by catalogue key (`{ui:KEY}`), never by their label.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use nnlab::i18n::Language;
use nnlab::lessons::{Lesson, builtin_lessons};

/// One glossary entry: the variants that must not appear.
#[derive(serde::Deserialize)]
struct Term {
    concept: String,
    en: String,
    ko: String,
    #[serde(default)]
    en_not: Vec<String>,
    #[serde(default)]
    ko_not: Vec<String>,
    /// Longer words in which a variant is part of another term and stays
    /// (포인트 inside 체크포인트).
    #[serde(default)]
    ko_within: Vec<String>,
    why: String,
}

#[derive(serde::Deserialize)]
struct Glossary {
    term: Vec<Term>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn glossary() -> Glossary {
    let text = std::fs::read_to_string(root().join("assets/i18n/glossary.toml")).unwrap();
    toml::from_str(&text).unwrap()
}

/// Every file a learner's words come from: the catalogues, the concept
/// notes and the lesson files (the glossary itself aside).
fn word_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in [
        "assets/i18n/en",
        "assets/i18n/ko",
        "assets/lessons",
        "assets/lessons/examples",
    ] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let ext = path.extension().and_then(|e| e.to_str());
            let glossary = path.file_name().is_some_and(|n| n == "glossary.toml");
            if matches!(ext, Some("ftl" | "toml")) && !glossary {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The lines of a file a learner reads (comments aside).
fn read_lines(path: &Path) -> Vec<(usize, String)> {
    let text = std::fs::read_to_string(path).unwrap();
    (text.lines().enumerate())
        .filter(|(_, l)| !l.trim_start().starts_with('#'))
        .map(|(i, l)| (i + 1, l.to_owned()))
        .collect()
}

#[test]
fn the_glossary_is_complete_and_one_term_per_concept_is_used() {
    let g = glossary();
    assert!(g.term.len() >= 30, "the chapter's concepts");
    for t in &g.term {
        assert!(
            !(t.en.is_empty() || t.ko.is_empty() || t.why.is_empty()),
            "{}",
            t.concept
        );
        for v in t.ko_not.iter().chain(&t.en_not) {
            assert!(
                !t.ko.contains(v.as_str()) && !t.en.contains(v.as_str()),
                "{v} is the term itself"
            );
        }
    }
    let mut found = Vec::new();
    for file in word_files() {
        for (line, text) in read_lines(&file) {
            for t in &g.term {
                let text = (t.ko_within.iter()).fold(text.clone(), |s, w| s.replace(w.as_str(), ""));
                for v in t.ko_not.iter().chain(&t.en_not) {
                    if text.contains(v.as_str()) {
                        let name = file.strip_prefix(root()).unwrap().display().to_string();
                        found.push(format!("{name}:{line}: “{v}” (use “{}” / “{}”)", t.ko, t.en));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "variants the glossary rules out:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_glossary_test_sees_a_variant() {
    let g = glossary();
    let point = g.term.iter().find(|t| t.ko == "점").unwrap();
    assert!(
        point
            .ko_not
            .iter()
            .any(|v| "포인트 하나를 고르세요".contains(v.as_str()))
    );
}

/// `key = value` of a catalogue, single-line messages only.
fn catalogue(lang: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(root().join("assets/i18n").join(lang)).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            if let Some((k, v)) = line.split_once(" = ")
                && !k.starts_with([' ', '#'])
            {
                out.insert(k.trim().to_owned(), v.trim().to_owned());
            }
        }
    }
    out
}

/// The labels of the window's buttons, tabs, menus and check boxes:
/// short messages of the panels' catalogues, without variables.
fn window_labels(lang: &str) -> Vec<(String, String)> {
    const PANELS: [&str; 13] = [
        "controls-",
        "editor-",
        "inspector-",
        "lab-",
        "perceptron-",
        "logic-",
        "compare-",
        "weights-",
        "landscape-",
        "menu-",
        "tab-",
        "lesson-",
        "window-",
    ];
    (catalogue(lang).into_iter())
        .filter(|(k, v)| {
            PANELS.iter().any(|p| k.starts_with(p))
                && !k.ends_with("-hover")
                && !v.contains('{')
                && v.split_whitespace().count() <= 4
                && v.chars().count() >= 2
        })
        .collect()
}

/// Every text of a lesson in `lang`, named for the message.
fn texts(lesson: &Lesson, lang: Language) -> Vec<(String, String)> {
    let mut out = vec![(format!("{} title", lesson.id), lesson.title.get(lang).to_owned())];
    if let Some(s) = &lesson.summary {
        out.push((format!("{} summary", lesson.id), s.get(lang).to_owned()));
    }
    for (i, step) in lesson.steps.iter().enumerate() {
        let at = format!("{} step {}", lesson.id, i + 1);
        out.push((format!("{at} title"), step.title.get(lang).to_owned()));
        out.push((format!("{at} text"), step.text.get(lang).to_owned()));
        if let Some(h) = &step.hint {
            out.push((format!("{at} hint"), h.get(lang).to_owned()));
        }
        if let Some(q) = &step.question {
            out.push((format!("{at} question"), q.text.get(lang).to_owned()));
            for (k, c) in q.choices.iter().enumerate() {
                out.push((format!("{at} choice {k}"), c.text.get(lang).to_owned()));
                if let Some(w) = &c.why {
                    out.push((format!("{at} why {k}"), w.get(lang).to_owned()));
                }
            }
        }
    }
    out
}

/// The text with every `{ui:KEY}` taken out (the window puts its label there).
fn without_keys(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("{ui:") {
        out.push_str(&rest[..at]);
        rest = rest[at..].find('}').map_or("", |end| &rest[at + end + 1..]);
    }
    out.push_str(rest);
    out
}

/// Whether `label` stands in `text` as a word of its own.
fn has_word(text: &str, label: &str) -> bool {
    text.match_indices(label).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + label.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric()) && !after.is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

/// Where a lesson text names a window label literally: an English label in
/// a Korean text anywhere (the Korean window does not show it), a label
/// pressed, clicked or quoted in an English text, a Korean label pressed or
/// quoted in a Korean text.
fn literal_labels(text: &str, lang: Language, en: &[(String, String)], ko: &[(String, String)]) -> Vec<String> {
    let text = without_keys(text);
    let mut found = Vec::new();
    let verbs_en = [
        "press ", "Press ", "click ", "Click ", "tick ", "Tick ", "with ", "choose ", "Choose ",
    ];
    for (key, label) in en {
        let capital = label.chars().next().is_some_and(char::is_uppercase);
        if !capital || label.chars().count() < 3 || label.chars().all(|c| c.is_uppercase()) {
            continue;
        }
        let hit = match lang {
            Language::Ko => has_word(&text, label),
            _ => {
                verbs_en.iter().any(|v| text.contains(&format!("{v}{label}")))
                    || text.contains(&format!("“{label}”"))
                    || text.contains(&format!("\"{label}\""))
            }
        };
        if hit {
            found.push(format!("“{label}” → {{ui:{key}}}"));
        }
    }
    if lang == Language::Ko {
        for (key, label) in ko {
            let quoted = text.contains(&format!("“{label}”"));
            let pressed = [
                "을(를) 누르",
                "를 누르",
                "을 누르",
                "을(를) 클릭",
                "를 클릭",
                "을 클릭",
                " 버튼",
            ]
            .iter()
            .any(|v| text.contains(&format!("{label}{v}")));
            if label.chars().count() >= 2 && (quoted || pressed) {
                found.push(format!("“{label}” → {{ui:{key}}}"));
            }
        }
    }
    found
}

#[test]
fn lessons_name_window_labels_by_key() {
    let (en, ko) = (window_labels("en"), window_labels("ko"));
    assert!(en.iter().any(|(k, _)| k == "lab-run") && ko.iter().any(|(k, _)| k == "editor-add-layer"));
    let mut found = Vec::new();
    for lesson in builtin_lessons().unwrap() {
        for lang in Language::ALL {
            for (at, text) in texts(&lesson, lang) {
                for f in literal_labels(&text, lang, &en, &ko) {
                    found.push(format!("{at} ({lang:?}): {f}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "window labels named literally:\n{}", found.join("\n"));
}

#[test]
fn the_label_test_sees_a_literal_label() {
    let (en, ko) = (window_labels("en"), window_labels("ko"));
    assert!(!literal_labels("Run을 누르세요.", Language::Ko, &en, &ko).is_empty());
    assert!(!literal_labels("층 추가을(를) 누르세요.", Language::Ko, &en, &ko).is_empty());
    assert!(!literal_labels("Press Add layer.", Language::En, &en, &ko).is_empty());
    assert!(literal_labels("Press {ui:editor-add-layer}.", Language::En, &en, &ko).is_empty());
    assert!(literal_labels("{ui:lab-run}을(를) 누르세요.", Language::Ko, &en, &ko).is_empty());
}

/// The right choices of a goal's `answer` checks (inside `all`, `any`, a label).
fn right_choices(check: &nnlab::lessons::Check) -> Vec<usize> {
    use nnlab::lessons::Check;
    match check {
        Check::Answer(right) => right.clone(),
        Check::All(list) | Check::Any(list) => list.iter().flat_map(right_choices).collect(),
        Check::Labelled { check, .. } => right_choices(check),
        _ => Vec::new(),
    }
}

#[test]
fn every_wrong_choice_of_the_course_says_why_in_both_languages() {
    let mut questions = 0;
    for lesson in builtin_lessons().unwrap() {
        for (i, step) in lesson.steps.iter().enumerate() {
            let Some(q) = &step.question else { continue };
            questions += 1;
            let right = right_choices(&step.goal);
            assert!(
                q.number || !right.is_empty(),
                "{} step {}: a question the goal does not judge",
                lesson.id,
                i + 1
            );
            for (k, c) in q.choices.iter().enumerate().filter(|(k, _)| !right.contains(k)) {
                let why = c
                    .why
                    .as_ref()
                    .unwrap_or_else(|| panic!("{} step {} choice {k}: no why", lesson.id, i + 1));
                for lang in Language::ALL {
                    assert!(
                        why.get(lang).chars().count() > 20
                            && (lang == Language::En || why.get(lang) != why.get(Language::En)),
                        "{} step {} choice {k}: why in {lang:?}",
                        lesson.id,
                        i + 1
                    );
                }
            }
        }
    }
    assert!(questions >= 12, "the course asks {questions} questions");
}

#[test]
fn controls_that_would_solve_a_step_are_locked() {
    use nnlab::lessons::{Control, ControlState};
    let lessons = builtin_lessons().unwrap();
    let logic = lessons.iter().find(|l| l.id == "logic-neurons").unwrap();
    for (i, step) in logic.steps.iter().enumerate() {
        // The first steps are in the neuron lab, which has no presets.
        if step.setup.tab == Some(nnlab::labs::Tab::Neuron) {
            continue;
        }
        // One click on "C = A OR B" would wire the neuron the step asks for.
        assert_ne!(
            step.controls.control_state(Control::LogicPreset),
            ControlState::Normal,
            "lesson 1 step {}",
            i + 1
        );
    }
}
