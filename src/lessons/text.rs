//! Learner-visible text in the languages the window speaks. A lesson file
//! writes either a plain string (English only) or a table with one entry
//! per language code, `{ en = "…", ko = "…" }` (English required); a
//! language the author did not write falls back to English, so an
//! English-only lesson is complete. The languages are the window's own
//! ([`Language`]): adding one to the window lets lessons carry it too.
//!
//! A text names a button, tab or menu of the window by its catalogue key,
//! `{ui:lab-step-one-sample}`, and the learner reads the label their
//! window shows, in their language ([`Text::render`]); the checker refuses
//! a key the catalogues do not have.

use crate::i18n::Language;

/// A text in English and the other languages its author wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    /// The English text (every text has it).
    english: String,
    /// The other languages' texts, one per language at most.
    others: Vec<(Language, String)>,
}

/// How a window label is written in a lesson text: `{ui:KEY}`.
const UI_OPEN: &str = "{ui:";

impl Text {
    /// An English-only text.
    pub fn en(text: &str) -> Self {
        Self {
            english: text.to_string(),
            others: Vec::new(),
        }
    }

    /// This text with its `lang` version (English replaces the English).
    pub fn with(mut self, lang: Language, text: impl Into<String>) -> Self {
        let text = text.into();
        if lang == Language::En {
            self.english = text;
        } else {
            self.others.retain(|(l, _)| *l != lang);
            self.others.push((lang, text));
        }
        self
    }

    /// The text in `lang` as written; a language the author did not write
    /// (or left blank) falls back to English, so a learner always reads
    /// something.
    pub fn get(&self, lang: Language) -> &str {
        (self.others.iter())
            .find(|(l, t)| *l == lang && !t.trim().is_empty())
            .map_or(&self.english, |(_, t)| t)
    }

    /// Every version as written: English first, then the others.
    pub fn versions(&self) -> impl Iterator<Item = (Language, &str)> {
        std::iter::once((Language::En, self.english.as_str())).chain(self.others.iter().map(|(l, t)| (*l, t.as_str())))
    }

    /// The text in `lang` with every `{ui:KEY}` replaced by `label(KEY)`,
    /// the window's label in the learner's language (a key `label` does
    /// not know stays as written), and in Korean each particle written as
    /// a pair after a label ("{ui:controls-play}을(를)") in the one form
    /// that label takes ("재생을").
    pub fn render(&self, lang: Language, label: impl Fn(&str) -> Option<String>) -> String {
        let text = self.get(lang);
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some((before, key, after)) = next_ui_ref(rest) {
            out.push_str(before);
            match label(key) {
                Some(l) => out.push_str(&l),
                None => out.push_str(&rest[before.len()..rest.len() - after.len()]),
            }
            rest = after;
        }
        out.push_str(rest);
        match lang {
            Language::Ko => crate::i18n::resolve_particles(out),
            _ => out,
        }
    }

    /// Every `{ui:KEY}` key in either language, in order.
    pub fn ui_keys(&self) -> Vec<&str> {
        let mut keys = Vec::new();
        for (_, text) in self.versions() {
            let mut rest = text;
            while let Some((_, key, after)) = next_ui_ref(rest) {
                keys.push(key);
                rest = after;
            }
        }
        keys
    }

    /// Whether the English text is empty (then the text is missing).
    pub(crate) fn is_blank(&self) -> bool {
        self.english.trim().is_empty()
    }
}

/// The first `{ui:KEY}` of `text`: what comes before it, the key, and
/// what comes after the closing brace.
fn next_ui_ref(text: &str) -> Option<(&str, &str, &str)> {
    let start = text.find(UI_OPEN)?;
    let key_start = start + UI_OPEN.len();
    let len = text[key_start..].find('}')?;
    let key = &text[key_start..key_start + len];
    Some((&text[..start], key, &text[key_start + len + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every Korean text of the built-in course, as the window shows it,
    /// has one particle after each window label, never the written pair:
    /// the labels all end on a Hangul syllable whose sound is known.
    #[test]
    fn the_courses_korean_texts_show_one_particle_after_each_label() {
        let pairs = ["을(를)", "이(가)", "은(는)", "와(과)", "(으)로"];
        let lessons = crate::lessons::builtin_lessons().expect("the built-in course parses");
        let label = |key: &str| crate::i18n::has_message(key).then(|| crate::i18n::tr_in(Language::Ko, key, &[]));
        let mut texts: Vec<&Text> = Vec::new();
        let mut written = 0;
        for lesson in &lessons {
            texts.push(&lesson.title);
            texts.extend(&lesson.summary);
            for step in &lesson.steps {
                texts.extend([&step.title, &step.text]);
                texts.extend(&step.hint);
                if let Some(q) = &step.question {
                    texts.push(&q.text);
                    for c in &q.choices {
                        texts.push(&c.text);
                        texts.extend(&c.why);
                    }
                }
            }
        }
        for text in texts {
            written += pairs.iter().filter(|p| text.get(Language::Ko).contains(*p)).count();
            let shown = text.render(Language::Ko, label);
            for pair in pairs {
                assert!(!shown.contains(pair), "{pair} left in: {shown}");
            }
        }
        assert!(
            written >= 10,
            "the course writes particles as pairs after labels ({written} texts)"
        );
        // English is left as written.
        let english = Text::en("Press {ui:controls-play}을(를)");
        assert_eq!(
            english.render(Language::En, |_| Some("Play".into())),
            "Press Play을(를)"
        );
    }

    #[test]
    fn korean_falls_back_to_english() {
        let t = Text::en("Weight").with(Language::Ko, "가중치");
        assert_eq!(t.get(Language::Ko), "가중치");
        assert_eq!(t.get(Language::En), "Weight");
        assert_eq!(Text::en("Hello").get(Language::Ko), "Hello");
        assert_eq!(
            Text::en("Hello").with(Language::Ko, " ").get(Language::Ko),
            "Hello",
            "blank: English"
        );
    }

    #[test]
    fn window_labels_are_rendered_by_key() {
        let t = Text::en("Press {ui:lab-run}, then {ui:lab-reset}.")
            .with(Language::Ko, "{ui:lab-run}을 누르세요. {ui:nope}");
        let label = |k: &str| match k {
            "lab-run" => Some("Run".to_string()),
            "lab-reset" => Some("Reset".to_string()),
            _ => None,
        };
        assert_eq!(t.render(Language::En, label), "Press Run, then Reset.");
        assert_eq!(
            t.render(Language::Ko, label),
            "Run을 누르세요. {ui:nope}",
            "unknown keys stay"
        );
        assert_eq!(t.ui_keys(), ["lab-run", "lab-reset", "lab-run", "nope"]);
        assert_eq!(Text::en("a {ui: no end").ui_keys(), Vec::<&str>::new());
    }
}
