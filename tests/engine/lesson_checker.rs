//! The lesson checker as a teacher meets it: goals that can never be met
//! are refused with the reason and a hint; every message is a plain
//! sentence in the teacher's language that names the line where the
//! mistake was made (the opening `"""`, the table a key fell into).

use nnlab::i18n::{Language, problem_text, set_language};
use nnlab::lessons::{Impossible, LessonError, Origin, Problem, Shape, Syntax, TableKind, parse_lesson};

/// A one-step lesson whose step has `body` after its title and text.
fn lesson(body: &str) -> String {
    format!("id = \"t\"\ntitle = \"T\"\n\n[[step]]\ntitle = \"S\"\ntext = \"Do it.\"\n{body}")
}

/// A network step: the circle, 4 hidden neurons, `controls` locked; `goal`
/// is the body of its `[step.goal]`.
fn network_step(locked: &str, goal: &str) -> String {
    lesson(&format!(
        "\n[step.setup.data]\ngenerator = \"circle\"\n\n[step.setup.network]\nhidden = [4]\n\n\
         [step.controls]\nlocked = [{locked}]\n\n[step.goal]\n{goal}\n"
    ))
}

/// The error of `src`: line, column, problem.
fn error(src: &str) -> (usize, usize, Problem) {
    match parse_lesson(src, Origin::BuiltIn) {
        Err(LessonError::At { line, column, problem }) => (line, column, problem),
        Err(e) => panic!("no position: {e:?}"),
        Ok(_) => panic!("accepted:\n{src}"),
    }
}

/// The line (from 1) of the first `needle`.
fn line_of(src: &str, needle: &str) -> usize {
    src[..src.find(needle).unwrap_or_else(|| panic!("{needle} not in the source"))]
        .matches('\n')
        .count()
        + 1
}

/// The problem as a sentence, in `lang`.
fn words(p: &Problem, lang: Language) -> String {
    set_language(lang);
    let text = problem_text(p);
    set_language(Language::En);
    text
}

#[test]
fn an_accuracy_written_as_a_percentage_is_refused_with_the_fraction_meant() {
    let src = network_step("", "accuracy = { on = \"train\", at_least = 98 }");
    let (line, _, p) = error(&src);
    assert_eq!(line, line_of(&src, "accuracy ="));
    assert!(
        matches!(p, Problem::Impossible(Impossible::AccuracyAboveOne { hint: Some(h), .. }) if (h - 0.98).abs() < 1e-12),
        "{p:?}"
    );
    assert!(
        words(&p, Language::En).contains("Did you mean 0.98?"),
        "{}",
        words(&p, Language::En)
    );
    let ko = words(&p, Language::Ko);
    assert!(ko.contains("0.98") && ko.contains("정확도"), "{ko}");
    let src = network_step("", "accuracy = { on = \"test\", above = 1.0 }");
    assert!(matches!(
        error(&src).2,
        Problem::Impossible(Impossible::AccuracyAboveOne { hint: None, .. })
    ));
    let src = network_step("", "loss = { on = \"test\", below = 0 }");
    assert!(matches!(error(&src).2, Problem::Impossible(Impossible::LossBelowZero)));
}

