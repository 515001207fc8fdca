//! Every text a learner reads, in English and Korean.
//!
//! The texts live in Fluent message catalogues, one per language
//! (`assets/i18n/<language>/*.ftl`, embedded in the binary); the
//! long concept notes in per-language TOML files beside them (see
//! [`crate::labs::notes`]). Code asks for a message by key with [`tr!`],
//! always with a literal key, so a test can list the keys the sources use
//! and compare them with the catalogues (a key missing from a language, or a
//! key nothing uses, fails the build's tests). `assets/i18n/README.md` says
//! how to add a string.
//!
//! The current language is a per-thread value ([`language`],
//! [`set_language`]) over a process default ([`set_process_language`]): the
//! window publishes its setting on its thread at the start of every frame,
//! the command line sets the default after reading `--lang`, and every
//! lookup reads it, so a switch shows from the next frame on with nothing
//! else reset. Nothing here knows about egui: the command line uses it too.
//!
//! Engine errors and the window's messages are values until they are
//! shown; [`words`] is the one place that puts them into words.

mod catalogue;
mod lif_words;
mod locale;
mod particle;
mod task;
pub mod words;

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

pub use catalogue::{
    Arg, LanguageFiles, catalogue_keys, catalogue_source, has_message, language_files, message_variables, tr_in,
};
pub use locale::from_locale;
pub use particle::resolve_owned as resolve_particles;
pub use task::Task;
pub use words::Message;
pub use words::{action_error_text, directions_label, fallback_text, lesson_error_text, problem_text, refusal_text};

/// A language nnlab speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    /// English: the default, and what every text is written in first.
    #[default]
    En,
    /// Korean (한국어), with the standard terms of the chapter's Korean
    /// translation (인공 신경망, 퍼셉트론, 역전파, …).
    Ko,
}

crate::names::name_table! {
    Language {
        En => "en", label "English";
        Ko => "ko", label "한국어";
    }
}

impl Language {
    /// The language of the system locale: the first set of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` (POSIX's order), Korean when it starts
    /// with `ko`, else English.
    pub fn from_env() -> Language {
        let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty());
        from_locale(value.as_deref())
    }
}

/// The language of threads that never chose one (`Language as u8`): the
/// command line's `--lang`, or the window's language at start-up.
static PROCESS_DEFAULT: AtomicU8 = AtomicU8::new(Language::En as u8);

thread_local! {
    /// This thread's language, once chosen. Per thread, so two windows (or
    /// two tests driving windows in one process) in different languages
    /// never read each other's; threads a window starts carry its language
    /// over through [`spawn`].
    static CURRENT: Cell<Option<Language>> = const { Cell::new(None) };
}

fn from_u8(value: u8) -> Language {
    Language::ALL.get(usize::from(value)).copied().unwrap_or_default()
}

/// The language every lookup on this thread uses now.
pub fn language() -> Language {
    CURRENT
        .with(Cell::get)
        .unwrap_or_else(|| from_u8(PROCESS_DEFAULT.load(Ordering::Relaxed)))
}

/// Makes `lang` the language of every following lookup on this thread.
pub fn set_language(lang: Language) {
    CURRENT.with(|c| c.set(Some(lang)));
}

/// Makes `lang` the language of this thread and of every thread that has
/// not chosen one: for `main` (the command line's `--lang`, the window's
/// start), never for a window's frame or a test.
pub fn set_process_language(lang: Language) {
    PROCESS_DEFAULT.store(lang as u8, Ordering::Relaxed);
    set_language(lang);
}

/// Starts a thread that speaks this thread's language: background jobs of
/// the window (file dialogs, exports, imports) put their results into words
/// in the language the learner chose, whatever the process default is.
/// In a browser tab, which has no threads, the job runs at once on the
/// calling thread, which already speaks that language (see [`Task`]).
pub fn spawn<T: Send + 'static>(job: impl FnOnce() -> T + Send + 'static) -> Task<T> {
    let lang = language();
    Task::start(move || {
        set_language(lang);
        job()
    })
}

/// The message `key` in the current language, with its arguments.
pub fn tr(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    tr_in(language(), key, args)
}

/// The message of a literal key in the current language:
/// `tr!("perceptron-step-sample")`, or with arguments
/// `tr!("perceptron-converged", epochs = n)` (each argument a number or a
/// string; Fluent picks plural forms from numbers). Keys are literals so
/// the catalogue tests can find every key the sources use.
#[macro_export]
macro_rules! tr {
    ($key:literal) => {
        $crate::i18n::tr($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests;
