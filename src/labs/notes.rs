//! The concept notes shown beside the labs: short, with formulas, in the
//! order of the path biological neuron → logic neuron → perceptron → its
//! limits → multilayer networks. The texts are per-language files,
//! `assets/i18n/<language>/notes.toml` (embedded in the binary;
//! TOML keeps the formulas' indentation exactly), with the same notes in
//! the same order. Formulas use only glyphs the app's fonts draw (w·x for
//! the dot product, x₁ for subscripts); the glyph tests check every one.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::i18n::Language;

/// Which note: the labs choose the notes to open by these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteId {
    /// The biological neuron.
    Biological,
    /// The leaky integrate-and-fire model of it.
    Lif,
    /// McCulloch and Pitts (1943).
    MccullochPitts,
    /// The threshold logic unit.
    Tlu,
    /// A layer of TLUs: H = φ(XW + b).
    Layer,
    /// Hebb's rule and the perceptron rule.
    LearningRules,
    /// The convergence theorem: M ≤ (R/γ)².
    Convergence,
    /// XOR and the limit of one unit.
    Xor,
    /// Logistic regression.
    Logistic,
    /// MLPs and backpropagation.
    Mlp,
}

impl NoteId {
    /// Every note, in reading order.
    pub const ALL: [NoteId; 10] = [
        NoteId::Biological,
        NoteId::Lif,
        NoteId::MccullochPitts,
        NoteId::Tlu,
        NoteId::Layer,
        NoteId::LearningRules,
        NoteId::Convergence,
        NoteId::Xor,
        NoteId::Logistic,
        NoteId::Mlp,
    ];
}

/// One note: a title and paragraphs separated by blank lines.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Note {
    /// Which note it is.
    pub id: NoteId,
    /// Heading.
    pub title: String,
    /// The text; lines starting with two spaces are formulas.
    pub body: String,
}

/// The file of one language's notes.
#[derive(Deserialize)]
struct NotesFile {
    note: Vec<Note>,
}

/// The notes file of `lang`, as embedded.
pub fn notes_source(lang: Language) -> &'static str {
    crate::i18n::language_files(lang).notes
}

/// Reads a notes file (bodies trimmed).
pub fn parse_notes(text: &str) -> Result<Vec<Note>, toml::de::Error> {
    let mut notes = toml::from_str::<NotesFile>(text)?.note;
    for n in &mut notes {
        n.body = n.body.trim().to_string();
    }
    Ok(notes)
}

/// Every note in `lang`, in reading order, read once. A file that does not
/// read gives no notes (the tests make sure both read).
pub fn all(lang: Language) -> &'static [Note] {
    static NOTES: [OnceLock<Vec<Note>>; Language::ALL.len()] = [const { OnceLock::new() }; Language::ALL.len()];
    NOTES[lang as usize].get_or_init(|| parse_notes(notes_source(lang)).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both languages have every note once, in reading order, and the
    /// same formulas (the lines starting with two spaces may translate
    /// words, but as many of them, in the same places).
    #[test]
    fn both_languages_have_every_note_in_order() {
        for lang in Language::ALL {
            let notes = parse_notes(notes_source(lang)).expect("the notes file reads");
            let ids: Vec<NoteId> = notes.iter().map(|n| n.id).collect();
            assert_eq!(ids, NoteId::ALL, "{lang:?}");
            for note in notes {
                assert!(
                    !note.title.is_empty() && note.body.chars().count() > 150,
                    "{lang:?} {:?}",
                    note.id
                );
            }
        }
        for (en, ko) in all(Language::En).iter().zip(all(Language::Ko)) {
            let formulas = |n: &Note| n.body.lines().filter(|l| l.starts_with("  ")).count();
            assert_eq!(formulas(en), formulas(ko), "{:?}: formula lines", en.id);
        }
    }
}