#[test]
fn a_network_the_step_locks_bounds_what_goals_can_ask() {
    // Layer 5 of a network of 2 layers (one hidden, the output).
    let src = network_step(
        "\"network\"",
        "weight = { layer = 5, input = 0, neuron = 0, at_least = 1 }",
    );
    let (line, _, p) = error(&src);
    assert_eq!(line, line_of(&src, "weight ="));
    assert!(
        matches!(p, Problem::Impossible(Impossible::NoSuchLayer { layer: 5, layers: 2 })),
        "{p:?}"
    );
    assert!(words(&p, Language::En).contains("layer 5 does not exist: the network has 2 layers"));
    // Unlocked, the learner could add layers: accepted.
    let src = network_step("", "weight = { layer = 2, input = 0, neuron = 0, at_least = 1 }");
    assert!(parse_lesson(&src, Origin::BuiltIn).is_ok());
    // No network has a layer 9 (8 hidden layers and the output: 0 to 8),
    // locked or not.
    let src = network_step("", "weight = { layer = 9, input = 0, neuron = 0, at_least = 1 }");
    let p = error(&src).2;
    assert!(
        matches!(p, Problem::Impossible(Impossible::BeyondAnyNetwork { layer: 9 })),
        "{p:?}"
    );
    let en = words(&p, Language::En);
    assert!(en.contains("layers 0 to 8") && !en.contains("locks"), "{en}");
    // Four hidden neurons, locked: "at most 2" can never hold.
    let src = network_step("\"hidden\"", "hidden_neurons = { at_most = 2 }");
    let p = error(&src).2;
    assert!(
        matches!(
            p,
            Problem::Impossible(Impossible::ShapeLocked {
                what: Shape::Neurons,
                now: 4
            })
        ),
        "{p:?}"
    );
    assert!(
        words(&p, Language::En).contains("4 hidden neurons"),
        "{}",
        words(&p, Language::En)
    );
}

#[test]
fn settings_are_judged_against_their_controls_and_locks() {
    let src = network_step("", "setting = { learning_rate = { at_most = 0.0000001 } }");
    let p = error(&src).2;
    assert!(
        matches!(p, Problem::Impossible(Impossible::SettingRange { .. })),
        "{p:?}"
    );
    assert!(
        words(&p, Language::En).contains("`learning_rate` goes from 0.000001 to 10"),
        "{}",
        words(&p, Language::En)
    );
    let src = network_step("", "setting = { hidden = { is = [4, 100] } }");
    let p = error(&src).2;
    assert!(
        words(&p, Language::En).contains("at most 8 hidden layers of 1 to 64 neurons each"),
        "{}",
        words(&p, Language::En)
    );
    // Locked at 0.03 by the step: ≤ 0.001 can never be reached.
    let src = network_step("\"learning_rate\"", "setting = { learning_rate = { at_most = 0.001 } }");
    assert!(matches!(
        error(&src).2,
        Problem::Impossible(Impossible::SettingLocked(_))
    ));
    let src = network_step("\"learning_rat\"", "epochs = { at_least = 10 }");
    let (line, column, p) = error(&src);
    assert_eq!((line, column), (line_of(&src, "locked ="), 11));
    assert!(
        words(&p, Language::En).starts_with("`locked` cannot be \"learning_rat\"")
            && words(&p, Language::En).ends_with("Did you mean \"learning_rate\"?"),
        "{}",
        words(&p, Language::En)
    );
    let src = network_step("", "setting = { optimizer = { is = \"adma\" } }");
    let (line, _, p) = error(&src);
    assert_eq!(line, line_of(&src, "\"adma\""));
    assert!(
        words(&p, Language::En).contains("Did you mean \"adam\"?"),
        "{}",
        words(&p, Language::En)
    );
    // A goal the step meets before the learner acts passes by itself.
    let src = network_step("", "setting = { learning_rate = { at_least = 0.01 } }");
    assert!(matches!(error(&src).2, Problem::Impossible(Impossible::MetAtStart)));
    let src = network_step("", "not = { diverged = true }");
    assert!(matches!(error(&src).2, Problem::Impossible(Impossible::MetAtStart)));
}

#[test]
fn goals_that_need_training_are_refused_when_the_step_locks_run() {
    for goal in [
        "epochs = { at_least = 10 }",
        "diverged = true",
        "rose = { metric = \"train_loss\", by = 0.5, within_epochs = 10 }",
        "accuracy = { on = \"train\", at_least = 0.9 }\nfor_epochs = 5",
    ] {
        let src = network_step("\"run\"", goal);
        assert!(
            matches!(error(&src).2, Problem::Impossible(Impossible::NeedsTraining)),
            "{goal}"
        );
    }
    let src = network_step("", "rose = { metric = \"train_loss\", by = 0, within_epochs = 10 }");
    assert!(matches!(error(&src).2, Problem::Impossible(Impossible::NothingToWatch)));
}

