//! Learner-visible text in two languages. A lesson file writes either a
//! plain string (English only) or a table `{ en = "…", ko = "…" }`; Korean
//! falls back to English where a teacher wrote none, so an English-only
//! lesson is complete.
//!
//! A text names a button, tab or menu of the window by its catalogue key,
//! `{ui:lab-step-one-sample}`, and the learner reads the label their
//! window shows, in their language ([`Text::render`]); the checker refuses
//! a key the catalogues do not have.

use serde::{Deserialize, Serialize};

/// A language a lesson can be read in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// English (every text has it).
    #[default]
    En,
    /// Korean (falls back to English where missing).
    Ko,
}

/// A text in English and, optionally, Korean.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Text {
    /// The English text.
    pub en: String,
    /// The Korean text, if the author wrote one.
    pub ko: Option<String>,
}

/// How a window label is written in a lesson text: `{ui:KEY}`.
const UI_OPEN: &str = "{ui:";

impl Text {
    /// An English-only text.
    pub fn en(text: &str) -> Self {
        Self {
            en: text.to_string(),
            ko: None,
        }
    }

    /// The text in `lang` as written; Korean falls back to English when
    /// missing, so a learner always reads something.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.ko) {
            (Lang::Ko, Some(ko)) if !ko.trim().is_empty() => ko,
            _ => &self.en,
        }
    }

    /// The text in `lang` with every `{ui:KEY}` replaced by `label(KEY)`,
    /// the window's label in the learner's language (a key `label` does
    /// not know stays as written).
    pub fn render(&self, lang: Lang, label: impl Fn(&str) -> Option<String>) -> String {
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
        out
    }

    /// Every `{ui:KEY}` key in either language, in order.
    pub fn ui_keys(&self) -> Vec<&str> {
        let mut keys = Vec::new();
        for text in std::iter::once(self.en.as_str()).chain(self.ko.as_deref()) {
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
        self.en.trim().is_empty()
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

    #[test]
    fn korean_falls_back_to_english() {
        let t = Text {
            en: "Weight".into(),
            ko: Some("가중치".into()),
        };
        assert_eq!(t.get(Lang::Ko), "가중치");
        assert_eq!(Text::en("Hello").get(Lang::Ko), "Hello");
    }

    #[test]
    fn window_labels_are_rendered_by_key() {
        let t = Text {
            en: "Press {ui:lab-run}, then {ui:lab-reset}.".into(),
            ko: Some("{ui:lab-run}을 누르세요. {ui:nope}".into()),
        };
        let label = |k: &str| match k {
            "lab-run" => Some("Run".to_string()),
            "lab-reset" => Some("Reset".to_string()),
            _ => None,
        };
        assert_eq!(t.render(Lang::En, label), "Press Run, then Reset.");
        assert_eq!(
            t.render(Lang::Ko, label),
            "Run을 누르세요. {ui:nope}",
            "unknown keys stay"
        );
        assert_eq!(t.ui_keys(), ["lab-run", "lab-reset", "lab-run", "nope"]);
        assert_eq!(Text::en("a {ui: no end").ui_keys(), Vec::<&str>::new());
    }
}
