//! The values inside a table: text, numbers, names, lists.

use toml::de::DeValue;

use std::sync::OnceLock;

use super::{Node, Spot, Table};
use crate::i18n::Language;
use crate::lessons::error::{Expected, Problem};
use crate::lessons::text::Text;
use crate::names::Named;

impl<'a, 'i> Node<'a, 'i> {
    /// Text in quotes.
    pub(crate) fn str(&self) -> Result<&'a str, Spot> {
        match self.value() {
            DeValue::String(s) => Ok(s.as_ref()),
            _ => self.wrong(Expected::String),
        }
    }

    /// true or false.
    pub(crate) fn bool(&self) -> Result<bool, Spot> {
        self.value().as_bool().map_or_else(|| self.wrong(Expected::Bool), Ok)
    }

    /// A number (whole or with a fraction).
    pub(crate) fn f64(&self) -> Result<f64, Spot> {
        match self.value() {
            DeValue::Integer(i) => i128::from_str_radix(i.as_str(), i.radix())
                .map_or_else(|_| self.wrong(Expected::Number), |v| Ok(v as f64)),
            DeValue::Float(f) => f.as_str().parse().map_or_else(|_| self.wrong(Expected::Number), Ok),
            _ => self.wrong(Expected::Number),
        }
    }

    /// A number that fits an `f32`.
    pub(crate) fn f32(&self) -> Result<f32, Spot> {
        self.f64().map(|v| v as f32)
    }

    /// A whole number from 0 to `max`.
    pub(crate) fn whole(&self, max: u64) -> Result<u64, Spot> {
        match self.value() {
            DeValue::Integer(i) => match u64::from_str_radix(i.as_str(), i.radix()) {
                Ok(v) if v <= max => Ok(v),
                _ => self.fail(Problem::NotWhole {
                    key: self.key(),
                    found: i.to_string(),
                }),
            },
            DeValue::Float(f) => self.fail(Problem::NotWhole {
                key: self.key(),
                found: f.as_str().to_string(),
            }),
            _ => self.wrong(Expected::WholeNumber),
        }
    }

    /// A whole number that fits a `usize`.
    pub(crate) fn usize(&self) -> Result<usize, Spot> {
        self.whole(u32::MAX.into()).map(|v| v as usize)
    }

    /// The elements of a list.
    pub(crate) fn list(&self) -> Result<Vec<Node<'a, 'i>>, Spot> {
        let Some(items) = self.value().as_array() else {
            return self.wrong(Expected::List);
        };
        Ok((items.iter().enumerate())
            .map(|(i, v)| Node {
                v,
                index: Some(i),
                ..*self
            })
            .collect())
    }

    /// A list, each element read by `read`.
    pub(crate) fn list_of<T>(&self, read: impl Fn(&Node<'a, 'i>) -> Result<T, Spot>) -> Result<Vec<T>, Spot> {
        self.list()?.iter().map(read).collect()
    }

    /// A name from `names` (as written in files), as its value.
    pub(crate) fn name<T: Copy>(&self, names: &[(&'static str, T)]) -> Result<T, Spot> {
        let found = match self.value() {
            DeValue::String(s) => s.as_ref(),
            _ => return self.wrong(Expected::Name),
        };
        (names.iter().find(|(n, _)| *n == found)).map_or_else(
            || {
                self.fail(Problem::UnknownName {
                    key: self.name_key(),
                    found: found.to_string(),
                    names: names.iter().map(|(n, _)| *n).collect(),
                })
            },
            |(_, v)| Ok(*v),
        )
    }

    /// A learner-visible text: a string (English), or a table with one
    /// entry per language code (`{ en, ko }`, English required).
    pub(crate) fn text(&self) -> Result<Text, Spot> {
        match self.value() {
            DeValue::String(s) => Ok(Text::en(s)),
            DeValue::Table(_) => self.table(<Language as Named>::FILE_NAMES)?.languages(),
            _ => self.wrong(Expected::Text),
        }
    }
}

/// The keys of a choice written as a table: every language code, and
/// `why`.
pub(crate) fn choice_keys() -> &'static [&'static str] {
    static KEYS: OnceLock<Vec<&'static str>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys = <Language as Named>::FILE_NAMES.to_vec();
        keys.push("why");
        keys
    })
}

impl Table<'_, '_> {
    /// A text's versions, one per language code: `en` required.
    pub(crate) fn languages(&self) -> Result<Text, Spot> {
        let mut text = Text::en(self.req(Language::En.name())?.str()?);
        for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
            if let Some(version) = self.opt(lang.name(), |n| n.str())? {
                text = text.with(lang, version);
            }
        }
        Ok(text)
    }
}

/// Every value of a [`Named`] enum with its name in files.
pub(crate) fn named<T: Named>() -> Vec<(&'static str, T)> {
    T::variants().iter().map(|v| (v.file_name(), *v)).collect()
}