#[test]
fn a_key_after_a_header_is_named_with_the_table_it_fell_into() {
    let src = lesson("\n[step.controls]\nlocked = [\"data\"]\nhint.en = \"a hint\"\n\n[step.goal]\nanswer = 0\n");
    let (line, column, p) = error(&src);
    assert_eq!((line, column), (line_of(&src, "hint.en"), 1));
    let Problem::UnknownKey {
        key, table, belongs, ..
    } = &p
    else {
        panic!("{p:?}")
    };
    assert_eq!((key.as_str(), table.kind), ("hint", TableKind::Header));
    assert_eq!(
        belongs.as_ref().map(|b| (b.path.as_str(), b.kind)),
        Some(("step", TableKind::ArrayHeader))
    );
    let en = words(&p, Language::En);
    assert!(
        en.contains("`hint` belongs to [[step]]") && en.contains("Move `hint` above [step.controls]"),
        "{en}"
    );
    let ko = words(&p, Language::Ko);
    assert!(ko.contains("[[step]]") && ko.contains("옮기세요"), "{ko}");
}

#[test]
fn an_unclosed_triple_quote_is_reported_where_it_opens() {
    let src = "id = \"t\"\ntitle = \"T\"\n\n[[step]]\ntitle = \"S\"\ntext = \"\"\"\nA long text\n\n\
               [step.goal]\nanswer = 0\n";
    let (line, _, p) = error(src);
    assert_eq!(line, line_of(src, "\"\"\""));
    assert!(matches!(p, Problem::Syntax(Syntax::UnclosedMultiline)), "{p:?}");
    assert!(words(&p, Language::Ko).contains("\"\"\""));
    // The teacher's usual case: step 1's text is left open and step 2 has
    // a text of its own. TOML pairs step 1's quotes with step 2's opening
    // ones and stumbles later, at quotes that were closed.
    let src = "id = \"t\"\ntitle = \"T\"\n\n[[step]]\ntitle = \"One\"\ntext.en = \"\"\"\nTrain a while.\n\n\
               [[step]]\ntitle = \"Two\"\ntext.en = \"\"\"\nSecond.\n\"\"\"\ngoal = \"read\"\n";
    let (line, _, p) = error(src);
    assert_eq!(line, line_of(src, "text.en = \"\"\""), "step 1's opening quotes");
    assert!(matches!(p, Problem::Syntax(Syntax::UnclosedMultiline)), "{p:?}");
}

#[test]
fn a_negative_tolerance_is_named_at_within() {
    let src = lesson(
        "goal = { answer_number = { value = 0.25, within = -1 } }\n\n[step.question]\ntext = \"Q\"\nnumber = true\n",
    );
    let (line, column, p) = error(&src);
    assert_eq!(
        (line, column),
        (
            line_of(&src, "goal ="),
            src.lines().nth(line - 1).unwrap().find("within").unwrap() + 1
        )
    );
    assert!(matches!(p, Problem::BadValue { field: "within", .. }), "{p:?}");
    assert!(words(&p, Language::En).starts_with("`within` must be a number, 0 or more"));
}

#[test]
fn a_goal_every_state_meets_is_refused_even_without_a_set_up() {
    // No set-up: the checker cannot know the learner's network, but no
    // network has fewer than 0 epochs.
    for goal in [
        "goal = { epochs = { at_least = 0 } }",
        "goal = { ever = { hidden_layers = { at_least = 0 } } }",
        "goal = { any = [{ answer = 0 }, { perceptron_steps = { at_least = 0 } }] }\n\n\
         [step.question]\ntext = \"Q\"\nchoices = [\"a\", \"b\"]",
    ] {
        let src = lesson(&format!("{goal}\n"));
        assert!(
            matches!(error(&src).2, Problem::Impossible(Impossible::MetAtStart)),
            "{goal}"
        );
    }
    let src = lesson("goal = { epochs = { at_least = 1 } }\n");
    assert!(parse_lesson(&src, Origin::BuiltIn).is_ok());
}

