//! The Fluent bundles: one per language, parsed from the embedded
//! catalogue on first use and kept for the process's life.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

use super::Language;

/// An argument of a message: a number (Fluent chooses plural forms from
/// it) or a string (numbers the caller formatted itself, names).
pub type Arg<'a> = fluent_bundle::FluentValue<'a>;

/// The files of one language, embedded in the binary from
/// `assets/i18n/<code>/`: its Fluent catalogue, one file per family joined
/// (`labs.ftl`: the labs, their tabs and notes' titles, files, import,
/// autosave and the command line; `network.ftl`: the network tab, its
/// editor and inspector; `window.ftl`: menus, control panel, lesson panel,
/// window messages; `reasons.ftl`: every typed reason of the engine;
/// `lessons.ftl`: what the lesson checker and `nnlab lesson run` say;
/// `weights.ftl`: weight space, loss surfaces and landscapes), and its
/// concept notes (`notes.toml`).
macro_rules! language_files {
    ($code:literal) => {
        LanguageFiles {
            catalogue: concat!(
                include_str!(concat!("../../assets/i18n/", $code, "/labs.ftl")),
                "\n",
                include_str!(concat!("../../assets/i18n/", $code, "/network.ftl")),
                "\n",
                include_str!(concat!("../../assets/i18n/", $code, "/window.ftl")),
                "\n",
                include_str!(concat!("../../assets/i18n/", $code, "/reasons.ftl")),
                "\n",
                include_str!(concat!("../../assets/i18n/", $code, "/lessons.ftl")),
                "\n",
                include_str!(concat!("../../assets/i18n/", $code, "/weights.ftl")),
            ),
            notes: include_str!(concat!("../../assets/i18n/", $code, "/notes.toml")),
        }
    };
}

/// A language's embedded texts.
pub struct LanguageFiles {
    /// The Fluent catalogue, every family joined.
    pub catalogue: &'static str,
    /// The concept notes (TOML, read by [`crate::labs::notes`]).
    pub notes: &'static str,
}

/// The embedded texts of `lang`: the one place a new language's folder is
/// named.
pub fn language_files(lang: Language) -> LanguageFiles {
    match lang {
        Language::En => language_files!("en"),
        Language::Ko => language_files!("ko"),
    }
}

/// The catalogue text of `lang`, as embedded in the binary.
pub fn catalogue_source(lang: Language) -> &'static str {
    language_files(lang).catalogue
}

/// The bundle of `lang`, parsed once.
fn bundle(lang: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    BUNDLES[lang as usize].get_or_init(|| {
        // A syntax error drops only the entry it is in (the catalogue tests
        // fail on any); the rest of the catalogue still works.
        let resource = FluentResource::try_new(catalogue_source(lang).to_string()).unwrap_or_else(|(r, _)| r);
        let locale = lang.name().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Fluent wraps arguments in Unicode isolation marks (U+2068/2069)
        // by default, for right-to-left scripts; neither language needs
        // them and the fonts have no glyph for them.
        bundle.set_use_isolating(false);
        // Duplicate keys keep the first entry; the tests fail on them.
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// Whether the catalogues have a message `key` (the languages have the
/// same keys; a test keeps them so).
pub fn has_message(key: &str) -> bool {
    bundle(Language::En).has_message(key)
}

/// The message `key` in `lang` with `args`. A key the catalogue lacks
/// comes back as the key itself (the tests make sure none does).
pub fn tr_in(lang: Language, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_string();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, (!args.is_empty()).then_some(&fluent_args), &mut errors);
    // "{ $file }을(를)": the one particle the filled-in word takes.
    match lang {
        Language::Ko => super::particle::resolve_owned(text.into_owned()),
        _ => text.into_owned(),
    }
}

/// Every message key of `lang`'s catalogue, with the parse errors (as
/// text) if any.
pub fn catalogue_keys(lang: Language) -> (Vec<String>, Vec<String>) {
    let (resource, errors) = match fluent_syntax::parser::parse(catalogue_source(lang)) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (r, errors.iter().map(|e| format!("{e:?}")).collect()),
    };
    let keys = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    (keys, errors)
}

/// The variables (`{ $name }`) message `key` of `lang` uses, including
/// those of selectors (plural choices) and of every variant.
pub fn message_variables(lang: Language, key: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Ok(resource) = fluent_syntax::parser::parse(catalogue_source(lang)) {
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry
                && m.id.name == key
                && let Some(p) = &m.value
            {
                pattern_variables(p, &mut out);
            }
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        _ => {}
    }
}
