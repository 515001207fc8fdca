//! The catalogues against each other and against the sources: the same
//! keys in both languages, the same arguments in each message, no key the
//! sources do not use, no key they use that is missing.

use std::collections::BTreeSet;
use std::path::Path;

use super::*;

/// Every key of `lang`, checking that the catalogue parses and has no key
/// twice.
fn keys(lang: Language) -> BTreeSet<String> {
    let (keys, errors) = catalogue_keys(lang);
    assert!(errors.is_empty(), "{lang:?} catalogue does not parse: {errors:#?}");
    let set: BTreeSet<String> = keys.iter().cloned().collect();
    assert_eq!(set.len(), keys.len(), "{lang:?} catalogue has a key twice");
    set
}

/// The literal keys of every `tr!("…")` under `dir`.
fn used_keys(dir: &Path, out: &mut BTreeSet<String>) {
    let entries = std::fs::read_dir(dir).expect("the source folder reads");
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            used_keys(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !is_i18n_itself(&path) {
            let text = std::fs::read_to_string(&path).expect("a source file reads");
            for (at, _) in text.match_indices("tr!(") {
                let rest = text[at + 4..].trim_start();
                // The macro's own definition and docs have no literal key.
                if let Some(key) = rest.strip_prefix('"').and_then(|r| r.split('"').next())
                    && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                {
                    out.insert(key.to_string());
                }
            }
        }
    }
}

/// This module's own files: their docs show the macro with made-up keys.
fn is_i18n_itself(path: &Path) -> bool {
    path.parent().is_some_and(|p| p.ends_with("i18n"))
        && path.file_name().is_some_and(|n| n == "mod.rs" || n == "tests.rs")
}

#[test]
fn every_language_has_the_same_keys_as_english() {
    let en = keys(Language::En);
    for lang in Language::ALL {
        let other = keys(lang);
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(missing.is_empty(), "missing from the {lang:?} catalogue: {missing:?}");
        assert!(
            extra.is_empty(),
            "in the {lang:?} catalogue but not in English: {extra:?}"
        );
    }
}

#[test]
fn every_key_is_used_and_every_used_key_exists() {
    let mut used = BTreeSet::new();
    used_keys(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut used);
    // Keys the engine names in its facts tables, looked up by value.
    used.extend(crate::nn::Activation::ALL.map(|a| a.properties().formula_key.to_string()));
    let en = keys(Language::En);
    let missing: Vec<_> = used.difference(&en).collect();
    let unused: Vec<_> = en.difference(&used).collect();
    assert!(
        missing.is_empty(),
        "used in the sources but not in the English catalogue: {missing:?}"
    );
    assert!(
        unused.is_empty(),
        "in the English catalogue but used nowhere: {unused:?}"
    );
}

#[test]
fn translations_take_the_same_arguments() {
    for key in keys(Language::En) {
        let en = message_variables(Language::En, &key);
        for lang in Language::ALL {
            let other = message_variables(lang, &key);
            assert_eq!(en, other, "{key}: {lang:?} uses different arguments");
        }
    }
}

#[test]
fn lookups_format_arguments_and_plurals() {
    let one = tr_in(Language::En, "perceptron-converged", &[("epochs", Arg::from(1))]);
    let three = tr_in(Language::En, "perceptron-converged", &[("epochs", Arg::from(3))]);
    assert_eq!(one, "Converged after 1 epoch.");
    assert_eq!(three, "Converged after 3 epochs.");
    let ko = tr_in(Language::Ko, "perceptron-converged", &[("epochs", Arg::from(3))]);
    assert_eq!(ko, "3 에포크 만에 수렴했습니다.");
    assert_eq!(tr_in(Language::Ko, "no-such-key", &[]), "no-such-key");
}

/// The Learn menu's first-try column once read "(1 questions)".
#[test]
fn the_first_try_column_counts_one_question_in_the_singular() {
    let args = |questions: usize| {
        [
            ("right", Arg::from(0)),
            ("answered", Arg::from(0)),
            ("questions", Arg::from(questions)),
        ]
    };
    assert_eq!(tr_in(Language::En, "menu-first-try", &args(1)), "0 of 0 (1 question)");
    assert_eq!(tr_in(Language::En, "menu-first-try", &args(3)), "0 of 0 (3 questions)");
}

#[test]
fn language_names_round_trip() {
    for lang in Language::ALL {
        assert_eq!(Language::from_name(lang.name()), Some(lang));
    }
    assert_eq!(Language::Ko.label(), "한국어");
}

/// A Korean message shows the one particle its filled-in word takes (a
/// file name, a number), the English one is untouched.
#[test]
fn korean_messages_show_the_particle_their_word_takes() {
    let csv = tr_in(
        Language::Ko,
        "lesson-problem-csv-io",
        &[("file", "iris.csv".into()), ("reason", "없음".into())],
    );
    assert!(csv.contains("iris.csv를 읽을 수 없습니다"), "{csv}");
    let layer = |n: i64| {
        tr_in(
            Language::Ko,
            "lesson-impossible-layer",
            &[("layer", n.into()), ("layers", 3.into())],
        )
    };
    assert!(layer(2).starts_with("층 2는 없습니다"), "{}", layer(2));
    assert!(layer(3).starts_with("층 3은 없습니다"), "{}", layer(3));
    let english = tr_in(
        Language::En,
        "lesson-impossible-layer",
        &[("layer", 3.into()), ("layers", 3.into())],
    );
    assert!(!english.contains('은'), "{english}");
}
