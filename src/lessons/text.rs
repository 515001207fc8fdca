//! Learner-visible text in two languages. A lesson file writes either a
//! plain string (English only) or a table `{ en = "…", ko = "…" }`; Korean
//! falls back to English where a teacher wrote none, so an English-only
//! lesson is complete.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
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

impl Text {
    /// An English-only text.
    pub fn en(text: &str) -> Self {
        Self {
            en: text.to_string(),
            ko: None,
        }
    }

    /// The text in `lang`; Korean falls back to English when missing, so a
    /// learner always reads something.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.ko) {
            (Lang::Ko, Some(ko)) if !ko.trim().is_empty() => ko,
            _ => &self.en,
        }
    }

    /// Whether the English text is empty (then the text is missing).
    pub(crate) fn is_blank(&self) -> bool {
        self.en.trim().is_empty()
    }
}

impl<'de> Deserialize<'de> for Text {
    /// A string (English) or a table with `en` (required) and `ko`.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

/// Reads a [`Text`] from a string or an `{ en, ko }` table.
struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, or a table with `en` and optionally `ko`")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text::en(v))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        const FIELDS: &[&str] = &["en", "ko"];
        let (mut en, mut ko) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "en" => &mut en,
                "ko" => &mut ko,
                other => return Err(de::Error::unknown_field(other, FIELDS)),
            };
            if slot.is_some() {
                return Err(de::Error::custom(format!("duplicate language `{key}`")));
            }
            *slot = Some(map.next_value::<String>()?);
        }
        let en = en.ok_or_else(|| de::Error::missing_field("en"))?;
        Ok(Text { en, ko })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Doc {
        a: Text,
        b: Text,
    }

    #[test]
    fn plain_strings_are_english_and_korean_falls_back() {
        let d: Doc = toml::from_str("a = \"Hello\"\nb = { en = \"Weight\", ko = \"가중치\" }\n").unwrap();
        assert_eq!(d.a.get(Lang::En), "Hello");
        assert_eq!(d.a.get(Lang::Ko), "Hello", "no Korean: English");
        assert_eq!(d.b.get(Lang::Ko), "가중치");
        assert_eq!(d.b.get(Lang::En), "Weight");
    }

    #[test]
    fn unknown_language_and_missing_english_are_refused() {
        let e = toml::from_str::<Doc>("a = { fr = \"x\" }\nb = \"y\"\n").err().unwrap();
        assert!(e.span().is_some());
        assert!(toml::from_str::<Doc>("a = { ko = \"x\" }\nb = \"y\"\n").is_err());
    }
}
