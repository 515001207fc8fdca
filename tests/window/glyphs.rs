//! Every glyph renders: each character of every string the window can show
//! — labels, tooltips, notes, messages, formulas, lesson texts — exists in
//! the fonts the window loads, for both the proportional and the monospace
//! family (formulas are set in monospace). A missing character draws as a
//! box (egui's ⯑), which is how "w ← w − η·∂L/∂w" once read.
//!
//! The strings are the literals of the sources (comments skipped) and the
//! text assets (lessons, message catalogues): a superset of what is shown,
//! so nothing a learner can see escapes the check.

#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use egui::{FontFamily, FontId};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries {
        let p = e.unwrap().path();
        if p.is_dir() {
            files_under(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

/// The contents of the string and char literals of Rust source `text`,
/// comments skipped (a small lexer: enough for this crate's sources).
fn literals(text: &str) -> Vec<String> {
    let c: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        match c[i] {
            '/' if c.get(i + 1) == Some(&'/') => {
                while i < c.len() && c[i] != '\n' {
                    i += 1;
                }
            }
            '/' if c.get(i + 1) == Some(&'*') => {
                i += 2;
                while i + 1 < c.len() && !(c[i] == '*' && c[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
            }
            'r' if matches!(c.get(i + 1), Some('#') | Some('"')) && (i == 0 || !c[i - 1].is_alphanumeric()) => {
                let mut j = i + 1;
                let mut hashes = 0;
                while c.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if c.get(j) != Some(&'"') {
                    i += 1;
                    continue;
                }
                let start = j + 1;
                let mut k = start;
                loop {
                    if k >= c.len() {
                        break;
                    }
                    if c[k] == '"' && (0..hashes).all(|h| c.get(k + 1 + h) == Some(&'#')) {
                        break;
                    }
                    k += 1;
                }
                out.push(c[start..k.min(c.len())].iter().collect());
                i = k + 1 + hashes;
            }
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < c.len() && c[i] != '"' {
                    if c[i] == '\\' {
                        i += 1;
                    } else {
                        s.push(c[i]);
                    }
                    i += 1;
                }
                out.push(s);
                i += 1;
            }
            '\'' => {
                // A char literal ('x', '\n', '←') or a lifetime ('a).
                if c.get(i + 1) == Some(&'\\') {
                    let mut k = i + 2;
                    while k < c.len() && c[k] != '\'' {
                        k += 1;
                    }
                    i = k + 1;
                } else if c.get(i + 2) == Some(&'\'') {
                    out.push(c[i + 1].to_string());
                    i += 3;
                } else {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// Every character a learner might see, with one place it comes from.
fn visible_characters() -> BTreeMap<char, String> {
    let mut files = Vec::new();
    files_under(&root().join("src"), "rs", &mut files);
    let mut texts: Vec<(PathBuf, Vec<String>)> = files
        .into_iter()
        .filter(|p| !p.file_name().unwrap().to_string_lossy().ends_with("tests.rs"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            // Unit tests sit at the end of a file; their strings are not shown.
            let shown = text.split("#[cfg(test)]").next().unwrap_or_default();
            (p, literals(shown))
        })
        .collect();
    let mut assets = Vec::new();
    for ext in ["toml", "ftl", "md"] {
        files_under(&root().join("assets/lessons"), ext, &mut assets);
        files_under(&root().join("assets/i18n"), ext, &mut assets);
    }
    texts.extend(assets.into_iter().map(|p| {
        let text = std::fs::read_to_string(&p).unwrap();
        (p, vec![text])
    }));
    let mut chars = BTreeMap::new();
    for (path, strings) in texts {
        for s in strings {
            for ch in s.chars().filter(|ch| !ch.is_control()) {
                chars.entry(ch).or_insert_with(|| {
                    let around: String = s
                        .split('\n')
                        .find(|line| line.contains(ch))
                        .unwrap_or_default()
                        .chars()
                        .take(80)
                        .collect();
                    format!("{}: {around:?}", path.strip_prefix(root()).unwrap().display())
                });
            }
        }
    }
    chars
}

/// The window's fonts, loaded as the app loads them.
fn window_fonts() -> egui::Context {
    let ctx = egui::Context::default();
    nnlab::app::install_fonts(&ctx);
    // Fonts load at the start of the first frame.
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    ctx
}

#[test]
fn every_visible_character_is_in_the_window_fonts() {
    let ctx = window_fonts();
    let chars = visible_characters();
    assert!(chars.len() > 100, "only {} distinct characters found", chars.len());
    let mut missing = BTreeSet::new();
    for (ch, source) in &chars {
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            let font = FontId::new(14.0, family.clone());
            if !ctx.fonts_mut(|f| f.has_glyph(&font, *ch)) {
                missing.insert(format!("{ch:?} U+{:04X} ({family:?}), e.g. {source}", *ch as u32));
            }
        }
    }
    let list: Vec<_> = missing.into_iter().collect();
    assert!(list.is_empty(), "characters the fonts lack:\n{}", list.join("\n"));
}

#[test]
fn the_check_notices_a_missing_glyph() {
    // An unassigned code point no font has: the same lookup must say so.
    let ctx = window_fonts();
    let font = FontId::proportional(14.0);
    assert!(!ctx.fonts_mut(|f| f.has_glyph(&font, '\u{0378}')));
    assert!(ctx.fonts_mut(|f| f.has_glyph(&font, 'w')));
}

#[test]
fn the_lexer_finds_literals_and_skips_comments() {
    let src = "// not ← this\nlet a = \"w ← w\"; /* nor ∂ */ let b = '→'; fn f<'a>(x: &'a str) {} r#\"raw \"η\"\"#";
    let found = literals(src);
    assert_eq!(found, vec!["w ← w", "→", "raw \"η\""]);
}