#[test]
fn messages_are_sentences_not_a_parsers_words() {
    let cases = [
        lesson("goal = { answer = [0, 2] }\n\n[step.question]\ntext = \"Q\"\nchoices = [\"a\", \"b\"]\n"),
        lesson("goal = { hidden_layers = { at_least = \"two\" } }\n"),
        lesson("goal = { accuracy = { on = \"train\", at_least = 0.5 }, loss = { on = \"train\", at_most = 1 } }\n"),
        lesson("goal = { perceptron = \"convereged\" }\n"),
        lesson(
            "goal = { answer_number = { value = 1, within = 0.1 } }\n\n[step.question]\ntext = \"Q\"\nchoices = [\"a\", \"b\"]\n",
        ),
        lesson("goal = { answer = 0 }\n\n[step.question]\ntext = \"Q\"\nnumber = true\n"),
        lesson("goal = { label.en = \"only a label\" }\n"),
        lesson("goal = \"reed\"\n"),
    ];
    for src in &cases {
        let (_, _, p) = error(src);
        let (en, ko) = (words(&p, Language::En), words(&p, Language::Ko));
        for bad in ["invalid type", "expected", "variant", "unknown field", "wanted exactly"] {
            assert!(!en.contains(bad), "{en}");
        }
        assert!(en.ends_with('.') || en.ends_with('?'), "a sentence: {en}");
        assert!(ko.chars().any(|c| ('가'..='힣').contains(&c)), "Korean words: {ko}");
    }
}

#[test]
fn new_constructs_load() {
    let src = network_step(
        "\"optimizer\", \"step\"",
        "label.en = \"η small, then the loss jumps\"\nlabel.ko = \"η를 작게, 그다음 손실이 튐\"\n\
         then = [\n  { setting = { learning_rate = { at_most = 0.001 }, hidden = { is = [4] } } },\n  \
         { ever = { rose = { metric = \"train_loss\", by = 0.2, within_epochs = 5 } } },\n  \
         { not = { accuracy = { on = \"test\", at_least = 0.99 } }, for_epochs = 3 },\n]",
    );
    let lesson = parse_lesson(&src, Origin::BuiltIn).unwrap_or_else(|e| panic!("{e:?}"));
    let step = &lesson.steps[0];
    assert_eq!(
        step.controls.locked,
        [
            nnlab::lessons::Lock::Control(nnlab::lessons::Control::Setting(nnlab::lessons::Setting::Optimizer)),
            nnlab::lessons::Lock::Control(nnlab::lessons::Control::Step),
        ]
    );
    assert!(
        matches!(&step.goal, nnlab::lessons::Check::Labelled { label, .. } if label.get(nnlab::i18n::Language::Ko) == "η를 작게, 그다음 손실이 튐")
    );
}

#[test]
fn every_window_label_a_builtin_lesson_names_exists_in_both_languages() {
    let (en, _) = nnlab::i18n::catalogue_keys(Language::En);
    let (ko, _) = nnlab::i18n::catalogue_keys(Language::Ko);
    for lesson in nnlab::lessons::builtin_lessons().unwrap() {
        let mut texts = vec![&lesson.title];
        for s in &lesson.steps {
            texts.extend([&s.title, &s.text]);
            texts.extend(&s.hint);
            if let Some(q) = &s.question {
                texts.push(&q.text);
                texts.extend(q.choices.iter().flat_map(|c| std::iter::once(&c.text).chain(&c.why)));
            }
        }
        for key in texts.iter().flat_map(|t| t.ui_keys()) {
            assert!(en.iter().any(|k| k == key) && ko.iter().any(|k| k == key), "{key}");
        }
    }
    // And a key the catalogues lack is refused where it is written.
    let src = lesson("goal = \"read\"\nhint = \"Press {ui:lab-step-one-sampel}.\"\n");
    let (line, _, p) = error(&src);
    assert_eq!(line, line_of(&src, "hint ="));
    assert!(
        matches!(&p, Problem::UnknownUiKey(k) if k == "lab-step-one-sampel"),
        "{p:?}"
    );
}
